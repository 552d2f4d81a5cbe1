import { Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { moneyColumn } from '../../../components/columns';
import type { EastWestQuery } from '../../../gql/graphql';
import { industryText as t } from '../locale';

export type EnterpriseRow = EastWestQuery['partnerEnterprises'][number];
type Investment = EnterpriseRow['investments'][number];

/** Where an investment went: a park, a project, or nowhere in particular. */
function Target({ investment: i }: { investment: Investment }) {
  if (i.park) return <Link to={`/industry/parks/${i.park.id}`}>{`${t.targetKindPark}：${i.park.name}`}</Link>;
  if (i.project) return <Link to={`/projects/${i.project.id}`}>{`${t.targetKindProject}：${i.project.name}`}</Link>;
  return <Typography.Text type="secondary">{t.targetNone}</Typography.Text>;
}

function InvestmentsTable({ enterprise }: { enterprise: EnterpriseRow }) {
  const columns: TableColumnsType<Investment> = [
    { title: t.year, dataIndex: 'year', width: 90, render: (y: number) => t.yearOption(y) },
    moneyColumn<Investment>(t.amount, 'amount', 160),
    { title: t.target, key: 'target', width: 280, render: (_, i) => <Target investment={i} /> },
    { title: t.description, dataIndex: 'description' },
  ];
  return (
    <Table<Investment>
      aria-label={t.investmentsOf(enterprise.name)}
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={enterprise.investments as Investment[]}
      pagination={false}
      locale={{ emptyText: t.noInvestments }}
    />
  );
}

export interface EnterpriseTableProps {
  rows: readonly EnterpriseRow[];
  loading?: boolean;
  /** 编辑 and 登记投资, for district users who may write; absent for everyone else. */
  onEdit?: (row: EnterpriseRow) => void;
  onInvest?: (row: EnterpriseRow) => void;
}

/** The partner enterprises with their totals; a row opens onto its investments. */
export function EnterpriseTable({ rows, loading, onEdit, onInvest }: EnterpriseTableProps) {
  const columns: TableColumnsType<EnterpriseRow> = [
    { title: t.enterpriseName, dataIndex: 'name', width: 220 },
    { title: t.origin, dataIndex: 'origin', width: 120 },
    { title: t.sector, dataIndex: 'sector', width: 140 },
    { title: t.settledYear, dataIndex: 'settledYear', width: 90, align: 'right' },
    { title: t.enterpriseJobs, dataIndex: 'jobs', width: 90, align: 'right' },
    { title: t.enterpriseLiftedJobs, dataIndex: 'liftedJobs', width: 120, align: 'right' },
    moneyColumn<EnterpriseRow>(t.totalInvestment, 'totalInvestment', 160),
    ...(onEdit || onInvest
      ? [
          {
            title: t.actions,
            key: 'actions',
            width: 150,
            render: (_: unknown, row: EnterpriseRow) => (
              <Space size={0}>
                {onEdit ? (
                  <Button type="link" size="small" onClick={() => onEdit(row)}>
                    {t.editEnterprise}
                  </Button>
                ) : null}
                {onInvest ? (
                  <Button type="link" size="small" onClick={() => onInvest(row)}>
                    {t.recordInvestment}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<EnterpriseRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows as EnterpriseRow[]}
      loading={loading}
      pagination={false}
      scroll={{ x: 1100 }}
      locale={{ emptyText: t.noEnterprises }}
      expandable={{
        expandedRowRender: (row) => <InvestmentsTable enterprise={row} />,
        rowExpandable: (row) => row.investments.length > 0,
      }}
    />
  );
}
