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
  @Field() action: string;
  @Field(() => String, { nullable: true }) entityType: string | null;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: '变更前' }) before: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: '变更后' }) after: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) details: Record<string, unknown> | null;
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field(() => String, { nullable: true }) ip: string | null;
}

export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry');
