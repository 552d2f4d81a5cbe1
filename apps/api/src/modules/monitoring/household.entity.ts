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
import { TownEntity, VillageEntity } from '../place/place.entity';
import {
  Education,
  Gender,
  HealthStatus,
  HouseholdCategory,
  LabourSkill,
  Relation,
  WorkStatus,
} from './monitoring.enums';

/** 农户: one household of the register (脱贫户 and others under monitoring). */
@Entity('household')
@Index('household_village_idx', ['villageCode'])
@Index('household_town_idx', ['townCode', 'code'])
export class HouseholdEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** 户编号: the natural key, village code + 4-digit sequence. */
  @Index('household_code_key', { unique: true })
  @Column('varchar', { length: 20 })
  code: string;
  @Column('varchar', { length: 9, name: 'town_code' }) townCode: string;
  @ManyToOne(() => TownEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: TownEntity;
  @Column('varchar', { length: 12, name: 'village_code' }) villageCode: string;
  @ManyToOne(() => VillageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'village_code' })
  village?: VillageEntity;
  /** 村民小组, e.g. "三组". */
  @Column('varchar', { length: 30, name: 'group_name', default: '' }) groupName: string;
  /** Street address: staff only, never on a notice. */
  @Column('varchar', { length: 200, default: '' }) address: string;
  @Column({ type: 'enum', enum: HouseholdCategory, enumName: 'household_category' }) category: HouseholdCategory;
  /** 易地扶贫搬迁户. */
  @Column('boolean', { default: false }) relocated: boolean;
  /** Contact phone, sealed (common/pii.ts), and its masked form for display. */
  @Column('bytea', { name: 'phone_sealed', nullable: true }) phoneSealed: Buffer | null;
  @Column('varchar', { length: 20, name: 'phone_masked', nullable: true }) phoneMasked: string | null;
  /** The head's name, kept with the household for lists and search (the person row is the truth). */
  @Column('varchar', { length: 50, name: 'head_name', default: '' }) headName: string;
  @Column('smallint', { name: 'member_count', default: 0 }) memberCount: number;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** 家庭成员. The ID number is sealed; only its keyed hash (for lookup) and masked form are in clear. */
@Entity('person')
@Index('person_household_idx', ['householdId'])
@Index('person_name_idx', ['name'])
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'household_id' }) householdId: string;
  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  household?: HouseholdEntity;
  @Column('varchar', { length: 50 }) name: string;
  @Column('bytea', { name: 'id_number_sealed' }) idNumberSealed: Buffer;
  /** HMAC of the ID number: one person per number across the district. */
  @Index('person_id_number_hash_key', { unique: true })
  @Column('char', { length: 64, name: 'id_number_hash' })
  idNumberHash: string;
  @Column('varchar', { length: 18, name: 'id_number_masked' }) idNumberMasked: string;
  @Column({ type: 'enum', enum: Gender, enumName: 'gender' }) gender: Gender;
  @Column('date', { name: 'birth_date' }) birthDate: string;
  @Column({ type: 'enum', enum: Relation, enumName: 'relation' }) relation: Relation;
  @Column({ type: 'enum', enum: HealthStatus, enumName: 'health_status', default: HealthStatus.HEALTHY })
  health: HealthStatus;
  @Column({ type: 'enum', enum: Education, enumName: 'education' }) education: Education;
  @Column({ type: 'enum', enum: LabourSkill, enumName: 'labour_skill', name: 'labour_skill' }) labourSkill: LabourSkill;
  @Column({ type: 'enum', enum: WorkStatus, enumName: 'work_status', name: 'work_status' }) workStatus: WorkStatus;
  /** 务工地点 / 单位. */
  @Column('varchar', { length: 100, name: 'work_place', default: '' }) workPlace: string;
  /** 基本医疗保险. */
  @Column('boolean', { name: 'medical_insured', default: true }) medicalInsured: boolean;
  /** 城乡居民养老保险. */
  @Column('boolean', { name: 'pension_insured', default: false }) pensionInsured: boolean;
  /** 家庭医生签约. */
  @Column('boolean', { name: 'family_doctor', default: false }) familyDoctor: boolean;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** 年度收入与"两不愁三保障"及饮水安全: one row per household and year. */
@Entity('household_year')
@Check(
  'household_year_amounts_check',
  'wage_income >= 0 AND operating_income >= 0 AND property_income >= 0 AND transfer_income >= 0 AND compliant_expenses >= 0 AND member_count > 0',
)
export class HouseholdYearEntity {
  @PrimaryColumn('uuid', { name: 'household_id' }) householdId: string;
  @ManyToOne(() => HouseholdEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'household_id' })
  household?: HouseholdEntity;
  @PrimaryColumn('smallint') year: number;
  /** 工资性收入. */
  @Column('numeric', { precision: 18, scale: 2, name: 'wage_income' }) wageIncome: string;
  /** 生产经营性收入. */
  @Column('numeric', { precision: 18, scale: 2, name: 'operating_income' }) operatingIncome: string;
  /** 财产性收入. */
  @Column('numeric', { precision: 18, scale: 2, name: 'property_income' }) propertyIncome: string;
  /** 转移性收入. */
  @Column('numeric', { precision: 18, scale: 2, name: 'transfer_income' }) transferIncome: string;
  /** 合规生产经营性支出. */
  @Column('numeric', { precision: 18, scale: 2, name: 'compliant_expenses' }) compliantExpenses: string;
  /** 家庭人口 that year (the divisor). */
  @Column('smallint', { name: 'member_count' }) memberCount: number;
  /** (收入合计 − 合规支出) ÷ 人口, rounded half up to the fen; computed when written. */
  @Column('numeric', { precision: 18, scale: 2, name: 'net_income_per_person' }) netIncomePerPerson: string;
  /** 不愁吃、不愁穿. */
  @Column('boolean', { name: 'food_clothing_secure' }) foodClothingSecure: boolean;
  /** 义务教育有保障（无失学辍学）. */
  @Column('boolean', { name: 'education_secure' }) educationSecure: boolean;
  /** 基本医疗有保障（参保、家庭医生签约）. */
  @Column('boolean', { name: 'medical_secure' }) medicalSecure: boolean;
  /** 住房安全有保障. */
  @Column('boolean', { name: 'housing_secure' }) housingSecure: boolean;
  /** 饮水安全有保障. */
  @Column('boolean', { name: 'water_secure' }) waterSecure: boolean;
  @VersionColumn({ default: 1 }) version: number;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** 监测收入线: a yearly parameter with its effective date and document, never a constant in code. */
@Entity('monitoring_line')
@Check('monitoring_line_amount_check', 'amount > 0')
export class MonitoringLineEntity {
  @PrimaryColumn('smallint') year: number;
  /** 元 per person per year. */
  @Column('numeric', { precision: 18, scale: 2 }) amount: string;
  @Column('date', { name: 'effective_on' }) effectiveOn: string;
  @Column('varchar', { length: 200, default: '' }) document: string;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}
