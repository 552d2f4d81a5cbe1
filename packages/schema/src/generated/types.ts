/* Generated from schema.graphql by GraphQL Code Generator: do not edit. */
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, "YYYY-MM-DD". */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** An amount in 元 as a decimal string with exactly two decimals, e.g. "431960000.00". Exact: never a float. Inputs accept a string with at most two decimals or an integer. */
  Money: { input: string; output: string; }
};

export type ActorKind =
  /** 未登录 */
  | 'ANONYMOUS'
  /** 系统 */
  | 'SYSTEM'
  /** 接口令牌 */
  | 'TOKEN'
  /** 用户 */
  | 'USER';

/** 项目状态推进到下一步 */
export type AdvanceProjectStatusInput = {
  /** 发生日期，默认今天 */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** 目标状态，必须是当前状态的下一步 */
  to: ProjectStatus;
  version: Scalars['Int']['input'];
};

/** 接口令牌（合作单位、BI 工具） */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** 仅汇总数据 */
  aggregatesOnly: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy?: Maybe<User>;
  datasets: Array<Dataset>;
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: TokenKind;
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** 令牌前缀，用于识别 */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 可见镇办；为空表示全区 */
  towns: Array<Town>;
};

/** A page of ApiToken records. */
export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  edges: Array<ApiTokenEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  cursor: Scalars['String']['output'];
  node: ApiToken;
};

/** 审计日志 */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  actorKind: ActorKind;
  actorName: Scalars['String']['output'];
  /** 变更后 */
  after?: Maybe<Scalars['JSONObject']['output']>;
  at: Scalars['DateTimeISO']['output'];
  /** 变更前 */
  before?: Maybe<Scalars['JSONObject']['output']>;
  details?: Maybe<Scalars['JSONObject']['output']>;
  entityId?: Maybe<Scalars['String']['output']>;
  entityType?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  /** 所涉镇办 */
  town?: Maybe<Town>;
};

/** A page of AuditEntry records. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** 审计日志查询条件 */
export type AuditFilter = {
  /** 操作，如 project.update、auth.sign_in_failed */
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** 操作人（包含） */
  actorName?: InputMaybe<Scalars['String']['input']>;
  /** 记录 ID */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** 记录类型，如 project、fund_allocation、user */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** 起始日期（含） */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** 截止日期（含） */
  to?: InputMaybe<Scalars['Date']['input']>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** 至少 12 位，含大写、小写、数字、符号中的三类，不含用户名 */
  newPassword: Scalars['String']['input'];
};

/** 建设性质 */
export type ConstructionType =
  /** 改扩建 */
  | 'EXPANSION'
  /** 新建 */
  | 'NEW';

/** 新建接口令牌 */
export type CreateApiTokenInput = {
  /** BI 令牌忽略此项（只读汇总） */
  datasets: Array<Dataset>;
  /** 到期日（最长一年） */
  expiresOn: Scalars['Date']['input'];
  kind: TokenKind;
  /** 用途，如 区卫健局数据接口 */
  name: Scalars['String']['input'];
  /** 可见镇办；为空表示全区 */
  townCodes: Array<Scalars['ID']['input']>;
};

/** 新建资金安排 */
export type CreateFundAllocationInput = {
  allocatedOn: Scalars['Date']['input'];
  /** 安排金额（元），大于 0 */
  amount: Scalars['Money']['input'];
  documentNo?: InputMaybe<Scalars['String']['input']>;
  fundSourceId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};

