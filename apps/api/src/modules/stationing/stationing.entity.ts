import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { TownEntity, VillageEntity } from '../place/place.entity';
import { TeamRole, TermEndReason, UnitKind } from './stationing.enums';

/** 派出单位: the agency or company that sends cadres. */
@Entity('dispatching_unit')
export class DispatchingUnitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('dispatching_unit_name_key', { unique: true })
  @Column('varchar', { length: 100 })
  name: string;
  @Column({ type: 'enum', enum: UnitKind, enumName: 'unit_kind' }) kind: UnitKind;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}

/** A cadre who can be stationed: one person, whatever teams or villages they serve in over time. */
@Entity('cadre')
@Index('cadre_unit_idx', ['unitId'])
export class CadreEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('varchar', { length: 50 }) name: string;
  @Column('uuid', { name: 'unit_id' }) unitId: string;
  @ManyToOne(() => DispatchingUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: DispatchingUnitEntity;
  /** 职务 in the dispatching unit, e.g. 副科长. */
  @Column('varchar', { length: 50, default: '' }) title: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}

/** 第一书记: a cadre's term in one village. At most one in post per village and per cadre. */
@Entity('first_secretary')
@Index('first_secretary_village_active_key', ['villageCode'], { unique: true, where: 'ended_on IS NULL' })
@Index('first_secretary_cadre_active_key', ['cadreId'], { unique: true, where: 'ended_on IS NULL' })
@Index('first_secretary_town_idx', ['townCode', 'startedOn'])
@Check('first_secretary_term_check', 'ended_on IS NULL OR ended_on >= started_on')
export class FirstSecretaryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cadre_id' }) cadreId: string;
  @ManyToOne(() => CadreEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cadre_id' })
  cadre?: CadreEntity;
  @Column('varchar', { length: 9, name: 'town_code' }) townCode: string;
  @ManyToOne(() => TownEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: TownEntity;
  @Column('varchar', { length: 12, name: 'village_code' }) villageCode: string;
  @ManyToOne(() => VillageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code' })
  village?: VillageEntity;
  @Column('date', { name: 'started_on' }) startedOn: string;
  @Column('date', { name: 'ended_on', nullable: true }) endedOn: string | null;
  @Column({ type: 'enum', enum: TermEndReason, enumName: 'term_end_reason', name: 'end_reason', nullable: true })
  endReason: TermEndReason | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** 驻村工作队（组）: stationed in one village; at most one active per village. */
@Entity('work_team')
@Index('work_team_village_active_key', ['villageCode'], { unique: true, where: 'dissolved_on IS NULL' })
@Index('work_team_town_idx', ['townCode'])
@Check('work_team_term_check', 'dissolved_on IS NULL OR dissolved_on >= formed_on')
export class WorkTeamEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('varchar', { length: 100 }) name: string;
  @Column('varchar', { length: 9, name: 'town_code' }) townCode: string;
  @ManyToOne(() => TownEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: TownEntity;
  @Column('varchar', { length: 12, name: 'village_code' }) villageCode: string;
  @ManyToOne(() => VillageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code' })
  village?: VillageEntity;
  /** 牵头派出单位. */
  @Column('uuid', { name: 'lead_unit_id' }) leadUnitId: string;
  @ManyToOne(() => DispatchingUnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_unit_id' })
  leadUnit?: DispatchingUnitEntity;
  @Column('date', { name: 'formed_on' }) formedOn: string;
  @Column('date', { name: 'dissolved_on', nullable: true }) dissolvedOn: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** 工作队员: a cadre's term in a team. A cadre is in at most one team at a time. */
@Entity('work_team_member')
@Index('work_team_member_cadre_active_key', ['cadreId'], { unique: true, where: 'ended_on IS NULL' })
@Index('work_team_member_team_idx', ['teamId', 'startedOn'])
@Check('work_team_member_term_check', 'ended_on IS NULL OR ended_on >= started_on')
export class WorkTeamMemberEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'team_id' }) teamId: string;
  @ManyToOne(() => WorkTeamEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'team_id' })
  team?: WorkTeamEntity;
  @Column('uuid', { name: 'cadre_id' }) cadreId: string;
  @ManyToOne(() => CadreEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cadre_id' })
  cadre?: CadreEntity;
  @Column({ type: 'enum', enum: TeamRole, enumName: 'team_role' }) role: TeamRole;
  @Column('date', { name: 'started_on' }) startedOn: string;
  @Column('date', { name: 'ended_on', nullable: true }) endedOn: string | null;
  @Column({ type: 'enum', enum: TermEndReason, enumName: 'term_end_reason', name: 'end_reason', nullable: true })
  endReason: TermEndReason | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}
