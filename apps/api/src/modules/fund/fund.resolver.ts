import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { fenToMoney, MoneyScalar, moneyToFen } from '../../common/money';
import { PageArgs } from '../../common/page-args';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import { Project } from '../project/project.type';
import { executionRate } from './execution-rate';
import type { DisbursementEntity, FundAllocationEntity, FundSourceEntity } from './fund.entity';
import {
  CreateFundAllocationInput,
  CreateFundSourceInput,
  DisbursementFilter,
  FundAllocationFilter,
  FundingSummaryArgs,
  FundSourceFilter,
  RecordDisbursementInput,
  ReverseDisbursementInput,
  UpdateFundAllocationInput,
} from './fund.inputs';
import {
  Disbursement,
  DisbursementConnection,
  FundAllocation,
  FundAllocationConnection,
  FundingSummary,
  FundSource,
  FundSourceConnection,
} from './fund.type';

@Resolver(() => FundSource)
export class FundSourceResolver {
  @Authorized(Permission.FUND_READ)
  @Query(() => FundSource, { nullable: true })
  fundSource(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.fundSource.load(id);
  }

  @Authorized(Permission.FUND_READ)
  @Query(() => FundSourceConnection, { description: '资金来源，按编号排序' })
  fundSources(
    @Arg('filter', () => FundSourceFilter, { nullable: true }) filter: FundSourceFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.fund.sources(filter, page);
  }

  @Authorized(Permission.FUND_SOURCE_WRITE)
  @Mutation(() => FundSource)
  createFundSource(@Arg('input', () => CreateFundSourceInput) input: CreateFundSourceInput, @Ctx() ctx: Context) {
    return ctx.services.fund.createSource(input);
  }

  @FieldResolver(() => MoneyScalar, { description: '已安排到项目的金额' })
  async allocatedAmount(@Root() source: FundSourceEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.totalsOfFundSource.load(source.id)).allocated;
  }

  @FieldResolver(() => MoneyScalar, { description: '已支出金额' })
  async disbursedAmount(@Root() source: FundSourceEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.totalsOfFundSource.load(source.id)).disbursed;
  }

  @FieldResolver(() => String, { nullable: true, description: '支出进度，4 位小数' })
  async executionRate(@Root() source: FundSourceEntity, @Ctx() ctx: Context) {
    const totals = await ctx.loaders.totalsOfFundSource.load(source.id);
    return executionRate(totals.disbursed, totals.allocated);
  }

  @FieldResolver(() => Int, { description: '安排了该资金的项目数' })
  async projectCount(@Root() source: FundSourceEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.totalsOfFundSource.load(source.id)).projectCount;
  }

  @Authorized(Permission.SUMMARY_READ)
  @Query(() => FundingSummary, { description: '资金汇总：按镇办、资金来源、项目类别或月份分组，供总览与 BI 使用' })
  fundingSummary(@Args(() => FundingSummaryArgs) args: FundingSummaryArgs, @Ctx() ctx: Context) {
    return ctx.services.fundingSummary.summary(args);
  }
}

