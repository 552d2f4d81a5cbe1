import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { Permission } from '../../auth/permissions';
import { useCan } from '../../auth/viewer';
import { PageHeader } from '../../components/PageHeader';
import type { HouseholdDetailQuery as Data, HouseholdYearRowFragment } from '../../gql/graphql';
import { useRouteRecord } from '../../lib/useRouteRecord';
import { OpenCaseModal } from '../monitoring/components/OpenCaseModal';
import { monitoringText } from '../monitoring/locale';
import { AddPersonModal } from './components/AddPersonModal';
import { HouseholdCases } from './components/HouseholdCases';
import { HouseholdInfo } from './components/HouseholdInfo';
import { MembersTable } from './components/MembersTable';
import { RecordYearModal } from './components/RecordYearModal';
import { YearsTable } from './components/YearsTable';
import { HouseholdDetailQuery } from './households.graphql';
import { householdText as t } from './locale';

const pick = (d: Data) => d.household;

/** 农户详情: the household, its members (masked IDs), yearly figures and monitoring cases. */
export function HouseholdDetailPage() {
  const can = useCan();
  const {
    record: household,
    fallback,
    refetch,
  } = useRouteRecord(HouseholdDetailQuery, pick, {
    notFound: t.notFound,
    backTo: '/monitoring/households',
  });
  const [addingMember, setAddingMember] = useState(false);
  const [year, setYear] = useState<HouseholdYearRowFragment | 'new' | null>(null);
  const [opening, setOpening] = useState<{ id: string; headName: string } | null>(null);
  if (!household) return fallback;

  const canWrite = can(Permission.householdWrite);
  const canOpen = can(Permission.monitoringWrite);
  const openCaseButton = canOpen ? (
    <Tooltip title={household.openCase ? t.hasOpenCase(household.openCase.code) : undefined}>
      <Button
        type="primary"
        disabled={Boolean(household.openCase)}
        onClick={() => setOpening({ id: household.id, headName: household.headName })}
      >
        {monitoringText.openCase}
      </Button>
    </Tooltip>
  ) : null;

  return (
    <div>
      <PageHeader
        title={`${household.headName}户`}
        sub={`${t.detailTitle} · ${household.code}`}
        extra={openCaseButton}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t.sectionBasic} size="small">
          <HouseholdInfo household={household} canReveal={can(Permission.piiReveal)} />
        </Card>
        <Card
          title={t.sectionMembers}
          size="small"
          extra={
            canWrite ? (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingMember(true)}>
                {t.addMember}
              </Button>
            ) : null
          }
        >
          <MembersTable members={household.members} canReveal={can(Permission.piiReveal)} />
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
          <YearsTable years={household.years} onCorrect={canWrite ? setYear : undefined} />
        </Card>
        {can(Permission.monitoringRead) ? (
          <Card title={t.sectionCases} size="small">
            <HouseholdCases cases={household.cases} />
          </Card>
        ) : null}
      </Space>
      <AddPersonModal
        householdId={household.id}
        open={addingMember}
        withHealth={can(Permission.healthRead)}
        onClose={() => setAddingMember(false)}
        onAdded={() => {
          setAddingMember(false);
          refetch();
        }}
      />
      <RecordYearModal
        householdId={household.id}
        target={year}
        years={household.years}
        onClose={() => setYear(null)}
        onSaved={() => {
          setYear(null);
          refetch();
        }}
      />
      <OpenCaseModal household={opening} onClose={() => setOpening(null)} />
    </div>
  );
}
