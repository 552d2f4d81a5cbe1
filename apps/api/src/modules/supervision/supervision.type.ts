import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { connectionType } from '../../common/pagination';
import { SupervisionStatus } from './supervision.entity';

@ObjectType('SupervisionGroup', { description: '巩固衔接工作组（督查组）' })
export class SupervisionGroup {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: '组长' }) leaderName: string;
}

@ObjectType('SupervisionTask', { description: '督查督办任务' })
export class SupervisionTask {
  @Field(() => ID) id: string;
  @Field({ description: '督办编号' }) code: string;
  @Field({ description: '发现的问题' }) finding: string;
  @Field(() => DateScalar) foundOn: string;
  @Field({ description: '责任单位' }) assignedUnit: string;
  @Field(() => DateScalar, { description: '整改时限' }) deadline: string;
  @Field(() => SupervisionStatus) status: SupervisionStatus;
  @Field(() => String, { nullable: true, description: '整改情况' }) rectification: string | null;
  @Field(() => DateScalar, { nullable: true }) rectifiedOn: string | null;
  @Field(() => String, { nullable: true, description: '复核意见' }) recheckNote: string | null;
  @Field(() => DateScalar, { nullable: true }) recheckedOn: string | null;
  @Field(() => Int, { description: '复核未通过次数' }) failedRechecks: number;
  @Field(() => DateScalar, { nullable: true }) closedOn: string | null;
  @Field(() => Int) version: number;
}

/** Counts by status, for the whole scope and for each group (not a schema type: nothing returns it). */
@ObjectType()
class SupervisionCounts {
  @Field(() => Int) tasks: number;
  @Field(() => Int, { description: '整改中' }) assigned: number;
  @Field(() => Int, { description: '待复核' }) rectified: number;
  @Field(() => Int, { description: '已销号' }) closed: number;
  @Field(() => Int, { description: '逾期未整改' }) overdue: number;
}

@ObjectType('SupervisionGroupCount', { description: '一个督查组所负责镇办的任务数' })
export class SupervisionGroupCount extends SupervisionCounts {
  @Field(() => SupervisionGroup) group: SupervisionGroup;
}

@ObjectType('SupervisionSummary', { description: '督查督办汇总' })
export class SupervisionSummary extends SupervisionCounts {
  @Field(() => Int) groups: number;
  @Field(() => [SupervisionGroupCount], { description: '按督查组（只含负责查询范围内镇办的组）' })
  byGroup: SupervisionGroupCount[];
}

export const SupervisionTaskConnection = connectionType(SupervisionTask, 'SupervisionTask');
