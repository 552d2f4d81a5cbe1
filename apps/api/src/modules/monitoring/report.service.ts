import type { DataSource } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { addDays, daysBetween } from '../../common/date';
import { NotFoundError, UserInputError } from '../../common/errors';
import { type PageRequest, paginateSql } from '../../common/pagination';
import { suppressCounts, suppressed } from '../../common/suppression';
import type { TownScope } from '../../common/viewer';
import { TownEntity, VillageEntity } from '../place/place.entity';
import { MonitoringCaseEntity } from './case.entity';
import {
  CaseStatus,
  MONITORING_TYPE_LABEL,
  MonitoringType,
  RISK_KIND_LABEL,
  type RiskKind,
  WarningRule,
} from './monitoring.enums';
import type { MonitoringWarningFilter } from './monitoring.inputs';
import type { MonitoringCount, VillageNotice } from './monitoring.type';
import type { ProcedureService } from './procedure.service';

// The helpers live in common/ (the park aggregates use them too); `suppressed` stays importable from here.
export { suppressed };

/** Suppresses small counts in a breakdown whose total is shown (`suppressCounts`), keyed and labelled. */
export function suppressBreakdown(rows: { key: string; label: string; n: number }[]): MonitoringCount[] {
  const cases = suppressCounts(rows.map((r) => r.n));
  return rows.map((r, i) => ({ key: r.key, label: r.label, cases: cases[i] }));
}

export interface WarningRow extends Record<string, unknown> {
  id: string;
  rule: WarningRule;
  since: string;
  town_code: string;
  village_code: string;
  household_id: string;
  household_code: string;
  case_id: string | null;
  case_code: string | null;
  step_code: string | null;
  step_name: string | null;
  due_on: string | null;
  year: number | null;
  net: string | null;
  line: string | null;
}

