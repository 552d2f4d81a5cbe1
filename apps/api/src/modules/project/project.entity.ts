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
import { trimmedDecimal } from '../../common/decimal';
import { TownEntity, VillageEntity } from '../place/place.entity';
import {
  ConstructionType,
  Industry,
  ProjectCategory,
  ProjectStatus,
  TargetLevel,
  TargetOperator,
} from './project.enums';

/** 项目库 entry. Money totals are maintained by database triggers from allocations and disbursements. */
@Entity('project')
@Index('project_year_town_idx', ['year', 'townCode'])
@Index('project_village_idx', ['villageCode'])
// A year's projects read from the index alone (id, town, status) when money is summed by year:
// created by the FundingSummaryIndex migration (INCLUDE columns), not by the schema builder.
@Index('project_year_cover_idx', { synchronize: false })
@Check(
  'project_beneficiaries_check',
  `beneficiary_households >= 0 AND beneficiary_persons >= 0 AND lifted_households >= 0 AND lifted_persons >= 0 AND lifted_households <= beneficiary_households AND lifted_persons <= beneficiary_persons`,
)
@Check('project_schedule_check', `planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start`)
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** 项目编号, the natural key (e.g. HB2021-0001). */
  @Index('project_code_key', { unique: true })
  @Column('varchar', { length: 32 })
  code: string;
  @Column('varchar', { length: 100 }) name: string;
  @Column('smallint') year: number;
  @Column({ type: 'enum', enum: ProjectCategory, enumName: 'project_category' }) category: ProjectCategory;
  @Column({ type: 'enum', enum: Industry, enumName: 'industry', nullable: true }) industry: Industry | null;
  @Column({ type: 'enum', enum: ConstructionType, enumName: 'construction_type', name: 'construction_type' })
  constructionType: ConstructionType;
  @Column({ type: 'enum', enum: ProjectStatus, enumName: 'project_status', default: ProjectStatus.RESERVED })
  status: ProjectStatus;
  @Column('varchar', { length: 9, name: 'town_code' }) townCode: string;
  @ManyToOne(() => TownEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: TownEntity;
  @Column('varchar', { length: 12, name: 'village_code', nullable: true }) villageCode: string | null;
  @ManyToOne(() => VillageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code' })
  village?: VillageEntity;
  @Column('varchar', { length: 100, name: 'responsible_unit' }) responsibleUnit: string;
  @Column('varchar', { length: 2000, default: '' }) tasks: string;
  @Column('date', { name: 'planned_start', nullable: true }) plannedStart: string | null;
  @Column('date', { name: 'planned_end', nullable: true }) plannedEnd: string | null;
  @Column('varchar', { length: 100, name: 'approval_doc_no', nullable: true }) approvalDocNo: string | null;
  @Column('integer', { name: 'beneficiary_households', default: 0 }) beneficiaryHouseholds: number;
  @Column('integer', { name: 'beneficiary_persons', default: 0 }) beneficiaryPersons: number;
  @Column('integer', { name: 'lifted_households', default: 0 }) liftedHouseholds: number;
  @Column('integer', { name: 'lifted_persons', default: 0 }) liftedPersons: number;
  @Column('varchar', { length: 1000, name: 'benefit_mechanism', default: '' }) benefitMechanism: string;
  /** Sum of the project's allocations (trigger-maintained). */
  @Column('numeric', { precision: 18, scale: 2, name: 'allocated_amount', default: 0 }) allocatedAmount: string;
  /** Sum of the disbursements against those allocations (trigger-maintained). */
  @Column('numeric', { precision: 18, scale: 2, name: 'disbursed_amount', default: 0 }) disbursedAmount: string;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** One step of a project's lifecycle, kept forever. */
@Entity('project_status_change')
@Index('project_status_change_project_idx', ['projectId', 'changedAt'])
export class ProjectStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'project_id' }) projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;
  @Column({ type: 'enum', enum: ProjectStatus, enumName: 'project_status', name: 'from_status', nullable: true })
  fromStatus: ProjectStatus | null;
  @Column({ type: 'enum', enum: ProjectStatus, enumName: 'project_status', name: 'to_status' }) toStatus: ProjectStatus;
  /** The day the step happened (may be earlier than when it was recorded). */
  @Column('date', { name: 'effective_on' }) effectiveOn: string;
  @Column('varchar', { length: 500, default: '' }) note: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'changed_at' }) changedAt: Date;
}

/** 绩效目标: a level-3 indicator under level 1 / level 2. */
@Entity('performance_target')
@Index('performance_target_project_idx', ['projectId'])
export class PerformanceTargetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'project_id' }) projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;
  @Column({ type: 'enum', enum: TargetLevel, enumName: 'target_level' }) level: TargetLevel;
  /** Level 2, e.g. 数量指标, 经济效益, 受益对象满意度. */
  @Column('varchar', { length: 50, name: 'sub_level' }) subLevel: string;
  @Column('varchar', { length: 100 }) indicator: string;
  @Column({ type: 'enum', enum: TargetOperator, enumName: 'target_operator' }) operator: TargetOperator;
  @Column('numeric', { precision: 18, scale: 4, name: 'target_value', transformer: trimmedDecimal })
  targetValue: string;
  @Column('varchar', { length: 20 }) unit: string;
  @Column('numeric', { precision: 18, scale: 4, name: 'actual_value', nullable: true, transformer: trimmedDecimal })
  actualValue: string | null;
  @Column('numeric', { precision: 6, scale: 2, nullable: true, transformer: trimmedDecimal }) score: string | null;
  @Column('smallint', { default: 0 }) position: number;
}
