import { CaseStatusTag, MonitoringTypeTag, OverdueTag } from '@hanbin/ui';
import { Space, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { commonText } from '../../../lib/locale';
import { householdText as t } from '../locale';
import type { HouseholdDetail } from './HouseholdInfo';

type Case = HouseholdDetail['cases'][number];

/** The household's monitoring cases, the latest first. */
export function HouseholdCases({ cases }: { cases: readonly Case[] }) {
  const columns: TableColumnsType<Case> = [
    {
      title: t.caseCode,
      dataIndex: 'code',
      width: 140,
      render: (code: string, c) => <Link to={`/monitoring/cases/${c.id}`}>{code}</Link>,
    },
    { title: t.caseType, key: 'type', width: 140, render: (_, c) => <MonitoringTypeTag type={c.type} /> },
    { title: t.caseStatus, key: 'status', width: 170, render: (_, c) => <CaseStatusTag status={c.status} /> },
    { title: t.openedOn, dataIndex: 'openedOn', width: 110 },
    { title: t.currentStep, key: 'step', width: 110, render: (_, c) => c.nextStep?.name ?? commonText.none },
    {
      title: t.dueOn,
      key: 'due',
      width: 160,
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
  ];
  return (
    <Table<Case>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={cases as Case[]}
      pagination={false}
      locale={{ emptyText: t.noCases }}
    />
  );
}
