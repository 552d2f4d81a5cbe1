/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 项目状态推进到下一步 */
export type AdvanceProjectStatusInput = {
  /** 发生日期，默认今天 */
  effectiveOn?: string | null | undefined;
  id: string | number;
  note?: string | null | undefined;
  /** 目标状态，必须是当前状态的下一步 */
  to: ProjectStatus;
  version: number;
};

/** 建设性质 */
export type ConstructionType =
  /** 改扩建 */
  | 'EXPANSION'
  /** 新建 */
  | 'NEW';

/** 新建项目 */
export type CreateProjectInput = {
  approvalDocNo?: string | null | undefined;
  beneficiaryHouseholds?: number | null | undefined;
  beneficiaryPersons?: number | null | undefined;
  benefitMechanism?: string | null | undefined;
  category: ProjectCategory;
  /** 项目编号；不填则自动生成 */
  code?: string | null | undefined;
  constructionType: ConstructionType;
  industry?: Industry | null | undefined;
  liftedHouseholds?: number | null | undefined;
  liftedPersons?: number | null | undefined;
  name: string;
  /** 绩效目标；提供时整体替换原有目标 */
  performanceTargets?: Array<PerformanceTargetInput> | null | undefined;
  plannedEnd?: string | null | undefined;
  plannedStart?: string | null | undefined;
  responsibleUnit: string;
  tasks?: string | null | undefined;
  townCode: string | number;
  /** 村（社区）代码（12 位），须属于所选镇办 */
  villageCode?: string | number | null | undefined;
  year: number;
};

/** 支出查询条件 */
export type DisbursementFilter = {
  allocationId?: string | number | null | undefined;
  fundSourceId?: string | number | null | undefined;
  /** 支付日期起（含） */
  paidFrom?: string | null | undefined;
  /** 支付日期止（含） */
  paidTo?: string | null | undefined;
  projectId?: string | number | null | undefined;
  townCode?: string | number | null | undefined;
  /** 凭证号包含 */
  voucherNo?: string | null | undefined;
  /** 项目年度 */
  year?: number | null | undefined;
};

/** 资金安排查询条件 */
export type FundAllocationFilter = {
  fundSourceId?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  townCode?: string | number | null | undefined;
  /** 项目年度 */
  year?: number | null | undefined;
};

/** 资金类别 */
export type FundCategory =
  /** 衔接资金 */
  | 'BRIDGING'
  /** 苏陕协作资金 */
  | 'EAST_WEST'
  /** 其他统筹整合财政涉农资金 */
  | 'OTHER_INTEGRATED';

/** 资金级次 */
export type FundLevel =
  /** 中央 */
  | 'CENTRAL'
  /** 区级 */
  | 'DISTRICT'
  /** 市级 */
  | 'MUNICIPAL'
  /** 省级 */
  | 'PROVINCIAL';

/** 资金来源查询条件 */
export type FundSourceFilter = {
  category?: FundCategory | null | undefined;
  year?: number | null | undefined;
};

/** 产业 */
export type Industry =
  /** 中药材 */
  | 'HERBAL_MEDICINE'
  /** 魔芋 */
  | 'KONJAC'
  /** 畜牧 */
  | 'LIVESTOCK'
  /** 蚕桑 */
  | 'SERICULTURE'
  /** 茶叶 */
  | 'TEA'
  /** 烤烟 */
  | 'TOBACCO'
  /** 蔬菜 */
  | 'VEGETABLE'
  /** 核桃 */
  | 'WALNUT';

/** 绩效目标 */
export type PerformanceTargetInput = {
  actualValue?: string | null | undefined;
  indicator: string;
  level: TargetLevel;
  operator: TargetOperator;
  score?: string | null | undefined;
  subLevel: string;
  /** 十进制字符串，最多 4 位小数 */
  targetValue: string;
  unit: string;
};

/** 项目类别 */
export type ProjectCategory =
  /** 就业帮扶 */
  | 'EMPLOYMENT'
  /** 产业发展 */
  | 'INDUSTRY'
  /** 基础设施 */
  | 'INFRASTRUCTURE'
  /** 其他 */
  | 'OTHER'
  /** 公共服务 */
  | 'PUBLIC_SERVICE'
  /** 搬迁后扶 */
  | 'RELOCATION_SUPPORT';

