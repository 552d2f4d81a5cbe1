import { Button, Table, type TableColumnsType } from 'antd';
import { moneyColumn } from '../../../components/columns';
import type { ParkYearRowFragment as Year } from '../../../gql/graphql';
import { industryText as t } from '../locale';

/** 年度经营情况: output, dividends and poverty-lifted workers, exact to the fen; latest first. */
export function ParkYearsTable({ years, onCorrect }: { years: readonly Year[]; onCorrect?: (year: Year) => void }) {
  const columns: TableColumnsType<Year> = [
    { title: t.year, dataIndex: 'year', width: 90, render: (y: number) => t.yearOption(y) },
    moneyColumn<Year>(t.outputValue, 'outputValue', 160),
    moneyColumn<Year>(t.dividends, 'dividends', 140),
    { title: t.liftedJobsShort, dataIndex: 'liftedJobs', width: 140, align: 'right' },
    ...(onCorrect
      ? [
          {
            title: '',
            key: 'actions',
            width: 80,
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
    />
  );
}
