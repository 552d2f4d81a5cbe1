import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { fenToMoney, MoneyScalar, moneyToFen } from '../../common/money';
import { PageArgs } from '../../common/page-args';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import { Town, Village } from '../place/place.type';
import type { HouseholdEntity, HouseholdYearEntity, PersonEntity } from './household.entity';
import { personalView } from './masking';
import { HealthStatus, OPEN_CASE_STATUSES } from './monitoring.enums';
import {
  CreateHouseholdInput,
  HouseholdFilter,
  HouseholdSort,
  HouseholdYearInput,
  PersonInput,
  UpdateHouseholdInput,
  UpdatePersonInput,
} from './monitoring.inputs';
import { Household, HouseholdConnection, HouseholdYear, MonitoringCase, Person } from './monitoring.type';

@Resolver(() => Household)
export class HouseholdResolver {
  @Authorized(Permission.HOUSEHOLD_READ)
  @Query(() => Household, { nullable: true, description: '按 ID 查农户' })
  household(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(id);
  }

  @Authorized(Permission.HOUSEHOLD_READ)
  @Query(() => HouseholdConnection, {
    description: '农户台账：按镇村、类别、姓名或完整身份证号查询（不支持部分身份证号）',
  })
  households(
    @Arg('filter', () => HouseholdFilter, { nullable: true }) filter: HouseholdFilter | undefined,
    @Arg('sort', () => HouseholdSort, { nullable: true }) sort: HouseholdSort | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.household.list(filter, sort, page);
  }

  @Authorized(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Household, { description: '新建农户并登记户主' })
  createHousehold(@Arg('input', () => CreateHouseholdInput) input: CreateHouseholdInput, @Ctx() ctx: Context) {
    return ctx.services.household.create(input);
  }

  @Authorized(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Household, { description: '修改农户信息' })
  updateHousehold(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateHouseholdInput) input: UpdateHouseholdInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.household.update(id, input);
  }

  @Authorized(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Person, { description: '新增家庭成员（身份证号全区唯一）' })
  addPerson(
    @Arg('householdId', () => ID) householdId: string,
    @Arg('input', () => PersonInput) input: PersonInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.household.addPerson(householdId, input);
  }

  @Authorized(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Person, { description: '修改家庭成员' })
  updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePersonInput) input: UpdatePersonInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.household.updatePerson(id, input);
  }

  @Authorized(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => HouseholdYear, { description: '登记或更正年度收入与保障情况；人均纯收入由系统计算' })
  recordHouseholdYear(@Arg('input', () => HouseholdYearInput) input: HouseholdYearInput, @Ctx() ctx: Context) {
    return ctx.services.household.recordYear(input);
  }

  @Authorized(Permission.PII_REVEAL)
  @Mutation(() => String, { description: '查看身份证号原文：须说明原因，记入审计日志' })
  revealIdNumber(@Arg('personId', () => ID) personId: string, @Arg('purpose') purpose: string, @Ctx() ctx: Context) {
    return ctx.services.household.revealIdNumber(personId, purpose);
  }

  @Authorized(Permission.PII_REVEAL)
  @Mutation(() => String, { nullable: true, description: '查看农户联系电话原文：须说明原因，记入审计日志' })
  revealHouseholdPhone(
    @Arg('householdId', () => ID) householdId: string,
    @Arg('purpose') purpose: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.household.revealPhone(householdId, purpose);
  }

  @FieldResolver(() => Town)
  town(@Root() h: HouseholdEntity, @Ctx() ctx: Context) {
    return ctx.loaders.town.load(h.townCode);
  }

  @FieldResolver(() => Village)
  village(@Root() h: HouseholdEntity, @Ctx() ctx: Context) {
    return ctx.loaders.village.load(h.villageCode);
  }

  @FieldResolver(() => String, { description: '户主姓名（接口令牌看到的是脱敏姓名）' })
  headName(@Root() h: HouseholdEntity, @Ctx() ctx: Context) {
    return personalView(ctx.viewer).name(h.headName);
  }

  @FieldResolver(() => String, { nullable: true, description: '住址（仅工作人员可见）' })
  address(@Root() h: HouseholdEntity, @Ctx() ctx: Context) {
    return personalView(ctx.viewer).address(h.address);
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话（脱敏）' })
  phone(@Root() h: HouseholdEntity) {
    return h.phoneMasked;
  }

  @FieldResolver(() => [Person], { description: '家庭成员，户主在前' })
  members(@Root() h: HouseholdEntity, @Ctx() ctx: Context) {
    return ctx.loaders.personsOfHousehold.load(h.id);
  }

  @FieldResolver(() => [HouseholdYear], { description: '年度收入，最近的年度在前' })
  years(@Root() h: HouseholdEntity, @Ctx() ctx: Context) {
    return ctx.loaders.yearsOfHousehold.load(h.id);
  }

  @Authorized(Permission.MONITORING_READ)
  @FieldResolver(() => [MonitoringCase], { description: '监测案件，最近的在前' })
  cases(@Root() h: HouseholdEntity, @Ctx() ctx: Context) {
    return ctx.loaders.casesOfHousehold.load(h.id);
  }

  @Authorized(Permission.MONITORING_READ)
  @FieldResolver(() => MonitoringCase, { nullable: true, description: '未结束的案件（识别中或帮扶中）' })
  async openCase(@Root() h: HouseholdEntity, @Ctx() ctx: Context) {
    const cases = await ctx.loaders.casesOfHousehold.load(h.id);
    return cases.find((c) => (OPEN_CASE_STATUSES as readonly string[]).includes(c.status)) ?? null;
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => String, { description: '姓名（接口令牌看到的是脱敏姓名）' })
  name(@Root() p: PersonEntity, @Ctx() ctx: Context) {
    return personalView(ctx.viewer).name(p.name);
  }

  @FieldResolver(() => String, { description: '身份证号（脱敏，如 610902********123X）；原文请用 revealIdNumber' })
  idNumber(@Root() p: PersonEntity) {
    return p.idNumberMasked;
  }

  @FieldResolver(() => Int, { description: '出生年份' })
  birthYear(@Root() p: PersonEntity) {
    return Number(p.birthDate.slice(0, 4));
  }

  @FieldResolver(() => HealthStatus, { nullable: true, description: '健康状况（敏感信息：仅工作人员可见）' })
  health(@Root() p: PersonEntity, @Ctx() ctx: Context) {
    return personalView(ctx.viewer).health ? p.health : null;
  }

  @FieldResolver(() => Household)
  household(@Root() p: PersonEntity, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(p.householdId);
  }
}

@Resolver(() => HouseholdYear)
export class HouseholdYearResolver {
  @FieldResolver(() => MoneyScalar, { description: '收入合计' })
  totalIncome(@Root() y: HouseholdYearEntity) {
    return fenToMoney(
      moneyToFen(y.wageIncome) +
        moneyToFen(y.operatingIncome) +
        moneyToFen(y.propertyIncome) +
        moneyToFen(y.transferIncome),
    );
  }

  @FieldResolver(() => MoneyScalar, { nullable: true, description: '当年监测收入线；未设置时为空' })
  async monitoringLine(@Root() y: HouseholdYearEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.monitoringLine.load(y.year))?.amount ?? null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '人均纯收入低于当年监测线' })
  async belowLine(@Root() y: HouseholdYearEntity, @Ctx() ctx: Context) {
    const line = await ctx.loaders.monitoringLine.load(y.year);
    return line ? moneyToFen(y.netIncomePerPerson) < moneyToFen(line.amount) : null;
  }
}