/** 项目查询条件 */
export type ProjectFilter = {
  category?: ProjectCategory | null | undefined;
  /** 有该资金来源安排的项目 */
  fundSourceId?: string | number | null | undefined;
  industry?: Industry | null | undefined;
  /** 名称或编号包含 */
  search?: string | null | undefined;
  status?: Array<ProjectStatus> | null | undefined;
  townCode?: string | number | null | undefined;
  villageCode?: string | number | null | undefined;
  year?: number | null | undefined;
};

export type ProjectSort = {
  direction?: SortDirection;
  field?: ProjectSortField;
};

export type ProjectSortField =
  | 'ALLOCATED'
  | 'CODE'
  | 'CREATED_AT'
  | 'DISBURSED'
  | 'NAME'
  | 'UPDATED_AT'
  | 'YEAR';

/** 项目状态（按生命周期顺序） */
export type ProjectStatus =
  /** 验收 */
  | 'ACCEPTED'
  /** 批复立项 */
  | 'APPROVED'
  /** 完工 */
  | 'COMPLETED'
  /** 资产移交 */
  | 'HANDED_OVER'
  /** 储备入库 */
  | 'RESERVED'
  /** 开工 */
  | 'STARTED';

/** 录入一笔支出 */
export type RecordDisbursementInput = {
  allocationId: string | number;
  /** 金额（元），大于 0，不超过安排的剩余额度 */
  amount: string;
  note?: string | null | undefined;
  paidOn: string;
  payee?: string | null | undefined;
  voucherNo: string;
};

/** 冲销一笔支出：新增一条负数记录，原记录不变 */
export type ReverseDisbursementInput = {
  /** 冲销金额（正数），默认冲销全部未冲销部分 */
  amount?: string | null | undefined;
  disbursementId: string | number;
  paidOn: string;
  reason: string;
  voucherNo: string;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** 绩效指标一级分类 */
export type TargetLevel =
  /** 效益指标 */
  | 'BENEFIT'
  /** 成本指标 */
  | 'COST'
  /** 产出指标 */
  | 'OUTPUT'
  /** 满意度指标 */
  | 'SATISFACTION';

/** 指标值比较方式 */
export type TargetOperator =
  /** = */
  | 'EQ'
  /** ≥ */
  | 'GTE'
  /** ≤ */
  | 'LTE';

/** 修改项目：只改提供的字段 */
export type UpdateProjectInput = {
  approvalDocNo?: string | null | undefined;
  beneficiaryHouseholds?: number | null | undefined;
  beneficiaryPersons?: number | null | undefined;
  benefitMechanism?: string | null | undefined;
  category?: ProjectCategory | null | undefined;
  constructionType?: ConstructionType | null | undefined;
  industry?: Industry | null | undefined;
  liftedHouseholds?: number | null | undefined;
  liftedPersons?: number | null | undefined;
  name?: string | null | undefined;
  /** 绩效目标；提供时整体替换原有目标 */
  performanceTargets?: Array<PerformanceTargetInput> | null | undefined;
  plannedEnd?: string | null | undefined;
  plannedStart?: string | null | undefined;
  responsibleUnit?: string | null | undefined;
  tasks?: string | null | undefined;
  /** 镇办代码（9 位） */
  townCode?: string | number | null | undefined;
  /** 读取时的版本号；他人已修改时返回 CONFLICT */
  version: number;
  /** 村（社区）代码（12 位），须属于所选镇办 */
  villageCode?: string | number | null | undefined;
};

export type ProjectRefFragment = { id: string, code: string, name: string };

export type FundSourceRefFragment = { id: string, name: string, category: FundCategory };

export type FundSourceOptionFragment = { year: number, id: string, name: string, category: FundCategory };

export type AllocationAmountsFragment = { id: string, amount: string, disbursedAmount: string, remainingAmount: string };

export type AllocationRowFragment = { executionRate: string | null, disbursementCount: number, allocatedOn: string, documentNo: string | null, id: string, amount: string, disbursedAmount: string, remainingAmount: string, fundSource: { id: string, name: string, category: FundCategory } };

export type DisbursementRowFragment = { id: string, paidOn: string, amount: string, voucherNo: string, payee: string, note: string, reverses: { id: string, voucherNo: string } | null };

export type FundingSummaryFieldsFragment = { totals: { allocated: string, disbursed: string, executionRate: string | null, projectCount: number, startedProjectCount: number }, rows: Array<{ key: string, label: string, allocated: string, disbursed: string, executionRate: string | null, projectCount: number }> };

export type DashboardSummaryQueryVariables = Exact<{
  year: number;
}>;


export type DashboardSummaryQuery = { systemInfo: { demoData: boolean, demoDataDescription: string | null }, integrated: { totals: { allocated: string, disbursed: string, executionRate: string | null, projectCount: number, startedProjectCount: number }, rows: Array<{ key: string, label: string, allocated: string, disbursed: string, executionRate: string | null, projectCount: number }> }, bridging: { totals: { allocated: string, disbursed: string, executionRate: string | null, projectCount: number, startedProjectCount: number }, rows: Array<{ key: string, label: string, allocated: string, disbursed: string, executionRate: string | null, projectCount: number }> } };

export type FundSourcesQueryVariables = Exact<{
  filter?: FundSourceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FundSourcesQuery = { fundSources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: string, name: string, year: number, category: FundCategory, level: FundLevel, documentNo: string | null, allocatedAmount: string, disbursedAmount: string, executionRate: string | null, projectCount: number } }> } };

