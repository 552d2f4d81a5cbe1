import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { Permission } from '../../auth/permissions';
import { useCan } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../../export/ExportButton';
import type { ParkDetailQuery as Data, ParkYearRowFragment } from '../../gql/graphql';
import { commonText } from '../../lib/locale';
import { useRouteRecord } from '../../lib/useRouteRecord';
import { AddBenefitLinkModal } from './components/AddBenefitLinkModal';
import { BenefitLinksTable, benefitLinkVariables } from './components/BenefitLinksTable';
import { ParkInfo } from './components/ParkInfo';
import { ParkInvestmentsTable } from './components/ParkInvestmentsTable';
import { ParkYearsTable } from './components/ParkYearsTable';
import { RecordParkYearModal } from './components/RecordParkYearModal';
import { ParkDetailQuery } from './industry.graphql';
import { industryText as t } from './locale';

const pick = (d: Data) => d.industrialPark;

/** 园区详情: the park, its villages, yearly figures, the households it carries and East–West investment. */
export function ParkDetailPage() {
  const can = useCan();
  const {
    record: park,
    fallback,
    refetch,
  } = useRouteRecord(ParkDetailQuery, pick, { notFound: t.notFound, backTo: '/industry/parks' });
  const [year, setYear] = useState<ParkYearRowFragment | 'new' | null>(null);
  const [linking, setLinking] = useState<{ id: string; name: string; townCode: string } | null>(null);
  if (!park) return fallback;

  const canWrite = can(Permission.industryWrite);
  const canReadHouseholds = can(Permission.householdRead);

  return (
    <div>
      <PageHeader
        title={park.name}
        sub={`${t.detailTitle} · ${park.code}`}
        extra={
          canWrite ? (
            <Link to={`/industry/parks/${park.id}/edit`}>
              <Button icon={<EditOutlined />}>{commonText.edit}</Button>
            </Link>
          ) : null
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t.sectionInfo} size="small">
          <ParkInfo park={park} />
        </Card>
        <Card
          title={t.sectionYears}
          size="small"
          extra={
            canWrite ? (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setYear('new')}>
                {t.recordYear}
              </Button>
            ) : null
          }
        >
          <ParkYearsTable years={park.years} onCorrect={canWrite ? setYear : undefined} />
        </Card>
        <Card
          title={t.sectionLinks}
          size="small"
          data-testid="park-links"
          extra={
            // 新增 needs the register too: the household is found in it.
            <Space wrap>
              <ExportButton
                dataset="BENEFIT_LINKS"
                variables={benefitLinkVariables(park.id, canReadHouseholds)}
                size="small"
              />
              {canWrite && canReadHouseholds ? (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setLinking({ id: park.id, name: park.name, townCode: park.town.code })}
                >
                  {t.addLink}
                </Button>
              ) : null}
            </Space>
          }
        >
          <BenefitLinksTable parkId={park.id} withHousehold={canReadHouseholds} />
        </Card>
        <Card title={t.sectionInvestments} size="small">
          <ParkInvestmentsTable investments={park.investments} />
        </Card>
      </Space>
      <RecordParkYearModal
        parkId={park.id}
        establishedYear={park.establishedYear}
        target={year}
        years={park.years}
        onClose={() => setYear(null)}
        onSaved={() => {
          setYear(null);
          refetch();
        }}
      />
      <AddBenefitLinkModal
        park={linking}
        onClose={() => setLinking(null)}
        onAdded={() => {
          setLinking(null);
          refetch();
        }}
      />
    </div>
  );
}
