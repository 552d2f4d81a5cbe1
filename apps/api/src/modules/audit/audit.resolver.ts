import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/page-args';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import { Town } from '../place/place.type';
import type { AuditLogEntity } from './audit.entity';
import { AuditFilter } from './audit.inputs';
import { AuditEntry, AuditEntryConnection } from './audit.type';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Permission.AUDIT_READ)
  @Query(() => AuditEntryConnection, { description: '审计日志，新的在前；按记录筛选即为该记录的变更历史' })
  auditLog(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.audit.list(filter, page);
  }

  @FieldResolver(() => Town, { nullable: true, description: '所涉镇办' })
  town(@Root() entry: AuditLogEntity, @Ctx() ctx: Context) {
    return entry.townCode ? ctx.loaders.town.load(entry.townCode) : null;
  }
}