export type DisbursementListQueryVariables = Exact<{
  filter?: DisbursementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DisbursementListQuery = { disbursements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { reversedAmount: string, reversibleAmount: string, createdAt: string, id: string, paidOn: string, amount: string, voucherNo: string, payee: string, note: string, allocation: { id: string, fundSource: { id: string, name: string, category: FundCategory }, project: { id: string, code: string, name: string } }, reverses: { id: string, voucherNo: string } | null } }> } };

export type DisbursementCursorsQueryVariables = Exact<{
  filter?: DisbursementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DisbursementCursorsQuery = { disbursements: { edges: Array<{ cursor: string }> } };

export type AllocationPickerQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type AllocationPickerQuery = { projects: { edges: Array<{ node: { id: string, code: string, name: string, allocations: Array<{ id: string, amount: string, disbursedAmount: string, remainingAmount: string, fundSource: { id: string, name: string, category: FundCategory } }> } }> } };

export type DisbursementWrittenFragment = { id: string, amount: string, voucherNo: string, allocation: { id: string, amount: string, disbursedAmount: string, remainingAmount: string } };

export type RecordDisbursementMutationVariables = Exact<{
  input: RecordDisbursementInput;
}>;


export type RecordDisbursementMutation = { recordDisbursement: { id: string, amount: string, voucherNo: string, allocation: { id: string, amount: string, disbursedAmount: string, remainingAmount: string } } };

export type ReverseDisbursementMutationVariables = Exact<{
  input: ReverseDisbursementInput;
}>;


export type ReverseDisbursementMutation = { reverseDisbursement: { id: string, amount: string, voucherNo: string, reverses: { id: string, reversedAmount: string, reversibleAmount: string } | null, allocation: { id: string, amount: string, disbursedAmount: string, remainingAmount: string } } };

export type FundAllocationListQueryVariables = Exact<{
  filter?: FundAllocationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FundAllocationListQuery = { fundAllocations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { executionRate: string | null, disbursementCount: number, allocatedOn: string, documentNo: string | null, id: string, amount: string, disbursedAmount: string, remainingAmount: string, project: { id: string, code: string, name: string, town: { code: string, name: string } }, fundSource: { id: string, name: string, category: FundCategory } } }> } };

export type FundAllocationCursorsQueryVariables = Exact<{
  filter?: FundAllocationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FundAllocationCursorsQuery = { fundAllocations: { edges: Array<{ cursor: string }> } };

export type FundSourceOptionsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type FundSourceOptionsQuery = { fundSources: { edges: Array<{ node: { year: number, id: string, name: string, category: FundCategory } }> } };

export type TownsQueryVariables = Exact<{ [key: string]: never; }>;


export type TownsQuery = { towns: Array<{ code: string, name: string, villages: Array<{ code: string, name: string }> }> };

export type ProjectFundSourceOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectFundSourceOptionsQuery = { fundSources: { edges: Array<{ node: { year: number, id: string, name: string, category: FundCategory } }> } };

export type ProjectSummaryFragment = { year: number, category: ProjectCategory, industry: Industry | null, status: ProjectStatus, allocatedAmount: string, disbursedAmount: string, executionRate: string | null, id: string, code: string, name: string, town: { code: string, name: string }, village: { code: string, name: string } | null };

export type ProjectFieldsFragment = { name: string, year: number, category: ProjectCategory, industry: Industry | null, constructionType: ConstructionType, responsibleUnit: string, tasks: string, plannedStart: string | null, plannedEnd: string | null, approvalDocNo: string | null, beneficiaryHouseholds: number, beneficiaryPersons: number, liftedHouseholds: number, liftedPersons: number, benefitMechanism: string, town: { code: string }, village: { code: string } | null };

export type ProjectListQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  sort?: ProjectSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectListQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { year: number, category: ProjectCategory, industry: Industry | null, status: ProjectStatus, allocatedAmount: string, disbursedAmount: string, executionRate: string | null, id: string, code: string, name: string, town: { code: string, name: string }, village: { code: string, name: string } | null } }> } };