/** 新建资金来源 */
export type CreateFundSourceInput = {
  category: FundCategory;
  code: Scalars['String']['input'];
  documentNo?: InputMaybe<Scalars['String']['input']>;
  level: FundLevel;
  name: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** 新建项目 */
export type CreateProjectInput = {
  approvalDocNo?: InputMaybe<Scalars['String']['input']>;
  beneficiaryHouseholds?: InputMaybe<Scalars['Int']['input']>;
  beneficiaryPersons?: InputMaybe<Scalars['Int']['input']>;
  benefitMechanism?: InputMaybe<Scalars['String']['input']>;
  category: ProjectCategory;
  /** 项目编号；不填则自动生成 */
  code?: InputMaybe<Scalars['String']['input']>;
  constructionType: ConstructionType;
  industry?: InputMaybe<Industry>;
  liftedHouseholds?: InputMaybe<Scalars['Int']['input']>;
  liftedPersons?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** 绩效目标；提供时整体替换原有目标 */
  performanceTargets?: InputMaybe<Array<PerformanceTargetInput>>;
  plannedEnd?: InputMaybe<Scalars['Date']['input']>;
  plannedStart?: InputMaybe<Scalars['Date']['input']>;
  responsibleUnit: Scalars['String']['input'];
  tasks?: InputMaybe<Scalars['String']['input']>;
  townCode: Scalars['ID']['input'];
  /** 村（社区）代码（12 位），须属于所选镇办 */
  villageCode?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

/** 新建用户 */
export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  /** 初始密码；首次登录须修改 */
  initialPassword: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role: Role;
  /** 镇办工作人员必填 */
  townCode?: InputMaybe<Scalars['ID']['input']>;
  username: Scalars['String']['input'];
};

/** 新建的令牌；secret 只在此返回一次 */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** 令牌全文：只显示这一次，请立即妥善保存 */
  secret: Scalars['String']['output'];
  token: ApiToken;
};

/** 接口令牌可读取的数据集 */
export type Dataset =
  /** 资金 */
  | 'FUNDS'
  /** 地区 */
  | 'PLACES'
  /** 项目库 */
  | 'PROJECTS';

/** 资金支出（拨付）；冲销为负数记录 */
export type Disbursement = {
  __typename?: 'Disbursement';
  allocation: FundAllocation;
  /** 金额；冲销为负数 */
  amount: Scalars['Money']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** 支付日期 */
  paidOn: Scalars['Date']['output'];
  /** 收款单位 */
  payee: Scalars['String']['output'];
  /** 已被冲销的金额（正数）；冲销记录本身为 0 */
  reversedAmount: Scalars['Money']['output'];
  /** 冲销记录所冲销的原支出 */
  reverses?: Maybe<Disbursement>;
  /** 还可冲销的金额；为 0 时不能再冲销 */
  reversibleAmount: Scalars['Money']['output'];
  /** 凭证号 */
  voucherNo: Scalars['String']['output'];
};

