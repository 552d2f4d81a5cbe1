import { Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Dataset } from '../../../gql/graphql';
import { datasetLabel, type ErrorRow, errorRows, type LimitRow, limitRows, guideText as t } from '../locale';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12.5 };

/** The extensions.code values a partner meets, and what to do about each. */
export function ErrorTable() {
  return (
    <Table<ErrorRow>
      data-testid="error-table"
      size="small"
      pagination={false}
      rowKey="code"
      dataSource={errorRows}
      columns={[
        {
          title: t.codeColumn,
          dataIndex: 'code',
          width: 210,
          render: (code: string) => <span style={mono}>{code}</span>,
        },
        { title: t.extraColumn, dataIndex: 'extra', width: 260 },
        { title: t.meaningColumn, dataIndex: 'meaning' },
        { title: t.actionColumn, dataIndex: 'action' },
      ]}
    />
  );
}

/** The limits of one request. */
export function LimitTable() {
  return (
    <Table<LimitRow>
      data-testid="limit-table"
      size="small"
      pagination={false}
      rowKey="what"
      dataSource={limitRows}
      columns={[
        { title: t.limitColumn, dataIndex: 'what', width: 180 },
        { title: t.maxColumn, dataIndex: 'max' },
        { title: t.refusedColumn, dataIndex: 'refused', render: (text: string) => <span style={mono}>{text}</span> },
      ]}
    />
  );
}

interface KindRow {
  kind: string;
  reads: ReactNode;
}

const DATASETS = Object.keys(datasetLabel) as Dataset[];

/** Partner and BI tokens, and the datasets a partner token may carry. */
export function TokenKindTable() {
  const rows: KindRow[] = [
    {
      kind: t.partnerKind,
      reads: (
        <>
          {t.partnerReads}
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {DATASETS.map((d) => (
              <li key={d}>
                <Typography.Text code>{d}</Typography.Text> {datasetLabel[d]}：{t.datasetDescriptions[d]}
              </li>
            ))}
          </ul>
        </>
      ),
    },
    { kind: t.biKind, reads: t.biReads },
  ];
  return (
    <Table<KindRow>
      size="small"
      pagination={false}
      rowKey="kind"
      dataSource={rows}
      columns={[
        { title: t.kindColumn, dataIndex: 'kind', width: 140 },
        { title: t.readsColumn, dataIndex: 'reads' },
      ]}
    />
  );
}