export type ProjectCursorsQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
  sort?: ProjectSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectCursorsQuery = { projects: { edges: Array<{ cursor: string }> } };

export type ProjectDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectDetailQuery = { project: { nextStatus: ProjectStatus | null, version: number, createdAt: string, updatedAt: string, year: number, category: ProjectCategory, industry: Industry | null, status: ProjectStatus, allocatedAmount: string, disbursedAmount: string, executionRate: string | null, name: string, constructionType: ConstructionType, responsibleUnit: string, tasks: string, plannedStart: string | null, plannedEnd: string | null, approvalDocNo: string | null, beneficiaryHouseholds: number, beneficiaryPersons: number, liftedHouseholds: number, liftedPersons: number, benefitMechanism: string, id: string, code: string, allocations: Array<{ executionRate: string | null, disbursementCount: number, allocatedOn: string, documentNo: string | null, id: string, amount: string, disbursedAmount: string, remainingAmount: string, fundSource: { level: FundLevel, id: string, name: string, category: FundCategory }, disbursements: Array<{ id: string, paidOn: string, amount: string, voucherNo: string, payee: string, note: string, reverses: { id: string, voucherNo: string } | null }> }>, performanceTargets: Array<{ id: string, level: TargetLevel, subLevel: string, indicator: string, operator: TargetOperator, targetValue: string, unit: string, actualValue: string | null, score: string | null }>, statusHistory: Array<{ id: string, fromStatus: ProjectStatus | null, toStatus: ProjectStatus, effectiveOn: string, note: string, changedAt: string }>, town: { code: string, name: string }, village: { code: string, name: string } | null } | null };

export type ProjectEditQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectEditQuery = { project: { id: string, code: string, version: number, name: string, year: number, category: ProjectCategory, industry: Industry | null, constructionType: ConstructionType, responsibleUnit: string, tasks: string, plannedStart: string | null, plannedEnd: string | null, approvalDocNo: string | null, beneficiaryHouseholds: number, beneficiaryPersons: number, liftedHouseholds: number, liftedPersons: number, benefitMechanism: string, town: { code: string }, village: { code: string } | null } | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string, code: string, name: string } };

export type UpdateProjectMutationVariables = Exact<{
  id: string | number;
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { id: string, version: number, name: string } };

export type AdvanceProjectStatusMutationVariables = Exact<{
  input: AdvanceProjectStatusInput;
}>;


export type AdvanceProjectStatusMutation = { advanceProjectStatus: { id: string, status: ProjectStatus, nextStatus: ProjectStatus | null, version: number } };

