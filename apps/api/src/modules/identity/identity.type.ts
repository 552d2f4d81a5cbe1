import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../common/pagination';
import { Dataset, Role, TokenKind } from './identity.enums';

@ObjectType('User', { description: '系统用户（工作人员）' })
export class User {
  @Field(() => ID) id: string;
  @Field() username: string;
  @Field() displayName: string;
  @Field(() => Role) role: Role;
  @Field() mustChangePassword: boolean;
  @Field(() => Date, { nullable: true }) lockedUntil: Date | null;
  @Field(() => Date, { nullable: true }) lastSignInAt: Date | null;
  @Field() createdAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('Viewer', { description: '当前登录者' })
export class ViewerInfo {
  @Field(() => Role) role: Role;
  userId: string | null;
  townCode: string | null;
  @Field({ description: '显示名称' }) name: string;
  @Field({ description: '须先修改密码才能继续' }) mustChangePassword: boolean;
  @Field(() => Date, { nullable: true, description: '会话最晚到期时间' }) sessionExpiresAt: Date | null;
  @Field(() => Int, { description: '无操作多少秒后会话失效' }) idleTimeoutSeconds: number;
  @Field(() => [String], { description: '权限，如 project:write、user:manage；界面据此显示菜单和按钮' })
  permissions: string[];
}

@ObjectType('ApiToken', { description: '接口令牌（合作单位、BI 工具）' })
export class ApiToken {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => TokenKind) kind: TokenKind;
  @Field(() => [Dataset]) datasets: Dataset[];
  @Field({ description: '仅汇总数据' }) aggregatesOnly: boolean;
  @Field({ description: '令牌前缀，用于识别' }) prefix: string;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType('CreatedApiToken', { description: '新建的令牌；secret 只在此返回一次' })
export class CreatedApiToken {
  @Field(() => ApiToken) token: unknown;
  @Field({ description: '令牌全文：只显示这一次，请立即妥善保存' }) secret: string;
}

export const UserConnection = connectionType(User, 'User');
export const ApiTokenConnection = connectionType(ApiToken, 'ApiToken');
