import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/page-args';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import { Town, Village } from '../place/place.type';
import type { CadreEntity, FirstSecretaryEntity, WorkTeamEntity, WorkTeamMemberEntity } from './stationing.entity';
import {
  AddWorkTeamMemberInput,
  AppointFirstSecretaryInput,
  CadreFilter,
  CreateWorkTeamInput,
  DispatchingUnitInput,
  DissolveWorkTeamInput,
  EndTermInput,
  StationingFilter,
} from './stationing.inputs';
import {
  Cadre,
  CadreConnection,
  DispatchingUnit,
  FirstSecretary,
  FirstSecretaryConnection,
  StationingCoverage,
  StationingSummary,
  WorkTeam,
  WorkTeamConnection,
  WorkTeamMember,
} from './stationing.type';

@Resolver(() => WorkTeam)
export class WorkTeamResolver {
  @Authorized(Permission.STATIONING_READ)
  @Query(() => [DispatchingUnit], { description: '派出单位' })
  dispatchingUnits(@Ctx() ctx: Context) {
    return ctx.services.stationing.units();
  }

  @Authorized(Permission.STATIONING_READ)
  @Query(() => WorkTeamConnection, { description: '驻村工作队：默认在驻的；active: false 为已撤销的' })
  workTeams(
    @Arg('filter', () => StationingFilter, { nullable: true }) filter: StationingFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.stationing.teams(filter, page);
  }

  @Authorized(Permission.STATIONING_READ)
  @Query(() => WorkTeam, { nullable: true })
  workTeam(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.workTeam.load(id);
  }

  @Authorized(Permission.STATIONING_READ)
  @Query(() => FirstSecretaryConnection, { description: '第一书记：默认在任的；按村查询时为该村历任（含在任）' })
  firstSecretaries(
    @Arg('filter', () => StationingFilter, { nullable: true }) filter: StationingFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.stationing.secretaries(filter, page);
  }

  @Authorized(Permission.STATIONING_READ)
  @Query(() => StationingCoverage, { description: '驻村全覆盖：应覆盖的村是否都有在驻工作队和在任第一书记，缺哪些' })
  stationingCoverage(@Arg('townCode', () => ID, { nullable: true }) townCode: string | undefined, @Ctx() ctx: Context) {
    return ctx.services.stationing.coverage(townCode);
  }

  @Authorized(Permission.STATIONING_READ, Permission.SUMMARY_READ)
  @Query(() => StationingSummary, { description: '在任第一书记、在驻工作队、在岗队员人数' })
  stationingSummary(@Ctx() ctx: Context) {
    return ctx.services.stationing.summary();
  }

  @Authorized(Permission.STATIONING_WRITE)
  @Mutation(() => DispatchingUnit, { description: '新建派出单位' })
  createDispatchingUnit(@Arg('input', () => DispatchingUnitInput) input: DispatchingUnitInput, @Ctx() ctx: Context) {
    return ctx.services.stationing.createUnit(input);
  }

  @Authorized(Permission.STATIONING_WRITE)
  @Mutation(() => WorkTeam, { description: '组建驻村工作队（一村同时只有一个在驻工作队）' })
  createWorkTeam(@Arg('input', () => CreateWorkTeamInput) input: CreateWorkTeamInput, @Ctx() ctx: Context) {
    return ctx.services.stationing.createTeam(input);
  }

  @Authorized(Permission.STATIONING_WRITE)
  @Mutation(() => WorkTeamMember, { description: '队员到岗（可轮换原队员）；同一人不能同时在两个工作队' })
  addWorkTeamMember(@Arg('input', () => AddWorkTeamMemberInput) input: AddWorkTeamMemberInput, @Ctx() ctx: Context) {
    return ctx.services.stationing.addMember(input);
  }

  @Authorized(Permission.STATIONING_WRITE)
  @Mutation(() => WorkTeamMember, { description: '队员离队（记录保留）' })
  endWorkTeamMember(@Arg('input', () => EndTermInput) input: EndTermInput, @Ctx() ctx: Context) {
    return ctx.services.stationing.endMember(input);
  }