export const FundSourceRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]} as unknown as DocumentNode<FundSourceRefFragment, unknown>;
export const FundSourceOptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundSourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]} as unknown as DocumentNode<FundSourceOptionFragment, unknown>;
export const AllocationAmountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAmount"}}]}}]} as unknown as DocumentNode<AllocationAmountsFragment, unknown>;
export const AllocationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationAmounts"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}},{"kind":"Field","name":{"kind":"Name","value":"disbursementCount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundSourceRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]} as unknown as DocumentNode<AllocationRowFragment, unknown>;
export const DisbursementRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disbursement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}},{"kind":"Field","name":{"kind":"Name","value":"payee"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reverses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}}]}}]}}]} as unknown as DocumentNode<DisbursementRowFragment, unknown>;
export const FundingSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"startedProjectCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}}]}}]}}]} as unknown as DocumentNode<FundingSummaryFieldsFragment, unknown>;
export const DisbursementWrittenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disbursement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationAmounts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAmount"}}]}}]} as unknown as DocumentNode<DisbursementWrittenFragment, unknown>;
export const ProjectRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ProjectRefFragment, unknown>;
export const ProjectSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectRef"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ProjectSummaryFragment, unknown>;
export const ProjectFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"constructionType"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"approvalDocNo"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryPersons"}},{"kind":"Field","name":{"kind":"Name","value":"liftedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"liftedPersons"}},{"kind":"Field","name":{"kind":"Name","value":"benefitMechanism"}}]}}]} as unknown as DocumentNode<ProjectFieldsFragment, unknown>;
export const DashboardSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demoData"}},{"kind":"Field","name":{"kind":"Name","value":"demoDataDescription"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"integrated"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"TOWN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingSummaryFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bridging"},"name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"TOWN"}},{"kind":"Argument","name":{"kind":"Name","value":"fundCategory"},"value":{"kind":"EnumValue","value":"BRIDGING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingSummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"startedProjectCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}}]}}]}}]} as unknown as DocumentNode<DashboardSummaryQuery, DashboardSummaryQueryVariables>;
export const FundSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundSourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundSourcesQuery, FundSourcesQueryVariables>;
export const DisbursementListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisbursementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disbursements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementRow"}},{"kind":"Field","name":{"kind":"Name","value":"reversedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reversibleAmount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundSourceRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectRef"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disbursement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}},{"kind":"Field","name":{"kind":"Name","value":"payee"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reverses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<DisbursementListQuery, DisbursementListQueryVariables>;
export const DisbursementCursorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisbursementCursors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisbursementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disbursements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<DisbursementCursorsQuery, DisbursementCursorsQueryVariables>;
export const AllocationPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllocationPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectRef"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationAmounts"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundSourceRef"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]} as unknown as DocumentNode<AllocationPickerQuery, AllocationPickerQueryVariables>;
export const RecordDisbursementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDisbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDisbursementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDisbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementWritten"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disbursement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationAmounts"}}]}}]}}]} as unknown as DocumentNode<RecordDisbursementMutation, RecordDisbursementMutationVariables>;
export const ReverseDisbursementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseDisbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReverseDisbursementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseDisbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementWritten"}},{"kind":"Field","name":{"kind":"Name","value":"reverses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reversedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reversibleAmount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementWritten"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disbursement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}},{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationAmounts"}}]}}]}}]} as unknown as DocumentNode<ReverseDisbursementMutation, ReverseDisbursementMutationVariables>;
export const FundAllocationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundAllocationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundAllocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationRow"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectRef"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationAmounts"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}},{"kind":"Field","name":{"kind":"Name","value":"disbursementCount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundSourceRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<FundAllocationListQuery, FundAllocationListQueryVariables>;
export const FundAllocationCursorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundAllocationCursors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundAllocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<FundAllocationCursorsQuery, FundAllocationCursorsQueryVariables>;
export const FundSourceOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundSourceOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundSourceOption"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundSourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<FundSourceOptionsQuery, FundSourceOptionsQueryVariables>;
export const TownsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Towns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"towns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TownsQuery, TownsQueryVariables>;
export const ProjectFundSourceOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectFundSourceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundSourceOption"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundSourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]} as unknown as DocumentNode<ProjectFundSourceOptionsQuery, ProjectFundSourceOptionsQueryVariables>;
export const ProjectListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectRef"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}}]}}]} as unknown as DocumentNode<ProjectListQuery, ProjectListQueryVariables>;
export const ProjectCursorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectCursors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectCursorsQuery, ProjectCursorsQueryVariables>;
export const ProjectDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSummary"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectFields"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationRow"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisbursementRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"performanceTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"subLevel"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"actualValue"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"remainingAmount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundSourceRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectRef"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocatedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"constructionType"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"approvalDocNo"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryPersons"}},{"kind":"Field","name":{"kind":"Name","value":"liftedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"liftedPersons"}},{"kind":"Field","name":{"kind":"Name","value":"benefitMechanism"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationAmounts"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}},{"kind":"Field","name":{"kind":"Name","value":"disbursementCount"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"fundSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundSourceRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisbursementRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Disbursement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}},{"kind":"Field","name":{"kind":"Name","value":"payee"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reverses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voucherNo"}}]}}]}}]} as unknown as DocumentNode<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const ProjectEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"constructionType"}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"approvalDocNo"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryPersons"}},{"kind":"Field","name":{"kind":"Name","value":"liftedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"liftedPersons"}},{"kind":"Field","name":{"kind":"Name","value":"benefitMechanism"}}]}}]} as unknown as DocumentNode<ProjectEditQuery, ProjectEditQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const AdvanceProjectStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceProjectStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceProjectStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceProjectStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdvanceProjectStatusMutation, AdvanceProjectStatusMutationVariables>;