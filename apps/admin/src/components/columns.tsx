import { MoneyText, RateText } from '@hanbin/ui';
import type { TableColumnType } from 'antd';

/** A right-aligned money column, exact to the fen, without unit (the title says 元). */
export function moneyColumn<Row>(title: string, dataIndex: keyof Row & string, width: number): TableColumnType<Row> {
  return {
    title,
    dataIndex,
    width,
    align: 'right',
    render: (v: string) => <MoneyText value={v} showUnit={false} />,
  };
}

/** A right-aligned execution rate column (支出进度). */
export function rateColumn<Row>(title: string, dataIndex: keyof Row & string, width = 100): TableColumnType<Row> {
  return { title, dataIndex, width, align: 'right', render: (v: string | null) => <RateText value={v} /> };
}
