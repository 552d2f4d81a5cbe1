import { Tag } from 'antd';
import type {
  CaseStatus,
  FundCategory,
  MonitoringType,
  ParkLevel,
  ProjectStatus,
  Role,
  SupervisionStatus,
  WarningRule,
} from '../enums/enums';
import {
  caseStatusLabels,
  fundCategoryLabels,
  labelOf,
  monitoringTypeLabels,
  parkLevelLabels,
  projectStatusLabels,
  roleLabels,
  supervisionStatusLabels,
  warningRuleLabels,
} from '../locale/zh-CN';

const statusColors: Record<ProjectStatus, string> = {
  RESERVED: 'default',
  APPROVED: 'blue',
  STARTED: 'processing',
  COMPLETED: 'cyan',
  ACCEPTED: 'green',
  HANDED_OVER: 'purple',
};

const fundCategoryColors: Record<FundCategory, string> = {
  BRIDGING: 'volcano',
  OTHER_INTEGRATED: 'geekblue',
  EAST_WEST: 'gold',
};

/** A project's status (储备入库 … 资产移交) as a coloured tag. */
export function ProjectStatusTag({ status }: { status: ProjectStatus | string }) {
  return (
    <Tag color={statusColors[status as ProjectStatus] ?? 'default'} variant="outlined">
      {labelOf(projectStatusLabels, status)}
    </Tag>
  );
}

/** A fund category (衔接资金, 其他统筹整合财政涉农资金, 苏陕协作资金) as a coloured tag. */
export function FundCategoryTag({ category }: { category: FundCategory | string }) {
  return (
    <Tag color={fundCategoryColors[category as FundCategory] ?? 'default'}>{labelOf(fundCategoryLabels, category)}</Tag>
  );
}

const roleColors: Record<Role, string> = {
  DISTRICT_ADMIN: 'red',
  DISTRICT_STAFF: 'blue',
  TOWN_STAFF: 'cyan',
  AUDITOR: 'purple',
  PARTNER: 'gold',
  BI: 'geekblue',
};

/** A user's role (区级管理员, 镇办工作人员 …) as a coloured tag. */
export function RoleTag({ value }: { value: Role | string }) {
  return <Tag color={roleColors[value as Role] ?? 'default'}>{labelOf(roleLabels, value)}</Tag>;
}

const caseStatusColors: Record<CaseStatus, string> = {
  IDENTIFYING: 'processing',
  MONITORING: 'orange',
  REJECTED: 'default',
  CLOSED: 'green',
};

/** A monitoring case's status (识别中, 已纳入监测（帮扶中）…) as a coloured tag. */
export function CaseStatusTag({ status }: { status: CaseStatus | string }) {
  return <Tag color={caseStatusColors[status as CaseStatus] ?? 'default'}>{labelOf(caseStatusLabels, status)}</Tag>;
}

const monitoringTypeColors: Record<MonitoringType, string> = {
  UNSTABLE_LIFTED: 'volcano',
  MARGINAL_AT_RISK: 'gold',
  SUDDEN_HARDSHIP: 'magenta',
};

/** A monitored household's type (脱贫不稳定户, 边缘易致贫户, 突发严重困难户). */
export function MonitoringTypeTag({ type }: { type: MonitoringType | string }) {
  return (
    <Tag color={monitoringTypeColors[type as MonitoringType] ?? 'default'} variant="outlined">
      {labelOf(monitoringTypeLabels, type)}
    </Tag>
  );
}

const warningRuleColors: Record<WarningRule, string> = {
  STEP_OVERDUE: 'red',
  NO_ASSISTANCE: 'orange',
  INCOME_BELOW_LINE: 'gold',
};

/** The rule that raised a monitoring warning. */
export function WarningRuleTag({ rule }: { rule: WarningRule | string }) {
  return <Tag color={warningRuleColors[rule as WarningRule] ?? 'default'}>{labelOf(warningRuleLabels, rule)}</Tag>;
}

/** 超时: a step past its time limit. */
export function OverdueTag({ children = '超时' }: { children?: string }) {
  return <Tag color="red">{children}</Tag>;
}

const parkLevelColors: Record<ParkLevel, string> = {
  NATIONAL: 'red',
  PROVINCIAL: 'volcano',
  CITY: 'blue',
  DISTRICT: 'default',
};

/** A park's level (国家级, 省级, 市级, 区级) as a coloured tag. */
export function ParkLevelTag({ level }: { level: ParkLevel | string }) {
  return <Tag color={parkLevelColors[level as ParkLevel] ?? 'default'}>{labelOf(parkLevelLabels, level)}</Tag>;
}

const supervisionStatusColors: Record<SupervisionStatus, string> = {
  ASSIGNED: 'processing',
  RECTIFIED: 'gold',
  CLOSED: 'green',
};

/** A supervision task's status (已交办（整改中）, 已整改（待复核）, 复核通过（已销号）) as a coloured tag. */
export function SupervisionStatusTag({ status }: { status: SupervisionStatus | string }) {
  return (
    <Tag color={supervisionStatusColors[status as SupervisionStatus] ?? 'default'}>
      {labelOf(supervisionStatusLabels, status)}
    </Tag>
  );
}
