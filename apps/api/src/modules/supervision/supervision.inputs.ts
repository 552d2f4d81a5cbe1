import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { UUID } from '../../common/ids';
import { TOWN_CODE, VILLAGE_CODE } from '../place/place.inputs';
import { SupervisionStatus } from './supervision.entity';

const NOT_BLANK = /\S/;

@InputType({ description: '督查任务查询条件' })
export class SupervisionTaskFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '督查组 ID 无效' }) groupId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;
  @Field(() => SupervisionStatus, { nullable: true }) status?: SupervisionStatus;
  @Field({ nullable: true, description: '已过整改时限仍未整改' }) overdue?: boolean;
}

@InputType({ description: '交办督查任务' })
export class AssignSupervisionTaskInput {
  @Field(() => ID) @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' }) townCode: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(VILLAGE_CODE, { message: '村（社区）代码应为 12 位数字' })
  villageCode?: string | null;
  @Field()
  @Length(4, 1000, { message: '问题描述应为 4 到 1000 个字' })
  @Matches(NOT_BLANK, { message: '问题描述不能为空' })
  finding: string;
  @Field(() => DateScalar) foundOn: string;
  @Field() @Length(2, 100, { message: '责任单位应为 2 到 100 个字' }) assignedUnit: string;
  @Field(() => DateScalar, { description: '整改时限' }) deadline: string;
}

@InputType({ description: '报送整改情况' })
export class RectifySupervisionTaskInput {
  @Field(() => ID) @Matches(UUID, { message: '任务 ID 无效' }) id: string;
  @Field(() => Int) version: number;
  @Field() @Length(4, 1000, { message: '整改情况应为 4 到 1000 个字' }) rectification: string;
  @Field(() => DateScalar) rectifiedOn: string;
}

@InputType({ description: '复核：通过则销号，不通过退回整改' })
export class RecheckSupervisionTaskInput {
  @Field(() => ID) @Matches(UUID, { message: '任务 ID 无效' }) id: string;
  @Field(() => Int) version: number;
  @Field() passed: boolean;
  @Field() @Length(2, 1000, { message: '复核意见应为 2 到 1000 个字' }) note: string;
  @Field(() => DateScalar) recheckedOn: string;
  @Field(() => DateScalar, { nullable: true, description: '不通过时的新整改时限' }) newDeadline?: string | null;
}
