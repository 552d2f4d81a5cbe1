import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { MoneyScalar } from '../../common/money';
import { connectionType } from '../../common/pagination';
import {
  AssistanceKind,
  AttachmentKind,
  CaseStatus,
  DiscoveryChannel,
  Education,
  EliminationMethod,
  Gender,
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

@ObjectType('Household', { description: '农户（监测户台账）。身份信息按查看人权限脱敏。' })
export class Household {
  @Field(() => ID) id: string;
  @Field({ description: '户编号（村代码 + 4 位序号）' }) code: string;
  @Field({ description: '村民小组' }) groupName: string;
  @Field(() => HouseholdCategory) category: HouseholdCategory;
  @Field({ description: '易地扶贫搬迁户' }) relocated: boolean;
  @Field(() => Int, { description: '家庭人口' }) memberCount: number;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('Person', { description: '家庭成员。身份证号始终脱敏，查看原文须说明原因并留痕。' })
export class Person {
  @Field(() => ID) id: string;
  @Field(() => Gender) gender: Gender;
  @Field(() => Relation) relation: Relation;
  @Field(() => Education) education: Education;
  @Field(() => LabourSkill) labourSkill: LabourSkill;
  @Field(() => WorkStatus) workStatus: WorkStatus;
  @Field({ description: '务工地点 / 单位' }) workPlace: string;
  @Field({ description: '参加基本医疗保险' }) medicalInsured: boolean;
  @Field({ description: '参加城乡居民养老保险' }) pensionInsured: boolean;
  @Field({ description: '家庭医生签约' }) familyDoctor: boolean;
  @Field(() => Int) version: number;
}

@ObjectType('HouseholdYear', { description: '农户年度收入与"两不愁三保障"及饮水安全情况' })
export class HouseholdYear {
  @Field(() => Int) year: number;
  @Field(() => MoneyScalar, { description: '工资性收入' }) wageIncome: string;
  @Field(() => MoneyScalar, { description: '生产经营性收入' }) operatingIncome: string;
  @Field(() => MoneyScalar, { description: '财产性收入' }) propertyIncome: string;
  @Field(() => MoneyScalar, { description: '转移性收入' }) transferIncome: string;
  @Field(() => MoneyScalar, { description: '合规生产经营性支出' }) compliantExpenses: string;
  @Field(() => Int, { description: '家庭人口（计算人均的人数）' }) memberCount: number;
  @Field(() => MoneyScalar, { description: '人均纯收入 =（收入合计 − 合规支出）÷ 人口' }) netIncomePerPerson: string;
  @Field({ description: '不愁吃、不愁穿' }) foodClothingSecure: boolean;
  @Field({ description: '义务教育有保障' }) educationSecure: boolean;
  @Field({ description: '基本医疗有保障' }) medicalSecure: boolean;
  @Field({ description: '住房安全有保障' }) housingSecure: boolean;
  @Field({ description: '饮水安全有保障' }) waterSecure: boolean;
  @Field(() => Int) version: number;
}

@ObjectType('MonitoringLine', { description: '监测收入线（每年一条，有生效日期）' })
export class MonitoringLine {
  @Field(() => Int) year: number;
  @Field(() => MoneyScalar, { description: '元 / 人 / 年' }) amount: string;
  @Field(() => DateScalar) effectiveOn: string;
  @Field({ description: '依据文件' }) document: string;
}

@ObjectType('MonitoringStep', { description: '识别程序中的一步（按版本配置）' })
export class MonitoringStep {
  @Field(() => Int, { description: '顺序，从 1 开始；第 1 步风险预警在建档时完成' }) position: number;
  @Field({ description: '步骤代码，如 HOME_VISIT' }) code: string;
  @Field({ description: '步骤名称，如 入户核查' }) name: string;
  @Field(() => StepActor) actor: StepActor;
  @Field(() => Int, { nullable: true, description: '时限：上一步完成后若干个工作日内' }) timeLimitDays: number | null;
  @Field(() => Int, { nullable: true, description: '公示期不少于若干天' }) minimumDays: number | null;
  @Field({ description: '可作出不通过决定' }) canReject: boolean;
  @Field({ description: '须登记公示起止日期' }) recordsNotice: boolean;
  @Field(() => [AttachmentKind], { description: '须上传的材料' }) requiredAttachments: AttachmentKind[];
}

@ObjectType('MonitoringProcedure', { description: '识别程序版本' })
export class MonitoringProcedure {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => DateScalar, { description: '自该日起新建的案件适用本版本' }) effectiveFrom: string;
  @Field(() => Int, { description: '全程识别时限（工作日）' }) totalWorkingDays: number;
  @Field(() => [MonitoringStep]) steps: MonitoringStep[];
}

@ObjectType('MonitoringCase', { description: '监测案件：一户从风险预警到风险消除' })
export class MonitoringCase {
  @Field(() => ID) id: string;
  @Field({ description: '案件编号' }) code: string;
  @Field(() => MonitoringType) type: MonitoringType;
  @Field(() => DiscoveryChannel) channel: DiscoveryChannel;
  @Field(() => [RiskKind]) riskKinds: RiskKind[];
  @Field({ description: '绿色通道：先帮扶后识别（仅突发严重困难户）' }) greenChannel: boolean;
  @Field(() => CaseStatus) status: CaseStatus;
  @Field(() => Int, { description: '已完成的步骤数' }) completedSteps: number;
  @Field(() => DateScalar, { nullable: true, description: '下一步截止日期（工作日计算）' }) nextStepDueOn:
    | string
    | null;
  @Field(() => DateScalar) openedOn: string;
  @Field(() => DateScalar, { nullable: true, description: '区级审定通过、纳入监测的日期' }) identifiedOn: string | null;
  @Field(() => DateScalar, { nullable: true }) closedOn: string | null;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('MonitoringCaseStep', { description: '已办理的步骤（只增不改）' })
export class MonitoringCaseStep {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() stepCode: string;
  @Field(() => StepOutcome) outcome: StepOutcome;
  @Field(() => DateScalar, { description: '办理日期' }) actedOn: string;
  @Field(() => DateScalar, { nullable: true, description: '时限截止日期' }) dueOn: string | null;
  @Field({ description: '超过时限办理' }) late: boolean;
  @Field({ description: '经办人' }) actorName: string;
  @Field(() => DateScalar, { nullable: true }) noticeStart: string | null;
  @Field(() => DateScalar, { nullable: true }) noticeEnd: string | null;
  @Field() recordedAt: Date;
}

@ObjectType('MonitoringAttachment', { description: '案件材料' })
export class MonitoringAttachment {
  @Field(() => ID) id: string;
  @Field(() => AttachmentKind) kind: AttachmentKind;
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int) size: number;
  @Field({ description: 'SHA-256（十六进制）' }) sha256: string;
  @Field(() => ID, { nullable: true, description: '所属步骤；尚未使用时为空' }) stepId: string | null;
  @Field({ description: '下载地址（需登录）' }) url: string;
  @Field() uploadedAt: Date;
}

@ObjectType('AssistanceMeasure', { description: '帮扶措施' })
export class AssistanceMeasure {
  @Field(() => ID) id: string;
  @Field(() => AssistanceKind) kind: AssistanceKind;
  @Field() description: string;
  @Field({ description: '责任人' }) responsiblePerson: string;
  @Field({ description: '责任单位' }) responsibleUnit: string;
  @Field(() => DateScalar) startOn: string;
  @Field(() => DateScalar, { nullable: true }) endOn: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: '投入资金' }) amount: string | null;
  @Field({ description: '绿色通道下先于识别实施' }) beforeIdentification: boolean;
  @Field() createdAt: Date;
}

