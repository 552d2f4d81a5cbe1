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

/** 队员到岗；replacesMemberId 为轮换（原队员在到岗前一日离队） */
export type AddWorkTeamMemberInput = {
  cadre: CadreInput;
  replacesMemberId?: InputMaybe<Scalars['ID']['input']>;
  role: TeamRole;
  startedOn: Scalars['Date']['input'];
  teamId: Scalars['ID']['input'];
};

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

/** 选派第一书记；村里已有在任的，原书记在新书记到任前一日离任（轮换） */
export type AppointFirstSecretaryInput = {
  cadre: CadreInput;
  startedOn: Scalars['Date']['input'];
  villageCode: Scalars['ID']['input'];
};

/** 交办督查任务 */
export type AssignSupervisionTaskInput = {
  assignedUnit: Scalars['String']['input'];
  /** 整改时限 */
  deadline: Scalars['Date']['input'];
  finding: Scalars['String']['input'];
  foundOn: Scalars['Date']['input'];
  townCode: Scalars['ID']['input'];
  villageCode?: InputMaybe<Scalars['ID']['input']>;
};

/** 帮扶措施类型 */
export type AssistanceKind =
  /** 教育帮扶 */
  | 'EDUCATION'
  /** 就业帮扶 */
  | 'EMPLOYMENT'
  /** 健康帮扶 */
  | 'HEALTH'
  /** 住房保障 */
  | 'HOUSING'
  /** 产业帮扶 */
  | 'INDUSTRY'
  /** 其他 */
  | 'OTHER'
  /** 公益性岗位 */
  | 'PUBLIC_WELFARE_JOB'
  /** 小额信贷 */
  | 'SMALL_CREDIT'
  /** 综合保障（低保、特困、临时救助） */
  | 'SOCIAL_SECURITY'
  /** 临时救助 */
  | 'TEMPORARY_RELIEF'
  /** 饮水安全 */
  | 'WATER';

/** 帮扶措施 */
export type AssistanceMeasure = {
  __typename?: 'AssistanceMeasure';
  /** 投入资金 */
  amount?: Maybe<Scalars['Money']['output']>;
  /** 绿色通道下先于识别实施 */
  beforeIdentification: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  endOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: AssistanceKind;
  /** 责任人 */
  responsiblePerson: Scalars['String']['output'];
  /** 责任单位 */
  responsibleUnit: Scalars['String']['output'];
  startOn: Scalars['Date']['output'];
};

/** 新增帮扶措施 */
export type AssistanceMeasureInput = {
  amount?: InputMaybe<Scalars['Money']['input']>;
  caseId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  endOn?: InputMaybe<Scalars['Date']['input']>;
  kind: AssistanceKind;
  responsiblePerson: Scalars['String']['input'];
  responsibleUnit?: InputMaybe<Scalars['String']['input']>;
  startOn: Scalars['Date']['input'];
};

/** 附件类型 */
export type AttachmentKind =
  /** 承诺授权书 */
  | 'CONSENT_FORM'
  /** 公示照片 */
  | 'NOTICE_PHOTO'
  /** 其他材料 */
  | 'OTHER'
  /** 评议会议记录 */
  | 'REVIEW_MINUTES'
  /** 入户核查记录 */
  | 'VISIT_RECORD';

/** 审计日志记录的一种动作 */
export type AuditActionInfo = {
  __typename?: 'AuditActionInfo';
  /** 动作代码，如 project.update */
  code: Scalars['String']['output'];
  /** 所涉对象类型代码；因记录而异或不涉及记录时为空 */
  entityType?: Maybe<Scalars['String']['output']>;
  /** 动作名称，如 修改项目 */
  label: Scalars['String']['output'];
};

/** 审计日志所涉的一种对象类型 */
export type AuditEntityTypeInfo = {
  __typename?: 'AuditEntityTypeInfo';
  /** 对象类型代码，如 project */
  code: Scalars['String']['output'];
  /** 对象类型名称，如 项目 */
  label: Scalars['String']['output'];
};

/** 审计日志 */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** 动作代码，如 project.update；名称见 actionLabel */
  action: Scalars['String']['output'];
  /** 动作名称，如 修改项目；未登记名称的动作为其代码 */
  actionLabel: Scalars['String']['output'];
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
  /** 对象类型代码，如 project；名称见 entityTypeLabel */
  entityType?: Maybe<Scalars['String']['output']>;
  /** 对象类型名称，如 项目；未登记名称的类型为其代码 */
  entityTypeLabel?: Maybe<Scalars['String']['output']>;
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
  /** 动作代码（见 auditActions），如 project.update、auth.sign_in_failed */
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** 操作人（包含） */
  actorName?: InputMaybe<Scalars['String']['input']>;
  /** 记录 ID */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** 对象类型代码（见 auditEntityTypes），如 project、fund_allocation、user */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** 起始日期（含） */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** 截止日期（含） */
  to?: InputMaybe<Scalars['Date']['input']>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
};

/** 带动农户：园区与农户的利益联结 */
export type BenefitLink = {
  __typename?: 'BenefitLink';
  createdAt: Scalars['DateTimeISO']['output'];
  /** 带动的农户（须有农户台账的读取权限） */
  household?: Maybe<Household>;
  id: Scalars['ID']['output'];
  /** 户增收 */
  incomeGained: Scalars['Money']['output'];
  mode: BenefitLinkMode;
  note: Scalars['String']['output'];
  park: IndustrialPark;
  year: Scalars['Int']['output'];
};