@Resolver(() => FundAllocation)
export class FundAllocationResolver {
  @Authorized(Permission.FUND_READ)
  @Query(() => FundAllocation, { nullable: true })
  fundAllocation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.allocation.load(id);
  }

  @Authorized(Permission.FUND_READ)
  @Query(() => FundAllocationConnection, { description: '资金安排，新的在前' })
  fundAllocations(
    @Arg('filter', () => FundAllocationFilter, { nullable: true }) filter: FundAllocationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.fund.allocations(filter, page);
  }

  @Authorized(Permission.ALLOCATION_WRITE)
  @Mutation(() => FundAllocation, { description: '给项目安排一笔资金（每个项目每个资金来源一条）' })
  createFundAllocation(
    @Arg('input', () => CreateFundAllocationInput) input: CreateFundAllocationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.fund.createAllocation(input);
  }

  @Authorized(Permission.ALLOCATION_WRITE)
  @Mutation(() => FundAllocation, { description: '调整资金安排；不能低于已支出' })
  updateFundAllocation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateFundAllocationInput) input: UpdateFundAllocationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.fund.updateAllocation(id, input);
  }

  @Authorized(Permission.PROJECT_READ)
  @FieldResolver(() => Project)
  project(@Root() allocation: FundAllocationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.project.load(allocation.projectId);
  }

  @FieldResolver(() => FundSource)
  fundSource(@Root() allocation: FundAllocationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.fundSource.load(allocation.fundSourceId);
  }

  @FieldResolver(() => MoneyScalar, { description: '剩余可支出额度' })
  remainingAmount(@Root() allocation: FundAllocationEntity) {
    return fenToMoney(moneyToFen(allocation.amount) - moneyToFen(allocation.disbursedAmount));
  }

  @FieldResolver(() => String, { nullable: true, description: '支出进度，4 位小数' })
  executionRate(@Root() allocation: FundAllocationEntity) {
    return executionRate(allocation.disbursedAmount, allocation.amount);
  }

  @FieldResolver(() => [Disbursement], {
    description: '最近的支出记录（至多 100 条，按日期升序）；全部请用 Query.disbursements',
  })
  disbursements(@Root() allocation: FundAllocationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.disbursementsOfAllocation.load(allocation.id);
  }

  @FieldResolver(() => Int, { description: '支出记录条数（含冲销）' })
  disbursementCount(@Root() allocation: FundAllocationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.disbursementCountOfAllocation.load(allocation.id);
  }
}

@Resolver(() => Disbursement)
export class DisbursementResolver {
  @Authorized(Permission.FUND_READ)
  @Query(() => DisbursementConnection, { description: '支出记录，新录入的在前' })
  disbursements(
    @Arg('filter', () => DisbursementFilter, { nullable: true }) filter: DisbursementFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.fund.disbursements(filter, page);
  }

  @Authorized(Permission.FUND_WRITE)
  @Mutation(() => Disbursement, { description: '录入支出；超过剩余额度时返回 CONFLICT' })
  recordDisbursement(@Arg('input', () => RecordDisbursementInput) input: RecordDisbursementInput, @Ctx() ctx: Context) {
    return ctx.services.fund.recordDisbursement(input);
  }

  @Authorized(Permission.FUND_WRITE)
  @Mutation(() => Disbursement, { description: '冲销支出：新增负数记录，原记录保持不变' })
  reverseDisbursement(
    @Arg('input', () => ReverseDisbursementInput) input: ReverseDisbursementInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.fund.reverseDisbursement(input);
  }

  @FieldResolver(() => FundAllocation)
  allocation(@Root() disbursement: DisbursementEntity, @Ctx() ctx: Context) {
    return ctx.loaders.allocation.load(disbursement.allocationId);
  }

  @FieldResolver(() => MoneyScalar, { description: '已被冲销的金额（正数）；冲销记录本身为 0' })
  reversedAmount(@Root() disbursement: DisbursementEntity, @Ctx() ctx: Context) {
    return disbursement.reversesId ? '0.00' : ctx.loaders.reversedOfDisbursement.load(disbursement.id);
  }

  @FieldResolver(() => MoneyScalar, { description: '还可冲销的金额；为 0 时不能再冲销' })
  async reversibleAmount(@Root() disbursement: DisbursementEntity, @Ctx() ctx: Context) {
    if (disbursement.reversesId) return '0.00';
    const reversed = await ctx.loaders.reversedOfDisbursement.load(disbursement.id);
    return fenToMoney(moneyToFen(disbursement.amount) - moneyToFen(reversed));
  }

  @FieldResolver(() => Disbursement, { nullable: true, description: '冲销记录所冲销的原支出' })
  reverses(@Root() disbursement: DisbursementEntity, @Ctx() ctx: Context) {
    return disbursement.reversesId ? ctx.loaders.disbursement.load(disbursement.reversesId) : null;
  }
}
