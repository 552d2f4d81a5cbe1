import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { MoneyScalar } from '../../common/money';
import { connectionType } from '../../common/pagination';
import { FundCategory, FundLevel } from './fund.enums';

@ObjectType('FundSource', { description: '资金来源' })
export class FundSource {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int) year: number;
  @Field(() => FundCategory) category: FundCategory;
  @Field(() => FundLevel) level: FundLevel;
  @Field(() => String, { nullable: true, description: '下达文号' }) documentNo: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('FundAllocation', { description: '资金安排：某一资金来源安排给某一项目的金额' })
export class FundAllocation {
  @Field(() => ID) id: string;
  @Field(() => MoneyScalar) amount: string;
  @Field(() => MoneyScalar, { description: '已支出（含冲销）' }) disbursedAmount: string;
  @Field(() => DateScalar, { description: '下达日期' }) allocatedOn: string;
  @Field(() => String, { nullable: true, description: '下达文号' }) documentNo: string | null;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
}

@ObjectType('Disbursement', { description: '资金支出（拨付）；冲销为负数记录' })
export class Disbursement {
  @Field(() => ID) id: string;
  @Field(() => DateScalar, { description: '支付日期' }) paidOn: string;
  @Field(() => MoneyScalar, { description: '金额；冲销为负数' }) amount: string;
  @Field({ description: '凭证号' }) voucherNo: string;
  @Field({ description: '收款单位' }) payee: string;
  @Field() note: string;
  @Field() createdAt: Date;
}

export enum FundingGroupBy {
  TOWN = 'TOWN',
  SOURCE = 'SOURCE',
  CATEGORY = 'CATEGORY',
  MONTH = 'MONTH',
  VILLAGE_CATEGORY = 'VILLAGE_CATEGORY',
}
registerEnumType(FundingGroupBy, {
  name: 'FundingGroupBy',
  valuesConfig: {
    TOWN: { description: '按镇办' },
    SOURCE: { description: '按资金来源' },
    CATEGORY: { description: '按项目类别' },
    MONTH: { description: '按月份（安排按下达日期，支出按支付日期）' },
    VILLAGE_CATEGORY: {
      description:
        '按项目所在村的类型；一个村可有多种类型，其项目计入每一种，各行之和可大于合计；不在某村的项目计入 NONE（非村级项目）',
    },
  },
});

@ObjectType('FundingSummaryRow')
export class FundingSummaryRow {
  @Field({ description: '分组键：镇办代码、资金来源 ID、项目类别、村类型或 YYYY-MM；合计行为 "TOTAL"' }) key: string;
  @Field({ description: '分组名称（中文）' }) label: string;
  @Field(() => MoneyScalar, { description: '已安排' }) allocated: string;
  @Field(() => MoneyScalar, { description: '已支出' }) disbursed: string;
  @Field(() => String, { nullable: true, description: '支出进度，4 位小数，如 "0.9967"' }) executionRate: string | null;
  @Field(() => Int, { description: '有资金安排的项目数' }) projectCount: number;
  @Field(() => Int, { description: '其中已开工（含之后各状态）的项目数' }) startedProjectCount: number;
}

@ObjectType('FundingSummary', { description: '资金汇总（按年度）' })
export class FundingSummary {
  @Field(() => Int) year: number;
  @Field(() => FundingGroupBy) groupBy: FundingGroupBy;
  @Field(() => FundCategory, { nullable: true }) fundCategory: FundCategory | null;
  @Field(() => FundingSummaryRow) totals: FundingSummaryRow;
  @Field(() => [FundingSummaryRow], { description: '每组一行，行数有限（镇办 28、月份 12 …）' })
  rows: FundingSummaryRow[];
}

export const FundSourceConnection = connectionType(FundSource, 'FundSource');
export const FundAllocationConnection = connectionType(FundAllocation, 'FundAllocation');
export const DisbursementConnection = connectionType(Disbursement, 'Disbursement');
