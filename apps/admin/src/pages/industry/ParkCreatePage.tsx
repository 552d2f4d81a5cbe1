import { useMutation, useQuery } from '@apollo/client/react';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import { useScopedTowns } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { TownsQuery } from '../../lib/places.graphql';
import { ParkForm } from './components/ParkForm';
import { toCreateParkInput } from './components/parkFormValues';
import { CreateIndustrialParkMutation } from './industry.graphql';
import { industryText as t } from './locale';

const NO_TOWNS: never[] = [];

/** 新建园区: on success, opens the new park's page. */
export function ParkCreatePage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const towns = useQuery(TownsQuery, { fetchPolicy: 'cache-first' });
  const townOptions = useScopedTowns(towns.data?.towns ?? NO_TOWNS);
  const [create] = useMutation(CreateIndustrialParkMutation, {
    // Every cached list and the overview may now be missing the new park.
    update: (cache) => {
      cache.evict({ fieldName: 'industrialParks' });
      cache.evict({ fieldName: 'industrySummary' });
      cache.gc();
    },
  });

  return (
    <div>
      <PageHeader title={t.createTitle} />
      <ParkForm
        towns={townOptions}
        submitText={t.create}
        onCancel={() => navigate('/industry/parks')}
        onSubmit={async (values) => {
          const { data } = await create({ variables: { input: toCreateParkInput(values) } });
          if (!data) return;
          message.success(t.created(data.createIndustrialPark.code));
          navigate(`/industry/parks/${data.createIndustrialPark.id}`);
        }}
      />
    </div>
  );
}