@ObjectType('RiskElimination', { description: '风险消除（销号）及其依据' })
export class RiskElimination {
  @Field(() => EliminationMethod) method: EliminationMethod;
  @Field(() => DateScalar) eliminatedOn: string;
  @Field(() => Int, { description: '依据的收入年度' }) incomeYear: number;
  @Field(() => MoneyScalar) netIncomePerPerson: string;
  @Field(() => MoneyScalar, { description: '当年监测收入线' }) monitoringLine: string;
  @Field() note: string;
  @Field() recordedBy: string;
  @Field() recordedAt: Date;
}

@ObjectType('FollowUpVisit', { description: '销号后回访' })
export class FollowUpVisit {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) visitedOn: string;
  @Field() visitor: string;
  @Field({ description: '仍稳定、无新风险' }) stable: boolean;
  @Field() finding: string;
}

@ObjectType('MonitoringWarning', { description: '自动预警：触发的规则、依据的数据、责任镇办' })
export class MonitoringWarning {
  @Field(() => ID, { description: '规则 + 对象，稳定不变' }) id: string;
  @Field(() => WarningRule) rule: WarningRule;
  @Field({ description: '预警说明（不含身份证号等个人标识）' }) message: string;
  @Field(() => DateScalar, { description: '自该日起触发' }) since: string;
  @Field(() => Int, { description: '已持续天数' }) days: number;
  @Field(() => ID) townCode: string;
  @Field(() => ID) villageCode: string;
  @Field(() => ID) householdId: string;
  @Field(() => ID, { nullable: true }) caseId: string | null;
  @Field(() => String, { nullable: true, description: '相关步骤代码' }) stepCode: string | null;
  @Field(() => DateScalar, { nullable: true, description: '截止日期（步骤超时）' }) dueOn: string | null;
  @Field(() => Int, { nullable: true, description: '收入年度（低于监测线）' }) year: number | null;
  @Field(() => MoneyScalar, { nullable: true, description: '人均纯收入（低于监测线）' }) netIncomePerPerson:
    | string
    | null;
  @Field(() => MoneyScalar, { nullable: true, description: '当年监测线（低于监测线）' }) monitoringLine: string | null;
}