/** A page of BenefitLink records. */
export type BenefitLinkConnection = {
  __typename?: 'BenefitLinkConnection';
  edges: Array<BenefitLinkEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type BenefitLinkEdge = {
  __typename?: 'BenefitLinkEdge';
  cursor: Scalars['String']['output'];
  node: BenefitLink;
};

/** 利益联结查询条件 */
export type BenefitLinkFilter = {
  householdId?: InputMaybe<Scalars['ID']['input']>;
  mode?: InputMaybe<BenefitLinkMode>;
  parkId?: InputMaybe<Scalars['ID']['input']>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 新增利益联结（带动农户） */
export type BenefitLinkInput = {
  householdId: Scalars['ID']['input'];
  /** 户增收 */
  incomeGained: Scalars['Money']['input'];
  mode: BenefitLinkMode;
  note?: InputMaybe<Scalars['String']['input']>;
  parkId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

/** 利益联结模式 */
export type BenefitLinkMode =
  /** 资产收益 */
  | 'ASSET_INCOME'
  /** 产品代销 */
  | 'CONSIGNMENT_SALES'
  /** 务工就业 */
  | 'EMPLOYMENT'
  /** 资金入股 */
  | 'EQUITY_SHARE'
  /** 土地流转 */
  | 'LAND_TRANSFER'
  /** 生产托管 */
  | 'PRODUCTION_TRUSTEESHIP';

/** BI 数据集列的类型 */
export type BiColumnType =
  /** 整数 */
  | 'INTEGER'
  /** 金额（元），两位小数的精确值，如 1234.50 */
  | 'MONEY'
  /** 比例，四位小数，如 0.9967；无定义时为空 */
  | 'RATE'
  /** 文字 */
  | 'TEXT';

/** BI 数据集：一个固定的汇总查询，也可按 CSV 下载 */
export type BiFeed = {
  __typename?: 'BiFeed';
  columns: Array<BiFeedColumn>;
  /** CSV 地址（相对本服务），如 /api/bi/v1/feeds/funding-by-town.csv */
  csvPath: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** 数据集名，如 funding-by-town */
  id: Scalars['ID']['output'];
  parameters: Array<BiFeedParameter>;
  /** 数据集执行的 GraphQL 查询；参数即其变量 */
  query: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type BiFeedColumn = {
  __typename?: 'BiFeedColumn';
  description?: Maybe<Scalars['String']['output']>;
  /** CSV 英文列名（稳定） */
  key: Scalars['String']['output'];
  /** 中文列名（header=label 时为 CSV 表头） */
  label: Scalars['String']['output'];
  type: BiColumnType;
};

export type BiFeedParameter = {
  __typename?: 'BiFeedParameter';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  type: BiParameterType;
};

export type BiParameterType =
  /** 资金类别（FundCategory） */
  | 'FUND_CATEGORY'
  /** 四位年度，如 2021 */
  | 'YEAR';

/** 驻村干部 */
export type Cadre = {
  __typename?: 'Cadre';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** 在派出单位的职务 */
  title: Scalars['String']['output'];
  /** 派出单位 */
  unit: DispatchingUnit;
};

/** A page of Cadre records. */
export type CadreConnection = {
  __typename?: 'CadreConnection';
  edges: Array<CadreEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type CadreEdge = {
  __typename?: 'CadreEdge';
  cursor: Scalars['String']['output'];
  node: Cadre;
};

/** 驻村干部查询条件 */
export type CadreFilter = {
  /** 姓名包含 */
  search?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 干部：已登记的选 cadreId，新人填姓名和派出单位 */
export type CadreInput = {
  cadreId?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 工作日历例外：法定节假日与调休上班日 */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  day: Scalars['Date']['output'];
  name: Scalars['String']['output'];
  working: Scalars['Boolean']['output'];
};

/** 工作日历例外 */
export type CalendarDayInput = {
  day: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  /** true：调休上班；false：放假 */
  working: Scalars['Boolean']['input'];
};

/** 监测案件状态 */
export type CaseStatus =
  /** 风险已消除 */
  | 'CLOSED'
  /** 识别中 */
  | 'IDENTIFYING'
  /** 已纳入监测（帮扶中） */
  | 'MONITORING'
  /** 未通过识别 */
  | 'REJECTED';

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
  /** 幂等键（8 到 100 位字母、数字、- 或 _，如 UUID）：同一调用方用同一键重试，返回首次创建的记录，不会重复创建 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
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

/** 新建农户（同时登记户主） */
export type CreateHouseholdInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  category: HouseholdCategory;
  groupName?: InputMaybe<Scalars['String']['input']>;
  /** 户主（与户主关系须为户主） */
  head: PersonInput;
  /** 联系电话（手机或固话） */
  phone?: InputMaybe<Scalars['String']['input']>;
  relocated?: InputMaybe<Scalars['Boolean']['input']>;
  villageCode: Scalars['ID']['input'];
};

/** 新建园区 */
export type CreateIndustrialParkInput = {
  /** 面积（亩），最多 2 位小数 */
  areaMu?: InputMaybe<Scalars['String']['input']>;
  establishedYear?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Industry>;
  investment?: InputMaybe<Scalars['Money']['input']>;
  jobs?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<ParkLevel>;
  name: Scalars['String']['input'];
  operatorKind?: InputMaybe<OperatorKind>;
  operatorName?: InputMaybe<Scalars['String']['input']>;
  townCode: Scalars['ID']['input'];
  /** 覆盖的村（社区），第一个为园区所在村；须属于园区所在镇办 */
  villageCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
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

/** 组建驻村工作队 */
export type CreateWorkTeamInput = {
  formedOn: Scalars['Date']['input'];
  leadUnitId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  villageCode: Scalars['ID']['input'];
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
  /** 产业园区、利益联结与东西部协作企业 */
  | 'INDUSTRY'
  /** 防返贫监测（农户与监测案件，身份信息脱敏） */
  | 'MONITORING'
  /** 地区 */
  | 'PLACES'
  /** 项目库 */
  | 'PROJECTS'
  /** 驻村工作队、第一书记与覆盖情况 */
  | 'STATIONING';

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

/** 发现渠道 */
export type DiscoveryChannel =
  /** 行业部门筛查预警 */
  | 'AGENCY_SCREENING'
  /** 镇村干部排查 */
  | 'CADRE_VISIT'
  /** 平台监测分析 */
  | 'PLATFORM_ANALYSIS'
  /** 农户自主申报 */
  | 'SELF_REPORT'
  /** 各类监督渠道反馈 */
  | 'SUPERVISION_FEEDBACK';

/** 派出单位 */
export type DispatchingUnit = {
  __typename?: 'DispatchingUnit';
  id: Scalars['ID']['output'];
  kind: UnitKind;
  name: Scalars['String']['output'];
};

/** 新建派出单位 */
export type DispatchingUnitInput = {
  kind: UnitKind;
  name: Scalars['String']['input'];
};

/** 撤销工作队：在岗队员同日离队（任期届满） */
export type DissolveWorkTeamInput = {
  dissolvedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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

/** 东西部协作汇总 */
export type EastWestSummary = {
  __typename?: 'EastWestSummary';
  enterprises: Scalars['Int']['output'];
  /** 完成投资合计 */
  investment: Scalars['Money']['output'];
  jobs: Scalars['Int']['output'];
  /** 其中脱贫劳动力 */
  liftedJobs: Scalars['Int']['output'];
};

/** 文化程度 / 在校情况 */
export type Education =
  /** 大专及以上 */
  | 'COLLEGE'
  /** 文盲或半文盲 */
  | 'ILLITERATE'
  /** 在校生 */
  | 'IN_SCHOOL'
  /** 初中 */
  | 'JUNIOR_HIGH'
  /** 学龄前 */
  | 'PRESCHOOL'
  /** 小学 */
  | 'PRIMARY'
  /** 高中 */
  | 'SENIOR_HIGH'
  /** 中专 / 职高 */
  | 'VOCATIONAL';

/** 风险消除（销号）：条件由系统按年度数据核验 */
export type EliminateRiskInput = {
  caseId: Scalars['ID']['input'];
  /** 默认今天 */
  eliminatedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 依据的收入年度（须已登记） */
  incomeYear: Scalars['Int']['input'];
  method: EliminationMethod;
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** 风险消除方式 */
export type EliminationMethod =
  /** 帮扶消除 */
  | 'ASSISTANCE'
  /** 自然消除 */
  | 'NATURAL';

/** 结束一段任期 */
export type EndTermInput = {
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason: TermEndReason;
  version: Scalars['Int']['input'];
};

/** 协作企业的一笔投资 */
export type EnterpriseInvestment = {
  __typename?: 'EnterpriseInvestment';
  amount: Scalars['Money']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  enterprise: PartnerEnterprise;
  id: Scalars['ID']['output'];
  /** 投向的园区（本镇办以外的为空） */
  park?: Maybe<IndustrialPark>;
  /** 投向的项目 */
  project?: Maybe<Project>;
  year: Scalars['Int']['output'];
};

/** 登记协作企业的一笔投资（可投向园区或项目） */
export type EnterpriseInvestmentInput = {
  amount: Scalars['Money']['input'];
  description: Scalars['String']['input'];
  enterpriseId: Scalars['ID']['input'];
  /** 幂等键（8 到 100 位字母、数字、- 或 _，如 UUID）：同一调用方用同一键重试，返回首次创建的记录，不会重复创建 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  parkId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};

/** 可导出的列表 */
export type ExportDataset =
  /** 接口令牌 */
  | 'API_TOKENS'
  /** 审计日志 */
  | 'AUDIT_LOG'
  /** 带动农户 */
  | 'BENEFIT_LINKS'
  /** 资金支出 */
  | 'DISBURSEMENTS'
  /** 第一书记 */
  | 'FIRST_SECRETARIES'
  /** 资金安排 */
  | 'FUND_ALLOCATIONS'
  /** 资金来源 */
  | 'FUND_SOURCES'
  /** 农户台账 */
  | 'HOUSEHOLDS'
  /** 现代农业园区 */
  | 'INDUSTRIAL_PARKS'
  /** 监测案件 */
  | 'MONITORING_CASES'
  /** 监测预警 */
  | 'MONITORING_WARNINGS'
  /** 项目库 */
  | 'PROJECTS'
  /** 督查任务 */
  | 'SUPERVISION_TASKS'
  /** 用户 */
  | 'USERS'
  /** 村（社区） */
  | 'VILLAGES'
  /** 驻村工作队 */
  | 'WORK_TEAMS';

/** 一次导出：在后台进行，完成后可下载 .xlsx（保留 24 小时） */
export type ExportJob = {
  __typename?: 'ExportJob';
  /** 文件大小（字节） */
  byteSize?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  dataset: ExportDataset;
  /** 已写入多少条 */
  doneRows: Scalars['Int']['output'];
  /** 下载地址（已完成时），仅导出人可用 */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** 失败原因 */
  error?: Maybe<Scalars['String']['output']>;
  /** 文件保留至 */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** 文件名，如 项目库_2026-11-29.xlsx */
  fileName: Scalars['String']['output'];
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** 进度 0–1 */
  progress?: Maybe<Scalars['Float']['output']>;
  /** 文件的 SHA-256 */
  sha256?: Maybe<Scalars['String']['output']>;
  status: ExportStatus;
  /** 列表名称，如 项目库 */
  title: Scalars['String']['output'];
  /** 共多少条 */
  totalRows?: Maybe<Scalars['Int']['output']>;
};

/** 导出状态 */
export type ExportStatus =
  /** 失败 */
  | 'FAILED'
  /** 排队中 */
  | 'QUEUED'
  /** 导出中 */
  | 'RUNNING'
  /** 已完成，可下载 */
  | 'SUCCEEDED';

/** 第一书记的一段任期 */
export type FirstSecretary = {
  __typename?: 'FirstSecretary';
  cadre: Cadre;
  endReason?: Maybe<TermEndReason>;
  /** 离任日期；在任时为空 */
  endedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  startedOn: Scalars['Date']['output'];
  town: Town;
  version: Scalars['Int']['output'];
  village: Village;
};

/** A page of FirstSecretary records. */
export type FirstSecretaryConnection = {
  __typename?: 'FirstSecretaryConnection';
  edges: Array<FirstSecretaryEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type FirstSecretaryEdge = {
  __typename?: 'FirstSecretaryEdge';
  cursor: Scalars['String']['output'];
  node: FirstSecretary;
};

/** 销号后回访 */
export type FollowUpVisit = {
  __typename?: 'FollowUpVisit';
  finding: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 仍稳定、无新风险 */
  stable: Scalars['Boolean']['output'];
  visitedOn: Scalars['Date']['output'];
  visitor: Scalars['String']['output'];
};

/** 销号后回访 */
export type FollowUpVisitInput = {
  caseId: Scalars['ID']['input'];
  finding?: InputMaybe<Scalars['String']['input']>;
  stable: Scalars['Boolean']['input'];
  visitedOn: Scalars['Date']['input'];
  visitor: Scalars['String']['input'];
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
  | 'TOWN'
  /** 按项目所在村的类型；一个村可有多种类型，其项目计入每一种，各行之和可大于合计；不在某村的项目计入 NONE（非村级项目） */
  | 'VILLAGE_CATEGORY';

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
  /** 分组键：镇办代码、资金来源 ID、项目类别、村类型或 YYYY-MM；合计行为 "TOTAL" */
  key: Scalars['String']['output'];
  /** 分组名称（中文） */
  label: Scalars['String']['output'];
  /** 有资金安排的项目数 */
  projectCount: Scalars['Int']['output'];
  /** 其中已开工（含之后各状态）的项目数 */
  startedProjectCount: Scalars['Int']['output'];
};

/** 性别（由身份证号得出） */
export type Gender =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** 健康状况（敏感信息） */
export type HealthStatus =
  /** 长期慢性病 */
  | 'CHRONIC_ILLNESS'
  /** 残疾 */
  | 'DISABLED'
  /** 健康 */
  | 'HEALTHY'
  /** 大病 */
  | 'SERIOUS_ILLNESS';

/** 农户（监测户台账）。身份信息按查看人权限脱敏。 */
export type Household = {
  __typename?: 'Household';
  /** 住址（仅工作人员可见） */
  address?: Maybe<Scalars['String']['output']>;
  /** 监测案件，最近的在前 */
  cases: Array<MonitoringCase>;
  category: HouseholdCategory;
  /** 户编号（村代码 + 4 位序号） */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** 村民小组 */
  groupName: Scalars['String']['output'];
  /** 户主姓名（接口令牌看到的是脱敏姓名） */
  headName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 家庭人口 */
  memberCount: Scalars['Int']['output'];
  /** 家庭成员，户主在前 */
  members: Array<Person>;
  /** 未结束的案件（识别中或帮扶中） */
  openCase?: Maybe<MonitoringCase>;
  /** 联系电话（脱敏） */
  phone?: Maybe<Scalars['String']['output']>;
  /** 易地扶贫搬迁户 */
  relocated: Scalars['Boolean']['output'];
  town: Town;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  village: Village;
  /** 年度收入，最近的年度在前 */
  years: Array<HouseholdYear>;
};

/** 户类别 */
export type HouseholdCategory =
  /** 脱贫户 */
  | 'LIFTED'
  /** 一般农户 */
  | 'ORDINARY';

/** A page of Household records. */
export type HouseholdConnection = {
  __typename?: 'HouseholdConnection';
  edges: Array<HouseholdEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type HouseholdEdge = {
  __typename?: 'HouseholdEdge';
  cursor: Scalars['String']['output'];
  node: Household;
};

/** 农户查询条件。按身份证号只能输入完整的 18 位号码。 */
export type HouseholdFilter = {
  /** 有该类型的监测案件 */
  caseType?: InputMaybe<MonitoringType>;
  /** 有该年度建档的监测案件 */
  caseYear?: InputMaybe<Scalars['Int']['input']>;
  category?: InputMaybe<HouseholdCategory>;
  /** 完整的 18 位身份证号（不支持部分号码） */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 有在监测（识别中或帮扶中）的案件 */
  monitored?: InputMaybe<Scalars['Boolean']['input']>;
  relocated?: InputMaybe<Scalars['Boolean']['input']>;
  /** 户主或成员姓名包含，或户编号 */
  search?: InputMaybe<Scalars['String']['input']>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
  villageCode?: InputMaybe<Scalars['ID']['input']>;
};

export type HouseholdSort = {
  direction?: InputMaybe<SortDirection>;
  field: HouseholdSortField;
};

export type HouseholdSortField =
  | 'CODE'
  | 'HEAD_NAME'
  | 'UPDATED_AT';

/** 农户年度收入与"两不愁三保障"及饮水安全情况 */
export type HouseholdYear = {
  __typename?: 'HouseholdYear';
  /** 人均纯收入低于当年监测线 */
  belowLine?: Maybe<Scalars['Boolean']['output']>;
  /** 合规生产经营性支出 */
  compliantExpenses: Scalars['Money']['output'];
  /** 义务教育有保障 */
  educationSecure: Scalars['Boolean']['output'];
  /** 不愁吃、不愁穿 */
  foodClothingSecure: Scalars['Boolean']['output'];
  /** 住房安全有保障 */
  housingSecure: Scalars['Boolean']['output'];
  /** 基本医疗有保障 */
  medicalSecure: Scalars['Boolean']['output'];
  /** 家庭人口（计算人均的人数） */
  memberCount: Scalars['Int']['output'];
  /** 当年监测收入线；未设置时为空 */
  monitoringLine?: Maybe<Scalars['Money']['output']>;
  /** 人均纯收入 =（收入合计 − 合规支出）÷ 人口 */
  netIncomePerPerson: Scalars['Money']['output'];
  /** 生产经营性收入 */
  operatingIncome: Scalars['Money']['output'];
  /** 财产性收入 */
  propertyIncome: Scalars['Money']['output'];
  /** 收入合计 */
  totalIncome: Scalars['Money']['output'];
  /** 转移性收入 */
  transferIncome: Scalars['Money']['output'];
  version: Scalars['Int']['output'];
  /** 工资性收入 */
  wageIncome: Scalars['Money']['output'];
  /** 饮水安全有保障 */
  waterSecure: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
};

/** 登记或更正某年度收入与保障情况 */
export type HouseholdYearInput = {
  compliantExpenses: Scalars['Money']['input'];
  educationSecure: Scalars['Boolean']['input'];
  foodClothingSecure: Scalars['Boolean']['input'];
  householdId: Scalars['ID']['input'];
  housingSecure: Scalars['Boolean']['input'];
  medicalSecure: Scalars['Boolean']['input'];
  /** 计算人均的人口；默认为当前家庭人口 */
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  operatingIncome: Scalars['Money']['input'];
  propertyIncome: Scalars['Money']['input'];
  transferIncome: Scalars['Money']['input'];
  /** 更正已有年度时必填 */
  version?: InputMaybe<Scalars['Int']['input']>;
  wageIncome: Scalars['Money']['input'];
  waterSecure: Scalars['Boolean']['input'];
  year: Scalars['Int']['input'];
};

/** 现代农业园区 */
export type IndustrialPark = {
  __typename?: 'IndustrialPark';
  /** 面积（亩），十进制字符串 */
  areaMu: Scalars['String']['output'];
  /** 园区编号 */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** 建园年份 */
  establishedYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** 带动农户增收合计（各年度） */
  incomeGained: Scalars['Money']['output'];
  industry: Industry;
  /** 累计投资 */
  investment: Scalars['Money']['output'];
  /** 东西部协作企业对本园区的投资 */
  investments: Array<EnterpriseInvestment>;
  /** 提供就业岗位 */
  jobs: Scalars['Int']['output'];
  level: ParkLevel;
  /** 带动农户（各年度去重） */
  linkedHouseholds: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  operatorKind: OperatorKind;
  /** 经营主体 */
  operatorName: Scalars['String']['output'];
  town: Town;
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  /** 覆盖的村（社区），第一个为所在村 */
  villages: Array<Village>;
  /** 年度情况，最近的在前 */
  years: Array<ParkYear>;
};

/** A page of IndustrialPark records. */
export type IndustrialParkConnection = {
  __typename?: 'IndustrialParkConnection';
  edges: Array<IndustrialParkEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type IndustrialParkEdge = {
  __typename?: 'IndustrialParkEdge';
  cursor: Scalars['String']['output'];
  node: IndustrialPark;
};

/** 园区查询条件 */
export type IndustrialParkFilter = {
  industry?: InputMaybe<Industry>;
  level?: InputMaybe<ParkLevel>;
  operatorKind?: InputMaybe<OperatorKind>;
  /** 名称、编号或经营主体包含 */
  search?: InputMaybe<Scalars['String']['input']>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
  /** 覆盖该村的园区 */
  villageCode?: InputMaybe<Scalars['ID']['input']>;
};

export type IndustrialParkSort = {
  direction?: InputMaybe<SortDirection>;
  field: IndustrialParkSortField;
};

export type IndustrialParkSortField =
  | 'CODE'
  | 'ESTABLISHED_YEAR'
  | 'INVESTMENT'
  | 'JOBS'
  | 'NAME';

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

/** 按产业或镇办分组的园区汇总。无农户台账读取权限者（BI 令牌、未获 MONITORING 数据集的合作单位）看到的带动农户为 1–4 户的分组，带动农户与农户增收不予显示 */
export type IndustryGroup = {
  __typename?: 'IndustryGroup';
  /** 农户增收合计；不予显示时为空 */
  incomeGained?: Maybe<Scalars['Money']['output']>;
  /** 园区累计投资 */
  investment: Scalars['Money']['output'];
  /** 就业岗位 */
  jobs: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** 带动农户（去重）；不予显示时为空（见 suppressed） */
  linkedHouseholds?: Maybe<Scalars['Int']['output']>;
  /** 带动农户的显示值：1–4 户为 "<5"；为免由合计反推而一并隐藏的为 "已隐藏"；其余为户数 */
  linkedHouseholdsShown: SuppressedCount;
  parks: Scalars['Int']['output'];
  /** 带动农户与农户增收是否不予显示（以免指认到具体农户） */
  suppressed: Scalars['Boolean']['output'];
};

/** 园区汇总（全部由数据行计算） */
export type IndustrySummary = {
  __typename?: 'IndustrySummary';
  byIndustry: Array<IndustryGroup>;
  byTown: Array<IndustryGroup>;
  /** 合计：一户带动于多个分组时只计一次；其带动农户同样按 1–4 户不予显示 */
  total: IndustryGroup;
  /** 带动与增收按该年度；为空表示全部年度 */
  year?: Maybe<Scalars['Int']['output']>;
};

/** 劳动技能 */
export type LabourSkill =
  /** 无劳动力 */
  | 'NONE'
  /** 普通劳动力 */
  | 'ORDINARY'
  /** 技能劳动力 */
  | 'SKILLED'
  /** 弱劳动力或半劳动力 */
  | 'WEAK';

/** 案件材料 */
export type MonitoringAttachment = {
  __typename?: 'MonitoringAttachment';
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: AttachmentKind;
  /** SHA-256（十六进制） */
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** 所属步骤；尚未使用时为空 */
  stepId?: Maybe<Scalars['ID']['output']>;
  uploadedAt: Scalars['DateTimeISO']['output'];
  /** 下载地址（需登录） */
  url: Scalars['String']['output'];
};

/** 案件看板的一列：等待办理某一步的案件 */
export type MonitoringBoardColumn = {
  __typename?: 'MonitoringBoardColumn';
  /** 按截止日期排列的前若干件 */
  cases: Array<MonitoringCase>;
  count: Scalars['Int']['output'];
  overdueCount: Scalars['Int']['output'];
  step: MonitoringStep;
};

/** 监测案件：一户从风险预警到风险消除 */
export type MonitoringCase = {
  __typename?: 'MonitoringCase';
  assistance: Array<AssistanceMeasure>;
  attachments: Array<MonitoringAttachment>;
  channel: DiscoveryChannel;
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** 案件编号 */
  code: Scalars['String']['output'];
  /** 已完成的步骤数 */
  completedSteps: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  elimination?: Maybe<RiskElimination>;
  followUps: Array<FollowUpVisit>;
  /** 绿色通道：先帮扶后识别（仅突发严重困难户） */
  greenChannel: Scalars['Boolean']['output'];
  household: Household;
  id: Scalars['ID']['output'];
  /** 区级审定通过、纳入监测的日期 */
  identifiedOn?: Maybe<Scalars['Date']['output']>;
  /** 下一步；识别结束后为空 */
  nextStep?: Maybe<MonitoringStep>;
  /** 下一步截止日期（工作日计算） */
  nextStepDueOn?: Maybe<Scalars['Date']['output']>;
  openedOn: Scalars['Date']['output'];
  /** 识别中且下一步已超过时限 */
  overdue: Scalars['Boolean']['output'];
  /** 适用的识别程序版本 */
  procedure: MonitoringProcedure;
  /** 风险情况（可能含健康等敏感信息：仅工作人员可见，不公示；接口令牌为空） */
  reason?: Maybe<Scalars['String']['output']>;
  riskKinds: Array<RiskKind>;
  status: CaseStatus;
  /** 已办理的步骤，按顺序 */
  steps: Array<MonitoringCaseStep>;
  town: Town;
  type: MonitoringType;
  /** 类型名称 */
  typeLabel: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
  village: Village;
};

/** A page of MonitoringCase records. */
export type MonitoringCaseConnection = {
  __typename?: 'MonitoringCaseConnection';
  edges: Array<MonitoringCaseEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type MonitoringCaseEdge = {
  __typename?: 'MonitoringCaseEdge';
  cursor: Scalars['String']['output'];
  node: MonitoringCase;
};

/** 监测案件查询条件 */
export type MonitoringCaseFilter = {
  channel?: InputMaybe<DiscoveryChannel>;
  greenChannel?: InputMaybe<Scalars['Boolean']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** 识别中且下一步已超过时限 */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<CaseStatus>>;
  /** 识别中、正在等待的步骤代码，如 HOME_VISIT */
  stepCode?: InputMaybe<Scalars['String']['input']>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<MonitoringType>;
  villageCode?: InputMaybe<Scalars['ID']['input']>;
  /** 建档年度 */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type MonitoringCaseSort = {
  direction?: InputMaybe<SortDirection>;
  field: MonitoringCaseSortField;
};

export type MonitoringCaseSortField =
  | 'CODE'
  | 'DUE_ON'
  | 'OPENED_ON'
  | 'UPDATED_AT';

/** 已办理的步骤（只增不改） */
export type MonitoringCaseStep = {
  __typename?: 'MonitoringCaseStep';
  /** 办理日期 */
  actedOn: Scalars['Date']['output'];
  /** 经办人 */
  actorName: Scalars['String']['output'];
  /** 时限截止日期 */
  dueOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** 超过时限办理 */
  late: Scalars['Boolean']['output'];
  /** 办理意见（仅工作人员可见；接口令牌为空） */
  note?: Maybe<Scalars['String']['output']>;
  noticeEnd?: Maybe<Scalars['Date']['output']>;
  noticeStart?: Maybe<Scalars['Date']['output']>;
  outcome: StepOutcome;
  position: Scalars['Int']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
  stepCode: Scalars['String']['output'];
};

/** 一个分组的监测案件数 */
export type MonitoringCount = {
  __typename?: 'MonitoringCount';
  cases: SuppressedCount;
  /** 分组键：镇办代码、类型、步骤代码或状态 */
  key: Scalars['String']['output'];
  /** 分组名称 */
  label: Scalars['String']['output'];
};

/** 监测收入线（每年一条，有生效日期） */
export type MonitoringLine = {
  __typename?: 'MonitoringLine';
  /** 元 / 人 / 年 */
  amount: Scalars['Money']['output'];
  /** 依据文件 */
  document: Scalars['String']['output'];
  effectiveOn: Scalars['Date']['output'];
  year: Scalars['Int']['output'];
};

/** 设置某年度监测收入线 */
export type MonitoringLineInput = {
  /** 元 / 人 / 年 */
  amount: Scalars['Money']['input'];
  document: Scalars['String']['input'];
  effectiveOn: Scalars['Date']['input'];
  year: Scalars['Int']['input'];
};

/** 识别程序版本 */
export type MonitoringProcedure = {
  __typename?: 'MonitoringProcedure';
  code: Scalars['String']['output'];
  /** 自该日起新建的案件适用本版本 */
  effectiveFrom: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  steps: Array<MonitoringStep>;
  /** 全程识别时限（工作日） */
  totalWorkingDays: Scalars['Int']['output'];
};

/** 新的识别程序版本（自生效日起新建的案件适用） */
export type MonitoringProcedureInput = {
  code: Scalars['String']['input'];
  effectiveFrom: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  steps: Array<MonitoringStepInput>;
  totalWorkingDays: Scalars['Int']['input'];
};

/** 识别程序中的一步（按版本配置） */
export type MonitoringStep = {
  __typename?: 'MonitoringStep';
  actor: StepActor;
  /** 可作出不通过决定 */
  canReject: Scalars['Boolean']['output'];
  /** 步骤代码，如 HOME_VISIT */
  code: Scalars['String']['output'];
  /** 公示期不少于若干天 */
  minimumDays?: Maybe<Scalars['Int']['output']>;
  /** 步骤名称，如 入户核查 */
  name: Scalars['String']['output'];
  /** 顺序，从 1 开始；第 1 步风险预警在建档时完成 */
  position: Scalars['Int']['output'];
  /** 须登记公示起止日期 */
  recordsNotice: Scalars['Boolean']['output'];
  /** 须上传的材料 */
  requiredAttachments: Array<AttachmentKind>;
  /** 时限：上一步完成后若干个工作日内 */
  timeLimitDays?: Maybe<Scalars['Int']['output']>;
};

/** 程序版本中的一步 */
export type MonitoringStepInput = {
  actor: StepActor;
  canReject?: InputMaybe<Scalars['Boolean']['input']>;
  code: Scalars['String']['input'];
  minimumDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  recordsNotice?: InputMaybe<Scalars['Boolean']['input']>;
  requiredAttachments?: InputMaybe<Array<AttachmentKind>>;
  timeLimitDays?: InputMaybe<Scalars['Int']['input']>;
};

/** 监测汇总（小计数抑制） */
export type MonitoringSummary = {
  __typename?: 'MonitoringSummary';
  byStatus: Array<MonitoringCount>;
  /** 识别中的案件按下一步分组 */
  byStep: Array<MonitoringCount>;
  byTown: Array<MonitoringCount>;
  byType: Array<MonitoringCount>;
  /** 在监测（识别中 + 帮扶中） */
  open: SuppressedCount;
  /** 识别中且下一步已超时 */
  overdue: SuppressedCount;
  /** 案件总数 */
  total: SuppressedCount;
  /** 年度（按建档年份）；为空表示全部 */
  year?: Maybe<Scalars['Int']['output']>;
};

/** 监测对象类型 */
export type MonitoringType =
  /** 边缘易致贫户 */
  | 'MARGINAL_AT_RISK'
  /** 突发严重困难户 */
  | 'SUDDEN_HARDSHIP'
  /** 脱贫不稳定户 */
  | 'UNSTABLE_LIFTED';

/** 自动预警：触发的规则、依据的数据、责任镇办 */
export type MonitoringWarning = {
  __typename?: 'MonitoringWarning';
  caseId?: Maybe<Scalars['ID']['output']>;
  /** 已持续天数 */
  days: Scalars['Int']['output'];
  /** 截止日期（步骤超时） */
  dueOn?: Maybe<Scalars['Date']['output']>;
  household: Household;
  householdId: Scalars['ID']['output'];
  /** 规则 + 对象，稳定不变 */
  id: Scalars['ID']['output'];
  /** 预警说明（不含身份证号等个人标识） */
  message: Scalars['String']['output'];
  monitoringCase?: Maybe<MonitoringCase>;
  /** 当年监测线（低于监测线） */
  monitoringLine?: Maybe<Scalars['Money']['output']>;
  /** 人均纯收入（低于监测线） */
  netIncomePerPerson?: Maybe<Scalars['Money']['output']>;
  rule: WarningRule;
  /** 自该日起触发 */
  since: Scalars['Date']['output'];
  /** 相关步骤代码 */
  stepCode?: Maybe<Scalars['String']['output']>;
  town: Town;
  townCode: Scalars['ID']['output'];
  village: Village;
  villageCode: Scalars['ID']['output'];
  /** 收入年度（低于监测线） */
  year?: Maybe<Scalars['Int']['output']>;
};

/** A page of MonitoringWarning records. */
export type MonitoringWarningConnection = {
  __typename?: 'MonitoringWarningConnection';
  edges: Array<MonitoringWarningEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type MonitoringWarningEdge = {
  __typename?: 'MonitoringWarningEdge';
  cursor: Scalars['String']['output'];
  node: MonitoringWarning;
};

/** 预警查询条件 */
export type MonitoringWarningFilter = {
  rule?: InputMaybe<WarningRule>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
  villageCode?: InputMaybe<Scalars['ID']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 新增帮扶措施（识别通过后；绿色通道可先帮扶） */
  addAssistanceMeasure: AssistanceMeasure;
  /** 新增利益联结：园区带动一户（农户须已在台账中） */
  addBenefitLink: BenefitLink;
  /** 新增家庭成员（身份证号全区唯一） */
  addPerson: Person;
  /** 队员到岗（可轮换原队员）；同一人不能同时在两个工作队 */
  addWorkTeamMember: WorkTeamMember;
  /** 项目状态推进一步（不可跳步） */
  advanceProjectStatus: Project;
  /** 选派第一书记（轮换时原书记自动离任，记录保留） */
  appointFirstSecretary: FirstSecretary;
  /** 交办督查任务（清单交办） */
  assignSupervisionTask: SupervisionTask;
  /** 修改本人密码 */
  changePassword: Viewer;
  /** 签发令牌；令牌全文只返回这一次 */
  createApiToken: CreatedApiToken;
  /** 新建派出单位 */
  createDispatchingUnit: DispatchingUnit;
  /** 给项目安排一笔资金（每个项目每个资金来源一条） */
  createFundAllocation: FundAllocation;
  createFundSource: FundSource;
  /** 新建农户并登记户主 */
  createHousehold: Household;
  /** 新建园区 */
  createIndustrialPark: IndustrialPark;
  /** 新增识别程序版本（自生效日起新建的案件适用） */
  createMonitoringProcedure: MonitoringProcedure;
  /** 登记协作企业（区级） */
  createPartnerEnterprise: PartnerEnterprise;
  /** 新建项目（状态为储备入库） */
  createProject: Project;
  createUser: User;
  /** 组建驻村工作队（一村同时只有一个在驻工作队） */
  createWorkTeam: WorkTeam;
  /** 撤销工作队：在岗队员同日离队，记录保留；该村随即缺工作队 */
  dissolveWorkTeam: WorkTeam;
  /** 风险消除（销号）：系统核验收入高于监测线且"两不愁三保障"及饮水安全 */
  eliminateRisk: MonitoringCase;
  /** 第一书记离任（记录保留） */
  endFirstSecretaryTerm: FirstSecretary;
  /** 队员离队（记录保留） */
  endWorkTeamMember: WorkTeamMember;
  /** 建档：登记风险预警，开始识别程序（一户同时只能有一个未结束的案件） */
  openMonitoringCase: MonitoringCase;
  /** 复核：通过销号，不通过退回整改 */
  recheckSupervisionTask: SupervisionTask;
  /** 录入支出；超过剩余额度时返回 CONFLICT */
  recordDisbursement: Disbursement;
  /** 登记协作企业的一笔投资（区级） */
  recordEnterpriseInvestment: EnterpriseInvestment;
  /** 销号后回访 */
  recordFollowUpVisit: FollowUpVisit;
  /** 登记或更正年度收入与保障情况；人均纯收入由系统计算 */
  recordHouseholdYear: HouseholdYear;
  /** 办理下一步：按顺序、不可跳步；评议和审核步骤可不通过；区级审定须区级办理 */
  recordMonitoringStep: MonitoringCase;
  /** 登记或更正园区年度情况 */
  recordParkYear: ParkYear;
  /** 报送整改情况 */
  rectifySupervisionTask: SupervisionTask;
  /** 重置密码；用户下次登录须修改 */
  resetUserPassword: User;
  /** 查看农户联系电话原文：须说明原因，记入审计日志 */
  revealHouseholdPhone?: Maybe<Scalars['String']['output']>;
  /** 查看身份证号原文：须说明原因，记入审计日志 */
  revealIdNumber: Scalars['String']['output'];
  /** 查看完整电话号码；须说明原因，并记入审计日志 */
  revealUserPhone?: Maybe<Scalars['String']['output']>;
  /** 冲销支出：新增负数记录，原记录保持不变 */
  reverseDisbursement: Disbursement;
  /** 吊销令牌，立即失效 */
  revokeApiToken: ApiToken;
  /** 设置节假日和调休上班日 */
  setCalendarDays: Array<CalendarDay>;
  /** 设置某年度监测收入线 */
  setMonitoringLine: MonitoringLine;
  /** 登录；成功后设置会话 Cookie */
  signIn: Viewer;
  /** 退出登录，注销本会话 */
  signOut: Scalars['Boolean']['output'];
  /** 导出列表（当前的筛选与排序）为 .xlsx：在后台进行，用 exportJob 查看进度，完成后从 downloadUrl 下载 */
  startExport: ExportJob;
  /** 解除登录锁定 */
  unlockUser: User;
  /** 调整资金安排；不能低于已支出 */
  updateFundAllocation: FundAllocation;
  /** 修改农户信息 */
  updateHousehold: Household;
  /** 修改园区；version 过期时返回 CONFLICT */
  updateIndustrialPark: IndustrialPark;
  /** 修改协作企业（区级）；version 必填 */
  updatePartnerEnterprise: PartnerEnterprise;
  /** 修改家庭成员 */
  updatePerson: Person;
  /** 修改项目；version 过期时返回 CONFLICT */
  updateProject: Project;
  updateUser: User;
};


export type MutationAddAssistanceMeasureArgs = {
  input: AssistanceMeasureInput;
};


export type MutationAddBenefitLinkArgs = {
  input: BenefitLinkInput;
};


export type MutationAddPersonArgs = {
  householdId: Scalars['ID']['input'];
  input: PersonInput;
};


export type MutationAddWorkTeamMemberArgs = {
  input: AddWorkTeamMemberInput;
};


export type MutationAdvanceProjectStatusArgs = {
  input: AdvanceProjectStatusInput;
};


export type MutationAppointFirstSecretaryArgs = {
  input: AppointFirstSecretaryInput;
};


export type MutationAssignSupervisionTaskArgs = {
  input: AssignSupervisionTaskInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateDispatchingUnitArgs = {
  input: DispatchingUnitInput;
};


export type MutationCreateFundAllocationArgs = {
  input: CreateFundAllocationInput;
};


export type MutationCreateFundSourceArgs = {
  input: CreateFundSourceInput;
};


export type MutationCreateHouseholdArgs = {
  input: CreateHouseholdInput;
};


export type MutationCreateIndustrialParkArgs = {
  input: CreateIndustrialParkInput;
};


export type MutationCreateMonitoringProcedureArgs = {
  input: MonitoringProcedureInput;
};


export type MutationCreatePartnerEnterpriseArgs = {
  input: PartnerEnterpriseInput;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWorkTeamArgs = {
  input: CreateWorkTeamInput;
};


export type MutationDissolveWorkTeamArgs = {
  input: DissolveWorkTeamInput;
};


export type MutationEliminateRiskArgs = {
  input: EliminateRiskInput;
};


export type MutationEndFirstSecretaryTermArgs = {
  input: EndTermInput;
};


export type MutationEndWorkTeamMemberArgs = {
  input: EndTermInput;
};


export type MutationOpenMonitoringCaseArgs = {
  input: OpenMonitoringCaseInput;
};


export type MutationRecheckSupervisionTaskArgs = {
  input: RecheckSupervisionTaskInput;
};


export type MutationRecordDisbursementArgs = {
  input: RecordDisbursementInput;
};


export type MutationRecordEnterpriseInvestmentArgs = {
  input: EnterpriseInvestmentInput;
};


export type MutationRecordFollowUpVisitArgs = {
  input: FollowUpVisitInput;
};


export type MutationRecordHouseholdYearArgs = {
  input: HouseholdYearInput;
};


export type MutationRecordMonitoringStepArgs = {
  input: RecordMonitoringStepInput;
};


export type MutationRecordParkYearArgs = {
  input: ParkYearInput;
};


export type MutationRectifySupervisionTaskArgs = {
  input: RectifySupervisionTaskInput;
};


export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  input: ResetPasswordInput;
};


export type MutationRevealHouseholdPhoneArgs = {
  householdId: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
};


export type MutationRevealIdNumberArgs = {
  personId: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
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


export type MutationSetCalendarDaysArgs = {
  days: Array<CalendarDayInput>;
};


export type MutationSetMonitoringLineArgs = {
  input: MonitoringLineInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationStartExportArgs = {
  input: StartExportInput;
};


export type MutationUnlockUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateFundAllocationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFundAllocationInput;
};


export type MutationUpdateHouseholdArgs = {
  id: Scalars['ID']['input'];
  input: UpdateHouseholdInput;
};


export type MutationUpdateIndustrialParkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateIndustrialParkInput;
};


export type MutationUpdatePartnerEnterpriseArgs = {
  id: Scalars['ID']['input'];
  input: PartnerEnterpriseInput;
};


export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


export type MutationUpdateProjectArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProjectInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

/** 建档：登记风险预警（第 1 步），开启识别程序 */
export type OpenMonitoringCaseInput = {
  channel: DiscoveryChannel;
  /** 发现日期，默认今天 */
  discoveredOn?: InputMaybe<Scalars['Date']['input']>;
  /** 绿色通道（仅突发严重困难户）：先帮扶后识别 */
  greenChannel?: InputMaybe<Scalars['Boolean']['input']>;
  householdId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  riskKinds: Array<RiskKind>;
  type: MonitoringType;
};

/** 经营主体类型 */
export type OperatorKind =
  /** 合作社 */
  | 'COOPERATIVE'
  /** 企业 */
  | 'ENTERPRISE'
  /** 家庭农场 */
  | 'FAMILY_FARM'
  /** 村集体 */
  | 'VILLAGE_COLLECTIVE';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 园区级别 */
export type ParkLevel =
  /** 市级 */
  | 'CITY'
  /** 区级 */
  | 'DISTRICT'
  /** 国家级 */
  | 'NATIONAL'
  /** 省级 */
  | 'PROVINCIAL';

/** 园区年度情况 */
export type ParkYear = {
  __typename?: 'ParkYear';
  /** 分红 */
  dividends: Scalars['Money']['output'];
  /** 吸纳脱贫劳动力就业 */
  liftedJobs: Scalars['Int']['output'];
  /** 产值 */
  outputValue: Scalars['Money']['output'];
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** 登记或更正园区年度情况 */
export type ParkYearInput = {
  dividends: Scalars['Money']['input'];
  liftedJobs: Scalars['Int']['input'];
  outputValue: Scalars['Money']['input'];
  parkId: Scalars['ID']['input'];
  /** 更正已有年度时必填 */
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

/** 东西部协作（苏陕协作）企业 */
export type PartnerEnterprise = {
  __typename?: 'PartnerEnterprise';
  id: Scalars['ID']['output'];
  investments: Array<EnterpriseInvestment>;
  /** 提供岗位 */
  jobs: Scalars['Int']['output'];
  /** 其中脱贫劳动力 */
  liftedJobs: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** 来源地 */
  origin: Scalars['String']['output'];
  /** 行业 */
  sector: Scalars['String']['output'];
  /** 落地年份 */
  settledYear: Scalars['Int']['output'];
  /** 完成投资合计 */
  totalInvestment: Scalars['Money']['output'];
  version: Scalars['Int']['output'];
};

/** 协作企业信息 */
export type PartnerEnterpriseInput = {
  jobs: Scalars['Int']['input'];
  liftedJobs: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  origin: Scalars['String']['input'];
  sector: Scalars['String']['input'];
  settledYear: Scalars['Int']['input'];
  /** 修改时必填 */
  version?: InputMaybe<Scalars['Int']['input']>;
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

/** 家庭成员。身份证号始终脱敏，查看原文须说明原因并留痕。 */
export type Person = {
  __typename?: 'Person';
  /** 出生年份 */
  birthYear: Scalars['Int']['output'];
  education: Education;
  /** 家庭医生签约 */
  familyDoctor: Scalars['Boolean']['output'];
  gender: Gender;
  /** 健康状况（敏感信息：仅工作人员可见） */
  health?: Maybe<HealthStatus>;
  household: Household;
  id: Scalars['ID']['output'];
  /** 身份证号（脱敏，如 610902********123X）；原文请用 revealIdNumber */
  idNumber: Scalars['String']['output'];
  labourSkill: LabourSkill;
  /** 参加基本医疗保险 */
  medicalInsured: Scalars['Boolean']['output'];
  /** 姓名（接口令牌看到的是脱敏姓名） */
  name: Scalars['String']['output'];
  /** 参加城乡居民养老保险 */
  pensionInsured: Scalars['Boolean']['output'];
  relation: Relation;
  version: Scalars['Int']['output'];
  /** 务工地点 / 单位 */
  workPlace: Scalars['String']['output'];
  workStatus: WorkStatus;
};

/** 新增家庭成员 */
export type PersonInput = {
  education: Education;
  familyDoctor?: InputMaybe<Scalars['Boolean']['input']>;
  health?: InputMaybe<HealthStatus>;
  /** 18 位身份证号，校验码须正确 */
  idNumber: Scalars['String']['input'];
  labourSkill: LabourSkill;
  medicalInsured?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  pensionInsured?: InputMaybe<Scalars['Boolean']['input']>;
  relation: Relation;
  workPlace?: InputMaybe<Scalars['String']['input']>;
  workStatus: WorkStatus;
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
  /** 审计日志记录的全部动作及其名称（筛选用） */
  auditActions: Array<AuditActionInfo>;
  /** 审计日志所涉的全部对象类型及其名称（筛选用） */
  auditEntityTypes: Array<AuditEntityTypeInfo>;
  /** 审计日志，新的在前；按记录筛选即为该记录的变更历史 */
  auditLog: AuditEntryConnection;
  /** 利益联结（带动农户） */
  benefitLinks: BenefitLinkConnection;
  /** BI 数据集目录：每个数据集的查询、参数、列与 CSV 地址 */
  biFeeds: Array<BiFeed>;
  /** 已登记的驻村干部，按姓名查找后选作队员或第一书记，以免重复登记；镇办看到在本镇办驻村（含曾驻）和当前无任职的干部 */
  cadres: CadreConnection;
  /** 某年的节假日与调休上班日（时限按工作日计算） */
  calendarDays: Array<CalendarDay>;
  /** 支出记录，新录入的在前 */
  disbursements: DisbursementConnection;
  /** 派出单位 */
  dispatchingUnits: Array<DispatchingUnit>;
  /** 汉滨区 */
  district: District;
  /** 东西部协作汇总：企业数、完成投资、岗位 */
  eastWestSummary: EastWestSummary;
  /** 本人的一次导出（进度、下载地址） */
  exportJob?: Maybe<ExportJob>;
  /** 第一书记：默认在任的；按村查询时为该村历任（含在任） */
  firstSecretaries: FirstSecretaryConnection;
  fundAllocation?: Maybe<FundAllocation>;
  /** 资金安排，新的在前 */
  fundAllocations: FundAllocationConnection;
  fundSource?: Maybe<FundSource>;
  /** 资金来源，按编号排序 */
  fundSources: FundSourceConnection;
  /** 资金汇总：按镇办、资金来源、项目类别或月份分组，供总览与 BI 使用 */
  fundingSummary: FundingSummary;
  /** 按 ID 查农户 */
  household?: Maybe<Household>;
  /** 农户台账：按镇村、类别、姓名或完整身份证号查询（不支持部分身份证号） */
  households: HouseholdConnection;
  /** 按 ID 查园区 */
  industrialPark?: Maybe<IndustrialPark>;
  /** 现代农业园区：按镇村、产业、级别、经营主体筛选 */
  industrialParks: IndustrialParkConnection;
  /** 园区汇总：按产业、按镇办（园区数、带动农户、增收、投资、就业）；无农户台账读取权限时，1–4 户的分组不显示带动农户与增收 */
  industrySummary: IndustrySummary;
  /** 当前登录者；未登录时为空 */
  me?: Maybe<Viewer>;
  /** 案件看板：识别中的案件按等待的步骤分列 */
  monitoringBoard: Array<MonitoringBoardColumn>;
  /** 按 ID 查监测案件 */
  monitoringCase?: Maybe<MonitoringCase>;
  /** 监测案件：按镇村、类型、步骤、超时、渠道、年度筛选 */
  monitoringCases: MonitoringCaseConnection;
  /** 各年度监测收入线 */
  monitoringLines: Array<MonitoringLine>;
  /** 识别程序的全部版本，最新的在前 */
  monitoringProcedures: Array<MonitoringProcedure>;
  /** 监测汇总（按镇办、类型、步骤、状态）；1–4 的计数显示为 "<5" */
  monitoringSummary: MonitoringSummary;
  /** 自动预警（步骤超时、识别满月无帮扶、收入低于监测线），按触发日期排列 */
  monitoringWarnings: MonitoringWarningConnection;
  /** 本人最近的导出（保留 24 小时），新的在前 */
  myExports: Array<ExportJob>;
  partnerEnterprise?: Maybe<PartnerEnterprise>;
  /** 东西部协作（苏陕协作）企业 */
  partnerEnterprises: Array<PartnerEnterprise>;
  /** 按 ID 查项目 */
  project?: Maybe<Project>;
  /** 项目库：分页、筛选、排序 */
  projects: ProjectConnection;
  /** 驻村全覆盖：应覆盖的村是否都有在驻工作队和在任第一书记，缺哪些 */
  stationingCoverage: StationingCoverage;
  /** 在任第一书记、在驻工作队、在岗队员人数 */
  stationingSummary: StationingSummary;
  /** 8 个巩固衔接工作组及其负责的镇办 */
  supervisionGroups: Array<SupervisionGroup>;
  /** 督查督办汇总（含逾期未整改） */
  supervisionSummary: SupervisionSummary;
  /** 按 ID 查督查任务（限本人管辖镇办） */
  supervisionTask?: Maybe<SupervisionTask>;
  /** 督查督办任务，按整改时限排列 */
  supervisionTasks: SupervisionTaskConnection;
  systemInfo: SystemInfo;
  town?: Maybe<Town>;
  /** 全部镇办（28 个），按代码排序 */
  towns: Array<Town>;
  /** 用户列表 */
  users: UserConnection;
  village?: Maybe<Village>;
  /** 生成村级公示（不含身份证号、电话、住址、健康和收入信息） */
  villageNotice: VillageNotice;
  villages: VillageConnection;
  workTeam?: Maybe<WorkTeam>;
  /** 驻村工作队：默认在驻的；active: false 为已撤销的 */
  workTeams: WorkTeamConnection;
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


export type QueryBenefitLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BenefitLinkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCadresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CadreFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCalendarDaysArgs = {
  year: Scalars['Int']['input'];
};


export type QueryDisbursementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisbursementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFirstSecretariesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StationingFilter>;
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


export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseholdFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<HouseholdSort>;
};


export type QueryIndustrialParkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIndustrialParksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IndustrialParkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<IndustrialParkSort>;
};


export type QueryIndustrySummaryArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMonitoringBoardArgs = {
  perColumn?: Scalars['Int']['input'];
  townCode?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMonitoringCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMonitoringCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MonitoringCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<MonitoringCaseSort>;
};


export type QueryMonitoringSummaryArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMonitoringWarningsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MonitoringWarningFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyExportsArgs = {
  limit?: Scalars['Int']['input'];
};


export type QueryPartnerEnterpriseArgs = {
  id: Scalars['ID']['input'];
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


export type QueryStationingCoverageArgs = {
  townCode?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySupervisionTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupervisionTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupervisionTaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryVillageNoticeArgs = {
  villageCode: Scalars['ID']['input'];
};


export type QueryVillagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VillageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWorkTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StationingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 复核：通过则销号，不通过退回整改 */
export type RecheckSupervisionTaskInput = {
  id: Scalars['ID']['input'];
  /** 不通过时的新整改时限 */
  newDeadline?: InputMaybe<Scalars['Date']['input']>;
  note: Scalars['String']['input'];
  passed: Scalars['Boolean']['input'];
  recheckedOn: Scalars['Date']['input'];
  version: Scalars['Int']['input'];
};

/** 录入一笔支出 */
export type RecordDisbursementInput = {
  allocationId: Scalars['ID']['input'];
  /** 金额（元），大于 0，不超过安排的剩余额度 */
  amount: Scalars['Money']['input'];
  /** 幂等键（8 到 100 位字母、数字、- 或 _，如 UUID）：同一调用方用同一键重试，返回首次创建的记录，不会重复创建 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  paidOn: Scalars['Date']['input'];
  payee?: InputMaybe<Scalars['String']['input']>;
  voucherNo: Scalars['String']['input'];
};

/** 办理下一步（不可跳步） */
export type RecordMonitoringStepInput = {
  /** 办理日期，默认今天 */
  actedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 已上传的材料 */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  caseId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** 公示结束日期（村级公示） */
  noticeEnd?: InputMaybe<Scalars['Date']['input']>;
  /** 公示开始日期（村级公示） */
  noticeStart?: InputMaybe<Scalars['Date']['input']>;
  outcome: StepOutcome;
  /** 要办理的步骤代码，须为当前的下一步 */
  stepCode: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** 报送整改情况 */
export type RectifySupervisionTaskInput = {
  id: Scalars['ID']['input'];
  rectification: Scalars['String']['input'];
  rectifiedOn: Scalars['Date']['input'];
  version: Scalars['Int']['input'];
};

/** 与户主关系 */
export type Relation =
  /** 子女 */
  | 'CHILD'
  /** 儿媳 / 女婿 */
  | 'CHILD_IN_LAW'
  /** 孙辈 */
  | 'GRANDCHILD'
  /** 祖父母 */
  | 'GRANDPARENT'
  /** 户主 */
  | 'HEAD'
  /** 其他 */
  | 'OTHER'
  /** 父母 */
  | 'PARENT'
  /** 兄弟姐妹 */
  | 'SIBLING'
  /** 配偶 */
  | 'SPOUSE';

export type ResetPasswordInput = {
  /** 临时密码；用户下次登录须修改 */
  newPassword: Scalars['String']['input'];
};

/** 冲销一笔支出：新增一条负数记录，原记录不变 */
export type ReverseDisbursementInput = {
  /** 冲销金额（正数），默认冲销全部未冲销部分 */
  amount?: InputMaybe<Scalars['Money']['input']>;
  disbursementId: Scalars['ID']['input'];
  /** 幂等键（8 到 100 位字母、数字、- 或 _，如 UUID）：同一调用方用同一键重试，返回首次创建的记录，不会重复创建 */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  paidOn: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  voucherNo: Scalars['String']['input'];
};

/** 风险消除（销号）及其依据 */
export type RiskElimination = {
  __typename?: 'RiskElimination';
  eliminatedOn: Scalars['Date']['output'];
  /** 依据的收入年度 */
  incomeYear: Scalars['Int']['output'];
  method: EliminationMethod;
  /** 当年监测收入线 */
  monitoringLine: Scalars['Money']['output'];
  netIncomePerPerson: Scalars['Money']['output'];
  note: Scalars['String']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
  recordedBy: Scalars['String']['output'];
};

/** 风险类型 */
export type RiskKind =
  /** 因意外事故 */
  | 'ACCIDENT'
  /** 因残 */
  | 'DISABILITY'
  /** 因灾 */
  | 'DISASTER'
  /** 因学 */
  | 'EDUCATION_COST'
  /** 住房安全 */
  | 'HOUSING'
  /** 因病 */
  | 'ILLNESS'
  /** 收入骤减 */
  | 'INCOME_DROP'
  /** 其他 */
  | 'OTHER'
  /** 因失业 */
  | 'UNEMPLOYMENT'
  /** 饮水安全 */
  | 'WATER';

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

/** 导出一个列表：条件与列表页的查询变量相同 */
export type StartExportInput = {
  dataset: ExportDataset;
  /** 列表页的查询变量，如 { "filter": { "year": 2021 }, "sort": { "field": "CODE", "direction": "ASC" } }；分页参数不需要 */
  variables?: InputMaybe<Scalars['JSONObject']['input']>;
};

/** 驻村全覆盖情况：脱贫村、800 人以上安置社区、软弱涣散村、示范村 */
export type StationingCoverage = {
  __typename?: 'StationingCoverage';
  /** 应覆盖的村类型 */
  categories: Array<VillageCategory>;
  covered: Scalars['Int']['output'];
  towns: Array<TownCoverage>;
  withFirstSecretary: Scalars['Int']['output'];
  /** 有在驻工作队且有在岗队员的村（社区）数 */
  withTeam: Scalars['Int']['output'];
};

/** 驻村查询条件 */
export type StationingFilter = {
  /** 只看在驻 / 在任（默认）；false 为只看历史 */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  villageCode?: InputMaybe<Scalars['ID']['input']>;
};

/** 驻村帮扶汇总（在岗、在任的人数） */
export type StationingSummary = {
  __typename?: 'StationingSummary';
  /** 在任第一书记 */
  firstSecretaries: Scalars['Int']['output'];
  /** 在岗工作队员 */
  members: Scalars['Int']['output'];
  /** 在驻工作队（组） */
  workTeams: Scalars['Int']['output'];
};

/** 办理层级 */
export type StepActor =
  /** 区级 */
  | 'DISTRICT'
  /** 镇村 */
  | 'TOWN';

/** 步骤结果 */
export type StepOutcome =
  /** 通过 */
  | 'PASSED'
  /** 不通过（退回） */
  | 'REJECTED';

/** 巩固衔接工作组（督查组） */
export type SupervisionGroup = {
  __typename?: 'SupervisionGroup';
  id: Scalars['ID']['output'];
  /** 组长 */
  leaderName: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** 负责的镇办（限查询者管辖范围内的） */
  towns: Array<Town>;
};

/** 一个督查组所负责镇办的任务数 */
export type SupervisionGroupCount = {
  __typename?: 'SupervisionGroupCount';
  /** 整改中 */
  assigned: Scalars['Int']['output'];
  /** 已销号 */
  closed: Scalars['Int']['output'];
  group: SupervisionGroup;
  /** 逾期未整改 */
  overdue: Scalars['Int']['output'];
  /** 待复核 */
  rectified: Scalars['Int']['output'];
  tasks: Scalars['Int']['output'];
};

/** 督查任务状态 */
export type SupervisionStatus =
  /** 已交办（整改中） */
  | 'ASSIGNED'
  /** 复核通过（已销号） */
  | 'CLOSED'
  /** 已整改（待复核） */
  | 'RECTIFIED';

/** 督查督办汇总 */
export type SupervisionSummary = {
  __typename?: 'SupervisionSummary';
  /** 整改中 */
  assigned: Scalars['Int']['output'];
  /** 按督查组（只含负责查询范围内镇办的组） */
  byGroup: Array<SupervisionGroupCount>;
  /** 已销号 */
  closed: Scalars['Int']['output'];
  groups: Scalars['Int']['output'];
  /** 逾期未整改 */
  overdue: Scalars['Int']['output'];
  /** 待复核 */
  rectified: Scalars['Int']['output'];
  tasks: Scalars['Int']['output'];
};

/** 督查督办任务 */
export type SupervisionTask = {
  __typename?: 'SupervisionTask';
  /** 责任单位 */
  assignedUnit: Scalars['String']['output'];
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** 督办编号 */
  code: Scalars['String']['output'];
  /** 整改时限 */
  deadline: Scalars['Date']['output'];
  /** 复核未通过次数 */
  failedRechecks: Scalars['Int']['output'];
  /** 发现的问题 */
  finding: Scalars['String']['output'];
  foundOn: Scalars['Date']['output'];
  group: SupervisionGroup;
  id: Scalars['ID']['output'];
  /** 已过整改时限仍未整改 */
  overdue: Scalars['Boolean']['output'];
  /** 复核意见 */
  recheckNote?: Maybe<Scalars['String']['output']>;
  recheckedOn?: Maybe<Scalars['Date']['output']>;
  /** 整改情况 */
  rectification?: Maybe<Scalars['String']['output']>;
  rectifiedOn?: Maybe<Scalars['Date']['output']>;
  status: SupervisionStatus;
  town: Town;
  version: Scalars['Int']['output'];
  village?: Maybe<Village>;
};

/** A page of SupervisionTask records. */
export type SupervisionTaskConnection = {
  __typename?: 'SupervisionTaskConnection';
  edges: Array<SupervisionTaskEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type SupervisionTaskEdge = {
  __typename?: 'SupervisionTaskEdge';
  cursor: Scalars['String']['output'];
  node: SupervisionTask;
};

/** 督查任务查询条件 */
export type SupervisionTaskFilter = {
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** 已过整改时限仍未整改 */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<SupervisionStatus>;
  townCode?: InputMaybe<Scalars['ID']['input']>;
};

/** 不足以识别到户的计数：1–4 显示为 "<5"（值为空），0 和 5 以上照常显示 */
export type SuppressedCount = {
  __typename?: 'SuppressedCount';
  /** 显示文本，如 "12" 或 "<5" */
  display: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
  /** 计数；被抑制时为空 */
  value?: Maybe<Scalars['Int']['output']>;
};

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

/** 队内职务 */
export type TeamRole =
  /** 队长 */
  | 'LEADER'
  /** 队员 */
  | 'MEMBER';

/** 离任原因 */
export type TermEndReason =
  /** 其他 */
  | 'OTHER'
  /** 召回 */
  | 'RECALLED'
  /** 轮换 */
  | 'ROTATED'
  /** 任期届满 */
  | 'TERM_COMPLETED';

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

/** 一个镇办的驻村覆盖 */
export type TownCoverage = {
  __typename?: 'TownCoverage';
  /** 应覆盖村（社区）数 */
  covered: Scalars['Int']['output'];
  /** 缺工作队（或工作队没有在岗队员）或缺第一书记的村（社区） */
  gaps: Array<VillageCoverage>;
  townCode: Scalars['ID']['output'];
  townName: Scalars['String']['output'];
  /** 应覆盖的全部村（社区），按代码排列 */
  villages: Array<VillageCoverage>;
  withFirstSecretary: Scalars['Int']['output'];
  /** 有在驻工作队且有在岗队员的村（社区）数 */
  withTeam: Scalars['Int']['output'];
};

/** 派出单位类型 */
export type UnitKind =
  /** 市级单位 */
  | 'CITY'
  /** 区级部门 */
  | 'DISTRICT'
  /** 其他 */
  | 'OTHER'
  /** 省级单位 */
  | 'PROVINCIAL'
  /** 国有企业 */
  | 'STATE_ENTERPRISE'
  /** 镇办 */
  | 'TOWN';

/** 调整资金安排；version 过期时返回 CONFLICT */
export type UpdateFundAllocationInput = {
  allocatedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 新的安排金额，不能小于已支出 */
  amount?: InputMaybe<Scalars['Money']['input']>;
  documentNo?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** 修改农户；version 过期时返回 CONFLICT */
export type UpdateHouseholdInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<HouseholdCategory>;
  groupName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话（手机或固话） */
  phone?: InputMaybe<Scalars['String']['input']>;
  relocated?: InputMaybe<Scalars['Boolean']['input']>;
  version: Scalars['Int']['input'];
};

/** 修改园区；version 过期时返回 CONFLICT */
export type UpdateIndustrialParkInput = {
  /** 面积（亩），最多 2 位小数 */
  areaMu?: InputMaybe<Scalars['String']['input']>;
  establishedYear?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Industry>;
  investment?: InputMaybe<Scalars['Money']['input']>;
  jobs?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<ParkLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  operatorKind?: InputMaybe<OperatorKind>;
  operatorName?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
  /** 覆盖的村（社区），第一个为园区所在村；须属于园区所在镇办 */
  villageCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** 修改家庭成员；version 过期时返回 CONFLICT */
export type UpdatePersonInput = {
  education?: InputMaybe<Education>;
  familyDoctor?: InputMaybe<Scalars['Boolean']['input']>;
  health?: InputMaybe<HealthStatus>;
  /** 更正身份证号（完整 18 位） */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  labourSkill?: InputMaybe<LabourSkill>;
  medicalInsured?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  pensionInsured?: InputMaybe<Scalars['Boolean']['input']>;
  relation?: InputMaybe<Relation>;
  version: Scalars['Int']['input'];
  workPlace?: InputMaybe<Scalars['String']['input']>;
  workStatus?: InputMaybe<WorkStatus>;
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

/** 应覆盖村（社区）的驻村情况 */
export type VillageCoverage = {
  __typename?: 'VillageCoverage';
  categories: Array<VillageCategory>;
  /** 有在任第一书记 */
  hasFirstSecretary: Scalars['Boolean']['output'];
  /** 有在驻工作队且至少一名队员在岗（没有在岗队员的工作队不算驻村） */
  hasTeam: Scalars['Boolean']['output'];
  /** 在岗队员数 */
  members: Scalars['Int']['output'];
  /** 在驻工作队（含没有在岗队员的）；没有时为空 */
  teamId?: Maybe<Scalars['ID']['output']>;
  villageCode: Scalars['ID']['output'];
  villageName: Scalars['String']['output'];
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

/** 村级公示（已去除身份证号、电话、住址、健康和收入等个人信息） */
export type VillageNotice = {
  __typename?: 'VillageNotice';
  entries: Array<VillageNoticeEntry>;
  /** 公示说明与监督电话说明 */
  footer: Scalars['String']['output'];
  generatedOn: Scalars['Date']['output'];
  minimumDays: Scalars['Int']['output'];
  /** 建议公示结束日期（不少于公示期） */
  noticeEnd: Scalars['Date']['output'];
  /** 建议公示开始日期 */
  noticeStart: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  townName: Scalars['String']['output'];
  villageName: Scalars['String']['output'];
};

/** 公示中的一户：只有户主姓名、人口、类型和风险类别 */
export type VillageNoticeEntry = {
  __typename?: 'VillageNoticeEntry';
  /** 村民小组 */
  groupName: Scalars['String']['output'];
  /** 户主姓名 */
  headName: Scalars['String']['output'];
  memberCount: Scalars['Int']['output'];
  /** 风险类别，如 "因病、因学" */
  reasons: Scalars['String']['output'];
  type: MonitoringType;
};

/** 预警规则 */
export type WarningRule =
  /** 人均纯收入低于当年监测线 */
  | 'INCOME_BELOW_LINE'
  /** 识别满一个月仍无帮扶措施 */
  | 'NO_ASSISTANCE'
  /** 步骤超时 */
  | 'STEP_OVERDUE';

/** 务工情况 */
export type WorkStatus =
  /** 务农 */
  | 'FARMING'
  /** 县内务工 */
  | 'LOCAL'
  /** 县外务工 */
  | 'MIGRANT'
  /** 未就业 */
  | 'NOT_WORKING'
  /** 公益性岗位 */
  | 'PUBLIC_WELFARE_JOB'
  /** 在校 */
  | 'STUDENT';

/** 驻村工作队（组） */
export type WorkTeam = {
  __typename?: 'WorkTeam';
  /** 撤销日期；在驻时为空 */
  dissolvedOn?: Maybe<Scalars['Date']['output']>;
  formedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  leadUnit: DispatchingUnit;
  /** 在岗队员数 */
  memberCount: Scalars['Int']['output'];
  /** 队员：默认在岗的；current: false 含已离队的历史 */
  members: Array<WorkTeamMember>;
  name: Scalars['String']['output'];
  town: Town;
  version: Scalars['Int']['output'];
  village: Village;
};


/** 驻村工作队（组） */
export type WorkTeamMembersArgs = {
  current?: Scalars['Boolean']['input'];
};

/** A page of WorkTeam records. */
export type WorkTeamConnection = {
  __typename?: 'WorkTeamConnection';
  edges: Array<WorkTeamEdge>;
  pageInfo: PageInfo;
  /** All records that match the filter, on every page. */
  totalCount: Scalars['Int']['output'];
};

export type WorkTeamEdge = {
  __typename?: 'WorkTeamEdge';
  cursor: Scalars['String']['output'];
  node: WorkTeam;
};

/** 工作队员的一段任期 */
export type WorkTeamMember = {
  __typename?: 'WorkTeamMember';
  cadre: Cadre;
  endReason?: Maybe<TermEndReason>;
  /** 离队日期；在岗时为空 */
  endedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  role: TeamRole;
  startedOn: Scalars['Date']['output'];
  team?: Maybe<WorkTeam>;
  version: Scalars['Int']['output'];
};
