import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { bureauToday } from '../../common/clock';
import { PageArgs } from '../../common/page-args';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import { Town, Village } from '../place/place.type';
import type { MonitoringAttachmentEntity, MonitoringCaseEntity, MonitoringCaseStepEntity } from './case.entity';
import { personalView } from './masking';
import { CaseStatus, MONITORING_TYPE_LABEL } from './monitoring.enums';
import {
  AssistanceMeasureInput,
  EliminateRiskInput,
  FollowUpVisitInput,
  MonitoringCaseFilter,
  MonitoringCaseSort,
  MonitoringWarningFilter,
  OpenMonitoringCaseInput,
  RecordMonitoringStepInput,
} from './monitoring.inputs';
import {
  AssistanceMeasure,
  FollowUpVisit,
  Household,
  MonitoringAttachment,
  MonitoringCase,
  MonitoringCaseConnection,
  MonitoringCaseStep,
  MonitoringProcedure,
  MonitoringStep,
  MonitoringWarning,
  MonitoringWarningConnection,
  RiskElimination,
} from './monitoring.type';
import { MonitoringReportService, type WarningRow } from './report.service';

@Resolver(() => MonitoringCase)
export class MonitoringCaseResolver {
  @Authorized(Permission.MONITORING_READ)
  @Query(() => MonitoringCase, { nullable: true, description: '按 ID 查监测案件' })
  monitoringCase(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.monitoringCase.load(id);
  }

  @Authorized(Permission.MONITORING_READ)
  @Query(() => MonitoringCaseConnection, { description: '监测案件：按镇村、类型、步骤、超时、渠道、年度筛选' })
  monitoringCases(
    @Arg('filter', () => MonitoringCaseFilter, { nullable: true }) filter: MonitoringCaseFilter | undefined,
    @Arg('sort', () => MonitoringCaseSort, { nullable: true }) sort: MonitoringCaseSort | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.monitoringCase.list(filter, sort, page);
  }

  @Authorized(Permission.MONITORING_READ)
  @Query(() => MonitoringWarningConnection, {
    description: '自动预警（步骤超时、识别满月无帮扶、收入低于监测线），按触发日期排列',
  })
  async monitoringWarnings(
    @Arg('filter', () => MonitoringWarningFilter, { nullable: true }) filter: MonitoringWarningFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const result = await ctx.services.monitoringReport.warnings(filter, page);
    return {
      ...result,
      edges: result.edges.map((e) => ({ cursor: e.cursor, node: toWarning(e.node) })),
      totalCount: result.totalCount,
    };
  }

  @Authorized(Permission.MONITORING_WRITE)
  @Mutation(() => MonitoringCase, { description: '建档：登记风险预警，开始识别程序（一户同时只能有一个未结束的案件）' })
  openMonitoringCase(@Arg('input', () => OpenMonitoringCaseInput) input: OpenMonitoringCaseInput, @Ctx() ctx: Context) {
    return ctx.services.monitoringCase.open(input);
  }

  @Authorized(Permission.MONITORING_WRITE, Permission.MONITORING_APPROVE)
  @Mutation(() => MonitoringCase, {
    description: '办理下一步：按顺序、不可跳步；评议和审核步骤可不通过；区级审定须区级办理',
  })
  recordMonitoringStep(
    @Arg('input', () => RecordMonitoringStepInput) input: RecordMonitoringStepInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.monitoringCase.recordStep(input);
  }

  @Authorized(Permission.MONITORING_WRITE)
  @Mutation(() => AssistanceMeasure, { description: '新增帮扶措施（识别通过后；绿色通道可先帮扶）' })
  addAssistanceMeasure(@Arg('input', () => AssistanceMeasureInput) input: AssistanceMeasureInput, @Ctx() ctx: Context) {
    return ctx.services.monitoringCase.addAssistance(input);
  }

  @Authorized(Permission.MONITORING_WRITE)
  @Mutation(() => MonitoringCase, { description: '风险消除（销号）：系统核验收入高于监测线且"两不愁三保障"及饮水安全' })
  eliminateRisk(@Arg('input', () => EliminateRiskInput) input: EliminateRiskInput, @Ctx() ctx: Context) {
    return ctx.services.monitoringCase.eliminate(input);
  }

  @Authorized(Permission.MONITORING_WRITE)
  @Mutation(() => FollowUpVisit, { description: '销号后回访' })
  recordFollowUpVisit(@Arg('input', () => FollowUpVisitInput) input: FollowUpVisitInput, @Ctx() ctx: Context) {
    return ctx.services.monitoringCase.followUp(input);
  }

  @FieldResolver(() => Household)
  household(@Root() c: MonitoringCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(c.householdId);
  }

  @FieldResolver(() => Town)
  town(@Root() c: MonitoringCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.town.load(c.townCode);
  }

  @FieldResolver(() => Village)
  village(@Root() c: MonitoringCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.village.load(c.villageCode);
  }

