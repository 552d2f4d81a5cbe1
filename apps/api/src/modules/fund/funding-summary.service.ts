import type { DataSource } from 'typeorm';
import { UserInputError } from '../../common/errors';
import type { TownScope } from '../../common/viewer';
import { VILLAGE_CATEGORY_LABEL, VillageCategory } from '../place/place.enums';
import { PROJECT_CATEGORY_LABEL, ProjectCategory } from '../project/project.enums';
import { executionRate } from './execution-rate';
import { FUND_CATEGORY_LABEL, type FundCategory } from './fund.enums';
import { FundingGroupBy, type FundingSummary, type FundingSummaryRow } from './fund.type';

interface RawRow {
  key: string;
  label: string | null;
  allocated: string | null;
  disbursed: string | null;
  project_count: number | null;
  started_count: number | null;
}

export interface FundingSummaryArgs {
  year: number;
  groupBy: FundingGroupBy;
  fundCategory?: FundCategory | null;
  townCode?: string | null;
}

/** Allocations of the year's projects, narrowed by fund category and town; $1..$3 are bound below. */
const SCOPE = `
  FROM fund_allocation a
  JOIN project p ON p.id = a.project_id
  JOIN fund_source s ON s.id = a.fund_source_id
  WHERE p.year = $1
    AND ($2::fund_category IS NULL OR s.category = $2::fund_category)
    AND ($3::varchar IS NULL OR p.town_code = $3::varchar)
    AND ($4::varchar[] IS NULL OR p.town_code = ANY($4::varchar[]))`;

/** Projects not in one village (town-wide, several villages) under VILLAGE_CATEGORY. */
const NOT_IN_A_VILLAGE = 'NONE';
const NOT_IN_A_VILLAGE_LABEL = '非村级项目（镇办或跨村）';
const VILLAGE_CATEGORY_ORDER: string[] = [...Object.values(VillageCategory), NOT_IN_A_VILLAGE];

const MEASURES = `
  COALESCE(SUM(a.amount), 0)::text AS allocated,
  COALESCE(SUM(a.disbursed_amount), 0)::text AS disbursed,
  COUNT(DISTINCT a.project_id)::int AS project_count,
  (COUNT(DISTINCT a.project_id) FILTER (WHERE p.status >= 'STARTED'::project_status))::int AS started_count`;

/**
 * The groupings the tallies answer (fund_tally, funded_project_tally; migration 1795980000000): the
 * tallies' column each groups by. The others join the year's allocations.
 */
const TALLY_GROUPS: Partial<Record<FundingGroupBy, string>> = {
  [FundingGroupBy.TOWN]: 'town_code',
  [FundingGroupBy.CATEGORY]: 'category',
  [FundingGroupBy.SOURCE]: 'fund_source_id',
};

/** The tallies' rows of the year, fund category and towns asked for; $1..$4 as in SCOPE. */
const TALLY_SCOPE = (alias: string) => `${alias}.year = $1
  AND ($3::varchar IS NULL OR ${alias}.town_code = $3::varchar)
  AND ($4::varchar[] IS NULL OR ${alias}.town_code = ANY($4::varchar[]))`;

const EMPTY_TOTALS: RawRow = {
  key: 'TOTAL',
  label: null,
  allocated: '0',
  disbursed: '0',
  project_count: 0,
  started_count: 0,
};

