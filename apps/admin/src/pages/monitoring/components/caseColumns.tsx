import { CaseStatusTag, discoveryChannelLabels, labelOf, MonitoringTypeTag, OverdueTag } from '@hanbin/ui';
import { Space, type TableColumnsType, Tag } from 'antd';
import { Link } from 'react-router';
import type { CaseRowFragment as Row } from '../../../gql/graphql';
import { commonText } from '../../../lib/locale';
import { monitoringText as t } from '../locale';

/** 案件编号 / 户主 / 镇村 / 类型 / 渠道 / 状态 / 当前步骤 / 截止 / 建档. */
export function caseColumns(): TableColumnsType<Row> {
  return [
    {
      title: t.code,
      dataIndex: 'code',
      width: 140,
      render: (code: string, c) => <Link to={`/monitoring/cases/${c.id}`}>{code}</Link>,
    },
    {
      title: t.headName,
      key: 'head',
      width: 100,
      render: (_, c) => <Link to={`/monitoring/households/${c.household.id}`}>{c.household.headName}</Link>,
    },
    { title: t.region, key: 'region', width: 190, render: (_, c) => `${c.town.name} / ${c.village.name}` },
    {
      title: t.type,
      key: 'type',
      width: 190,
      render: (_, c) => (
        <Space size={0}>
          <MonitoringTypeTag type={c.type} />
          {c.greenChannel ? <Tag color="magenta">{t.greenChannel}</Tag> : null}
        </Space>
      ),
    },
    { title: t.channel, key: 'channel', width: 150, render: (_, c) => labelOf(discoveryChannelLabels, c.channel) },
    { title: t.status, key: 'status', width: 170, render: (_, c) => <CaseStatusTag status={c.status} /> },
    { title: t.currentStep, key: 'step', width: 100, render: (_, c) => c.nextStep?.name ?? commonText.none },
    {
      title: t.dueOn,
      key: 'due',
      width: 150,
      render: (_, c) =>
        c.nextStepDueOn ? (
          <Space size={4}>
            {c.nextStepDueOn}
            {c.overdue ? <OverdueTag /> : null}
          </Space>
        ) : (
          commonText.none
        ),
    },
    { title: t.openedOn, dataIndex: 'openedOn', width: 110 },
  ];
}
