import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import type { ParkEditQuery as Data } from '../../gql/graphql';
import { commonText } from '../../lib/locale';
import { TownsQuery } from '../../lib/places.graphql';
import { useRouteRecord } from '../../lib/useRouteRecord';
import { ParkForm } from './components/ParkForm';
import { fromPark, toUpdateParkInput } from './components/parkFormValues';
import { ParkEditQuery, UpdateIndustrialParkMutation } from './industry.graphql';
import { industryText as t } from './locale';

const NO_TOWNS: never[] = [];
const pick = (d: Data) => d.industrialPark;

/** 编辑园区: saves with the version read, so a concurrent change is refused (CONFLICT), not overwritten. */
export function ParkEditPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const {
    record: park,
    fallback,
    refetch,
  } = useRouteRecord(ParkEditQuery, pick, { notFound: t.notFound, backTo: '/industry/parks' });
  const [update] = useMutation(UpdateIndustrialParkMutation, {
    update: (cache) => cache.evict({ fieldName: 'industrySummary' }),
  });
  if (!park) return fallback;

  return (
    <div>
      <PageHeader title={t.editTitle} sub={`${park.code} · ${park.name}`} />
      <ParkForm
        // Remount with fresh values after a reload.
        key={`${park.id}:${park.version}`}
        towns={townOptions}
        townLocked
        initialValues={fromPark(park)}
        submitText={commonText.save}
        onCancel={() => navigate(`/industry/parks/${park.id}`)}
        onReload={() => refetch()}
        onSubmit={async (values) => {
          await update({ variables: { id: park.id, input: toUpdateParkInput(values, park.version) } });
          message.success(t.saved);
          navigate(`/industry/parks/${park.id}`);
        }}
      />
    </div>
  );
}
