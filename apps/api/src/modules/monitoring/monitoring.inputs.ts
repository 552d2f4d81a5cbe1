import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { UUID } from '../../common/ids';
import { MoneyScalar } from '../../common/money';
import { SortDirection } from '../../common/page-args';
import { TOWN_CODE, VILLAGE_CODE } from '../place/place.inputs';
import {
  AssistanceKind,
  AttachmentKind,
  CaseStatus,
  DiscoveryChannel,
  Education,
  EliminationMethod,
  HealthStatus,
  HouseholdCategory,
  LabourSkill,
  MonitoringType,
  Relation,
  RiskKind,
  StepActor,
  StepOutcome,
  WarningRule,
  WorkStatus,
} from './monitoring.enums';

const NOT_BLANK = /\S/;
const NAME = /^[\p{Script=Han}·A-Za-z\s]{1,50}$/u;
const PHONE = /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/;
const STEP_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const YEAR = { min: 2016, max: 2035, message: '年度应在 2016 到 2035 之间' };

/** Town and village, as every monitoring list filters by them. */
@InputType()
abstract class PlaceFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(VILLAGE_CODE, { message: '村（社区）代码应为 12 位数字' })
  villageCode?: string;
}

@InputType({ description: '农户查询条件。按身份证号只能输入完整的 18 位号码。' })
export class HouseholdFilter extends PlaceFilter {
  @Field(() => HouseholdCategory, { nullable: true }) category?: HouseholdCategory;
  @Field({ nullable: true }) relocated?: boolean;
  @Field({ nullable: true, description: '有在监测（识别中或帮扶中）的案件' }) monitored?: boolean;
  @Field(() => MonitoringType, { nullable: true, description: '有该类型的监测案件' }) caseType?: MonitoringType;
  @Field(() => Int, { nullable: true, description: '有该年度建档的监测案件' })
  @IsOptional()
  @Min(YEAR.min, { message: YEAR.message })
  @Max(YEAR.max, { message: YEAR.message })
  caseYear?: number;
  @Field({ nullable: true, description: '户主或成员姓名包含，或户编号' })
  @IsOptional()
  @Length(1, 30, { message: '姓名搜索应为 1 到 30 个字' })
  search?: string;
  @Field({ nullable: true, description: '完整的 18 位身份证号（不支持部分号码）' })
  @IsOptional()
  @MaxLength(40, { message: '身份证号过长' })
  idNumber?: string;
}

export enum HouseholdSortField {
  CODE = 'CODE',
  HEAD_NAME = 'HEAD_NAME',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(HouseholdSortField, { name: 'HouseholdSortField' });

@InputType()
export class HouseholdSort {
  @Field(() => HouseholdSortField) field: HouseholdSortField;
  @Field(() => SortDirection, { nullable: true }) direction?: SortDirection;
}

/** What both adding and changing a member may set. */
@InputType()
abstract class PersonDetails {
  @Field(() => HealthStatus, { nullable: true }) health?: HealthStatus;
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '务工地点不能超过 100 个字' })
  workPlace?: string;
  @Field({ nullable: true }) medicalInsured?: boolean;
  @Field({ nullable: true }) pensionInsured?: boolean;
  @Field({ nullable: true }) familyDoctor?: boolean;
}

@InputType({ description: '新增家庭成员' })
export class PersonInput extends PersonDetails {
  @Field() @Matches(NAME, { message: '姓名应为 1 到 50 个汉字或字母' }) name: string;
  @Field({ description: '18 位身份证号，校验码须正确' }) @MaxLength(40, { message: '身份证号过长' }) idNumber: string;
  @Field(() => Relation) relation: Relation;
  @Field(() => Education) education: Education;
  @Field(() => LabourSkill) labourSkill: LabourSkill;
  @Field(() => WorkStatus) workStatus: WorkStatus;
}

