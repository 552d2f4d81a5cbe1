import { industryLabels, labelOf, MoneyText, operatorKindLabels, ParkLevelTag } from '@hanbin/ui';
import { Descriptions, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ParkDetailQuery } from '../../../gql/graphql';
import { industryText as t } from '../locale';

export type ParkDetail = NonNullable<ParkDetailQuery['industrialPark']>;

/** The park's own fields; the first village is where it sits, the others it covers. */
export function ParkInfo({ park: p }: { park: ParkDetail }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'code', label: t.code, children: p.code },
        { key: 'level', label: t.level, children: <ParkLevelTag level={p.level} /> },
        { key: 'industry', label: t.industry, children: labelOf(industryLabels, p.industry) },
        {
          key: 'operator',
          label: t.operatorName,
          children: `${p.operatorName}（${labelOf(operatorKindLabels, p.operatorKind)}）`,
        },
        { key: 'town', label: t.town, children: p.town.name },
        { key: 'established', label: t.establishedYear, children: p.establishedYear },
        {
          key: 'villages',
          label: t.coveredVillages,
          span: 'filled',
          children:
            p.villages.length > 0 ? (
              <Space size={[4, 4]} wrap data-testid="park-villages">
                {p.villages.map((v, i) => (
                  <Tag key={v.code} color={i === 0 ? 'blue' : undefined}>
                    {i === 0 ? `${v.name}（${t.locationTag}）` : v.name}
                  </Tag>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">{t.noVillages}</Typography.Text>
            ),
        },
        { key: 'area', label: t.areaMu, children: p.areaMu },
        { key: 'investment', label: t.investment, children: <MoneyText value={p.investment} showUnit={false} /> },
        { key: 'jobs', label: t.jobs, children: p.jobs },
        {
          key: 'linked',
          label: t.linkedHouseholds,
          children: <span data-testid="park-linked-households">{t.households(p.linkedHouseholds)}</span>,
        },
        { key: 'income', label: t.incomeGained, children: <MoneyText value={p.incomeGained} showUnit={false} /> },
        { key: 'updated', label: t.updatedAt, children: dayjs(p.updatedAt).format('YYYY-MM-DD HH:mm') },
      ]}
    />
  );
}
