import { Tag } from 'antd';
import type { FundCategory, ProjectStatus, Role } from '../enums/enums';
import { fundCategoryLabels, labelOf, projectStatusLabels, roleLabels } from '../locale/zh-CN';

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
