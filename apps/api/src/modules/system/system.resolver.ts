import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import { SystemInfo } from './system.type';

@Resolver(() => SystemInfo)
export class SystemResolver {
  @Authorized(Permission.PUBLIC)
  @Query(() => SystemInfo)
  systemInfo(@Ctx() ctx: Context) {
    return ctx.services.system.info();
  }
}
