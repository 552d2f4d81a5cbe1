import { MoneyText } from '@hanbin/ui';
import { Button, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { moneyColumn } from '../../../components/columns';
import type { HouseholdYearRowFragment as Year } from '../../../gql/graphql';
import { householdText as t } from '../locale';

type Guarantee = 'foodClothingSecure' | 'educationSecure' | 'medicalSecure' | 'housingSecure' | 'waterSecure';
export const GUARANTEES: readonly Guarantee[] = [
  'foodClothingSecure',
  'educationSecure',
  'medicalSecure',
  'housingSecure',
  'waterSecure',
];

/** 年度收入与保障: amounts exact to the fen; the net income per person is the API's. */
export function YearsTable({ years, onCorrect }: { years: readonly Year[]; onCorrect?: (year: Year) => void }) {
  const columns: TableColumnsType<Year> = [
    { title: t.year, dataIndex: 'year', width: 80, render: (y: number) => t.yearOption(y) },
    moneyColumn<Year>(t.totalIncome, 'totalIncome', 130),
    moneyColumn<Year>(t.compliantExpenses, 'compliantExpenses', 150),
    { title: t.yearMemberCount, dataIndex: 'memberCount', width: 90, align: 'right' },
    {
      title: t.netIncomePerPerson,
      key: 'net',
      width: 210,
      align: 'right',
      render: (_, y) => (
        <Space size={4}>
          {y.belowLine ? <Tag color="red">{t.belowLine}</Tag> : null}
          <MoneyText value={y.netIncomePerPerson} showUnit={false} />
        </Space>
      ),
    },
    {
      title: t.monitoringLine,
      key: 'line',
      width: 110,
      align: 'right',
      render: (_, y) =>
        y.monitoringLine ? (
          <MoneyText value={y.monitoringLine} showUnit={false} />
        ) : (
          <Typography.Text type="secondary">{t.noLine}</Typography.Text>
        ),
    },
    {
      title: t.guarantees,
      key: 'guarantees',
      width: 290,
      render: (_, y) => (
        <Space size={0}>
          {GUARANTEES.map((g) => (
            <Tag key={g} color={y[g] ? 'green' : 'red'} title={`${t[g]}：${y[g] ? t.secure : t.insecure}`}>
              {`${t.guaranteeShort[g]}${y[g] ? '✓' : '✗'}`}
            </Tag>
          ))}
        </Space>
      ),
    },
    ...(onCorrect
      ? [
          {
            title: '',
            key: 'actions',
            width: 70,
            render: (_: unknown, y: Year) => (
              <Button size="small" type="link" onClick={() => onCorrect(y)}>
                {t.correct}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<Year>
      rowKey="year"
      size="small"
      columns={columns}
      dataSource={years as Year[]}
      pagination={false}
      locale={{ emptyText: t.noYears }}
      scroll={{ x: 1130 }}
    />
  );
}
