import { type ValidationError, validate } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../common/viewer';
import type { FundService } from '../../fund/fund.service';
import type { Permission } from '../../identity/identity.enums';
import type { HouseholdService } from '../../monitoring/household.service';
import type { ProjectService } from '../../project/project.service';
import type { StationingService } from '../../stationing/stationing.service';
import type { ImportProblem, ParsedRecord } from '../import-parse';

// What an importable dataset is made of: its columns (headers are the export's, so an exported list
// comes back in as it went out), the permission it needs, and a planner that says, row by row, what
// the row will do. Adding a dataset is one file beside this one and a line in import-datasets.ts.

export enum ImportKind {
  TEXT = 'TEXT',
  INTEGER = 'INTEGER',
  DATE = 'DATE',
  /** A GraphQL enum: its Chinese name (as exported) or its code. */
  ENUM = 'ENUM',
  /** Yuan, at most two decimals: a number cell or text such as 1234.50 or 1,234.50. */
  MONEY = 'MONEY',
  /** 是 / 否 (also 1 / 0, TRUE / FALSE). */
  YES_NO = 'YES_NO',
  /** A national ID number, checked (GB 11643) and normalized; never echoed back in clear. */
  ID_NUMBER = 'ID_NUMBER',
}

export interface ImportColumn {
  header: string;
  /** The input field it fills. */
  field: string;
  kind: ImportKind;
  required?: boolean;
  enumName?: string;
  /** What the template's 填写说明 says about it. */
  note: string;
}

/** The services rows go through: the same methods, rules and scope as the forms. */
export interface ImportServices {
  projects: ProjectService;
  fund: FundService;
  households: HouseholdService;
  stationing: StationingService;
}

/** What one row will do. */
export type RowPlan =
  | { kind: 'unchanged' }
  | { kind: 'problems'; problems: ImportProblem[] }
  | { kind: 'create' | 'update'; work: () => Promise<unknown> };

export interface PlanContext {
  /** The import's transaction: every read and write of a planner goes through it. */
  manager: EntityManager;
  records: ParsedRecord[];
  viewer: Viewer;
  services: ImportServices;
  /** The column header of an input field, for problems. */
  headerOf(field: string): string;
}

export interface ImportDefinition {
  title: string;
  /** The columns that name a record (项目编号): a row with a known key updates it, a new key creates one. */
  key: string[];
  columns: ImportColumn[];
  /** Exported columns read past (computed, or names shown beside codes). */
  ignored: string[];
  /** A last word for the template's 填写说明. */
  note?: string;
  /** Whether the list's own export can be edited and imported back (its extra columns read past). */
  roundTrip?: boolean;
  permission: Permission;
  /** The rows in the order they are applied, when file order will not do (a household's head first). */
  order?: (records: ParsedRecord[]) => ParsedRecord[];
  /** Reads what the rows refer to, once; then plans each row. Runs inside the import's transaction. */
  plan(context: PlanContext): Promise<(record: ParsedRecord) => Promise<RowPlan>>;
}

export function problem(row: number, column: string, message: string): RowPlan {
  return { kind: 'problems', problems: [{ row, column, message }] };
}

/** The given fields whose values differ from the record's, or null when none does. */
export function changed(
  current: Record<string, unknown>,
  given: Record<string, unknown>,
  fixed: string[],
): Record<string, unknown> | null {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(given)) {
    if (fixed.includes(field)) continue;
    if ((current[field] ?? null) !== value) changes[field] = value;
  }
  return Object.keys(changes).length ? changes : null;
}

/** Class-validator's messages for an input, as problems under the columns they concern. */
export async function inputProblems(
  input: object,
  row: number,
  headerOf: (field: string) => string,
): Promise<ImportProblem[]> {
  const flatten = (errors: ValidationError[]): ImportProblem[] =>
    errors.flatMap((e) => [
      ...Object.values(e.constraints ?? {}).map((message) => ({ row, column: headerOf(e.property), message })),
      ...flatten(e.children ?? []),
    ]);
  return flatten(await validate(input, { forbidUnknownValues: false }));
}

/** A create or update after its input is validated, or the validation's problems. */
export async function validated(
  kind: 'create' | 'update',
  input: object,
  row: number,
  headerOf: (field: string) => string,
  work: () => Promise<unknown>,
): Promise<RowPlan> {
  const invalid = await inputProblems(input, row, headerOf);
  return invalid.length ? { kind: 'problems', problems: invalid } : { kind, work };
}

export const enumNote = (values: Record<string, string>) => `填写：${Object.keys(values).join('、')}`;
