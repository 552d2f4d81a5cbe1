import { DISBURSEMENT_IMPORT, FUND_ALLOCATION_IMPORT } from './imports/funds';
import { HOUSEHOLD_IMPORT } from './imports/households';
import type { ImportDefinition } from './imports/kit';
import { PROJECT_IMPORT } from './imports/projects';
import { WORK_TEAM_MEMBER_IMPORT } from './imports/work-team-members';

export { type ImportColumn, ImportKind } from './imports/kit';

/** What can be imported; each dataset is described, column by column, in its own file under imports/. */
export enum ImportDataset {
  PROJECTS = 'PROJECTS',
  FUND_ALLOCATIONS = 'FUND_ALLOCATIONS',
  DISBURSEMENTS = 'DISBURSEMENTS',
  HOUSEHOLDS = 'HOUSEHOLDS',
  WORK_TEAM_MEMBERS = 'WORK_TEAM_MEMBERS',
}

export interface ImportDatasetDefinition extends ImportDefinition {
  id: ImportDataset;
}

const definitions: Record<ImportDataset, ImportDefinition> = {
  PROJECTS: PROJECT_IMPORT,
  FUND_ALLOCATIONS: FUND_ALLOCATION_IMPORT,
  DISBURSEMENTS: DISBURSEMENT_IMPORT,
  HOUSEHOLDS: HOUSEHOLD_IMPORT,
  WORK_TEAM_MEMBERS: WORK_TEAM_MEMBER_IMPORT,
};

export const IMPORT_DATASETS = Object.fromEntries(
  Object.entries(definitions).map(([id, definition]) => [id, { ...definition, id: id as ImportDataset }]),
) as Record<ImportDataset, ImportDatasetDefinition>;
