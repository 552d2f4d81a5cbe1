import { CaseStatusTag, householdCategoryLabels, labelOf } from '@hanbin/ui';
import { type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { HouseholdRowFragment as Row } from '../../../gql/graphql';
import { householdText as t } from '../locale';

/** 户编号 / 户主 / 镇村 / 类别 / 人口 / 搬迁 / 监测状态. */
export function householdColumns(): TableColumnsType<Row> {
  return [
    {
      title: t.code,
      dataIndex: 'code',
      width: 170,
      render: (code: string, h) => <Link to={`/monitoring/households/${h.id}`}>{code}</Link>,
    },
    { title: t.headName, dataIndex: 'headName', width: 110 },
    {
      title: t.region,
      key: 'region',
      width: 240,
      render: (_, h) => `${h.town.name} / ${h.village.name}${h.groupName ? ` · ${h.groupName}` : ''}`,
    },
    {
      title: t.category,
      key: 'category',
      width: 100,
      render: (_, h) => (
        <Tag color={h.category === 'LIFTED' ? 'blue' : 'default'}>{labelOf(householdCategoryLabels, h.category)}</Tag>
      ),
    },
    { title: t.memberCount, dataIndex: 'memberCount', width: 70, align: 'right' },
    {
      title: t.relocated,
      key: 'relocated',
      width: 70,
      render: (_, h) => (h.relocated ? t.yes : t.no),
    },
    {
      title: t.monitoring,
      key: 'monitoring',
      width: 200,
      render: (_, h) =>
        h.openCase ? (
          <Link to={`/monitoring/cases/${h.openCase.id}`}>
            <CaseStatusTag status={h.openCase.status} />
          </Link>
        ) : (
          <Typography.Text type="secondary">{t.notMonitored}</Typography.Text>
        ),
    },
  ];
}
