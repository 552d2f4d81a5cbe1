import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { SystemInfo } from './system.type';

@Resolver(() => SystemInfo)
export class SystemResolver {
  @Query(() => SystemInfo)
  systemInfo(@Ctx() ctx: Context) {
    return ctx.services.system.info();
  }
}