  @Authorized(Permission.STATIONING_WRITE)
  @Mutation(() => WorkTeam, { description: '撤销工作队：在岗队员同日离队，记录保留；该村随即缺工作队' })
  dissolveWorkTeam(@Arg('input', () => DissolveWorkTeamInput) input: DissolveWorkTeamInput, @Ctx() ctx: Context) {
    return ctx.services.stationing.dissolveTeam(input);
  }

  @Authorized(Permission.STATIONING_WRITE)
  @Mutation(() => FirstSecretary, { description: '选派第一书记（轮换时原书记自动离任，记录保留）' })
  appointFirstSecretary(
    @Arg('input', () => AppointFirstSecretaryInput) input: AppointFirstSecretaryInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.stationing.appointSecretary(input);
  }

  @Authorized(Permission.STATIONING_WRITE)
  @Mutation(() => FirstSecretary, { description: '第一书记离任（记录保留）' })
  endFirstSecretaryTerm(@Arg('input', () => EndTermInput) input: EndTermInput, @Ctx() ctx: Context) {
    return ctx.services.stationing.endSecretary(input);
  }

  @FieldResolver(() => Town)
  town(@Root() t: WorkTeamEntity, @Ctx() ctx: Context) {
    return ctx.loaders.town.load(t.townCode);
  }

  @FieldResolver(() => Village)
  village(@Root() t: WorkTeamEntity, @Ctx() ctx: Context) {
    return ctx.loaders.village.load(t.villageCode);
  }

  @FieldResolver(() => DispatchingUnit)
  leadUnit(@Root() t: WorkTeamEntity, @Ctx() ctx: Context) {
    return ctx.loaders.dispatchingUnit.load(t.leadUnitId);
  }

  @FieldResolver(() => [WorkTeamMember], { description: '队员：默认在岗的；current: false 含已离队的历史' })
  async members(
    @Root() t: WorkTeamEntity,
    @Arg('current', { defaultValue: true }) current: boolean,
    @Ctx() ctx: Context,
  ) {
    const all = await ctx.loaders.membersOfTeam.load(t.id);
    return current ? all.filter((m) => m.endedOn === null) : all;
  }

  @FieldResolver(() => Int, { description: '在岗队员数' })
  async memberCount(@Root() t: WorkTeamEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.membersOfTeam.load(t.id)).filter((m) => m.endedOn === null).length;
  }
}

@Resolver(() => WorkTeamMember)
export class WorkTeamMemberResolver {
  @FieldResolver(() => Cadre)
  cadre(@Root() m: WorkTeamMemberEntity, @Ctx() ctx: Context) {
    return ctx.loaders.cadre.load(m.cadreId);
  }

  @FieldResolver(() => WorkTeam, { nullable: true })
  team(@Root() m: WorkTeamMemberEntity, @Ctx() ctx: Context) {
    return ctx.loaders.workTeam.load(m.teamId);
  }
}

@Resolver(() => FirstSecretary)
export class FirstSecretaryResolver {
  @FieldResolver(() => Cadre)
  cadre(@Root() s: FirstSecretaryEntity, @Ctx() ctx: Context) {
    return ctx.loaders.cadre.load(s.cadreId);
  }

  @FieldResolver(() => Town)
  town(@Root() s: FirstSecretaryEntity, @Ctx() ctx: Context) {
    return ctx.loaders.town.load(s.townCode);
  }

  @FieldResolver(() => Village)
  village(@Root() s: FirstSecretaryEntity, @Ctx() ctx: Context) {
    return ctx.loaders.village.load(s.villageCode);
  }
}

@Resolver(() => Cadre)
export class CadreResolver {
  @Authorized(Permission.STATIONING_READ)
  @Query(() => CadreConnection, {
    description:
      '已登记的驻村干部，按姓名查找后选作队员或第一书记，以免重复登记；镇办看到在本镇办驻村（含曾驻）和当前无任职的干部',
  })
  cadres(
    @Arg('filter', () => CadreFilter, { nullable: true }) filter: CadreFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.stationing.cadres(filter, page);
  }

  @FieldResolver(() => DispatchingUnit, { description: '派出单位' })
  unit(@Root() c: CadreEntity, @Ctx() ctx: Context) {
    return ctx.loaders.dispatchingUnit.load(c.unitId);
  }
}
