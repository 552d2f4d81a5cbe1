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
import { HouseholdEntity } from '../monitoring/household.entity';
import { TownEntity, VillageEntity } from '../place/place.entity';
import { ProjectEntity } from '../project/project.entity';
import { Industry } from '../project/project.enums';
import { BenefitLinkMode, OperatorKind, ParkLevel } from './industry.enums';

/** 现代农业园区. */
@Entity('industrial_park')
@Index('industrial_park_town_idx', ['townCode', 'industry'])
@Check('industrial_park_amounts_check', 'area_mu >= 0 AND investment >= 0 AND jobs >= 0')
export class IndustrialParkEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** 园区编号, e.g. YQ-0001. */
  @Index('industrial_park_code_key', { unique: true })
  @Column('varchar', { length: 20 })
  code: string;
  @Index('industrial_park_name_key', { unique: true })
  @Column('varchar', { length: 100 })
  name: string;
  @Column({ type: 'enum', enum: ParkLevel, enumName: 'park_level' }) level: ParkLevel;
  @Column({ type: 'enum', enum: Industry, enumName: 'industry' }) industry: Industry;
  /** 经营主体名称. */
  @Column('varchar', { length: 100, name: 'operator_name' }) operatorName: string;
  @Column({ type: 'enum', enum: OperatorKind, enumName: 'operator_kind', name: 'operator_kind' })
  operatorKind: OperatorKind;
  @Column('varchar', { length: 9, name: 'town_code' }) townCode: string;
  @ManyToOne(() => TownEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: TownEntity;
  /** 面积（亩）. */
  @Column('numeric', { precision: 12, scale: 2, name: 'area_mu' }) areaMu: string;
  /** 累计投资（元）. */
  @Column('numeric', { precision: 18, scale: 2 }) investment: string;
  /** 提供就业岗位. */
  @Column('integer') jobs: number;
  @Column('smallint', { name: 'established_year' }) establishedYear: number;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** The villages a park covers (the first is where it sits). */
@Entity('park_village')
@Index('park_village_village_idx', ['villageCode'])
export class ParkVillageEntity {
  @PrimaryColumn('uuid', { name: 'park_id' }) parkId: string;
  @ManyToOne(() => IndustrialParkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'park_id' })
  park?: IndustrialParkEntity;
  @PrimaryColumn('varchar', { length: 12, name: 'village_code' }) villageCode: string;
  @ManyToOne(() => VillageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code' })
  village?: VillageEntity;
  @Column('smallint', { default: 0 }) position: number;
}

/** 园区年度情况. */
@Entity('park_year')
@Check('park_year_amounts_check', 'output_value >= 0 AND dividends >= 0 AND lifted_jobs >= 0')
export class ParkYearEntity {
  @PrimaryColumn('uuid', { name: 'park_id' }) parkId: string;
  @ManyToOne(() => IndustrialParkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'park_id' })
  park?: IndustrialParkEntity;
  @PrimaryColumn('smallint') year: number;
  /** 产值（元）. */
  @Column('numeric', { precision: 18, scale: 2, name: 'output_value' }) outputValue: string;
  /** 分红（元）. */
  @Column('numeric', { precision: 18, scale: 2 }) dividends: string;
  /** 吸纳脱贫劳动力就业. */
  @Column('integer', { name: 'lifted_jobs' }) liftedJobs: number;
  @VersionColumn({ default: 1 }) version: number;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** 带动农户: a park ↔ household link for a year, by one mode, with the income it brought. */
@Entity('benefit_link')
@Index('benefit_link_key', ['parkId', 'householdId', 'mode', 'year'], { unique: true })
@Index('benefit_link_household_idx', ['householdId'])
@Check('benefit_link_income_check', 'income_gained >= 0')
export class BenefitLinkEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'park_id' }) parkId: string;
  @ManyToOne(() => IndustrialParkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'park_id' })
  park?: IndustrialParkEntity;
  @Column('uuid', { name: 'household_id' }) householdId: string;
  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  household?: HouseholdEntity;
  @Column({ type: 'enum', enum: BenefitLinkMode, enumName: 'benefit_link_mode' }) mode: BenefitLinkMode;
  @Column('smallint') year: number;
  /** 户增收（元）. */
  @Column('numeric', { precision: 18, scale: 2, name: 'income_gained' }) incomeGained: string;
  @Column('varchar', { length: 200, default: '' }) note: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}

/** 东西部协作（苏陕协作）企业. */
@Entity('partner_enterprise')
@Check('partner_enterprise_jobs_check', 'jobs >= 0 AND lifted_jobs >= 0 AND lifted_jobs <= jobs')
export class PartnerEnterpriseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('partner_enterprise_name_key', { unique: true })
  @Column('varchar', { length: 100 })
  name: string;
  /** 来源地, e.g. 江苏省常州市. */
  @Column('varchar', { length: 50 }) origin: string;
  @Column('varchar', { length: 50 }) sector: string;
  /** 落地汉滨的年份. */
  @Column('smallint', { name: 'settled_year' }) settledYear: number;
  /** 提供岗位 / 其中脱贫劳动力. */
  @Column('integer') jobs: number;
  @Column('integer', { name: 'lifted_jobs' }) liftedJobs: number;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** One investment of a partner enterprise: into a park, a project, or on its own account. */
@Entity('enterprise_investment')
@Index('enterprise_investment_enterprise_idx', ['enterpriseId', 'year'])
@Check('enterprise_investment_amount_check', 'amount > 0')
@Check('enterprise_investment_target_check', 'park_id IS NULL OR project_id IS NULL')
export class EnterpriseInvestmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'enterprise_id' }) enterpriseId: string;
  @ManyToOne(() => PartnerEnterpriseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: PartnerEnterpriseEntity;
  @Column('smallint') year: number;
  @Column('numeric', { precision: 18, scale: 2 }) amount: string;
  @Column('uuid', { name: 'park_id', nullable: true }) parkId: string | null;
  @ManyToOne(() => IndustrialParkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'park_id' })
  park?: IndustrialParkEntity;
  @Column('uuid', { name: 'project_id', nullable: true }) projectId: string | null;
  @ManyToOne(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;
  @Column('varchar', { length: 200 }) description: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}