@InputType({ description: '修改家庭成员；version 过期时返回 CONFLICT' })
export class UpdatePersonInput extends PersonDetails {
  @Field(() => Int) version: number;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(NAME, { message: '姓名应为 1 到 50 个汉字或字母' })
  name?: string;
  @Field({ nullable: true, description: '更正身份证号（完整 18 位）' })
  @IsOptional()
  @MaxLength(40, { message: '身份证号过长' })
  idNumber?: string;
  @Field(() => Relation, { nullable: true }) relation?: Relation;
  @Field(() => Education, { nullable: true }) education?: Education;
  @Field(() => LabourSkill, { nullable: true }) labourSkill?: LabourSkill;
  @Field(() => WorkStatus, { nullable: true }) workStatus?: WorkStatus;
}

/** What both creating and changing a household may set. */
@InputType()
abstract class HouseholdDetails {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(30, { message: '村民小组不能超过 30 个字' })
  groupName?: string;
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200, { message: '住址不能超过 200 个字' })
  address?: string;
  @Field({ nullable: true }) relocated?: boolean;
  @Field(() => String, { nullable: true, description: '联系电话（手机或固话）' })
  @IsOptional()
  @Matches(PHONE, { message: '电话号码格式不正确' })
  phone?: string | null;
}

@InputType({ description: '新建农户（同时登记户主）' })
export class CreateHouseholdInput extends HouseholdDetails {
  @Field(() => ID) @Matches(VILLAGE_CODE, { message: '村（社区）代码应为 12 位数字' }) villageCode: string;
  @Field(() => HouseholdCategory) category: HouseholdCategory;
  @Field(() => PersonInput, { description: '户主（与户主关系须为户主）' }) @ValidateNested() head: PersonInput;
}

@InputType({ description: '修改农户；version 过期时返回 CONFLICT' })
export class UpdateHouseholdInput extends HouseholdDetails {
  @Field(() => Int) version: number;
  @Field(() => HouseholdCategory, { nullable: true }) category?: HouseholdCategory;
}

@InputType({ description: '登记或更正某年度收入与保障情况' })
export class HouseholdYearInput {
  @Field(() => ID) @Matches(UUID, { message: '农户 ID 无效' }) householdId: string;
  @Field(() => Int) @Min(YEAR.min, { message: YEAR.message }) @Max(YEAR.max, { message: YEAR.message }) year: number;
  @Field(() => MoneyScalar) wageIncome: string;
  @Field(() => MoneyScalar) operatingIncome: string;
  @Field(() => MoneyScalar) propertyIncome: string;
  @Field(() => MoneyScalar) transferIncome: string;
  @Field(() => MoneyScalar) compliantExpenses: string;
  @Field(() => Int, { nullable: true, description: '计算人均的人口；默认为当前家庭人口' })
  @IsOptional()
  @Min(1, { message: '人口至少为 1' })
  @Max(30, { message: '人口不能超过 30' })
  memberCount?: number;
  @Field() foodClothingSecure: boolean;
  @Field() educationSecure: boolean;
  @Field() medicalSecure: boolean;
  @Field() housingSecure: boolean;
  @Field() waterSecure: boolean;
  @Field(() => Int, { nullable: true, description: '更正已有年度时必填' }) version?: number;
}

@InputType({ description: '监测案件查询条件' })
export class MonitoringCaseFilter extends PlaceFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(UUID, { message: '农户 ID 无效' })
  householdId?: string;
  @Field(() => MonitoringType, { nullable: true }) type?: MonitoringType;
  @Field(() => DiscoveryChannel, { nullable: true }) channel?: DiscoveryChannel;
  @Field(() => [CaseStatus], { nullable: true }) @IsOptional() @ArrayMaxSize(4) status?: CaseStatus[];
  @Field({ nullable: true, description: '识别中、正在等待的步骤代码，如 HOME_VISIT' })
  @IsOptional()
  @Matches(STEP_CODE, { message: '步骤代码不正确' })
  stepCode?: string;
  @Field({ nullable: true, description: '识别中且下一步已超过时限' }) overdue?: boolean;
  @Field({ nullable: true }) greenChannel?: boolean;
  @Field(() => Int, { nullable: true, description: '建档年度' })
  @IsOptional()
  @Min(YEAR.min, { message: YEAR.message })
  @Max(YEAR.max, { message: YEAR.message })
  year?: number;
}

