import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../common/money';
import { connectionType } from '../../common/pagination';
import { SuppressedCount } from '../monitoring/monitoring.type';
import { Industry } from '../project/project.enums';
import { BenefitLinkMode, OperatorKind, ParkLevel } from './industry.enums';

@ObjectType('IndustrialPark', { description: '现代农业园区' })
export class IndustrialPark {
  @Field(() => ID) id: string;
  @Field({ description: '园区编号' }) code: string;
  @Field() name: string;
  @Field(() => ParkLevel) level: ParkLevel;
  @Field(() => Industry) industry: Industry;
  @Field({ description: '经营主体' }) operatorName: string;
  @Field(() => OperatorKind) operatorKind: OperatorKind;
  @Field({ description: '面积（亩），十进制字符串' }) areaMu: string;
  @Field(() => MoneyScalar, { description: '累计投资' }) investment: string;
  @Field(() => Int, { description: '提供就业岗位' }) jobs: number;
  @Field(() => Int, { description: '建园年份' }) establishedYear: number;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('ParkYear', { description: '园区年度情况' })
export class ParkYear {
  @Field(() => Int) year: number;
  @Field(() => MoneyScalar, { description: '产值' }) outputValue: string;
  @Field(() => MoneyScalar, { description: '分红' }) dividends: string;
  @Field(() => Int, { description: '吸纳脱贫劳动力就业' }) liftedJobs: number;
  @Field(() => Int) version: number;
}

@ObjectType('BenefitLink', { description: '带动农户：园区与农户的利益联结' })
export class BenefitLink {
  @Field(() => ID) id: string;
  @Field(() => BenefitLinkMode) mode: BenefitLinkMode;
  @Field(() => Int) year: number;
  @Field(() => MoneyScalar, { description: '户增收' }) incomeGained: string;
  @Field() note: string;
  @Field() createdAt: Date;
}

@ObjectType('PartnerEnterprise', { description: '东西部协作（苏陕协作）企业' })
export class PartnerEnterprise {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: '来源地' }) origin: string;
  @Field({ description: '行业' }) sector: string;
  @Field(() => Int, { description: '落地年份' }) settledYear: number;
  @Field(() => Int, { description: '提供岗位' }) jobs: number;
  @Field(() => Int, { description: '其中脱贫劳动力' }) liftedJobs: number;
  @Field(() => Int) version: number;
}

@ObjectType('EnterpriseInvestment', { description: '协作企业的一笔投资' })
export class EnterpriseInvestment {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field(() => MoneyScalar) amount: string;
  @Field() description: string;
  @Field() createdAt: Date;
}

@ObjectType('IndustryGroup', {
  description:
    '按产业或镇办分组的园区汇总。无农户台账读取权限者（BI 令牌、未获 MONITORING 数据集的合作单位）看到的带动农户为 1–4 户的分组，带动农户与农户增收不予显示',
})
export class IndustryGroup {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Int) parks: number;
  @Field(() => Int, { nullable: true, description: '带动农户（去重）；不予显示时为空（见 suppressed）' })
  linkedHouseholds: number | null;
  @Field(() => SuppressedCount, {
    description: '带动农户的显示值：1–4 户为 "<5"；为免由合计反推而一并隐藏的为 "已隐藏"；其余为户数',
  })
  linkedHouseholdsShown: SuppressedCount;
  @Field(() => MoneyScalar, { nullable: true, description: '农户增收合计；不予显示时为空' })
  incomeGained: string | null;
  @Field({ description: '带动农户与农户增收是否不予显示（以免指认到具体农户）' }) suppressed: boolean;
  @Field(() => MoneyScalar, { description: '园区累计投资' }) investment: string;
  @Field(() => Int, { description: '就业岗位' }) jobs: number;
}

@ObjectType('IndustrySummary', { description: '园区汇总（全部由数据行计算）' })
export class IndustrySummary {
  @Field(() => Int, { nullable: true, description: '带动与增收按该年度；为空表示全部年度' }) year: number | null;
  @Field(() => IndustryGroup, { description: '合计：一户带动于多个分组时只计一次；其带动农户同样按 1–4 户不予显示' })
  total: IndustryGroup;
  @Field(() => [IndustryGroup]) byIndustry: IndustryGroup[];
  @Field(() => [IndustryGroup]) byTown: IndustryGroup[];
}

@ObjectType('EastWestSummary', { description: '东西部协作汇总' })
export class EastWestSummary {
  @Field(() => Int) enterprises: number;
  @Field(() => MoneyScalar, { description: '完成投资合计' }) investment: string;
  @Field(() => Int) jobs: number;
  @Field(() => Int, { description: '其中脱贫劳动力' }) liftedJobs: number;
}

export const IndustrialParkConnection = connectionType(IndustrialPark, 'IndustrialPark');
export const BenefitLinkConnection = connectionType(BenefitLink, 'BenefitLink');
