import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { bureauToday } from '../../common/clock';
import { PageArgs } from '../../common/page-args';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import { Town, Village } from '../place/place.type';
import { type SupervisionGroupEntity, SupervisionStatus, type SupervisionTaskEntity } from './supervision.entity';
import {
  AssignSupervisionTaskInput,
  RecheckSupervisionTaskInput,
  RectifySupervisionTaskInput,
  SupervisionTaskFilter,
} from './supervision.inputs';
import { SupervisionGroup, SupervisionSummary, SupervisionTask, SupervisionTaskConnection } from './supervision.type';

@Resolver(() => SupervisionTask)
export class SupervisionTaskResolver {
  @Authorized(Permission.SUPERVISION_READ)
  @Query(() => [SupervisionGroup], { description: '8 个巩固衔接工作组及其负责的镇办' })
  supervisionGroups(@Ctx() ctx: Context) {
    return ctx.services.supervision.groups();
  }

  @Authorized(Permission.SUPERVISION_READ)
  @Query(() => SupervisionTaskConnection, { description: '督查督办任务，按整改时限排列' })
  supervisionTasks(
    @Arg('filter', () => SupervisionTaskFilter, { nullable: true }) filter: SupervisionTaskFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.supervision.list(filter, page);
  }

  @Authorized(Permission.SUPERVISION_READ)
  @Query(() => SupervisionTask, { nullable: true, description: '按 ID 查督查任务（限本人管辖镇办）' })
  supervisionTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.supervision.get(id);
  }

  @Authorized(Permission.SUPERVISION_READ, Permission.SUMMARY_READ)
  @Query(() => SupervisionSummary, { description: '督查督办汇总（含逾期未整改）' })
  supervisionSummary(@Ctx() ctx: Context) {
    return ctx.services.supervision.summary();
  }

  @Authorized(Permission.SUPERVISION_WRITE)
  @Mutation(() => SupervisionTask, { description: '交办督查任务（清单交办）' })
  assignSupervisionTask(
    @Arg('input', () => AssignSupervisionTaskInput) input: AssignSupervisionTaskInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.supervision.assign(input);
  }

  @Authorized(Permission.SUPERVISION_RECTIFY)
  @Mutation(() => SupervisionTask, { description: '报送整改情况' })
  rectifySupervisionTask(
    @Arg('input', () => RectifySupervisionTaskInput) input: RectifySupervisionTaskInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.supervision.rectify(input);
  }

  @Authorized(Permission.SUPERVISION_WRITE)
  @Mutation(() => SupervisionTask, { description: '复核：通过销号，不通过退回整改' })
  recheckSupervisionTask(
    @Arg('input', () => RecheckSupervisionTaskInput) input: RecheckSupervisionTaskInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.supervision.recheck(input);
  }

  @FieldResolver(() => Boolean, { description: '已过整改时限仍未整改' })
  overdue(@Root() t: SupervisionTaskEntity) {
    return t.status === SupervisionStatus.ASSIGNED && t.deadline < bureauToday();
  }

  @FieldResolver(() => SupervisionGroup)
  group(@Root() t: SupervisionTaskEntity, @Ctx() ctx: Context) {
    return ctx.loaders.supervisionGroup.load(t.groupId);
  }

  @FieldResolver(() => Town)
  town(@Root() t: SupervisionTaskEntity, @Ctx() ctx: Context) {
    return ctx.loaders.town.load(t.townCode);
  }

  @FieldResolver(() => Village, { nullable: true })
  village(@Root() t: SupervisionTaskEntity, @Ctx() ctx: Context) {
    return t.villageCode ? ctx.loaders.village.load(t.villageCode) : null;
  }
}

@Resolver(() => SupervisionGroup)
export class SupervisionGroupResolver {
  @FieldResolver(() => [Town], { description: '负责的镇办（限查询者管辖范围内的）' })
  async towns(@Root() g: SupervisionGroupEntity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.townsOfSupervisionGroup.load(g.id);
    // The town loader keeps a town clerk to her own town: the group's other towns are left out.
    const towns = await Promise.all(rows.map((r) => ctx.loaders.town.load(r.townCode)));
    return towns.filter((t) => t !== null);
  }
}