export enum MonitoringCaseSortField {
  OPENED_ON = 'OPENED_ON',
  DUE_ON = 'DUE_ON',
  CODE = 'CODE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(MonitoringCaseSortField, { name: 'MonitoringCaseSortField' });

@InputType()
export class MonitoringCaseSort {
  @Field(() => MonitoringCaseSortField) field: MonitoringCaseSortField;
  @Field(() => SortDirection, { nullable: true }) direction?: SortDirection;
}

@InputType({ description: '建档：登记风险预警（第 1 步），开启识别程序' })
export class OpenMonitoringCaseInput {
  @Field(() => ID) @Matches(UUID, { message: '农户 ID 无效' }) householdId: string;
  @Field(() => MonitoringType) type: MonitoringType;
  @Field(() => DiscoveryChannel) channel: DiscoveryChannel;
  @Field(() => [RiskKind])
  @ArrayMinSize(1, { message: '至少选择一种风险类型' })
  @ArrayMaxSize(5, { message: '风险类型最多 5 种' })
  riskKinds: RiskKind[];
  @Field()
  @Length(4, 500, { message: '风险情况应为 4 到 500 个字' })
  @Matches(NOT_BLANK, { message: '风险情况不能为空' })
  reason: string;
  @Field({ nullable: true, description: '绿色通道（仅突发严重困难户）：先帮扶后识别' }) greenChannel?: boolean;
  @Field(() => DateScalar, { nullable: true, description: '发现日期，默认今天' }) discoveredOn?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(1000, { message: '备注不能超过 1000 字' }) note?: string;
}

@InputType({ description: '办理下一步（不可跳步）' })
export class RecordMonitoringStepInput {
  @Field(() => ID) @Matches(UUID, { message: '案件 ID 无效' }) caseId: string;
  @Field(() => Int) version: number;
  @Field({ description: '要办理的步骤代码，须为当前的下一步' })
  @Matches(STEP_CODE, { message: '步骤代码不正确' })
  stepCode: string;
  @Field(() => StepOutcome) outcome: StepOutcome;
  @Field(() => DateScalar, { nullable: true, description: '办理日期，默认今天' }) actedOn?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(1000, { message: '办理意见不能超过 1000 字' }) note?: string;
  @Field(() => [ID], { nullable: true, description: '已上传的材料' })
  @IsOptional()
  @ArrayMaxSize(10, { message: '一步最多 10 份材料' })
  @Matches(UUID, { each: true, message: '材料 ID 无效' })
  attachmentIds?: string[];
  @Field(() => DateScalar, { nullable: true, description: '公示开始日期（村级公示）' }) noticeStart?: string;
  @Field(() => DateScalar, { nullable: true, description: '公示结束日期（村级公示）' }) noticeEnd?: string;
}

@InputType({ description: '新增帮扶措施' })
export class AssistanceMeasureInput {
  @Field(() => ID) @Matches(UUID, { message: '案件 ID 无效' }) caseId: string;
  @Field(() => AssistanceKind) kind: AssistanceKind;
  @Field()
  @Length(2, 500, { message: '措施内容应为 2 到 500 个字' })
  @Matches(NOT_BLANK, { message: '措施内容不能为空' })
  description: string;
  @Field()
  @Length(1, 50, { message: '责任人应为 1 到 50 个字' })
  @Matches(NOT_BLANK, { message: '责任人不能为空' })
  responsiblePerson: string;
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '责任单位不能超过 100 个字' })
  responsibleUnit?: string;
  @Field(() => DateScalar) startOn: string;
  @Field(() => DateScalar, { nullable: true }) endOn?: string | null;
  @Field(() => MoneyScalar, { nullable: true }) amount?: string | null;
}

