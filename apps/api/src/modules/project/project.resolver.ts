import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { columnsFor, selectedFields } from '../../common/lookahead';
import { PageArgs } from '../../common/page-args';
import type { Context } from '../../context';
import { executionRate } from '../fund/execution-rate';
import { primeAllocations } from '../fund/fund.loaders';
import { FundAllocation } from '../fund/fund.type';
import { Permission } from '../identity/identity.enums';
import { Town, Village } from '../place/place.type';
import type { ProjectEntity } from './project.entity';
import { nextProjectStatus, ProjectStatus } from './project.enums';
import {
  AdvanceProjectStatusInput,
  CreateProjectInput,
  ProjectFilter,
  ProjectSort,
  UpdateProjectInput,
} from './project.inputs';
import { PerformanceTarget, Project, ProjectConnection, ProjectStatusChange } from './project.type';

/**
 * What each field of `Project` reads from the entity: a list page selects only these columns for the
 * fields asked (a field missing here makes the page read every column). Keep it beside the resolvers
 * below, which are what read them.
 */
export const PROJECT_FIELD_COLUMNS: Record<string, (keyof ProjectEntity & string)[]> = {
  id: ['id'],
  code: ['code'],
  name: ['name'],
  year: ['year'],
  category: ['category'],
  industry: ['industry'],
  constructionType: ['constructionType'],
  status: ['status'],
  responsibleUnit: ['responsibleUnit'],
  tasks: ['tasks'],
  plannedStart: ['plannedStart'],
  plannedEnd: ['plannedEnd'],
  approvalDocNo: ['approvalDocNo'],
  beneficiaryHouseholds: ['beneficiaryHouseholds'],
  beneficiaryPersons: ['beneficiaryPersons'],
  liftedHouseholds: ['liftedHouseholds'],
  liftedPersons: ['liftedPersons'],
  benefitMechanism: ['benefitMechanism'],
  allocatedAmount: ['allocatedAmount'],
  disbursedAmount: ['disbursedAmount'],
  version: ['version'],
  createdAt: ['createdAt'],
  updatedAt: ['updatedAt'],
  town: ['townCode'],
  village: ['villageCode'],
  nextStatus: ['status'],
  executionRate: ['allocatedAmount', 'disbursedAmount'],
  allocations: ['id'],
  performanceTargets: ['id'],
  statusHistory: ['id'],
};

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized(Permission.PROJECT_READ)
  @Query(() => Project, { nullable: true, description: '按 ID 查项目' })
  async project(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // A detail page: the project and the children it shows in one statement, handed to the loaders
    // the fields read from (the fields' own rules still apply).
    const fields = selectedFields(info, []);
    const allocations = fields.has('allocations') && ctx.viewer.permissions.has(Permission.FUND_READ);
    const parts = {
      targets: fields.has('performanceTargets'),
      statusHistory: fields.has('statusHistory'),
      allocations,
      payments: allocations && selectedFields(info, ['allocations']).has('disbursements'),
    };
    if (!parts.targets && !parts.statusHistory && !parts.allocations) return ctx.loaders.project.load(id);
    const detail = await ctx.services.project.detail(id, parts);
    if (!detail) return null;
    const { loaders } = ctx;
    loaders.project.prime(id, detail.project);
    if (detail.targets) loaders.performanceTargetsOfProject.prime(id, detail.targets);
    if (detail.statusHistory) loaders.statusHistoryOfProject.prime(id, detail.statusHistory);
    if (detail.allocations) primeAllocations(loaders, id, detail.allocations);
    return detail.project;
  }

  @Authorized(Permission.PROJECT_READ)
  @Query(() => ProjectConnection, { description: '项目库：分页、筛选、排序' })
  projects(
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | undefined,
    @Arg('sort', () => ProjectSort, { nullable: true }) sort: ProjectSort | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const columns = columnsFor<ProjectEntity>(selectedFields(info, ['edges', 'node']), PROJECT_FIELD_COLUMNS, ['id']);
    return ctx.services.project.list(filter, sort, page, columns);
  }

  @Authorized(Permission.PROJECT_WRITE)
  @Mutation(() => Project, { description: '新建项目（状态为储备入库）' })
  createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: Context) {
    return ctx.services.project.create(input);
  }

  @Authorized(Permission.PROJECT_WRITE)
  @Mutation(() => Project, { description: '修改项目；version 过期时返回 CONFLICT' })
  updateProject(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.project.update(id, input);
  }

  @Authorized(Permission.PROJECT_WRITE)
  @Mutation(() => Project, { description: '项目状态推进一步（不可跳步）' })
  advanceProjectStatus(
    @Arg('input', () => AdvanceProjectStatusInput) input: AdvanceProjectStatusInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.project.advanceStatus(input);
  }

  @FieldResolver(() => Town)
  town(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return ctx.loaders.town.load(project.townCode);
  }

  @FieldResolver(() => Village, { nullable: true })
  village(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return project.villageCode ? ctx.loaders.village.load(project.villageCode) : null;
  }

  @FieldResolver(() => ProjectStatus, { nullable: true, description: '下一步状态；已资产移交时为空' })
  nextStatus(@Root() project: ProjectEntity) {
    return nextProjectStatus(project.status);
  }

  @FieldResolver(() => String, { nullable: true, description: '支出进度 = 已支出 ÷ 已安排，4 位小数，如 "0.9967"' })
  executionRate(@Root() project: ProjectEntity) {
    return executionRate(project.disbursedAmount, project.allocatedAmount);
  }

  @Authorized(Permission.FUND_READ)
  @FieldResolver(() => [FundAllocation], { description: '资金安排（每个资金来源一条）' })
  allocations(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return ctx.loaders.allocationsOfProject.load(project.id);
  }

  @FieldResolver(() => [PerformanceTarget])
  performanceTargets(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return ctx.loaders.performanceTargetsOfProject.load(project.id);
  }

  @FieldResolver(() => [ProjectStatusChange], { description: '状态变更记录，按时间顺序' })
  statusHistory(@Root() project: ProjectEntity, @Ctx() ctx: Context) {
    return ctx.loaders.statusHistoryOfProject.load(project.id);
  }
}
