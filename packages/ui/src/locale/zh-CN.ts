import type {
  ApiTokenKind,
  AuditActorKind,
  ConstructionType,
  Dataset,
  FundCategory,
  FundingGroupBy,
  FundLevel,
  Industry,
  ProjectCategory,
  ProjectStatus,
  Role,
  VillageCategory,
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
  RELOCATION_COMMUNITY: '易地搬迁安置社区',
  DEMONSTRATION: '乡村振兴示范村',
  WEAK_PARTY_ORG: '软弱涣散村',
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
};

export const auditActorKindLabels: Record<AuditActorKind, string> = {
  USER: '用户',
  TOKEN: '接口令牌',
  ANONYMOUS: '匿名',
  SYSTEM: '系统',
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
