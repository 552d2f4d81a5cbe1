import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../common/pagination';
import { ActorKind } from './audit.entity';

registerEnumType(ActorKind, {
  name: 'ActorKind',
  valuesConfig: {
    USER: { description: '用户' },
    TOKEN: { description: '接口令牌' },
    ANONYMOUS: { description: '未登录' },
    SYSTEM: { description: '系统' },
  },
});

@ObjectType('AuditEntry', { description: '审计日志' })
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => ActorKind) actorKind: ActorKind;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field() actorName: string;
  @Field({ description: '动作代码，如 project.update；名称见 actionLabel' }) action: string;
  @Field(() => String, { nullable: true, description: '对象类型代码，如 project；名称见 entityTypeLabel' })
  entityType: string | null;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: '变更前' }) before: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: '变更后' }) after: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) details: Record<string, unknown> | null;
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field(() => String, { nullable: true }) ip: string | null;
}

export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry');

@ObjectType('AuditActionInfo', { description: '审计日志记录的一种动作' })
export class AuditActionInfo {
  @Field({ description: '动作代码，如 project.update' }) code: string;
  @Field({ description: '动作名称，如 修改项目' }) label: string;
  @Field(() => String, { nullable: true, description: '所涉对象类型代码；因记录而异或不涉及记录时为空' })
  entityType: string | null;
}

@ObjectType('AuditEntityTypeInfo', { description: '审计日志所涉的一种对象类型' })
export class AuditEntityTypeInfo {
  @Field({ description: '对象类型代码，如 project' }) code: string;
  @Field({ description: '对象类型名称，如 项目' }) label: string;
}
