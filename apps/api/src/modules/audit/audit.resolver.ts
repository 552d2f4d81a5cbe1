import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/page-args';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import { Town } from '../place/place.type';
import type { AuditLogEntity } from './audit.entity';
import { AuditFilter } from './audit.inputs';
import { AuditActionInfo, AuditEntityTypeInfo, AuditEntry, AuditEntryConnection } from './audit.type';
import { auditActionCatalog, auditActionLabel, auditEntityTypeCatalog, auditEntityTypeLabel } from './audit-actions';

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

  @Authorized(Permission.AUDIT_READ)
  @Query(() => [AuditActionInfo], { description: '审计日志记录的全部动作及其名称（筛选用）' })
  auditActions(): AuditActionInfo[] {
    return auditActionCatalog();
  }

  @Authorized(Permission.AUDIT_READ)
  @Query(() => [AuditEntityTypeInfo], { description: '审计日志所涉的全部对象类型及其名称（筛选用）' })
  auditEntityTypes(): AuditEntityTypeInfo[] {
    return auditEntityTypeCatalog();
  }

  @FieldResolver(() => String, { description: '动作名称，如 修改项目；未登记名称的动作为其代码' })
  actionLabel(@Root() entry: AuditLogEntity): string {
    return auditActionLabel(entry.action);
  }

  @FieldResolver(() => String, { nullable: true, description: '对象类型名称，如 项目；未登记名称的类型为其代码' })
  entityTypeLabel(@Root() entry: AuditLogEntity): string | null {
    return auditEntityTypeLabel(entry.entityType);
  }

  @FieldResolver(() => Town, { nullable: true, description: '所涉镇办' })
  town(@Root() entry: AuditLogEntity, @Ctx() ctx: Context) {
    return entry.townCode ? ctx.loaders.town.load(entry.townCode) : null;
  }
}
