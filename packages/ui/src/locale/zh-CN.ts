import type {
  ApiTokenKind,
  AssistanceKind,
  AttachmentKind,
  AuditActorKind,
  BenefitLinkMode,
  CaseStatus,
  ConstructionType,
  Dataset,
  DiscoveryChannel,
  Education,
  EliminationMethod,
  FundCategory,
  FundingGroupBy,
  FundLevel,
  Gender,
  HealthStatus,
  HouseholdCategory,
  Industry,
  LabourSkill,
  MonitoringType,
  OperatorKind,
  ParkLevel,
  ProjectCategory,
  ProjectStatus,
  Relation,
  RiskKind,
  Role,
  StepOutcome,
  SupervisionStatus,
  TeamRole,
  TermEndReason,
  UnitKind,
  VillageCategory,
  WarningRule,
  WorkStatus,
} from '../enums/enums';

// Chinese labels for every enum of the API, in one place (DOMAIN.md fixes the terms).

export const projectStatusLabels: Record<ProjectStatus, string> = {
  RESERVED: '储备入库',
  APPROVED: '批复立项',
  STARTED: '开工',
  COMPLETED: '完工',
  ACCEPTED: '验收',
  HANDED_OVER: '资产移交',
};

export const projectCategoryLabels: Record<ProjectCategory, string> = {
  INDUSTRY: '产业发展',
  INFRASTRUCTURE: '基础设施',
  PUBLIC_SERVICE: '公共服务',
  EMPLOYMENT: '就业帮扶',
  RELOCATION_SUPPORT: '搬迁后扶',
  OTHER: '其他',
};

export const industryLabels: Record<Industry, string> = {
  LIVESTOCK: '畜牧',
  TEA: '茶叶',
  WALNUT: '核桃',
  VEGETABLE: '蔬菜',
  KONJAC: '魔芋',
  SERICULTURE: '蚕桑',
  TOBACCO: '烤烟',
  HERBAL_MEDICINE: '中药材',
};

export const parkLevelLabels: Record<ParkLevel, string> = {
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
  CITY: '市级',
  DISTRICT: '区级',
};

export const operatorKindLabels: Record<OperatorKind, string> = {
  ENTERPRISE: '企业',
  COOPERATIVE: '合作社',
  FAMILY_FARM: '家庭农场',
  VILLAGE_COLLECTIVE: '村集体',
};

export const benefitLinkModeLabels: Record<BenefitLinkMode, string> = {
  ASSET_INCOME: '资产收益',
  LAND_TRANSFER: '土地流转',
  EQUITY_SHARE: '资金入股',
  EMPLOYMENT: '务工就业',
  CONSIGNMENT_SALES: '产品代销',
  PRODUCTION_TRUSTEESHIP: '生产托管',
};

export const constructionTypeLabels: Record<ConstructionType, string> = {
  NEW: '新建',
  EXPANSION: '改扩建',
};

export const fundCategoryLabels: Record<FundCategory, string> = {
  BRIDGING: '衔接资金',
  OTHER_INTEGRATED: '其他统筹整合财政涉农资金',
  EAST_WEST: '苏陕协作资金',
};

export const fundLevelLabels: Record<FundLevel, string> = {
  CENTRAL: '中央',
  PROVINCIAL: '省级',
  MUNICIPAL: '市级',
  DISTRICT: '区级',
};

export const villageCategoryLabels: Record<VillageCategory, string> = {
  FORMER_POVERTY: '脱贫村',
  RELOCATION_COMMUNITY: '易地扶贫搬迁安置社区（800人以上）',
  DEMONSTRATION: '乡村振兴示范村',
  WEAK_PARTY_ORG: '党组织软弱涣散村',
  OTHER: '其他',
};

// 驻村帮扶.
export const unitKindLabels: Record<UnitKind, string> = {
  PROVINCIAL: '省级单位',
  CITY: '市级单位',
  DISTRICT: '区级部门',
  TOWN: '镇办',
  STATE_ENTERPRISE: '国有企业',
  OTHER: '其他',
};

export const teamRoleLabels: Record<TeamRole, string> = {
  LEADER: '队长',
  MEMBER: '队员',
};

export const termEndReasonLabels: Record<TermEndReason, string> = {
  ROTATED: '轮换',
  TERM_COMPLETED: '任期届满',
  RECALLED: '召回',
  OTHER: '其他',
};

export const fundingGroupByLabels: Record<FundingGroupBy, string> = {
  TOWN: '按镇办',
  SOURCE: '按资金来源',
  CATEGORY: '按项目类别',
  MONTH: '按月份',
};

export const roleLabels: Record<Role, string> = {
  DISTRICT_ADMIN: '区级管理员',
  DISTRICT_STAFF: '区级工作人员',
  TOWN_STAFF: '镇办工作人员',
  AUDITOR: '审计/督查',
  PARTNER: '合作单位',
  BI: 'BI 工具',
};

export const apiTokenKindLabels: Record<ApiTokenKind, string> = {
  PARTNER: '合作单位',
  BI: 'BI 工具',
};

export const datasetLabels: Record<Dataset, string> = {
  PLACES: '地区',
  PROJECTS: '项目库',
  FUNDS: '资金',
  INDUSTRY: '产业园区与东西部协作',
  MONITORING: '防返贫监测（身份信息脱敏）',
  STATIONING: '驻村帮扶',
};

// 防返贫动态监测和帮扶.
export const householdCategoryLabels: Record<HouseholdCategory, string> = {
  LIFTED: '脱贫户',
  ORDINARY: '一般农户',
};

