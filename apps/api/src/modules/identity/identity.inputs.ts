import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { Dataset, Role, TokenKind } from './identity.enums';

const TOWN_CODE = /^\d{9}$/;
const USERNAME = /^[a-z][a-z0-9_.-]{2,49}$/i;
const PHONE = /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/;

@InputType()
export class SignInInput {
  @Field() @Length(1, 50, { message: '请输入用户名' }) username: string;
  @Field() @Length(1, 128, { message: '请输入密码' }) password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @Length(1, 128, { message: '请输入当前密码' }) currentPassword: string;
  @Field({ description: '至少 12 位，含大写、小写、数字、符号中的三类，不含用户名' })
  @Length(1, 128, { message: '请输入新密码' })
  newPassword: string;
}

@InputType({ description: '用户查询条件' })
export class UserFilter {
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;
  @Field({ nullable: true, description: '用户名或姓名包含' }) @IsOptional() @Length(1, 50) search?: string;
}

@InputType({ description: '新建用户' })
export class CreateUserInput {
  @Field() @Matches(USERNAME, { message: '用户名为 3 到 50 位字母、数字或 _ . -，以字母开头' }) username: string;
  @Field() @Length(1, 50, { message: '姓名应为 1 到 50 个字' }) displayName: string;
  @Field(() => Role) role: Role;
  @Field(() => ID, { nullable: true, description: '镇办工作人员必填' })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE, { message: '电话号码格式不正确' }) phone?:
    | string
    | null;
  @Field({ description: '初始密码；首次登录须修改' }) @Length(1, 128) initialPassword: string;
}

@InputType({ description: '修改用户；version 过期时返回 CONFLICT' })
export class UpdateUserInput {
  @Field(() => Int) version: number;
  @Field({ nullable: true }) @IsOptional() @Length(1, 50, { message: '姓名应为 1 到 50 个字' }) displayName?: string;
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE, { message: '电话号码格式不正确' }) phone?:
    | string
    | null;
  @Field({ nullable: true, description: '停用后不能登录，已登录的会话立即失效' }) disabled?: boolean;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: '临时密码；用户下次登录须修改' }) @Length(1, 128) newPassword: string;
}

@InputType({ description: '新建接口令牌' })
export class CreateApiTokenInput {
  @Field({ description: '用途，如 区卫健局数据接口' })
  @Length(2, 100, { message: '名称应为 2 到 100 个字' })
  name: string;
  @Field(() => TokenKind) kind: TokenKind;
  @Field(() => [Dataset], { description: 'BI 令牌忽略此项（只读汇总）' }) @ArrayMaxSize(10) datasets: Dataset[];
  @Field(() => [ID], { description: '可见镇办；为空表示全区' })
  @ArrayMaxSize(28)
  @Matches(TOWN_CODE, { each: true, message: '镇办代码应为 9 位数字' })
  townCodes: string[];
  @Field(() => DateScalar, { description: '到期日（最长一年）' }) expiresOn: string;
}