/** 资金汇总: sums are taken in SQL over numeric, so they are exact; rates are derived from them. */
export class FundingSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: TownScope,
  ) {}

  async summary(args: FundingSummaryArgs): Promise<FundingSummary> {
    if (args.townCode) {
      const [{ known }] = await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM town WHERE code = $1) AS known', [
        args.townCode,
      ]);
      if (!known) throw UserInputError.field('townCode', `镇办代码不存在：${args.townCode}`);
    }
    if (args.townCode) this.scope.assertIncludes(args.townCode);
    // Whoever is town-scoped sums their towns only, whatever they ask for.
    const params = [args.year, args.fundCategory ?? null, args.townCode ?? null, this.scope.parameter];
    const { totals, rows } = TALLY_GROUPS[args.groupBy]
      ? await this.fromTallies(args.groupBy, params)
      : {
          totals: (
            await this.dataSource.query<RawRow[]>(`SELECT 'TOTAL' AS key, NULL AS label, ${MEASURES} ${SCOPE}`, params)
          )[0],
          rows: await this.dataSource.query<RawRow[]>(this.groupedSql(args.groupBy), params),
        };
    const totalLabel = args.fundCategory ? `${FUND_CATEGORY_LABEL[args.fundCategory]}合计` : '统筹整合财政涉农资金合计';
    return {
      year: args.year,
      groupBy: args.groupBy,
      fundCategory: args.fundCategory ?? null,
      totals: toRow({ ...totals, label: totalLabel }),
      rows: rows.map((row) => toRow({ ...row, label: labelOf(args.groupBy, row) })),
    };
  }

  /**
   * By town, project category or source: one statement over the tallies (a few hundred rows of the
   * year, whatever the number of projects), totals and groups together, money and project counts from
   * one snapshot. A project is counted once per group however many sources fund it; by source, a
   * source's projects are its allocations (one per project and source).
   */
  private async fromTallies(groupBy: FundingGroupBy, params: unknown[]): Promise<{ totals: RawRow; rows: RawRow[] }> {
    const column = TALLY_GROUPS[groupBy] as string;
    const bySource = groupBy === FundingGroupBy.SOURCE;
    const grouped: (RawRow & { total: boolean })[] = await this.dataSource.query(
      `WITH money AS (
         SELECT GROUPING(t.${column}) = 1 AS total, t.${column}::text AS key,
                SUM(t.allocated) AS allocated, SUM(t.disbursed) AS disbursed,
                SUM(t.allocations)::int AS allocations,
                (SUM(t.allocations) FILTER (WHERE t.status >= 'STARTED'::project_status))::int AS started_allocations
           FROM fund_tally t JOIN fund_source s ON s.id = t.fund_source_id
          WHERE ${TALLY_SCOPE('t')} AND ($2::fund_category IS NULL OR s.category = $2::fund_category)
          GROUP BY GROUPING SETS ((t.${column}), ())
         HAVING GROUPING(t.${column}) = 1 OR SUM(t.allocations) > 0
       ), counted AS (
         SELECT ${bySource ? 'true AS total, NULL::text AS key' : `GROUPING(f.${column}) = 1 AS total, f.${column}::text AS key`},
                SUM(f.projects)::int AS projects,
                (SUM(f.projects) FILTER (WHERE f.status >= 'STARTED'::project_status))::int AS started
           FROM funded_project_tally f
          WHERE ${TALLY_SCOPE('f')} AND f.fund_category IS NOT DISTINCT FROM $2::fund_category
          GROUP BY GROUPING SETS (${bySource ? '' : `(f.${column}), `}())
       )
       SELECT m.total, m.key,
              COALESCE(m.allocated, 0)::text AS allocated, COALESCE(m.disbursed, 0)::text AS disbursed,
              ${
                bySource
                  ? `CASE WHEN m.total THEN COALESCE(c.projects, 0) ELSE m.allocations END AS project_count,
              CASE WHEN m.total THEN COALESCE(c.started, 0) ELSE m.started_allocations END AS started_count,
              fs.name AS label`
                  : `COALESCE(c.projects, 0) AS project_count, COALESCE(c.started, 0) AS started_count, NULL AS label`
              }
         FROM money m
         LEFT JOIN counted c ON c.total = m.total AND c.key IS NOT DISTINCT FROM m.key
         ${bySource ? 'LEFT JOIN fund_source fs ON fs.id::text = m.key ORDER BY fs.code' : ''}`,
      params,
    );
    const totals = { ...(grouped.find((r) => r.total) ?? EMPTY_TOTALS), key: 'TOTAL', label: null };
    const groups = grouped.filter((r) => !r.total);
    if (groupBy === FundingGroupBy.TOWN) {
      // Every town appears, also those without money this year, so charts keep their axis.
      const byKey = new Map(groups.map((r) => [r.key, r]));
      const [, , townCode, scopeTowns] = params;
      const towns = await this.dataSource.query<{ code: string; name: string }[]>(
        `SELECT code, name FROM town
          WHERE ($1::varchar IS NULL OR code = $1::varchar) AND ($2::varchar[] IS NULL OR code = ANY($2::varchar[]))
          ORDER BY code`,
        [townCode, scopeTowns],
      );
      return {
        totals,
        rows: towns.map((t) => ({ ...(byKey.get(t.code) ?? EMPTY_TOTALS), key: t.code, label: t.name })),
      };
    }
    if (groupBy === FundingGroupBy.CATEGORY) {
      const order = Object.values(ProjectCategory) as string[];
      groups.sort((x, y) => order.indexOf(x.key) - order.indexOf(y.key));
    }
    return { totals, rows: groups };
  }

  private groupedSql(groupBy: FundingGroupBy): string {
    switch (groupBy) {
      case FundingGroupBy.VILLAGE_CATEGORY:
        // A village of several kinds counts its projects under each; a village of none under OTHER.
        return `
          SELECT k.key, NULL AS label, ${MEASURES}
          FROM fund_allocation a
          JOIN project p ON p.id = a.project_id
          JOIN fund_source s ON s.id = a.fund_source_id
          LEFT JOIN village v ON v.code = p.village_code
          CROSS JOIN LATERAL unnest(
            CASE WHEN v.code IS NULL THEN ARRAY['${NOT_IN_A_VILLAGE}']
                 WHEN cardinality(v.categories) = 0 THEN ARRAY['${VillageCategory.OTHER}']
                 ELSE v.categories::text[] END) AS k(key)
          WHERE p.year = $1
            AND ($2::fund_category IS NULL OR s.category = $2::fund_category)
            AND ($3::varchar IS NULL OR p.town_code = $3::varchar)
            AND ($4::varchar[] IS NULL OR p.town_code = ANY($4::varchar[]))
          GROUP BY k.key
          ORDER BY array_position(ARRAY[${VILLAGE_CATEGORY_ORDER.map((c) => `'${c}'`).join(', ')}], k.key)`;
      case FundingGroupBy.MONTH:
        // Money allocated by the month of its document, spent by the month of its payment.
        return `
          WITH alloc AS (
            SELECT to_char(a.allocated_on, 'YYYY-MM') AS key, SUM(a.amount) AS allocated ${SCOPE}
            GROUP BY 1
          ), paid AS (
            SELECT to_char(d.paid_on, 'YYYY-MM') AS key, SUM(d.amount) AS disbursed,
                   COUNT(DISTINCT a.project_id)::int AS project_count,
                   (COUNT(DISTINCT a.project_id) FILTER (WHERE p.status >= 'STARTED'::project_status))::int AS started_count
            FROM disbursement d
            JOIN fund_allocation a ON a.id = d.allocation_id
            JOIN project p ON p.id = a.project_id
            JOIN fund_source s ON s.id = a.fund_source_id
            WHERE p.year = $1
              AND ($2::fund_category IS NULL OR s.category = $2::fund_category)
              AND ($3::varchar IS NULL OR p.town_code = $3::varchar)
              AND ($4::varchar[] IS NULL OR p.town_code = ANY($4::varchar[]))
            GROUP BY 1
          )
          SELECT COALESCE(alloc.key, paid.key) AS key, COALESCE(alloc.key, paid.key) AS label,
                 COALESCE(alloc.allocated, 0)::text AS allocated, COALESCE(paid.disbursed, 0)::text AS disbursed,
                 COALESCE(paid.project_count, 0) AS project_count, COALESCE(paid.started_count, 0) AS started_count
          FROM alloc FULL JOIN paid ON paid.key = alloc.key
          ORDER BY 1`;
      default:
        throw new Error(`the tallies answer ${groupBy}`);
    }
  }
}

function labelOf(groupBy: FundingGroupBy, row: RawRow): string | null {
  if (groupBy === FundingGroupBy.CATEGORY) return PROJECT_CATEGORY_LABEL[row.key as ProjectCategory];
  if (groupBy === FundingGroupBy.VILLAGE_CATEGORY) {
    return row.key === NOT_IN_A_VILLAGE ? NOT_IN_A_VILLAGE_LABEL : VILLAGE_CATEGORY_LABEL[row.key as VillageCategory];
  }
  return row.label;
}

function toRow(raw: RawRow): FundingSummaryRow {
  const allocated = raw.allocated ?? '0';
  const disbursed = raw.disbursed ?? '0';
  return {
    key: raw.key,
    label: raw.label ?? raw.key,
    allocated,
    disbursed,
    executionRate: executionRate(disbursed, allocated),
    projectCount: raw.project_count ?? 0,
    startedProjectCount: raw.started_count ?? 0,
  };
}
