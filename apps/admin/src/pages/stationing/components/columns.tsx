import { labelOf, termEndReasonLabels } from '@hanbin/ui';
import { type TableColumnType, Typography } from 'antd';
import type { CadreFieldsFragment as Cadre } from '../../../gql/graphql';
import { commonText } from '../../../lib/locale';
import { stationingText as t } from '../locale';

/** A cadre's name, with the unit that sent them and their post there underneath. */
export function CadreCell({ cadre }: { cadre: Cadre }) {
  return (
    <>
      <div>{cadre.name}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[cadre.unit.name, cadre.title].filter(Boolean).join(' · ')}
      </Typography.Text>
    </>
  );
}

/** 姓名 (with unit and post) of a row that has a cadre. */
export function cadreColumn<Row extends { cadre: Cadre }>(width = 240): TableColumnType<Row> {
  return { title: t.cadreName, key: 'cadre', width, render: (_, row) => <CadreCell cadre={row.cadre} /> };
}

/** 所在镇村 of a row that has a town and a village. */
export function placeColumn<Row extends { town: { name: string }; village: { name: string } }>(
  width = 200,
): TableColumnType<Row> {
  return { title: t.place, key: 'place', width, render: (_, row) => `${row.town.name} / ${row.village.name}` };
}

/** 离任（离队）日期 and why, for a term that has ended. */
export function endedColumns<Row extends { endedOn?: string | null; endReason?: string | null }>(
  endedTitle: string,
): TableColumnType<Row>[] {
  return [
    { title: endedTitle, dataIndex: 'endedOn', key: 'endedOn', width: 120, render: (d) => d ?? commonText.none },
    {
      title: t.endReason,
      dataIndex: 'endReason',
      key: 'endReason',
      width: 110,
      render: (r: string | null) => (r ? labelOf(termEndReasonLabels, r) : commonText.none),
    },
  ];
}