/** Warnings, the board, the dashboard's aggregates and the village notice, within the viewer's towns. */
export class MonitoringReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: TownScope,
    private readonly procedures: ProcedureService,
  ) {}

  /**
   * The three automatic rules, evaluated on the data as it is now (nothing to fall out of date, the
   * same answer from every API process): a step past its limit; identified a month ago and still no
   * assistance; the latest year's net income per person below that year's line, with no open case.
   */
  warnings(filter: MonitoringWarningFilter | undefined, page: PageRequest) {
    const params: unknown[] = [
      bureauToday(),
      this.scope.parameter,
      filter?.townCode ?? null,
      filter?.villageCode ?? null,
    ];
    const where = `($2::varchar[] IS NULL OR w.town_code = ANY($2)) AND ($3::varchar IS NULL OR w.town_code = $3)
      AND ($4::varchar IS NULL OR w.village_code = $4) AND $1::date IS NOT NULL`;
    const rules = [
      `SELECT 'STEP_OVERDUE' AS rule, 'STEP_OVERDUE:' || c.id AS id, (c.next_step_due_on + 1)::text AS since,
         c.town_code, c.village_code, c.household_id::text, h.code AS household_code, c.id::text AS case_id,
         c.code AS case_code, s.code AS step_code, s.name AS step_name, c.next_step_due_on::text AS due_on,
         NULL::int AS year, NULL::text AS net, NULL::text AS line
       FROM monitoring_case c
       JOIN household h ON h.id = c.household_id
       JOIN monitoring_procedure_step s ON s.procedure_id = c.procedure_id AND s.position = c.completed_steps + 1
       WHERE c.status = 'IDENTIFYING' AND c.next_step_due_on < $1::date`,
      `SELECT 'NO_ASSISTANCE' AS rule, 'NO_ASSISTANCE:' || c.id AS id, (c.identified_on + interval '1 month')::date::text AS since,
         c.town_code, c.village_code, c.household_id::text, h.code AS household_code, c.id::text AS case_id,
         c.code AS case_code, NULL AS step_code, NULL AS step_name, NULL AS due_on,
         NULL::int AS year, NULL::text AS net, NULL::text AS line
       FROM monitoring_case c
       JOIN household h ON h.id = c.household_id
       WHERE c.status = 'MONITORING' AND c.identified_on + interval '1 month' < $1::date
         AND NOT EXISTS (SELECT 1 FROM assistance_measure m WHERE m.case_id = c.id)`,
      `SELECT 'INCOME_BELOW_LINE' AS rule, 'INCOME_BELOW_LINE:' || h.id AS id,
         greatest(l.effective_on, y.updated_at::date)::text AS since,
         h.town_code, h.village_code, h.id::text AS household_id, h.code AS household_code, NULL AS case_id,
         NULL AS case_code, NULL AS step_code, NULL AS step_name, NULL AS due_on,
         y.year::int AS year, y.net_income_per_person::text AS net, l.amount::text AS line
       FROM household h
       JOIN LATERAL (SELECT * FROM household_year hy WHERE hy.household_id = h.id ORDER BY hy.year DESC LIMIT 1) y ON true
       JOIN monitoring_line l ON l.year = y.year
       WHERE y.net_income_per_person < l.amount
         AND NOT EXISTS (SELECT 1 FROM monitoring_case c WHERE c.household_id = h.id AND c.status IN ('IDENTIFYING', 'MONITORING'))`,
    ];
    const selected = filter?.rule ? [rules[Object.values(WarningRule).indexOf(filter.rule)]] : rules;
    const sql = `SELECT * FROM (${selected.join('\nUNION ALL\n')}) AS w WHERE ${where}`;
    return paginateSql<WarningRow>((text, values) => this.dataSource.query(text, values), sql, params, page, [
      { name: 'since', read: (r) => r.since },
      { name: 'id', read: (r) => r.id },
    ]);
  }

  /** Case counts for the dashboard and BI, with small counts suppressed. */
  async summary(year: number | null) {
    const today = bureauToday();
    const params = [this.scope.parameter, year, today];
    const rows: {
      town_code: string;
      type: MonitoringType;
      status: CaseStatus;
      step: string | null;
      overdue: boolean;
      n: number;
    }[] = await this.dataSource.query(
      `SELECT c.town_code, c.type, c.status,
                CASE WHEN c.status = 'IDENTIFYING' THEN s.code END AS step,
                (c.status = 'IDENTIFYING' AND c.next_step_due_on < $3::date) AS overdue,
                count(*)::int AS n
         FROM monitoring_case c
         LEFT JOIN monitoring_procedure_step s ON s.procedure_id = c.procedure_id AND s.position = c.completed_steps + 1
         WHERE ($1::varchar[] IS NULL OR c.town_code = ANY($1))
           AND ($2::int IS NULL OR c.opened_on BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31))
         GROUP BY 1, 2, 3, 4, 5`,
      params,
    );
    const sum = (pick: (r: (typeof rows)[number]) => boolean) => rows.filter(pick).reduce((n, r) => n + r.n, 0);
    const group = (keyOf: (r: (typeof rows)[number]) => string | null) => {
      const totals = new Map<string, number>();
      for (const r of rows) {
        const key = keyOf(r);
        if (key !== null) totals.set(key, (totals.get(key) ?? 0) + r.n);
      }
      return totals;
    };
    const towns = await this.dataSource.getRepository(TownEntity).find({ order: { code: 'ASC' } });
    const byTown = group((r) => r.town_code);
    const byType = group((r) => r.type);
    const byStatus = group((r) => r.status);
    const byStep = group((r) => r.step);
    const procedure = await this.procedures.effectiveOn(this.dataSource.manager, today);
    const stepNames = new Map(procedure.steps.map((s) => [s.code, s.name]));
    const stepKeys = [
      ...procedure.steps.slice(1).map((s) => s.code),
      ...[...byStep.keys()].filter((k) => !stepNames.has(k)),
    ];
    return {
      year,
      total: suppressed(sum(() => true)),
      open: suppressed(sum((r) => r.status === CaseStatus.IDENTIFYING || r.status === CaseStatus.MONITORING)),
      overdue: suppressed(sum((r) => r.overdue)),
      byTown: suppressBreakdown(
        towns
          .filter((t) => this.scope.includes(t.code))
          .map((t) => ({ key: t.code, label: t.name, n: byTown.get(t.code) ?? 0 })),
      ),
      byType: suppressBreakdown(
        Object.values(MonitoringType).map((t) => ({ key: t, label: MONITORING_TYPE_LABEL[t], n: byType.get(t) ?? 0 })),
      ),
      byStep: suppressBreakdown(stepKeys.map((k) => ({ key: k, label: stepNames.get(k) ?? k, n: byStep.get(k) ?? 0 }))),
      byStatus: suppressBreakdown(
        Object.values(CaseStatus).map((s) => ({ key: s, label: STATUS_LABEL[s], n: byStatus.get(s) ?? 0 })),
      ),
    };
  }

  /** The case board: cases waiting at each step, the most urgent first. */
  async board(townCode: string | undefined, perColumn: number) {
    if (perColumn < 0 || perColumn > 50) throw UserInputError.field('perColumn', '每列显示 0 到 50 件');
    // Another town's board is, to a town clerk, a town she cannot see.
    if (townCode && !this.scope.includes(townCode)) throw new NotFoundError('镇办', townCode);
    const today = bureauToday();
    const procedure = await this.procedures.effectiveOn(this.dataSource.manager, today);
    const counts: { code: string; n: number; overdue: number }[] = await this.dataSource.query(
      `SELECT s.code, count(*)::int AS n, count(*) FILTER (WHERE c.next_step_due_on < $3::date)::int AS overdue
       FROM monitoring_case c
       JOIN monitoring_procedure_step s ON s.procedure_id = c.procedure_id AND s.position = c.completed_steps + 1
       WHERE c.status = 'IDENTIFYING' AND ($1::varchar[] IS NULL OR c.town_code = ANY($1))
         AND ($2::varchar IS NULL OR c.town_code = $2)
       GROUP BY s.code`,
      [this.scope.parameter, townCode ?? null, today],
    );
    const ranked: { id: string; step_code: string }[] = await this.dataSource.query(
      `SELECT id, step_code FROM (
         SELECT c.id, s.code AS step_code,
                row_number() OVER (PARTITION BY s.code ORDER BY c.next_step_due_on NULLS LAST, c.code) AS rank
         FROM monitoring_case c
         JOIN monitoring_procedure_step s ON s.procedure_id = c.procedure_id AND s.position = c.completed_steps + 1
         WHERE c.status = 'IDENTIFYING' AND ($1::varchar[] IS NULL OR c.town_code = ANY($1))
           AND ($2::varchar IS NULL OR c.town_code = $2)
       ) r WHERE rank <= $3`,
      [this.scope.parameter, townCode ?? null, perColumn],
    );
    const stepOf = new Map(ranked.map((r) => [r.id, r.step_code]));
    const cases = ranked.length
      ? await this.dataSource
          .getRepository(MonitoringCaseEntity)
          .createQueryBuilder('c')
          .where('c.id = ANY(:ids)', { ids: ranked.map((r) => r.id) })
          .orderBy('c.next_step_due_on', 'ASC', 'NULLS LAST')
          .addOrderBy('c.code', 'ASC')
          .getMany()
      : [];
    const codes = [...procedure.steps.slice(1).map((s) => s.code)];
    for (const c of counts) if (!codes.includes(c.code)) codes.push(c.code);
    const allSteps = new Map(procedure.steps.map((s) => [s.code, s]));
    return codes.map((code) => {
      const count = counts.find((c) => c.code === code);
      return {
        step: allSteps.get(code) ?? {
          position: 0,
          code,
          name: code,
          actor: 'TOWN',
          timeLimitDays: null,
          minimumDays: null,
          canReject: false,
          recordsNotice: false,
          requiredAttachments: [],
        },
        count: count?.n ?? 0,
        overdueCount: count?.overdue ?? 0,
        cases: cases.filter((c) => stepOf.get(c.id) === code),
      };
    });
  }

  /**
   * 村级公示 for a village: the households whose cases wait for the notice step, with the head's
   * name, the type and the kinds of risk. Nothing else about them: no ID number, phone, address,
   * health detail, income or free-text reason ever reaches this page.
   */
  async villageNotice(villageCode: string): Promise<VillageNotice> {
    const village = await this.dataSource.getRepository(VillageEntity).findOneBy({ code: villageCode });
    if (!village || !this.scope.includes(village.townCode)) throw new NotFoundError('村（社区）', villageCode);
    const town = await this.dataSource.getRepository(TownEntity).findOneByOrFail({ code: village.townCode });
    const rows: {
      head_name: string;
      group_name: string;
      member_count: number;
      type: MonitoringType;
      risk_kinds: string;
      minimum_days: number | null;
    }[] = await this.dataSource.query(
      `SELECT h.head_name, h.group_name, h.member_count, c.type, array_to_string(c.risk_kinds, ',') AS risk_kinds, s.minimum_days
         FROM monitoring_case c
         JOIN household h ON h.id = c.household_id
         JOIN monitoring_procedure_step s ON s.procedure_id = c.procedure_id AND s.position = c.completed_steps + 1
         WHERE c.village_code = $1 AND c.status = 'IDENTIFYING' AND s.records_notice
         ORDER BY h.group_name, h.code`,
      [villageCode],
    );
    const today = bureauToday();
    const minimumDays = Math.max(5, ...rows.map((r) => r.minimum_days ?? 5));
    const noticeEnd = addDays(today, minimumDays - 1);
    return {
      title: `${village.name}防返贫监测对象识别公示`,
      townName: town.name,
      villageName: village.name,
      generatedOn: today,
      noticeStart: today,
      noticeEnd,
      minimumDays,
      entries: rows.map((r) => ({
        headName: r.head_name,
        groupName: r.group_name,
        memberCount: r.member_count,
        type: r.type,
        reasons: r.risk_kinds
          .split(',')
          .filter(Boolean)
          .map((k) => RISK_KIND_LABEL[k as RiskKind] ?? k)
          .join('、'),
      })),
      footer: `经农户申请（或排查发现）、入户核查、信息比对和村民代表民主评议，拟将以上 ${rows.length} 户纳入防返贫监测对象，现予公示。公示期 ${minimumDays} 天（${today} 至 ${noticeEnd}）。如有异议，请在公示期内向村委会或${town.name}反映。`,
    };
  }

  /** How long a warning has stood, in days. */
  static days(since: string): number {
    return Math.max(0, daysBetween(since, bureauToday()));
  }
}

const STATUS_LABEL: Record<CaseStatus, string> = {
  IDENTIFYING: '识别中',
  MONITORING: '帮扶中',
  REJECTED: '未通过识别',
  CLOSED: '风险已消除',
};
