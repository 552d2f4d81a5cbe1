import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { MoneyScalar } from '../../common/money';
import { connectionType } from '../../common/pagination';
import {
  ConstructionType,
  Industry,
  ProjectCategory,
  ProjectStatus,
  TargetLevel,
  TargetOperator,
} from './project.enums';

@ObjectType('Project', { description: '项目库中的一个项目' })
export class Project {
  @Field(() => ID) id: string;
  @Field({ description: '项目编号' }) code: string;
  @Field({ description: '项目名称' }) name: string;
  @Field(() => Int, { description: '年度' }) year: number;
  @Field(() => ProjectCategory) category: ProjectCategory;
  @Field(() => Industry, { nullable: true }) industry: Industry | null;
  @Field(() => ConstructionType) constructionType: ConstructionType;
  @Field(() => ProjectStatus) status: ProjectStatus;
  @Field({ description: '责任单位' }) responsibleUnit: string;
  @Field({ description: '建设任务' }) tasks: string;
  @Field(() => DateScalar, { nullable: true }) plannedStart: string | null;
  @Field(() => DateScalar, { nullable: true }) plannedEnd: string | null;
  @Field(() => String, { nullable: true, description: '批复文号' }) approvalDocNo: string | null;
  @Field(() => Int, { description: '受益户数' }) beneficiaryHouseholds: number;
  @Field(() => Int, { description: '受益人数' }) beneficiaryPersons: number;
  @Field(() => Int, { description: '其中脱贫户数' }) liftedHouseholds: number;
  @Field(() => Int, { description: '其中脱贫人口数' }) liftedPersons: number;
  @Field({ description: '联农带农（利益联结）机制' }) benefitMechanism: string;
  @Field(() => MoneyScalar, { description: '已安排资金合计' }) allocatedAmount: string;
  @Field(() => MoneyScalar, { description: '已支出资金合计' }) disbursedAmount: string;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with every change.' }) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('ProjectStatusChange', { description: '项目状态变更记录' })
export class ProjectStatusChange {
  @Field(() => ID) id: string;
  @Field(() => ProjectStatus, { nullable: true }) fromStatus: ProjectStatus | null;
  @Field(() => ProjectStatus) toStatus: ProjectStatus;
  @Field(() => DateScalar) effectiveOn: string;
  @Field() note: string;
  @Field() changedAt: Date;
}

@ObjectType('PerformanceTarget', { description: '绩效目标（三级指标）' })
export class PerformanceTarget {
  @Field(() => ID) id: string;
  @Field(() => TargetLevel, { description: '一级指标' }) level: TargetLevel;
  @Field({ description: '二级指标，如 数量指标、经济效益指标' }) subLevel: string;
  @Field({ description: '三级指标名称' }) indicator: string;
  @Field(() => TargetOperator) operator: TargetOperator;
  @Field({ description: '目标值（十进制字符串）' }) targetValue: string;
  @Field() unit: string;
  @Field(() => String, { nullable: true, description: '实际完成值' }) actualValue: string | null;
  @Field(() => String, { nullable: true, description: '得分' }) score: string | null;
}

export const ProjectConnection = connectionType(Project, 'Project');