/** A page of Disbursement records. */
export type DisbursementConnection = {
  __typename?: 'DisbursementConnection';
  edges: Array<DisbursementEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type DisbursementEdge = {
  __typename?: 'DisbursementEdge';
  cursor: Scalars['String']['output'];
  node: Disbursement;
};

/** 支出查询条件 */
export type DisbursementFilter = {
  allocationId?: InputMaybe<Scalars['ID']['input']>;
  fundSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** 支付日期起（含） */
  paidFrom?: InputMaybe<Scalars['Date']['input']>;
  /** 支付日期止（含） */
  paidTo?: InputMaybe<Scalars['Date']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
  /** 凭证号包含 */
  voucherNo?: InputMaybe<Scalars['String']['input']>;
  /** 项目年度 */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 区 */
export type District = {
  __typename?: 'District';
  city: Scalars['String']['output'];
  /** 行政区划代码 */
  code: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  province: Scalars['String']['output'];
};

/** 资金安排：某一资金来源安排给某一项目的金额 */
export type FundAllocation = {
  __typename?: 'FundAllocation';
  /** 下达日期 */
  allocatedOn: Scalars['Date']['output'];
  amount: Scalars['Money']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** 已支出（含冲销） */
  disbursedAmount: Scalars['Money']['output'];
  /** 支出记录条数（含冲销） */
  disbursementCount: Scalars['Int']['output'];
  /** 最近的支出记录（至多 100 条，按日期升序）；全部请用 Query.disbursements */
  disbursements: Array<Disbursement>;
  /** 下达文号 */
  documentNo?: Maybe<Scalars['String']['output']>;
  /** 支出进度，4 位小数 */
  executionRate?: Maybe<Scalars['String']['output']>;
  fundSource: FundSource;
  id: Scalars['ID']['output'];
  project: Project;
  /** 剩余可支出额度 */
  remainingAmount: Scalars['Money']['output'];
  version: Scalars['Int']['output'];
};

/** A page of FundAllocation records. */
export type FundAllocationConnection = {
  __typename?: 'FundAllocationConnection';
  edges: Array<FundAllocationEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type FundAllocationEdge = {
  __typename?: 'FundAllocationEdge';
  cursor: Scalars['String']['output'];
  node: FundAllocation;
};

/** 资金安排查询条件 */
export type FundAllocationFilter = {
  fundSourceId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
  /** 项目年度 */
  year?: InputMaybe<Scalars['Int']['input']>;
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

/** 资金来源 */
export type FundSource = {
  __typename?: 'FundSource';
  /** 已安排到项目的金额 */
  allocatedAmount: Scalars['Money']['output'];
  category: FundCategory;
  code: Scalars['String']['output'];
  /** 已支出金额 */
  disbursedAmount: Scalars['Money']['output'];
  /** 下达文号 */
  documentNo?: Maybe<Scalars['String']['output']>;
  /** 支出进度，4 位小数 */
  executionRate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  level: FundLevel;
  name: Scalars['String']['output'];
  /** 安排了该资金的项目数 */
  projectCount: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A page of FundSource records. */
export type FundSourceConnection = {
  __typename?: 'FundSourceConnection';
  edges: Array<FundSourceEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type FundSourceEdge = {
  __typename?: 'FundSourceEdge';
  cursor: Scalars['String']['output'];
  node: FundSource;
};

/** 资金来源查询条件 */
export type FundSourceFilter = {
  category?: InputMaybe<FundCategory>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type FundingGroupBy =
  /** 按项目类别 */
  | 'CATEGORY'
  /** 按月份（安排按下达日期，支出按支付日期） */
  | 'MONTH'
  /** 按资金来源 */
  | 'SOURCE'
  /** 按镇办 */
  | 'TOWN';

/** 资金汇总（按年度） */
export type FundingSummary = {
  __typename?: 'FundingSummary';
  fundCategory?: Maybe<FundCategory>;
  groupBy: FundingGroupBy;
  /** 每组一行，行数有限（镇办 28、月份 12 …） */
  rows: Array<FundingSummaryRow>;
  totals: FundingSummaryRow;
  year: Scalars['Int']['output'];
};

export type FundingSummaryRow = {
  __typename?: 'FundingSummaryRow';
  /** 已安排 */
  allocated: Scalars['Money']['output'];
  /** 已支出 */
  disbursed: Scalars['Money']['output'];
  /** 支出进度，4 位小数，如 "0.9967" */
  executionRate?: Maybe<Scalars['String']['output']>;
  /** 分组键：镇办代码、资金来源 ID、项目类别或 YYYY-MM；合计行为 "TOTAL" */
  key: Scalars['String']['output'];
  /** 分组名称（中文） */
  label: Scalars['String']['output'];
  /** 有资金安排的项目数 */
  projectCount: Scalars['Int']['output'];
  /** 其中已开工（含之后各状态）的项目数 */
  startedProjectCount: Scalars['Int']['output'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** 项目状态推进一步（不可跳步） */
  advanceProjectStatus: Project;
  /** 修改本人密码 */
  changePassword: Viewer;
  /** 签发令牌；令牌全文只返回这一次 */
  createApiToken: CreatedApiToken;
  /** 给项目安排一笔资金（每个项目每个资金来源一条） */
  createFundAllocation: FundAllocation;
  createFundSource: FundSource;
  /** 新建项目（状态为储备入库） */
  createProject: Project;
  createUser: User;
  /** 录入支出；超过剩余额度时返回 CONFLICT */
  recordDisbursement: Disbursement;
  /** 重置密码；用户下次登录须修改 */
  resetUserPassword: User;
  /** 查看完整电话号码；须说明原因，并记入审计日志 */
  revealUserPhone?: Maybe<Scalars['String']['output']>;
  /** 冲销支出：新增负数记录，原记录保持不变 */
  reverseDisbursement: Disbursement;
  /** 吊销令牌，立即失效 */
  revokeApiToken: ApiToken;
  /** 登录；成功后设置会话 Cookie */
  signIn: Viewer;
  /** 退出登录，注销本会话 */
  signOut: Scalars['Boolean']['output'];
  /** 解除登录锁定 */
  unlockUser: User;
  /** 调整资金安排；不能低于已支出 */
  updateFundAllocation: FundAllocation;
  /** 修改项目；version 过期时返回 CONFLICT */
  updateProject: Project;
  updateUser: User;
};


export type MutationAdvanceProjectStatusArgs = {
  input: AdvanceProjectStatusInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateFundAllocationArgs = {
  input: CreateFundAllocationInput;
};


export type MutationCreateFundSourceArgs = {
  input: CreateFundSourceInput;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationRecordDisbursementArgs = {
  input: RecordDisbursementInput;
};


export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  input: ResetPasswordInput;
};


export type MutationRevealUserPhoneArgs = {
  id: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
};


export type MutationReverseDisbursementArgs = {
  input: ReverseDisbursementInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateFundAllocationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFundAllocationInput;
};


export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProjectInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 绩效目标（三级指标） */
export type PerformanceTarget = {
  __typename?: 'PerformanceTarget';
  /** 实际完成值 */
  actualValue?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 三级指标名称 */
  indicator: Scalars['String']['output'];
  /** 一级指标 */
  level: TargetLevel;
  operator: TargetOperator;
  /** 得分 */
  score?: Maybe<Scalars['String']['output']>;
  /** 二级指标，如 数量指标、经济效益指标 */
  subLevel: Scalars['String']['output'];
  /** 目标值（十进制字符串） */
  targetValue: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

/** 绩效目标 */
export type PerformanceTargetInput = {
  actualValue?: InputMaybe<Scalars['String']['input']>;
  indicator: Scalars['String']['input'];
  level: TargetLevel;
  operator: TargetOperator;
  score?: InputMaybe<Scalars['String']['input']>;
  subLevel: Scalars['String']['input'];
  /** 十进制字符串，最多 4 位小数 */
  targetValue: Scalars['String']['input'];
  unit: Scalars['String']['input'];
};

/** 项目库中的一个项目 */
export type Project = {
  __typename?: 'Project';
  /** 已安排资金合计 */
  allocatedAmount: Scalars['Money']['output'];
  /** 资金安排（每个资金来源一条） */
  allocations: Array<FundAllocation>;
  /** 批复文号 */
  approvalDocNo?: Maybe<Scalars['String']['output']>;
  /** 受益户数 */
  beneficiaryHouseholds: Scalars['Int']['output'];
  /** 受益人数 */
  beneficiaryPersons: Scalars['Int']['output'];
  /** 联农带农（利益联结）机制 */
  benefitMechanism: Scalars['String']['output'];
  category: ProjectCategory;
  /** 项目编号 */
  code: Scalars['String']['output'];
  constructionType: ConstructionType;
  createdAt: Scalars['DateTimeISO']['output'];
  /** 已支出资金合计 */
  disbursedAmount: Scalars['Money']['output'];
  /** 支出进度 = 已支出 ÷ 已安排，4 位小数，如 "0.9967" */
  executionRate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  industry?: Maybe<Industry>;
  /** 其中脱贫户数 */
  liftedHouseholds: Scalars['Int']['output'];
  /** 其中脱贫人口数 */
  liftedPersons: Scalars['Int']['output'];
  /** 项目名称 */
  name: Scalars['String']['output'];
  /** 下一步状态；已资产移交时为空 */
  nextStatus?: Maybe<ProjectStatus>;
  performanceTargets: Array<PerformanceTarget>;
  plannedEnd?: Maybe<Scalars['Date']['output']>;
  plannedStart?: Maybe<Scalars['Date']['output']>;
  /** 责任单位 */
  responsibleUnit: Scalars['String']['output'];
  status: ProjectStatus;
  /** 状态变更记录，按时间顺序 */
  statusHistory: Array<ProjectStatusChange>;
  /** 建设任务 */
  tasks: Scalars['String']['output'];
  town: Town;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version: send it back with every change. */
  version: Scalars['Int']['output'];
  village?: Maybe<Village>;
  /** 年度 */
  year: Scalars['Int']['output'];
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

/** A page of Project records. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

/** 项目查询条件 */
export type ProjectFilter = {
  category?: InputMaybe<ProjectCategory>;
  /** 有该资金来源安排的项目 */
  fundSourceId?: InputMaybe<Scalars['ID']['input']>;
  industry?: InputMaybe<Industry>;
  /** 名称或编号包含 */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ProjectStatus>>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
  villageCode?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
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

/** 项目状态变更记录 */
export type ProjectStatusChange = {
  __typename?: 'ProjectStatusChange';
  changedAt: Scalars['DateTimeISO']['output'];
  effectiveOn: Scalars['Date']['output'];
  fromStatus?: Maybe<ProjectStatus>;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  toStatus: ProjectStatus;
};

export type Query = {
  __typename?: 'Query';
  /** 接口令牌 */
  apiTokens: ApiTokenConnection;
  /** 审计日志，新的在前；按记录筛选即为该记录的变更历史 */
  auditLog: AuditEntryConnection;
  /** 支出记录，新录入的在前 */
  disbursements: DisbursementConnection;
  /** 汉滨区 */
  district: District;
  fundAllocation?: Maybe<FundAllocation>;
  /** 资金安排，新的在前 */
  fundAllocations: FundAllocationConnection;
  fundSource?: Maybe<FundSource>;
  /** 资金来源，按编号排序 */
  fundSources: FundSourceConnection;
  /** 资金汇总：按镇办、资金来源、项目类别或月份分组，供总览与 BI 使用 */
  fundingSummary: FundingSummary;
  /** 当前登录者；未登录时为空 */
  me?: Maybe<Viewer>;
  /** 按 ID 查项目 */
  project?: Maybe<Project>;
  /** 项目库：分页、筛选、排序 */
  projects: ProjectConnection;
  systemInfo: SystemInfo;
  town?: Maybe<Town>;
  /** 全部镇办（28 个），按代码排序 */
  towns: Array<Town>;
  /** 用户列表 */
  users: UserConnection;
  village?: Maybe<Village>;
  villages: VillageConnection;
};


export type QueryApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRevoked?: Scalars['Boolean']['input'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDisbursementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisbursementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFundAllocationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundAllocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FundAllocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFundSourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundSourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FundSourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFundingSummaryArgs = {
  fundCategory?: InputMaybe<FundCategory>;
  groupBy: FundingGroupBy;
  townCode?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProjectSort>;
};


export type QueryTownArgs = {
  code: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVillageArgs = {
  code: Scalars['ID']['input'];
};


export type QueryVillagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VillageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 录入一笔支出 */
export type RecordDisbursementInput = {
  allocationId: Scalars['ID']['input'];
  /** 金额（元），大于 0，不超过安排的剩余额度 */
  amount: Scalars['Money']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  paidOn: Scalars['Date']['input'];
  payee?: InputMaybe<Scalars['String']['input']>;
  voucherNo: Scalars['String']['input'];
};

export type ResetPasswordInput = {
  /** 临时密码；用户下次登录须修改 */
  newPassword: Scalars['String']['input'];
};

/** 冲销一笔支出：新增一条负数记录，原记录不变 */
export type ReverseDisbursementInput = {
  /** 冲销金额（正数），默认冲销全部未冲销部分 */
  amount?: InputMaybe<Scalars['Money']['input']>;
  disbursementId: Scalars['ID']['input'];
  paidOn: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  voucherNo: Scalars['String']['input'];
};

/** 角色 */
export type Role =
  /** 审计 / 督查（只读，可查审计日志） */
  | 'AUDITOR'
  /** BI 工具（接口令牌，仅汇总数据） */
  | 'BI'
  /** 区级管理员 */
  | 'DISTRICT_ADMIN'
  /** 区级工作人员 */
  | 'DISTRICT_STAFF'
  /** 合作单位（接口令牌） */
  | 'PARTNER'
  /** 镇办工作人员（限本镇办） */
  | 'TOWN_STAFF';

export type SignInInput = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** 系统信息 */
export type SystemInfo = {
  __typename?: 'SystemInfo';
  /** 数据库中是否为演示数据（界面据此标注） */
  demoData: Scalars['Boolean']['output'];
  /** 演示数据说明 */
  demoDataDescription?: Maybe<Scalars['String']['output']>;
};

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

export type TokenKind =
  /** BI 工具（仅汇总） */
  | 'BI'
  /** 合作单位 */
  | 'PARTNER';

/** 镇 / 街道 */
export type Town = {
  __typename?: 'Town';
  /** 9 位行政区划代码 */
  code: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 辖区内的村（社区），按代码排序 */
  villages: Array<Village>;
};

/** 调整资金安排；version 过期时返回 CONFLICT */
export type UpdateFundAllocationInput = {
  allocatedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 新的安排金额，不能小于已支出 */
  amount?: InputMaybe<Scalars['Money']['input']>;
  documentNo?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** 修改项目：只改提供的字段 */
export type UpdateProjectInput = {
  approvalDocNo?: InputMaybe<Scalars['String']['input']>;
  beneficiaryHouseholds?: InputMaybe<Scalars['Int']['input']>;
  beneficiaryPersons?: InputMaybe<Scalars['Int']['input']>;
  benefitMechanism?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<ProjectCategory>;
  constructionType?: InputMaybe<ConstructionType>;
  industry?: InputMaybe<Industry>;
  liftedHouseholds?: InputMaybe<Scalars['Int']['input']>;
  liftedPersons?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 绩效目标；提供时整体替换原有目标 */
  performanceTargets?: InputMaybe<Array<PerformanceTargetInput>>;
  plannedEnd?: InputMaybe<Scalars['Date']['input']>;
  plannedStart?: InputMaybe<Scalars['Date']['input']>;
  responsibleUnit?: InputMaybe<Scalars['String']['input']>;
  tasks?: InputMaybe<Scalars['String']['input']>;
  /** 镇办代码（9 位） */
  townCode?: InputMaybe<Scalars['ID']['input']>;
  /** 读取时的版本号；他人已修改时返回 CONFLICT */
  version: Scalars['Int']['input'];
  /** 村（社区）代码（12 位），须属于所选镇办 */
  villageCode?: InputMaybe<Scalars['ID']['input']>;
};

/** 修改用户；version 过期时返回 CONFLICT */
export type UpdateUserInput = {
  /** 停用后不能登录，已登录的会话立即失效 */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

/** 系统用户（工作人员） */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTimeISO']['output'];
  /** 已停用 */
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastSignInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  lockedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  mustChangePassword: Scalars['Boolean']['output'];
  /** 电话（已脱敏，如 138****5678） */
  phone?: Maybe<Scalars['String']['output']>;
  role: Role;
  town?: Maybe<Town>;
  username: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A page of User records. */
export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** 用户查询条件 */
export type UserFilter = {
  role?: InputMaybe<Role>;
  /** 用户名或姓名包含 */
  search?: InputMaybe<Scalars['String']['input']>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
};

/** 当前登录者 */
export type Viewer = {
  __typename?: 'Viewer';
  /** 无操作多少秒后会话失效 */
  idleTimeoutSeconds: Scalars['Int']['output'];
  /** 须先修改密码才能继续 */
  mustChangePassword: Scalars['Boolean']['output'];
  /** 显示名称 */
  name: Scalars['String']['output'];
  /** 权限，如 project:write、user:manage；界面据此显示菜单和按钮 */
  permissions: Array<Scalars['String']['output']>;
  role: Role;
  /** 会话最晚到期时间 */
  sessionExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 镇办工作人员所属镇办 */
  town?: Maybe<Town>;
  /** 工作人员；接口令牌时为空 */
  user?: Maybe<User>;
};

/** 村 / 社区 */
export type Village = {
  __typename?: 'Village';
  /** 村类型（可多个） */
  categories: Array<VillageCategory>;
  /** 12 位行政区划代码 */
  code: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  town: Town;
};

/** 村类型 */
export type VillageCategory =
  /** 乡村振兴示范村 */
  | 'DEMONSTRATION'
  /** 脱贫村 */
  | 'FORMER_POVERTY'
  /** 其他 */
  | 'OTHER'
  /** 易地扶贫搬迁安置社区（800人以上） */
  | 'RELOCATION_COMMUNITY'
  /** 党组织软弱涣散村 */
  | 'WEAK_PARTY_ORG';

/** A page of Village records. */
export type VillageConnection = {
  __typename?: 'VillageConnection';
  edges: Array<VillageEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type VillageEdge = {
  __typename?: 'VillageEdge';
  cursor: Scalars['String']['output'];
  node: Village;
};

/** 村查询条件 */
export type VillageFilter = {
  category?: InputMaybe<VillageCategory>;
  /** 名称包含 */
  search?: InputMaybe<Scalars['String']['input']>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
};
