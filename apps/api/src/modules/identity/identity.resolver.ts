import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskPhone } from '../../common/masking';
import { PageArgs } from '../../common/page-args';
import type { Context } from '../../context';
import { Town } from '../place/place.type';
import type { ApiTokenEntity, UserEntity } from './identity.entity';
import { Permission } from './identity.enums';
import {
  ChangePasswordInput,
  CreateApiTokenInput,
  CreateUserInput,
  ResetPasswordInput,
  SignInInput,
  UpdateUserInput,
  UserFilter,
} from './identity.inputs';
import { ApiToken, ApiTokenConnection, CreatedApiToken, User, UserConnection, ViewerInfo } from './identity.type';

@Resolver(() => ViewerInfo)
export class SessionResolver {
  @Authorized(Permission.PUBLIC)
  @Query(() => ViewerInfo, { nullable: true, description: '当前登录者；未登录时为空' })
  me(@Ctx() ctx: Context) {
    return ctx.services.viewerInfo();
  }

  @Authorized(Permission.PUBLIC)
  @Mutation(() => ViewerInfo, { description: '登录；成功后设置会话 Cookie' })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context) {
    const user = await ctx.services.session.signIn(input.username, input.password);
    return ctx.services.viewerInfo(user);
  }

  @Authorized(Permission.PUBLIC)
  @Mutation(() => Boolean, { description: '退出登录，注销本会话' })
  signOut(@Ctx() ctx: Context) {
    return ctx.services.session.signOut();
  }

  @Authorized(Permission.SELF)
  @Mutation(() => ViewerInfo, { description: '修改本人密码' })
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context) {
    const user = await ctx.services.session.changePassword(input.currentPassword, input.newPassword);
    return ctx.services.viewerInfo(user);
  }

  @FieldResolver(() => User, { nullable: true, description: '工作人员；接口令牌时为空' })
  user(@Root() viewer: ViewerInfo, @Ctx() ctx: Context) {
    return viewer.userId ? ctx.loaders.user.load(viewer.userId) : null;
  }

  @FieldResolver(() => Town, { nullable: true, description: '镇办工作人员所属镇办' })
  town(@Root() viewer: ViewerInfo, @Ctx() ctx: Context) {
    return viewer.townCode ? ctx.loaders.town.load(viewer.townCode) : null;
  }
}

@Resolver(() => User)
export class UserResolver {
  @Authorized(Permission.USER_MANAGE)
  @Query(() => UserConnection, { description: '用户列表' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.user.list(filter, page);
  }

  @Authorized(Permission.USER_MANAGE)
  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context) {
    return ctx.services.user.create(input);
  }

  @Authorized(Permission.USER_MANAGE)
  @Mutation(() => User)
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.user.update(id, input);
  }

  @Authorized(Permission.USER_MANAGE)
  @Mutation(() => User, { description: '重置密码；用户下次登录须修改' })
  resetUserPassword(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.user.resetPassword(id, input.newPassword);
  }

  @Authorized(Permission.USER_MANAGE)
  @Mutation(() => User, { description: '解除登录锁定' })
  unlockUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.user.unlock(id);
  }

  @Authorized(Permission.PII_REVEAL)
  @Mutation(() => String, { nullable: true, description: '查看完整电话号码；须说明原因，并记入审计日志' })
  revealUserPhone(@Arg('id', () => ID) id: string, @Arg('purpose') purpose: string, @Ctx() ctx: Context) {
    return ctx.services.user.revealPhone(id, purpose);
  }

  @FieldResolver(() => Town, { nullable: true })
  town(@Root() user: UserEntity, @Ctx() ctx: Context) {
    return user.townCode ? ctx.loaders.town.load(user.townCode) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '电话（已脱敏，如 138****5678）' })
  phone(@Root() user: UserEntity) {
    return user.phone ? maskPhone(user.phone) : null;
  }

  @FieldResolver(() => Boolean, { description: '已停用' })
  disabled(@Root() user: UserEntity) {
    return user.disabledAt !== null;
  }
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(Permission.TOKEN_MANAGE)
  @Query(() => ApiTokenConnection, { description: '接口令牌' })
  apiTokens(
    @Arg('includeRevoked', () => Boolean, { defaultValue: false }) includeRevoked: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.apiToken.list(includeRevoked, page);
  }

  @Authorized(Permission.TOKEN_MANAGE)
  @Mutation(() => CreatedApiToken, { description: '签发令牌；令牌全文只返回这一次' })
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context) {
    return ctx.services.apiToken.create(input);
  }

  @Authorized(Permission.TOKEN_MANAGE)
  @Mutation(() => ApiToken, { description: '吊销令牌，立即失效' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.apiToken.revoke(id);
  }

  @FieldResolver(() => [Town], { description: '可见镇办；为空表示全区' })
  async towns(@Root() token: ApiTokenEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.town.loadMany(token.townCodes)).filter((t) => t !== null);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() token: ApiTokenEntity, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(token.createdBy);
  }
}
