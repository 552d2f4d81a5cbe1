import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import { CalendarDayInput, MonitoringLineInput, MonitoringProcedureInput } from './monitoring.inputs';
import {
  CalendarDay,
  MonitoringBoardColumn,
  MonitoringLine,
  MonitoringProcedure,
  MonitoringSummary,
  VillageNotice,
} from './monitoring.type';

/** The procedure's configuration, the yearly parameters, the board, the dashboard's figures and the notice. */
@Resolver()
export class MonitoringResolver {
  @Authorized(Permission.MONITORING_READ)
  @Query(() => [MonitoringProcedure], { description: '识别程序的全部版本，最新的在前' })
  monitoringProcedures(@Ctx() ctx: Context) {
    return ctx.services.procedure.list();
  }

  @Authorized(Permission.MONITORING_READ)
  @Query(() => [MonitoringLine], { description: '各年度监测收入线' })
  monitoringLines(@Ctx() ctx: Context) {
    return ctx.services.monitoringParameter.lines();
  }

  @Authorized(Permission.MONITORING_READ)
  @Query(() => [CalendarDay], { description: '某年的节假日与调休上班日（时限按工作日计算）' })
  calendarDays(@Arg('year', () => Int) year: number, @Ctx() ctx: Context) {
    return ctx.services.monitoringParameter.calendar(year);
  }

  @Authorized(Permission.MONITORING_READ)
  @Query(() => [MonitoringBoardColumn], { description: '案件看板：识别中的案件按等待的步骤分列' })
  monitoringBoard(
    @Arg('townCode', () => ID, { nullable: true }) townCode: string | undefined,
    @Arg('perColumn', () => Int, { defaultValue: 20 }) perColumn: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.monitoringReport.board(townCode, perColumn);
  }

  @Authorized(Permission.MONITORING_READ, Permission.SUMMARY_READ)
  @Query(() => MonitoringSummary, { description: '监测汇总（按镇办、类型、步骤、状态）；1–4 的计数显示为 "<5"' })
  monitoringSummary(@Arg('year', () => Int, { nullable: true }) year: number | undefined, @Ctx() ctx: Context) {
    return ctx.services.monitoringReport.summary(year ?? null);
  }

  @Authorized(Permission.MONITORING_WRITE)
  @Query(() => VillageNotice, { description: '生成村级公示（不含身份证号、电话、住址、健康和收入信息）' })
  villageNotice(@Arg('villageCode', () => ID) villageCode: string, @Ctx() ctx: Context) {
    return ctx.services.monitoringReport.villageNotice(villageCode);
  }

  @Authorized(Permission.MONITORING_CONFIG)
  @Mutation(() => MonitoringProcedure, { description: '新增识别程序版本（自生效日起新建的案件适用）' })
  createMonitoringProcedure(
    @Arg('input', () => MonitoringProcedureInput) input: MonitoringProcedureInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.procedure.create(input);
  }

  @Authorized(Permission.MONITORING_CONFIG)
  @Mutation(() => MonitoringLine, { description: '设置某年度监测收入线' })
  setMonitoringLine(@Arg('input', () => MonitoringLineInput) input: MonitoringLineInput, @Ctx() ctx: Context) {
    return ctx.services.monitoringParameter.setLine(input);
  }

  @Authorized(Permission.MONITORING_CONFIG)
  @Mutation(() => [CalendarDay], { description: '设置节假日和调休上班日' })
  setCalendarDays(@Arg('days', () => [CalendarDayInput]) days: CalendarDayInput[], @Ctx() ctx: Context) {
    return ctx.services.monitoringParameter.setCalendarDays(days);
  }
}
