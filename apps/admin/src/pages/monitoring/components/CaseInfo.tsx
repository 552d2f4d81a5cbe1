import { discoveryChannelLabels, labelOf, riskKindLabels } from '@hanbin/ui';
import { Descriptions, Tag } from 'antd';
import { Link } from 'react-router';
import { commonText } from '../../../lib/locale';
import type { CaseDetail } from '../caseTypes';
import { monitoringText as t } from '../locale';

/** A case's own fields: who, how it was found, what the risk is, when it was opened and decided. */
export function CaseInfo({ monitoringCase: c }: { monitoringCase: CaseDetail }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        {
          key: 'household',
          label: t.household,
          children: (
            <Link
              to={`/monitoring/households/${c.household.id}`}
            >{`${c.household.headName}户（${c.household.code}）`}</Link>
          ),
        },
        { key: 'region', label: t.region, children: `${c.town.name} / ${c.village.name}` },
        { key: 'channel', label: t.channel, children: labelOf(discoveryChannelLabels, c.channel) },
        {
          key: 'risks',
          label: t.riskKinds,
          children: c.riskKinds.map((k) => <Tag key={k}>{labelOf(riskKindLabels, k)}</Tag>),
        },
        { key: 'opened', label: t.openedOn, children: c.openedOn },
        { key: 'identified', label: t.identifiedOn, children: c.identifiedOn ?? commonText.none },
        { key: 'closed', label: t.closedOn, children: c.closedOn ?? commonText.none },
        { key: 'procedure', label: t.procedure, span: 2, children: c.procedure.name },
        { key: 'reason', label: t.reason, span: 'filled', children: c.reason ?? commonText.none },
      ]}
    />
  );
}
