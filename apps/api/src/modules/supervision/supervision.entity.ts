import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { registerLabelledEnum } from '../../common/enums';
import { TownEntity, VillageEntity } from '../place/place.entity';

/** 督查任务状态: assigned → rectified (awaiting re-check) → closed; a failed re-check sends it back. */
export enum SupervisionStatus {
  ASSIGNED = 'ASSIGNED',
  RECTIFIED = 'RECTIFIED',
  CLOSED = 'CLOSED',
}
registerLabelledEnum(SupervisionStatus, 'SupervisionStatus', '督查任务状态', {
  ASSIGNED: '已交办（整改中）',
  RECTIFIED: '已整改（待复核）',
  CLOSED: '复核通过（已销号）',
});

/** 巩固衔接工作组: one of the district's 8 groups. */
@Entity('supervision_group')
export class SupervisionGroupEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('supervision_group_name_key', { unique: true })
  @Column('varchar', { length: 50 })
  name: string;
  /** 组长. */
  @Column('varchar', { length: 50, name: 'leader_name' }) leaderName: string;
  @Column('smallint', { default: 0 }) position: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}

/** The towns a group covers; each town has one group. */
@Entity('supervision_group_town')
export class SupervisionGroupTownEntity {
  @PrimaryColumn('varchar', { length: 9, name: 'town_code' }) townCode: string;
  @ManyToOne(() => TownEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: TownEntity;
  @Column('uuid', { name: 'group_id' }) groupId: string;
  @ManyToOne(() => SupervisionGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: SupervisionGroupEntity;
}

/** 督查督办: a finding, assigned to a unit with a deadline, followed through rectification and re-check. */
@Entity('supervision_task')
@Index('supervision_task_town_idx', ['townCode', 'status'])
@Index('supervision_task_deadline_idx', ['deadline'])
@Check('supervision_task_dates_check', 'deadline >= found_on')
export class SupervisionTaskEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** 督办编号, e.g. DB2026-0007. */
  @Index('supervision_task_code_key', { unique: true })
  @Column('varchar', { length: 20 })
  code: string;
  @Column('uuid', { name: 'group_id' }) groupId: string;
  @ManyToOne(() => SupervisionGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group?: SupervisionGroupEntity;
  @Column('varchar', { length: 9, name: 'town_code' }) townCode: string;
  @ManyToOne(() => TownEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: TownEntity;
  @Column('varchar', { length: 12, name: 'village_code', nullable: true }) villageCode: string | null;
  @ManyToOne(() => VillageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code' })
  village?: VillageEntity;
  /** 发现的问题. */
  @Column('varchar', { length: 1000 }) finding: string;
  @Column('date', { name: 'found_on' }) foundOn: string;
  /** 责任单位 (清单交办). */
  @Column('varchar', { length: 100, name: 'assigned_unit' }) assignedUnit: string;
  /** 整改时限. */
  @Column('date') deadline: string;
  @Column({
    type: 'enum',
    enum: SupervisionStatus,
    enumName: 'supervision_status',
    default: SupervisionStatus.ASSIGNED,
  })
  status: SupervisionStatus;
  /** 整改情况. */
  @Column('varchar', { length: 1000, nullable: true }) rectification: string | null;
  @Column('date', { name: 'rectified_on', nullable: true }) rectifiedOn: string | null;
  /** 复核意见 (the last one). */
  @Column('varchar', { length: 1000, name: 'recheck_note', nullable: true }) recheckNote: string | null;
  @Column('date', { name: 'rechecked_on', nullable: true }) recheckedOn: string | null;
  /** Re-checks that failed and sent the task back. */
  @Column('smallint', { name: 'failed_rechecks', default: 0 }) failedRechecks: number;
  @Column('date', { name: 'closed_on', nullable: true }) closedOn: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}
