import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IdempotentInput } from '../../common/idempotency';
import { UUID } from '../../common/ids';
import { MoneyScalar } from '../../common/money';
import { SortDirection } from '../../common/page-args';
import { TOWN_CODE, VILLAGE_CODE } from '../place/place.inputs';
import { Industry } from '../project/project.enums';
import { BenefitLinkMode, OperatorKind, ParkLevel } from './industry.enums';

const AREA = /^\d{1,10}(\.\d{1,2})?$/;
const NOT_BLANK = /\S/;
const YEAR = { min: 2000, max: 2035, message: '年度应在 2000 到 2035 之间' };

@InputType({ description: '园区查询条件' })
export class IndustrialParkFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;
  @Field(() => ID, { nullable: true, description: '覆盖该村的园区' })
  @IsOptional()
  @Matches(VILLAGE_CODE, { message: '村（社区）代码应为 12 位数字' })
  villageCode?: string;
  @Field(() => Industry, { nullable: true }) industry?: Industry;
  @Field(() => ParkLevel, { nullable: true }) level?: ParkLevel;
  @Field(() => OperatorKind, { nullable: true }) operatorKind?: OperatorKind;
  @Field({ nullable: true, description: '名称、编号或经营主体包含' })
  @IsOptional()
  @Length(1, 50, { message: '搜索词长度应在 1 到 50 个字之间' })
  search?: string;
}

export enum IndustrialParkSortField {
  CODE = 'CODE',
  NAME = 'NAME',
  INVESTMENT = 'INVESTMENT',
  JOBS = 'JOBS',
  ESTABLISHED_YEAR = 'ESTABLISHED_YEAR',
}
registerEnumType(IndustrialParkSortField, { name: 'IndustrialParkSortField' });

@InputType()
export class IndustrialParkSort {
  @Field(() => IndustrialParkSortField) field: IndustrialParkSortField;
  @Field(() => SortDirection, { nullable: true }) direction?: SortDirection;
}

/** What creating and changing a park may set. */
@InputType()
abstract class ParkDetails {
  @Field(() => ParkLevel, { nullable: true }) level?: ParkLevel;
  @Field(() => Industry, { nullable: true }) industry?: Industry;
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 100, { message: '经营主体名称应为 2 到 100 个字' })
  @Matches(NOT_BLANK, { message: '经营主体名称不能为空' })
  operatorName?: string;
  @Field(() => OperatorKind, { nullable: true }) operatorKind?: OperatorKind;
  @Field({ nullable: true, description: '面积（亩），最多 2 位小数' })
  @IsOptional()
  @Matches(AREA, { message: '面积应为不小于 0 的数字，最多 2 位小数' })
  areaMu?: string;
  @Field(() => MoneyScalar, { nullable: true }) investment?: string;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '就业岗位不能为负数' })
  @Max(1_000_000)
  jobs?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(YEAR.min, { message: YEAR.message })
  @Max(YEAR.max, { message: YEAR.message })
  establishedYear?: number;
  @Field(() => [ID], { nullable: true, description: '覆盖的村（社区），第一个为园区所在村；须属于园区所在镇办' })
  @IsOptional()
  @ArrayMinSize(1, { message: '至少选择一个村（社区）' })
  @ArrayMaxSize(30, { message: '最多 30 个村（社区）' })
  @Matches(VILLAGE_CODE, { each: true, message: '村（社区）代码应为 12 位数字' })
  villageCodes?: string[];
}

@InputType({ description: '新建园区' })
export class CreateIndustrialParkInput extends ParkDetails {
  @Field()
  @Length(2, 100, { message: '园区名称应为 2 到 100 个字' })
  @Matches(NOT_BLANK, { message: '园区名称不能为空' })
  name: string;
  @Field(() => ID) @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' }) townCode: string;
}

@InputType({ description: '修改园区；version 过期时返回 CONFLICT' })
export class UpdateIndustrialParkInput extends ParkDetails {
  @Field(() => Int) version: number;
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 100, { message: '园区名称应为 2 到 100 个字' })
  name?: string;
}

@InputType({ description: '登记或更正园区年度情况' })
export class ParkYearInput {
  @Field(() => ID) @Matches(UUID, { message: '园区 ID 无效' }) parkId: string;
  @Field(() => Int) @Min(YEAR.min, { message: YEAR.message }) @Max(YEAR.max, { message: YEAR.message }) year: number;
  @Field(() => MoneyScalar) outputValue: string;
  @Field(() => MoneyScalar) dividends: string;
  @Field(() => Int) @Min(0, { message: '就业人数不能为负数' }) liftedJobs: number;
  @Field(() => Int, { nullable: true, description: '更正已有年度时必填' }) version?: number;
}

@InputType({ description: '新增利益联结（带动农户）' })
export class BenefitLinkInput {
  @Field(() => ID) @Matches(UUID, { message: '园区 ID 无效' }) parkId: string;
  @Field(() => ID) @Matches(UUID, { message: '农户 ID 无效' }) householdId: string;
  @Field(() => BenefitLinkMode) mode: BenefitLinkMode;
  @Field(() => Int) @Min(YEAR.min, { message: YEAR.message }) @Max(YEAR.max, { message: YEAR.message }) year: number;
  @Field(() => MoneyScalar, { description: '户增收' }) incomeGained: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200, { message: '备注不能超过 200 字' }) note?: string;
}

@InputType({ description: '利益联结查询条件' })
export class BenefitLinkFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '园区 ID 无效' }) parkId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '农户 ID 无效' }) householdId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;
  @Field(() => BenefitLinkMode, { nullable: true }) mode?: BenefitLinkMode;
  @Field(() => Int, { nullable: true }) year?: number;
}

@InputType({ description: '协作企业信息' })
export class PartnerEnterpriseInput {
  @Field()
  @Length(2, 100, { message: '企业名称应为 2 到 100 个字' })
  @Matches(NOT_BLANK, { message: '企业名称不能为空' })
  name: string;
  @Field() @Length(2, 50, { message: '来源地应为 2 到 50 个字' }) origin: string;
  @Field() @Length(2, 50, { message: '行业应为 2 到 50 个字' }) sector: string;
  @Field(() => Int)
  @Min(YEAR.min, { message: YEAR.message })
  @Max(YEAR.max, { message: YEAR.message })
  settledYear: number;
  @Field(() => Int) @Min(0, { message: '岗位数不能为负数' }) jobs: number;
  @Field(() => Int) @Min(0, { message: '岗位数不能为负数' }) liftedJobs: number;
  @Field(() => Int, { nullable: true, description: '修改时必填' }) version?: number;
}

@InputType({ description: '登记协作企业的一笔投资（可投向园区或项目）' })
export class EnterpriseInvestmentInput extends IdempotentInput {
  @Field(() => ID) @Matches(UUID, { message: '企业 ID 无效' }) enterpriseId: string;
  @Field(() => Int) @Min(YEAR.min, { message: YEAR.message }) @Max(YEAR.max, { message: YEAR.message }) year: number;
  @Field(() => MoneyScalar) amount: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '园区 ID 无效' }) parkId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '项目 ID 无效' }) projectId?:
    | string
    | null;
  @Field() @Length(2, 200, { message: '投资内容应为 2 到 200 个字' }) description: string;
}
