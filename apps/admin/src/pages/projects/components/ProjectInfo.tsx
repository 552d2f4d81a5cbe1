import {
  constructionTypeLabels,
  industryLabels,
  labelOf,
  MoneyText,
  ProjectStatusTag,
  projectCategoryLabels,
  RateText,
} from '@hanbin/ui';
import { Descriptions } from 'antd';
import dayjs from 'dayjs';
import type { ProjectDetailQuery } from '../../../gql/graphql';
import { commonText } from '../../../lib/locale';
import { projectText as t } from '../locale';

export type ProjectDetail = NonNullable<ProjectDetailQuery['project']>;

const dash = (v: string | null | undefined) => (v ? v : commonText.none);

/** The project's own fields. */
export function ProjectInfo({ project: p }: { project: ProjectDetail }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'code', label: t.code, children: p.code },
        { key: 'year', label: t.year, children: t.yearOption(p.year) },
        { key: 'status', label: t.status, children: <ProjectStatusTag status={p.status} /> },
        { key: 'category', label: t.category, children: labelOf(projectCategoryLabels, p.category) },
        { key: 'industry', label: t.industry, children: labelOf(industryLabels, p.industry) },
        {
          key: 'construction',
          label: t.constructionType,
          children: labelOf(constructionTypeLabels, p.constructionType),
        },
        { key: 'region', label: t.region, children: [p.town.name, p.village?.name].filter(Boolean).join(' / ') },
        { key: 'unit', label: t.responsibleUnit, children: p.responsibleUnit },
        { key: 'doc', label: t.approvalDocNo, children: dash(p.approvalDocNo) },
        {
          key: 'planned',
          label: t.planned,
          children:
            p.plannedStart || p.plannedEnd ? `${dash(p.plannedStart)} ~ ${dash(p.plannedEnd)}` : commonText.none,
        },
        {
          key: 'beneficiaries',
          label: t.beneficiaries,
          children: `${t.households(p.beneficiaryHouseholds)} / ${t.persons(p.beneficiaryPersons)}（${t.liftedHouseholds} ${p.liftedHouseholds}，${t.liftedPersons} ${p.liftedPersons}）`,
        },
        { key: 'allocated', label: t.allocated, children: <MoneyText value={p.allocatedAmount} showUnit={false} /> },
        { key: 'disbursed', label: t.disbursed, children: <MoneyText value={p.disbursedAmount} showUnit={false} /> },
        { key: 'rate', label: t.rate, children: <RateText value={p.executionRate} /> },
        { key: 'updated', label: t.updatedAt, children: dayjs(p.updatedAt).format('YYYY-MM-DD HH:mm') },
        { key: 'tasks', label: t.tasks, span: 'filled', children: dash(p.tasks) },
        { key: 'mechanism', label: t.benefitMechanism, span: 'filled', children: dash(p.benefitMechanism) },
      ]}
    />
  );
}