  @FieldResolver(() => MonitoringProcedure, { description: '适用的识别程序版本' })
  procedure(@Root() c: MonitoringCaseEntity, @Ctx() ctx: Context) {
    return ctx.services.procedure.get(c.procedureId);
  }

  @FieldResolver(() => MonitoringStep, { nullable: true, description: '下一步；识别结束后为空' })
  async nextStep(@Root() c: MonitoringCaseEntity, @Ctx() ctx: Context) {
    if (c.status !== CaseStatus.IDENTIFYING) return null;
    const procedure = await ctx.services.procedure.get(c.procedureId);
    return procedure.steps[c.completedSteps] ?? null;
  }

  @FieldResolver(() => Boolean, { description: '识别中且下一步已超过时限' })
  overdue(@Root() c: MonitoringCaseEntity) {
    return c.status === CaseStatus.IDENTIFYING && c.nextStepDueOn !== null && c.nextStepDueOn < bureauToday();
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '风险情况（可能含健康等敏感信息：仅工作人员可见，不公示；接口令牌为空）',
  })
  reason(@Root() c: MonitoringCaseEntity, @Ctx() ctx: Context) {
    return personalView(ctx.viewer).health ? c.reason : null;
  }

  @FieldResolver(() => String, { description: '类型名称' })
  typeLabel(@Root() c: MonitoringCaseEntity) {
    return MONITORING_TYPE_LABEL[c.type];
  }

  @FieldResolver(() => [MonitoringCaseStep], { description: '已办理的步骤，按顺序' })
  steps(@Root() c: MonitoringCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.stepsOfCase.load(c.id);
  }

  @FieldResolver(() => [MonitoringAttachment])
  attachments(@Root() c: MonitoringCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsOfCase.load(c.id);
  }

  @FieldResolver(() => [AssistanceMeasure])
  assistance(@Root() c: MonitoringCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.assistanceOfCase.load(c.id);
  }

  @FieldResolver(() => RiskElimination, { nullable: true })
  elimination(@Root() c: MonitoringCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.eliminationOfCase.load(c.id);
  }

  @FieldResolver(() => [FollowUpVisit])
  followUps(@Root() c: MonitoringCaseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.followUpsOfCase.load(c.id);
  }
}

@Resolver(() => MonitoringCaseStep)
export class MonitoringCaseStepResolver {
  @FieldResolver(() => String, { nullable: true, description: '办理意见（仅工作人员可见；接口令牌为空）' })
  note(@Root() s: MonitoringCaseStepEntity, @Ctx() ctx: Context) {
    return personalView(ctx.viewer).health ? s.note : null;
  }
}

@Resolver(() => MonitoringAttachment)
export class MonitoringAttachmentResolver {
  @FieldResolver(() => String)
  url(@Root() a: MonitoringAttachmentEntity) {
    return `/api/monitoring/attachments/${a.id}`;
  }
}

@Resolver(() => MonitoringWarning)
export class MonitoringWarningResolver {
  @FieldResolver(() => Household)
  household(@Root() w: MonitoringWarning, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(w.householdId);
  }

  @FieldResolver(() => MonitoringCase, { nullable: true })
  monitoringCase(@Root() w: MonitoringWarning, @Ctx() ctx: Context) {
    return w.caseId ? ctx.loaders.monitoringCase.load(w.caseId) : null;
  }

  @FieldResolver(() => Town)
  town(@Root() w: MonitoringWarning, @Ctx() ctx: Context) {
    return ctx.loaders.town.load(w.townCode);
  }

  @FieldResolver(() => Village)
  village(@Root() w: MonitoringWarning, @Ctx() ctx: Context) {
    return ctx.loaders.village.load(w.villageCode);
  }
}

/** A warning row as the schema shows it, with a message that names no person. */
function toWarning(r: WarningRow): MonitoringWarning {
  const days = MonitoringReportService.days(r.since);
  const messages: Record<string, () => string> = {
    STEP_OVERDUE: () => `案件 ${r.case_code}「${r.step_name}」应于 ${r.due_on} 前办结，已超时 ${days + 1} 天`,
    NO_ASSISTANCE: () => `案件 ${r.case_code} 纳入监测已满一个月，仍未落实帮扶措施`,
    INCOME_BELOW_LINE: () =>
      `农户 ${r.household_code} ${r.year} 年人均纯收入 ${r.net} 元，低于当年监测线 ${r.line} 元，尚未纳入监测`,
  };
  return {
    id: r.id,
    rule: r.rule,
    message: messages[r.rule](),
    since: r.since,
    days,
    townCode: r.town_code,
    villageCode: r.village_code,
    householdId: r.household_id,
    caseId: r.case_id,
    stepCode: r.step_code,
    dueOn: r.due_on,
    year: r.year,
    netIncomePerPerson: r.net,
    monitoringLine: r.line,
  };
}
