import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MoneyScalar } from '../../common/money';
import { PageArgs } from '../../common/page-args';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import { Household } from '../monitoring/monitoring.type';
import { Town, Village } from '../place/place.type';
import { Project } from '../project/project.type';
import type {
  BenefitLinkEntity,
  EnterpriseInvestmentEntity,
  IndustrialParkEntity,
  PartnerEnterpriseEntity,
} from './industry.entity';
import {
  BenefitLinkFilter,
  BenefitLinkInput,
  CreateIndustrialParkInput,
  EnterpriseInvestmentInput,
  IndustrialParkFilter,
  IndustrialParkSort,
  ParkYearInput,
  PartnerEnterpriseInput,
  UpdateIndustrialParkInput,
} from './industry.inputs';
import {
  BenefitLink,
  BenefitLinkConnection,
  EastWestSummary,
  EnterpriseInvestment,
  IndustrialPark,
  IndustrialParkConnection,
  IndustrySummary,
  ParkYear,
  PartnerEnterprise,
} from './industry.type';
import { sumMoney } from './park.service';

@Resolver(() => IndustrialPark)
export class IndustrialParkResolver {
  @Authorized(Permission.INDUSTRY_READ)
  @Query(() => IndustrialPark, { nullable: true, description: '按 ID 查园区' })
  industrialPark(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.park.load(id);
  }

  @Authorized(Permission.INDUSTRY_READ)
  @Query(() => IndustrialParkConnection, { description: '现代农业园区：按镇村、产业、级别、经营主体筛选' })
  industrialParks(
    @Arg('filter', () => IndustrialParkFilter, { nullable: true }) filter: IndustrialParkFilter | undefined,
    @Arg('sort', () => IndustrialParkSort, { nullable: true }) sort: IndustrialParkSort | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.park.list(filter, sort, page);
  }

  @Authorized(Permission.INDUSTRY_READ, Permission.SUMMARY_READ)
  @Query(() => IndustrySummary, {
    description:
      '园区汇总：按产业、按镇办（园区数、带动农户、增收、投资、就业）；无农户台账读取权限时，1–4 户的分组不显示带动农户与增收',
  })
  industrySummary(@Arg('year', () => Int, { nullable: true }) year: number | undefined, @Ctx() ctx: Context) {
    // Who may read the households sees them counted exactly; BI and other partners see aggregates only.
    return ctx.services.park.summary(year ?? null, { exact: ctx.viewer.permissions.has(Permission.HOUSEHOLD_READ) });
  }

  @Authorized(Permission.INDUSTRY_READ)
  @Query(() => BenefitLinkConnection, { description: '利益联结（带动农户）' })
  benefitLinks(
    @Arg('filter', () => BenefitLinkFilter, { nullable: true }) filter: BenefitLinkFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.park.links(filter, page);
  }

  @Authorized(Permission.INDUSTRY_WRITE)
  @Mutation(() => IndustrialPark, { description: '新建园区' })
  createIndustrialPark(
    @Arg('input', () => CreateIndustrialParkInput) input: CreateIndustrialParkInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.park.create(input);
  }

  @Authorized(Permission.INDUSTRY_WRITE)
  @Mutation(() => IndustrialPark, { description: '修改园区；version 过期时返回 CONFLICT' })
  updateIndustrialPark(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateIndustrialParkInput) input: UpdateIndustrialParkInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.park.update(id, input);
  }

  @Authorized(Permission.INDUSTRY_WRITE)
  @Mutation(() => ParkYear, { description: '登记或更正园区年度情况' })
  recordParkYear(@Arg('input', () => ParkYearInput) input: ParkYearInput, @Ctx() ctx: Context) {
    return ctx.services.park.recordYear(input);
  }

  @Authorized(Permission.INDUSTRY_WRITE)
  @Mutation(() => BenefitLink, { description: '新增利益联结：园区带动一户（农户须已在台账中）' })
  addBenefitLink(@Arg('input', () => BenefitLinkInput) input: BenefitLinkInput, @Ctx() ctx: Context) {
    return ctx.services.park.addLink(input);
  }

  @FieldResolver(() => Town)
  town(@Root() p: IndustrialParkEntity, @Ctx() ctx: Context) {
    return ctx.loaders.town.load(p.townCode);
  }

  @FieldResolver(() => [Village], { description: '覆盖的村（社区），第一个为所在村' })
  async villages(@Root() p: IndustrialParkEntity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.villagesOfPark.load(p.id);
    return Promise.all(rows.map((r) => ctx.loaders.village.load(r.villageCode)));
  }

  @FieldResolver(() => [ParkYear], { description: '年度情况，最近的在前' })
  years(@Root() p: IndustrialParkEntity, @Ctx() ctx: Context) {
    return ctx.loaders.yearsOfPark.load(p.id);
  }

  @FieldResolver(() => Int, { description: '带动农户（各年度去重）' })
  async linkedHouseholds(@Root() p: IndustrialParkEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.linksOfPark.load(p.id)).households;
  }

  @FieldResolver(() => MoneyScalar, { description: '带动农户增收合计（各年度）' })
  async incomeGained(@Root() p: IndustrialParkEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.linksOfPark.load(p.id)).income;
  }

  @FieldResolver(() => [EnterpriseInvestment], { description: '东西部协作企业对本园区的投资' })
  investments(@Root() p: IndustrialParkEntity, @Ctx() ctx: Context) {
    return ctx.loaders.investmentsOfPark.load(p.id);
  }
}

