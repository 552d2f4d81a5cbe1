import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/page-args';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import type { TownEntity, VillageEntity } from './place.entity';
import { VillageFilter } from './place.inputs';
import { District, Town, Village, VillageConnection } from './place.type';

@Resolver(() => Town)
export class TownResolver {
  @Authorized(Permission.PLACE_READ)
  @Query(() => District, { description: '汉滨区' })
  district(@Ctx() ctx: Context) {
    return ctx.services.place.district();
  }

  @Authorized(Permission.PLACE_READ)
  @Query(() => [Town], { description: '全部镇办（28 个），按代码排序' })
  towns(@Ctx() ctx: Context) {
    return ctx.services.place.towns();
  }

  @Authorized(Permission.PLACE_READ)
  @Query(() => Town, { nullable: true })
  town(@Arg('code', () => ID) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.town.load(code);
  }

  @FieldResolver(() => [Village], { description: '辖区内的村（社区），按代码排序' })
  villages(@Root() town: TownEntity, @Ctx() ctx: Context) {
    return ctx.loaders.villagesOfTown.load(town.code);
  }
}

@Resolver(() => Village)
export class VillageResolver {
  @Authorized(Permission.PLACE_READ)
  @Query(() => Village, { nullable: true })
  village(@Arg('code', () => ID) code: string, @Ctx() ctx: Context) {
    return ctx.loaders.village.load(code);
  }

  @Authorized(Permission.PLACE_READ)
  @Query(() => VillageConnection)
  villages(
    @Arg('filter', () => VillageFilter, { nullable: true }) filter: VillageFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.place.villages(filter, page);
  }

  @FieldResolver(() => Town)
  async town(@Root() village: VillageEntity, @Ctx() ctx: Context) {
    return ctx.loaders.town.load(village.townCode);
  }
}
