import { IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { UUID } from '../../common/ids';
import { TOWN_CODE, VILLAGE_CODE } from '../place/place.inputs';
import { TeamRole, TermEndReason, UnitKind } from './stationing.enums';

const NAME = /^[\p{Script=Han}·A-Za-z\s]{1,50}$/u;

@InputType({ description: '驻村查询条件' })
export class StationingFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(VILLAGE_CODE, { message: '村（社区）代码应为 12 位数字' })
  villageCode?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '派出单位 ID 无效' }) unitId?: string;
  @Field({ nullable: true, description: '只看在驻 / 在任（默认）；false 为只看历史' }) active?: boolean;
}

@InputType({ description: '驻村干部查询条件' })
export class CadreFilter {
  @Field({ nullable: true, description: '姓名包含' })
  @IsOptional()
  @Length(1, 50, { message: '搜索词长度应在 1 到 50 个字之间' })
  search?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '派出单位 ID 无效' }) unitId?: string;
}

@InputType({ description: '新建派出单位' })
export class DispatchingUnitInput {
  @Field() @Length(2, 100, { message: '单位名称应为 2 到 100 个字' }) name: string;
  @Field(() => UnitKind) kind: UnitKind;
}

@InputType({ description: '干部：已登记的选 cadreId，新人填姓名和派出单位' })
export class CadreInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '干部 ID 无效' }) cadreId?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(NAME, { message: '姓名应为 1 到 50 个汉字或字母' }) name?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '派出单位 ID 无效' }) unitId?: string;
  @Field({ nullable: true }) @IsOptional() @Length(0, 50, { message: '职务不能超过 50 个字' }) title?: string;
}

@InputType({ description: '组建驻村工作队' })
export class CreateWorkTeamInput {
  @Field(() => ID) @Matches(VILLAGE_CODE, { message: '村（社区）代码应为 12 位数字' }) villageCode: string;
  @Field() @Length(2, 100, { message: '队名应为 2 到 100 个字' }) name: string;
  @Field(() => ID) @Matches(UUID, { message: '派出单位 ID 无效' }) leadUnitId: string;
  @Field(() => DateScalar) formedOn: string;
}

@InputType({ description: '队员到岗；replacesMemberId 为轮换（原队员在到岗前一日离队）' })
export class AddWorkTeamMemberInput {
  @Field(() => ID) @Matches(UUID, { message: '工作队 ID 无效' }) teamId: string;
  @Field(() => CadreInput) @ValidateNested() cadre: CadreInput;
  @Field(() => TeamRole) role: TeamRole;
  @Field(() => DateScalar) startedOn: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(UUID, { message: '队员 ID 无效' })
  replacesMemberId?: string;
}

@InputType({ description: '撤销工作队：在岗队员同日离队（任期届满）' })
export class DissolveWorkTeamInput {
  @Field(() => ID) @Matches(UUID, { message: '工作队 ID 无效' }) id: string;
  @Field(() => Int) version: number;
  @Field(() => DateScalar) dissolvedOn: string;
}

@InputType({ description: '结束一段任期' })
export class EndTermInput {
  @Field(() => ID) @Matches(UUID, { message: 'ID 无效' }) id: string;
  @Field(() => Int) version: number;
  @Field(() => DateScalar) endedOn: string;
  @Field(() => TermEndReason) reason: TermEndReason;
}

@InputType({ description: '选派第一书记；村里已有在任的，原书记在新书记到任前一日离任（轮换）' })
export class AppointFirstSecretaryInput {
  @Field(() => ID) @Matches(VILLAGE_CODE, { message: '村（社区）代码应为 12 位数字' }) villageCode: string;
  @Field(() => CadreInput) @ValidateNested() cadre: CadreInput;
  @Field(() => DateScalar) startedOn: string;
}