@InputType({ description: '风险消除（销号）：条件由系统按年度数据核验' })
export class EliminateRiskInput {
  @Field(() => ID) @Matches(UUID, { message: '案件 ID 无效' }) caseId: string;
  @Field(() => Int) version: number;
  @Field(() => EliminationMethod) method: EliminationMethod;
  @Field(() => DateScalar, { nullable: true, description: '默认今天' }) eliminatedOn?: string;
  @Field(() => Int, { description: '依据的收入年度（须已登记）' })
  @Min(YEAR.min, { message: YEAR.message })
  @Max(YEAR.max, { message: YEAR.message })
  incomeYear: number;
  @Field({ nullable: true }) @IsOptional() @MaxLength(1000, { message: '说明不能超过 1000 字' }) note?: string;
}

@InputType({ description: '销号后回访' })
export class FollowUpVisitInput {
  @Field(() => ID) @Matches(UUID, { message: '案件 ID 无效' }) caseId: string;
  @Field(() => DateScalar) visitedOn: string;
  @Field()
  @Length(1, 50, { message: '回访人应为 1 到 50 个字' })
  @Matches(NOT_BLANK, { message: '回访人不能为空' })
  visitor: string;
  @Field() stable: boolean;
  @Field({ nullable: true }) @IsOptional() @MaxLength(500, { message: '回访情况不能超过 500 字' }) finding?: string;
}

@InputType({ description: '设置某年度监测收入线' })
export class MonitoringLineInput {
  @Field(() => Int) @Min(YEAR.min, { message: YEAR.message }) @Max(YEAR.max, { message: YEAR.message }) year: number;
  @Field(() => MoneyScalar, { description: '元 / 人 / 年' }) amount: string;
  @Field(() => DateScalar) effectiveOn: string;
  @Field() @Length(2, 200, { message: '依据文件应为 2 到 200 个字' }) document: string;
}

@InputType({ description: '工作日历例外' })
export class CalendarDayInput {
  @Field(() => DateScalar) day: string;
  @Field({ description: 'true：调休上班；false：放假' }) working: boolean;
  @Field() @Length(1, 50, { message: '名称应为 1 到 50 个字' }) name: string;
}

@InputType({ description: '程序版本中的一步' })
export class MonitoringStepInput {
  @Field() @Matches(STEP_CODE, { message: '步骤代码应为大写字母、数字和下划线' }) code: string;
  @Field() @Length(2, 50, { message: '步骤名称应为 2 到 50 个字' }) name: string;
  @Field(() => StepActor) actor: StepActor;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(60) timeLimitDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1) @Max(60) minimumDays?: number | null;
  @Field({ nullable: true }) canReject?: boolean;
  @Field({ nullable: true }) recordsNotice?: boolean;
  @Field(() => [AttachmentKind], { nullable: true }) requiredAttachments?: AttachmentKind[];
}

@InputType({ description: '新的识别程序版本（自生效日起新建的案件适用）' })
export class MonitoringProcedureInput {
  @Field() @Matches(/^[A-Za-z0-9-]{3,40}$/, { message: '版本代码应为 3 到 40 位字母、数字或连字符' }) code: string;
  @Field() @Length(2, 100, { message: '名称应为 2 到 100 个字' }) name: string;
  @Field(() => DateScalar) effectiveFrom: string;
  @Field(() => Int) @Min(1) @Max(120) totalWorkingDays: number;
  @Field(() => [MonitoringStepInput])
  @ArrayMinSize(2, { message: '至少 2 步' })
  @ArrayMaxSize(20, { message: '最多 20 步' })
  @ValidateNested()
  steps: MonitoringStepInput[];
}

@InputType({ description: '预警查询条件' })
export class MonitoringWarningFilter extends PlaceFilter {
  @Field(() => WarningRule, { nullable: true }) rule?: WarningRule;
}
