import { useMutation } from '@apollo/client/react';
import { CaseStatusTag, householdCategoryLabels, labelOf } from '@hanbin/ui';
import { Descriptions, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { RevealButton } from '../../../components/RevealButton';
import type { HouseholdDetailQuery } from '../../../gql/graphql';
import { commonText } from '../../../lib/locale';
import { RevealHouseholdPhoneMutation } from '../households.graphql';
import { householdText as t } from '../locale';

export type HouseholdDetail = NonNullable<HouseholdDetailQuery['household']>;

/** 查看 beside the household's masked phone (pii:reveal only). */
function RevealHouseholdPhone({ household }: { household: HouseholdDetail }) {
  const [reveal] = useMutation(RevealHouseholdPhoneMutation, { fetchPolicy: 'no-cache' });
  return (
    <RevealButton
      ariaLabel={t.revealPhoneLabel}
      title={t.revealPhoneTitle(household.headName)}
      notice={t.revealPhoneNotice}
      placeholder={t.revealPhonePlaceholder}
      emptyText={t.revealPhoneNone}
      testId="revealed-household-phone"
      onReveal={async (purpose) => {
        const { data } = await reveal({ variables: { householdId: household.id, purpose } });
        return data?.revealHouseholdPhone ?? null;
      }}
    />
  );
}

/** The household's own fields; the phone masked, with 查看 for those who may reveal it. */
export function HouseholdInfo({ household: h, canReveal }: { household: HouseholdDetail; canReveal: boolean }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'code', label: t.code, children: h.code },
        { key: 'head', label: t.headName, children: h.headName },
        { key: 'category', label: t.category, children: labelOf(householdCategoryLabels, h.category) },
        { key: 'region', label: t.region, children: `${h.town.name} / ${h.village.name}` },
        { key: 'group', label: t.groupName, children: h.groupName || commonText.none },
        { key: 'members', label: t.memberCount, children: t.persons(h.memberCount) },
        { key: 'address', label: t.address, children: h.address || commonText.none },
        { key: 'relocated', label: t.relocatedLong, children: h.relocated ? t.yes : t.no },
        {
          key: 'phone',
          label: t.phone,
          children: h.phone ? (
            <Space size={0}>
              <span>{h.phone}</span>
              {canReveal ? <RevealHouseholdPhone household={h} /> : null}
            </Space>
          ) : (
            commonText.none
          ),
        },
        {
          key: 'case',
          label: t.openCase,
          children: h.openCase ? (
            <Space>
              <Link to={`/monitoring/cases/${h.openCase.id}`}>{h.openCase.code}</Link>
              <CaseStatusTag status={h.openCase.status} />
            </Space>
          ) : (
            <Typography.Text type="secondary">{t.notMonitored}</Typography.Text>
          ),
        },
        { key: 'updated', label: t.updatedAt, children: dayjs(h.updatedAt).format('YYYY-MM-DD HH:mm') },
      ]}
    />
  );
}
