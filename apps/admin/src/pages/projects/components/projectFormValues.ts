import type { ConstructionType, Industry, ProjectCategory } from '@hanbin/ui';
import dayjs, { type Dayjs } from 'dayjs';
import type { CreateProjectInput, ProjectEditQuery } from '../../../gql/graphql';

/** What the form holds; `toProjectInput` turns it into the API's input. */
export interface ProjectFormValues {
  name: string;
  year: number;
  category: ProjectCategory;
  industry?: Industry | null;
  constructionType: ConstructionType;
  region: string[];
  responsibleUnit: string;
  tasks?: string;
  planned?: [Dayjs | null, Dayjs | null] | null;
  approvalDocNo?: string;
  beneficiaryHouseholds?: number | null;
  beneficiaryPersons?: number | null;
  liftedHouseholds?: number | null;
  liftedPersons?: number | null;
  benefitMechanism?: string;
}

export const emptyProject: Partial<ProjectFormValues> = {
  year: new Date().getFullYear() > 2025 ? 2025 : Math.max(2021, new Date().getFullYear()),
  constructionType: 'NEW',
  beneficiaryHouseholds: 0,
  beneficiaryPersons: 0,
  liftedHouseholds: 0,
  liftedPersons: 0,
};

const orNull = (s: string | undefined | null) => (s?.trim() ? s.trim() : null);

export function toProjectInput(v: ProjectFormValues): CreateProjectInput {
  return {
    name: v.name.trim(),
    year: v.year,
    category: v.category,
    industry: v.industry ?? null,
    constructionType: v.constructionType,
    townCode: v.region[0],
    villageCode: v.region[1] ?? null,
    responsibleUnit: v.responsibleUnit.trim(),
    tasks: v.tasks?.trim() ?? '',
    plannedStart: v.planned?.[0]?.format('YYYY-MM-DD') ?? null,
    plannedEnd: v.planned?.[1]?.format('YYYY-MM-DD') ?? null,
    approvalDocNo: orNull(v.approvalDocNo),
    beneficiaryHouseholds: v.beneficiaryHouseholds ?? 0,
    beneficiaryPersons: v.beneficiaryPersons ?? 0,
    liftedHouseholds: v.liftedHouseholds ?? 0,
    liftedPersons: v.liftedPersons ?? 0,
    benefitMechanism: v.benefitMechanism?.trim() ?? '',
  };
}

type EditProject = NonNullable<ProjectEditQuery['project']>;

export function fromProject(p: EditProject): ProjectFormValues {
  return {
    name: p.name,
    year: p.year,
    category: p.category,
    industry: p.industry ?? null,
    constructionType: p.constructionType,
    region: [p.town.code, p.village?.code].filter((c): c is string => Boolean(c)),
    responsibleUnit: p.responsibleUnit,
    tasks: p.tasks,
    planned:
      p.plannedStart || p.plannedEnd
        ? [p.plannedStart ? dayjs(p.plannedStart) : null, p.plannedEnd ? dayjs(p.plannedEnd) : null]
        : null,
    approvalDocNo: p.approvalDocNo ?? '',
    beneficiaryHouseholds: p.beneficiaryHouseholds,
    beneficiaryPersons: p.beneficiaryPersons,
    liftedHouseholds: p.liftedHouseholds,
    liftedPersons: p.liftedPersons,
    benefitMechanism: p.benefitMechanism,
  };
}

/** The API's input field → the form field that shows its message. */
export function projectFieldPath(field: string): (string | number)[] | null {
  const name = field.replace(/^input\./, '');
  if (name === 'townCode' || name === 'villageCode') return ['region'];
  if (name === 'plannedStart' || name === 'plannedEnd') return ['planned'];
  return name.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