export const monitoringTypeLabels: Record<MonitoringType, string> = {
  UNSTABLE_LIFTED: '脱贫不稳定户',
  MARGINAL_AT_RISK: '边缘易致贫户',
  SUDDEN_HARDSHIP: '突发严重困难户',
};

export const discoveryChannelLabels: Record<DiscoveryChannel, string> = {
  SELF_REPORT: '农户自主申报',
  CADRE_VISIT: '镇村干部排查',
  AGENCY_SCREENING: '行业部门筛查预警',
  SUPERVISION_FEEDBACK: '各类监督渠道反馈',
  PLATFORM_ANALYSIS: '平台监测分析',
};

export const riskKindLabels: Record<RiskKind, string> = {
  ILLNESS: '因病',
  DISABILITY: '因残',
  EDUCATION_COST: '因学',
  DISASTER: '因灾',
  ACCIDENT: '因意外事故',
  INCOME_DROP: '收入骤减',
  UNEMPLOYMENT: '因失业',
  HOUSING: '住房安全',
  WATER: '饮水安全',
  OTHER: '其他',
};

export const caseStatusLabels: Record<CaseStatus, string> = {
  IDENTIFYING: '识别中',
  MONITORING: '已纳入监测（帮扶中）',
  REJECTED: '未通过识别',
  CLOSED: '风险已消除',
};

export const stepOutcomeLabels: Record<StepOutcome, string> = {
  PASSED: '通过',
  REJECTED: '不通过',
};

export const attachmentKindLabels: Record<AttachmentKind, string> = {
  CONSENT_FORM: '承诺授权书',
  REVIEW_MINUTES: '评议会议记录',
  NOTICE_PHOTO: '公示照片',
  VISIT_RECORD: '入户核查记录',
  OTHER: '其他材料',
};

export const assistanceKindLabels: Record<AssistanceKind, string> = {
  INDUSTRY: '产业帮扶',
  EMPLOYMENT: '就业帮扶',
  PUBLIC_WELFARE_JOB: '公益性岗位',
  HEALTH: '健康帮扶',
  EDUCATION: '教育帮扶',
  HOUSING: '住房保障',
  WATER: '饮水安全',
  SOCIAL_SECURITY: '综合保障（低保、特困、临时救助）',
  SMALL_CREDIT: '小额信贷',
  TEMPORARY_RELIEF: '临时救助',
  OTHER: '其他',
};

export const eliminationMethodLabels: Record<EliminationMethod, string> = {
  ASSISTANCE: '帮扶消除',
  NATURAL: '自然消除',
};

export const warningRuleLabels: Record<WarningRule, string> = {
  STEP_OVERDUE: '步骤超时',
  NO_ASSISTANCE: '纳入满月无帮扶',
  INCOME_BELOW_LINE: '收入低于监测线',
};

export const relationLabels: Record<Relation, string> = {
  HEAD: '户主',
  SPOUSE: '配偶',
  CHILD: '子女',
  CHILD_IN_LAW: '儿媳 / 女婿',
  GRANDCHILD: '孙辈',
  PARENT: '父母',
  GRANDPARENT: '祖父母',
  SIBLING: '兄弟姐妹',
  OTHER: '其他',
};

export const genderLabels: Record<Gender, string> = {
  MALE: '男',
  FEMALE: '女',
};

export const healthStatusLabels: Record<HealthStatus, string> = {
  HEALTHY: '健康',
  CHRONIC_ILLNESS: '长期慢性病',
  SERIOUS_ILLNESS: '大病',
  DISABLED: '残疾',
};

export const educationLabels: Record<Education, string> = {
  PRESCHOOL: '学龄前',
  IN_SCHOOL: '在校生',
  ILLITERATE: '文盲或半文盲',
  PRIMARY: '小学',
  JUNIOR_HIGH: '初中',
  SENIOR_HIGH: '高中',
  VOCATIONAL: '中专 / 职高',
  COLLEGE: '大专及以上',
};

export const labourSkillLabels: Record<LabourSkill, string> = {
  SKILLED: '技能劳动力',
  ORDINARY: '普通劳动力',
  WEAK: '弱劳动力或半劳动力',
  NONE: '无劳动力',
};

export const workStatusLabels: Record<WorkStatus, string> = {
  LOCAL: '县内务工',
  MIGRANT: '县外务工',
  PUBLIC_WELFARE_JOB: '公益性岗位',
  FARMING: '务农',
  STUDENT: '在校',
  NOT_WORKING: '未就业',
};

export const auditActorKindLabels: Record<AuditActorKind, string> = {
  USER: '用户',
  TOKEN: '接口令牌',
  ANONYMOUS: '匿名',
  SYSTEM: '系统',
};

// 督查督办.
export const supervisionStatusLabels: Record<SupervisionStatus, string> = {
  ASSIGNED: '已交办（整改中）',
  RECTIFIED: '已整改（待复核）',
  CLOSED: '复核通过（已销号）',
};

/** Strings used by the shared components themselves. */
export const uiText = {
  regionPlaceholder: '选择镇办 / 村(社区)',
  noData: '暂无数据',
  unitYuan: '元',
};

/** Label of an enum value, falling back to the raw value for one the UI does not know yet. */
export function labelOf<K extends string>(labels: Record<K, string>, value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return (labels as Record<string, string>)[value] ?? value;
}

/** `{ value, label }` options for an antd Select, in the order of `values`. */
export function enumOptions<K extends string>(
  values: readonly K[],
  labels: Record<K, string>,
): { value: K; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}
