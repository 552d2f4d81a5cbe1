import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { IdempotentInput } from '../../common/idempotency';
import { UUID } from '../../common/ids';
import { MoneyScalar } from '../../common/money';
import { TOWN_CODE } from '../place/place.inputs';
import { FundCategory, FundLevel } from './fund.enums';
import { FundingGroupBy } from './fund.type';

const VOUCHER = /^[\p{L}\p{N}\-_/()（）〔〕]{1,64}$/u;

@InputType({ description: '资金来源查询条件' })
export class FundSourceFilter {
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => FundCategory, { nullable: true }) category?: FundCategory;
}

@InputType({ description: '新建资金来源' })
export class CreateFundSourceInput {
  @Field() @Matches(/^[A-Za-z0-9-]{3,32}$/, { message: '编号应为 3 到 32 位字母、数字或连字符' }) code: string;
  @Field()
  @Length(2, 100, { message: '名称应为 2 到 100 个字' })
  @Matches(/\S/, { message: '名称不能为空' })
  name: string;
  @Field(() => Int)
  @Min(2016, { message: '年度应在 2016 到 2035 之间' })
  @Max(2035, { message: '年度应在 2016 到 2035 之间' })
  year: number;
  @Field(() => FundCategory) category: FundCategory;
  @Field(() => FundLevel) level: FundLevel;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '文号不能超过 100 个字' })
  documentNo?: string | null;
}

@InputType({ description: '资金安排查询条件' })
export class FundAllocationFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '项目 ID 无效' }) projectId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(UUID, { message: '资金来源 ID 无效' })
  fundSourceId?: string;
  @Field(() => Int, { nullable: true, description: '项目年度' }) year?: number;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;
}

@InputType({ description: '新建资金安排' })
export class CreateFundAllocationInput extends IdempotentInput {
  @Field(() => ID) @Matches(UUID, { message: '项目 ID 无效' }) projectId: string;
  @Field(() => ID) @Matches(UUID, { message: '资金来源 ID 无效' }) fundSourceId: string;
  @Field(() => MoneyScalar, { description: '安排金额（元），大于 0' }) amount: string;
  @Field(() => DateScalar) allocatedOn: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '文号不能超过 100 个字' })
  documentNo?: string | null;
}

@InputType({ description: '调整资金安排；version 过期时返回 CONFLICT' })
export class UpdateFundAllocationInput {
  @Field(() => Int) @Min(1) version: number;
  @Field(() => MoneyScalar, { nullable: true, description: '新的安排金额，不能小于已支出' }) amount?: string;
  @Field(() => DateScalar, { nullable: true }) allocatedOn?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '文号不能超过 100 个字' })
  documentNo?: string | null;
}

@InputType({ description: '支出查询条件' })
export class DisbursementFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(UUID, { message: '资金安排 ID 无效' })
  allocationId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '项目 ID 无效' }) projectId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(UUID, { message: '资金来源 ID 无效' })
  fundSourceId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;
  @Field(() => Int, { nullable: true, description: '项目年度' }) year?: number;
  @Field(() => DateScalar, { nullable: true, description: '支付日期起（含）' }) paidFrom?: string;
  @Field(() => DateScalar, { nullable: true, description: '支付日期止（含）' }) paidTo?: string;
  @Field({ nullable: true, description: '凭证号包含' }) @IsOptional() @Length(1, 64) voucherNo?: string;
}

@InputType({ description: '录入一笔支出' })
export class RecordDisbursementInput extends IdempotentInput {
  @Field(() => ID) @Matches(UUID, { message: '资金安排 ID 无效' }) allocationId: string;
  @Field(() => DateScalar) paidOn: string;
  @Field(() => MoneyScalar, { description: '金额（元），大于 0，不超过安排的剩余额度' }) amount: string;
  @Field() @Matches(VOUCHER, { message: '凭证号应为 1 到 64 位文字、数字或 -_/()' }) voucherNo: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(100, { message: '收款单位不能超过 100 个字' }) payee?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(500, { message: '备注不能超过 500 个字' }) note?: string;
}

@InputType({ description: '冲销一笔支出：新增一条负数记录，原记录不变' })
export class ReverseDisbursementInput extends IdempotentInput {
  @Field(() => ID) @Matches(UUID, { message: '支出 ID 无效' }) disbursementId: string;
  @Field(() => MoneyScalar, { nullable: true, description: '冲销金额（正数），默认冲销全部未冲销部分' })
  amount?: string;
  @Field(() => DateScalar) paidOn: string;
  @Field() @Matches(VOUCHER, { message: '凭证号应为 1 到 64 位文字、数字或 -_/()' }) voucherNo: string;
  @Field() @Length(2, 500, { message: '冲销原因应为 2 到 500 个字' }) reason: string;
}

@ArgsType()
export class FundingSummaryArgs {
  @Field(() => Int, { description: '项目年度' })
  @Min(2016, { message: '年度应在 2016 到 2035 之间' })
  @Max(2035, { message: '年度应在 2016 到 2035 之间' })
  year: number;
  @Field(() => FundingGroupBy) groupBy: FundingGroupBy;
  @Field(() => FundCategory, { nullable: true, description: '只统计某一资金类别，如衔接资金' })
  fundCategory?: FundCategory;
  @Field(() => ID, { nullable: true, description: '只统计某一镇办' })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;
}
