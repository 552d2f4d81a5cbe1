import { registerEnumType } from 'type-graphql';

/** 项目状态, in lifecycle order: a project moves one step at a time. */
export enum ProjectStatus {
  RESERVED = 'RESERVED',
  APPROVED = 'APPROVED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
  ACCEPTED = 'ACCEPTED',
  HANDED_OVER = 'HANDED_OVER',
}

export const PROJECT_STATUS_ORDER: readonly ProjectStatus[] = [
  ProjectStatus.RESERVED,
  ProjectStatus.APPROVED,
  ProjectStatus.STARTED,
  ProjectStatus.COMPLETED,
  ProjectStatus.ACCEPTED,
  ProjectStatus.HANDED_OVER,
];

export const PROJECT_STATUS_LABEL: Record<ProjectStatus, string> = {
  RESERVED: '储备入库',
  APPROVED: '批复立项',
  STARTED: '开工',
  COMPLETED: '完工',
  ACCEPTED: '验收',
  HANDED_OVER: '资产移交',
};

/** The status after `status`, or null at the end of the lifecycle. */
export function nextProjectStatus(status: ProjectStatus): ProjectStatus | null {
  return PROJECT_STATUS_ORDER[PROJECT_STATUS_ORDER.indexOf(status) + 1] ?? null;
}

export enum ProjectCategory {
  INDUSTRY = 'INDUSTRY',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  PUBLIC_SERVICE = 'PUBLIC_SERVICE',
  EMPLOYMENT = 'EMPLOYMENT',
  RELOCATION_SUPPORT = 'RELOCATION_SUPPORT',
  OTHER = 'OTHER',
}

export const PROJECT_CATEGORY_LABEL: Record<ProjectCategory, string> = {
  INDUSTRY: '产业发展',
  INFRASTRUCTURE: '基础设施',
  PUBLIC_SERVICE: '公共服务',
  EMPLOYMENT: '就业帮扶',
  RELOCATION_SUPPORT: '搬迁后扶',
  OTHER: '其他',
};

/** 主导产业 (five leading) and 特色产业 (three special). */
export enum Industry {
  LIVESTOCK = 'LIVESTOCK',
  TEA = 'TEA',
  WALNUT = 'WALNUT',
  VEGETABLE = 'VEGETABLE',
  KONJAC = 'KONJAC',
  SERICULTURE = 'SERICULTURE',
  TOBACCO = 'TOBACCO',
  HERBAL_MEDICINE = 'HERBAL_MEDICINE',
}

export const INDUSTRY_LABEL: Record<Industry, string> = {
  LIVESTOCK: '畜牧',
  TEA: '茶叶',
  WALNUT: '核桃',
  VEGETABLE: '蔬菜',
  KONJAC: '魔芋',
  SERICULTURE: '蚕桑',
  TOBACCO: '烤烟',
  HERBAL_MEDICINE: '中药材',
};

export enum ConstructionType {
  NEW = 'NEW',
  EXPANSION = 'EXPANSION',
}

/** 绩效目标 level 1. */
export enum TargetLevel {
  OUTPUT = 'OUTPUT',
  BENEFIT = 'BENEFIT',
  SATISFACTION = 'SATISFACTION',
  COST = 'COST',
}

export enum TargetOperator {
  GTE = 'GTE',
  LTE = 'LTE',
  EQ = 'EQ',
}

function described<T extends Record<string, string>>(labels: Record<string, string>) {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v }])) as {
    [K in keyof T]?: { description: string };
  };
}

registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: '项目状态（按生命周期顺序）',
  valuesConfig: described(PROJECT_STATUS_LABEL),
});
registerEnumType(ProjectCategory, {
  name: 'ProjectCategory',
  description: '项目类别',
  valuesConfig: described(PROJECT_CATEGORY_LABEL),
});
registerEnumType(Industry, { name: 'Industry', description: '产业', valuesConfig: described(INDUSTRY_LABEL) });
registerEnumType(ConstructionType, {
  name: 'ConstructionType',
  description: '建设性质',
  valuesConfig: { NEW: { description: '新建' }, EXPANSION: { description: '改扩建' } },
});
registerEnumType(TargetLevel, {
  name: 'TargetLevel',
  description: '绩效指标一级分类',
  valuesConfig: {
    OUTPUT: { description: '产出指标' },
    BENEFIT: { description: '效益指标' },
    SATISFACTION: { description: '满意度指标' },
    COST: { description: '成本指标' },
  },
});
registerEnumType(TargetOperator, {
  name: 'TargetOperator',
  description: '指标值比较方式',
  valuesConfig: { GTE: { description: '≥' }, LTE: { description: '≤' }, EQ: { description: '=' } },
});