@Resolver(() => BenefitLink)
export class BenefitLinkResolver {
  @FieldResolver(() => IndustrialPark)
  park(@Root() l: BenefitLinkEntity, @Ctx() ctx: Context) {
    return ctx.loaders.park.load(l.parkId);
  }

  @Authorized(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => Household, { nullable: true, description: '带动的农户（须有农户台账的读取权限）' })
  household(@Root() l: BenefitLinkEntity, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(l.householdId);
  }
}

@Resolver(() => PartnerEnterprise)
export class PartnerEnterpriseResolver {
  @Authorized(Permission.INDUSTRY_READ)
  @Query(() => [PartnerEnterprise], { description: '东西部协作（苏陕协作）企业' })
  partnerEnterprises(@Ctx() ctx: Context) {
    return ctx.services.enterprise.list();
  }

  @Authorized(Permission.INDUSTRY_READ)
  @Query(() => PartnerEnterprise, { nullable: true })
  partnerEnterprise(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.enterprise.load(id);
  }

  @Authorized(Permission.INDUSTRY_READ, Permission.SUMMARY_READ)
  @Query(() => EastWestSummary, { description: '东西部协作汇总：企业数、完成投资、岗位' })
  eastWestSummary(@Ctx() ctx: Context) {
    return ctx.services.enterprise.summary();
  }

  @Authorized(Permission.EAST_WEST_WRITE)
  @Mutation(() => PartnerEnterprise, { description: '登记协作企业（区级）' })
  createPartnerEnterprise(
    @Arg('input', () => PartnerEnterpriseInput) input: PartnerEnterpriseInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.enterprise.save(null, input);
  }

  @Authorized(Permission.EAST_WEST_WRITE)
  @Mutation(() => PartnerEnterprise, { description: '修改协作企业（区级）；version 必填' })
  updatePartnerEnterprise(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PartnerEnterpriseInput) input: PartnerEnterpriseInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.enterprise.save(id, input);
  }

  @Authorized(Permission.EAST_WEST_WRITE)
  @Mutation(() => EnterpriseInvestment, { description: '登记协作企业的一笔投资（区级）' })
  recordEnterpriseInvestment(
    @Arg('input', () => EnterpriseInvestmentInput) input: EnterpriseInvestmentInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.enterprise.invest(input);
  }

  @FieldResolver(() => [EnterpriseInvestment])
  investments(@Root() e: PartnerEnterpriseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.investmentsOfEnterprise.load(e.id);
  }

  @FieldResolver(() => MoneyScalar, { description: '完成投资合计' })
  async totalInvestment(@Root() e: PartnerEnterpriseEntity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.investmentsOfEnterprise.load(e.id);
    return sumMoney(rows.map((r) => r.amount));
  }
}

@Resolver(() => EnterpriseInvestment)
export class EnterpriseInvestmentResolver {
  @FieldResolver(() => PartnerEnterprise)
  enterprise(@Root() i: EnterpriseInvestmentEntity, @Ctx() ctx: Context) {
    return ctx.loaders.enterprise.load(i.enterpriseId);
  }

  @FieldResolver(() => IndustrialPark, { nullable: true, description: '投向的园区（本镇办以外的为空）' })
  park(@Root() i: EnterpriseInvestmentEntity, @Ctx() ctx: Context) {
    return i.parkId ? ctx.loaders.park.load(i.parkId) : null;
  }

  @Authorized(Permission.PROJECT_READ)
  @FieldResolver(() => Project, { nullable: true, description: '投向的项目' })
  project(@Root() i: EnterpriseInvestmentEntity, @Ctx() ctx: Context) {
    return i.projectId ? ctx.loaders.project.load(i.projectId) : null;
  }
}