@ObjectType('SuppressedCount', {
  description: '不足以识别到户的计数：1–4 显示为 "<5"（值为空），0 和 5 以上照常显示',
})
export class SuppressedCount {
  @Field(() => Int, { nullable: true, description: '计数；被抑制时为空' }) value: number | null;
  @Field({ description: '显示文本，如 "12" 或 "<5"' }) display: string;
  @Field() suppressed: boolean;
}

@ObjectType('MonitoringCount', { description: '一个分组的监测案件数' })
export class MonitoringCount {
  @Field({ description: '分组键：镇办代码、类型、步骤代码或状态' }) key: string;
  @Field({ description: '分组名称' }) label: string;
  @Field(() => SuppressedCount) cases: SuppressedCount;
}

@ObjectType('MonitoringSummary', { description: '监测汇总（小计数抑制）' })
export class MonitoringSummary {
  @Field(() => Int, { nullable: true, description: '年度（按建档年份）；为空表示全部' }) year: number | null;
  @Field(() => SuppressedCount, { description: '案件总数' }) total: SuppressedCount;
  @Field(() => SuppressedCount, { description: '在监测（识别中 + 帮扶中）' }) open: SuppressedCount;
  @Field(() => SuppressedCount, { description: '识别中且下一步已超时' }) overdue: SuppressedCount;
  @Field(() => [MonitoringCount]) byTown: MonitoringCount[];
  @Field(() => [MonitoringCount]) byType: MonitoringCount[];
  @Field(() => [MonitoringCount], { description: '识别中的案件按下一步分组' }) byStep: MonitoringCount[];
  @Field(() => [MonitoringCount]) byStatus: MonitoringCount[];
}

@ObjectType('MonitoringBoardColumn', { description: '案件看板的一列：等待办理某一步的案件' })
export class MonitoringBoardColumn {
  @Field(() => MonitoringStep) step: MonitoringStep;
  @Field(() => Int) count: number;
  @Field(() => Int) overdueCount: number;
  @Field(() => [MonitoringCase], { description: '按截止日期排列的前若干件' }) cases: MonitoringCase[];
}

@ObjectType('VillageNoticeEntry', { description: '公示中的一户：只有户主姓名、人口、类型和风险类别' })
export class VillageNoticeEntry {
  @Field({ description: '户主姓名' }) headName: string;
  @Field({ description: '村民小组' }) groupName: string;
  @Field(() => Int) memberCount: number;
  @Field(() => MonitoringType) type: MonitoringType;
  @Field({ description: '风险类别，如 "因病、因学"' }) reasons: string;
}

@ObjectType('VillageNotice', { description: '村级公示（已去除身份证号、电话、住址、健康和收入等个人信息）' })
export class VillageNotice {
  @Field() title: string;
  @Field() townName: string;
  @Field() villageName: string;
  @Field(() => DateScalar) generatedOn: string;
  @Field(() => DateScalar, { description: '建议公示开始日期' }) noticeStart: string;
  @Field(() => DateScalar, { description: '建议公示结束日期（不少于公示期）' }) noticeEnd: string;
  @Field(() => Int) minimumDays: number;
  @Field(() => [VillageNoticeEntry]) entries: VillageNoticeEntry[];
  @Field({ description: '公示说明与监督电话说明' }) footer: string;
}

@ObjectType('CalendarDay', { description: '工作日历例外：法定节假日与调休上班日' })
export class CalendarDay {
  @Field(() => DateScalar) day: string;
  @Field() working: boolean;
  @Field() name: string;
}

export const HouseholdConnection = connectionType(Household, 'Household');
export const MonitoringCaseConnection = connectionType(MonitoringCase, 'MonitoringCase');
export const MonitoringWarningConnection = connectionType(MonitoringWarning, 'MonitoringWarning');
