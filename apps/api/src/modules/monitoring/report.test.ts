import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureauToday } from '../../common/clock';
import { addDays } from '../../common/date';
import { YING_HU } from '../../test/access';
import { errorFields, expectRefused } from '../../test/expect-error';
import { LAO_CHENG } from '../../test/factories';
import { type Gql, startTestApi, type TestApi } from '../../test/harness';
import {
  createHousehold,
  headInput,
  type MonitoringCase,
  newIdNumber,
  openCase,
  recordNext,
} from '../../test/monitoring-fixtures';
import { Role } from '../identity/identity.enums';
import { suppressBreakdown, suppressed } from './report.service';

/**
 * What the bureau reads rather than writes: automatic warnings (firing and not firing), risk
 * elimination against the year's line, the village notice without identifiers, and aggregates that
 * never single out a household.
 */
const today = bureauToday();
const WARNINGS = `query ($filter: MonitoringWarningFilter, $after: String) {
  monitoringWarnings(filter: $filter, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id rule message since days townCode villageCode householdId caseId stepCode dueOn year netIncomePerPerson monitoringLine } }
  }
}`;
const RECORD_YEAR = `mutation ($input: HouseholdYearInput!) { recordHouseholdYear(input: $input) { netIncomePerPerson belowLine } }`;

function yearInput(householdId: string, year: number, wage: string, secure = true) {
  return {
    householdId,
    year,
    wageIncome: wage,
    operatingIncome: '0.00',
    propertyIncome: '0.00',
    transferIncome: '0.00',
    compliantExpenses: '0.00',
    memberCount: 1,
    foodClothingSecure: true,
    educationSecure: true,
    medicalSecure: true,
    housingSecure: secure,
    waterSecure: true,
  };
}

describe('warnings, elimination, notice and summary', () => {
  let api: TestApi;
  let clerk: Gql & { cookie: string };
  let district: Gql & { cookie: string };
  let yinghuClerk: Gql;

  async function warningsFor(gql: Gql, filter: Record<string, unknown>) {
    const all: Record<string, any>[] = [];
    let after: string | null = null;
    do {
      const result: Record<string, any> = await gql(WARNINGS, { filter, after });
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      all.push(...(result.data?.monitoringWarnings.edges ?? []).map((e: { node: Record<string, any> }) => e.node));
      after = result.data?.monitoringWarnings.pageInfo.hasNextPage
        ? result.data.monitoringWarnings.pageInfo.endCursor
        : null;
    } while (after);
    return all;
  }

  /** A case taken through all eight steps, identified `daysAgo` days ago. */
  async function identifiedCase(daysAgo: number): Promise<MonitoringCase> {
    const household = await createHousehold(clerk, LAO_CHENG.village.code);
    let c = await openCase(clerk, household.id, { discoveredOn: addDays(today, -daysAgo - 30) });
    for (const [i, d] of [-28, -26, -24, -22, -14, -12].entries()) {
      const result = await recordNext(api, clerk, c, addDays(today, -daysAgo + d + 28 - 28));
      expect(result.errors, `step ${i}: ${JSON.stringify(result.errors)}`).toBeUndefined();
      c = result.data?.recordMonitoringStep;
    }
    const approved = await recordNext(api, district, c, addDays(today, -daysAgo));
    expect(approved.errors).toBeUndefined();
    return approved.data?.recordMonitoringStep;
  }

  beforeAll(async () => {
    api = await startTestApi();
    clerk = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
    district = await api.signInAs(Role.DISTRICT_STAFF);
    yinghuClerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    const line = await api.gql(
      `mutation ($input: MonitoringLineInput!) { setMonitoringLine(input: $input) { year amount } }`,
      { input: { year: 2024, amount: '7500.00', effectiveOn: '2024-01-01', document: '测试用监测线' } },
    );
    expect(line.errors).toBeUndefined();
  });
  afterAll(() => api?.close());

  it('a step past its limit raises STEP_OVERDUE for the town, saying which step and since when; a fresh case does not', async () => {
    const late = await openCase(clerk, (await createHousehold(clerk, LAO_CHENG.village.code)).id, {
      discoveredOn: '2021-09-17',
    });
    const fresh = await openCase(clerk, (await createHousehold(clerk, LAO_CHENG.village.code)).id);
    const list = await warningsFor(clerk, { townCode: LAO_CHENG.code, rule: 'STEP_OVERDUE' });
    const warning = list.find((w) => w.caseId === late.id);
    expect(warning).toMatchObject({
      rule: 'STEP_OVERDUE',
      stepCode: 'HOME_VISIT',
      dueOn: '2021-09-23',
      since: '2021-09-24',
      townCode: LAO_CHENG.code,
      villageCode: LAO_CHENG.village.code,
    });
    expect(warning?.message).toBe(
      `案件 ${late.code}「入户核查」应于 2021-09-23 前办结，已超时 ${warning?.days + 1} 天`,
    );
    expect(list.some((w) => w.caseId === fresh.id)).toBe(false);
    // Another town's list does not carry it.
    const other = await warningsFor(yinghuClerk, {});
    expect(other.some((w) => w.caseId === late.id)).toBe(false);
    for (const w of other) expect(w.townCode).toBe(YING_HU.code);
    // Done late, the warning goes away.
    const done = await recordNext(api, clerk, late, '2021-09-30');
    expect(done.errors).toBeUndefined();
    const after = await warningsFor(clerk, { townCode: LAO_CHENG.code, rule: 'STEP_OVERDUE' });
    expect(after.find((w) => w.caseId === late.id)?.stepCode).toBe('CONSENT');
  });

  it('identified over a month ago without assistance raises NO_ASSISTANCE until a measure is recorded', async () => {
    const old = await identifiedCase(40);
    const recent = await identifiedCase(10);
    let list = await warningsFor(district, { rule: 'NO_ASSISTANCE', villageCode: LAO_CHENG.village.code });
    expect(list.some((w) => w.caseId === old.id)).toBe(true);
    expect(list.some((w) => w.caseId === recent.id)).toBe(false);
    const measure = await clerk(
      `mutation ($input: AssistanceMeasureInput!) { addAssistanceMeasure(input: $input) { id beforeIdentification } }`,
      {
        input: {
          caseId: old.id,
          kind: 'EMPLOYMENT',
          description: '安排到新社区工厂务工',
          responsiblePerson: '刘干部',
          responsibleUnit: '老城街道办',
          startOn: today,
        },
      },
    );
    expect(measure.data?.addAssistanceMeasure).toMatchObject({ beforeIdentification: false });
    list = await warningsFor(district, { rule: 'NO_ASSISTANCE', villageCode: LAO_CHENG.village.code });
    expect(list.some((w) => w.caseId === old.id)).toBe(false);
  });

  it("income below the year's line raises INCOME_BELOW_LINE until a case is opened; above the line it does not", async () => {
    const poor = await createHousehold(clerk, LAO_CHENG.village.code);
    const fine = await createHousehold(clerk, LAO_CHENG.village.code);
    expect(
      (await clerk(RECORD_YEAR, { input: yearInput(poor.id, 2024, '7499.99') })).data?.recordHouseholdYear,
    ).toEqual({
      netIncomePerPerson: '7499.99',
      belowLine: true,
    });
    expect(
      (await clerk(RECORD_YEAR, { input: yearInput(fine.id, 2024, '7500.00') })).data?.recordHouseholdYear,
    ).toEqual({
      netIncomePerPerson: '7500.00',
      belowLine: false,
    });
    let list = await warningsFor(clerk, { rule: 'INCOME_BELOW_LINE', villageCode: LAO_CHENG.village.code });
    const warning = list.find((w) => w.householdId === poor.id);
    expect(warning).toMatchObject({
      year: 2024,
      netIncomePerPerson: '7499.99',
      monitoringLine: '7500.00',
      caseId: null,
    });
    expect(warning?.message).toBe(
      `农户 ${poor.code} 2024 年人均纯收入 7499.99 元，低于当年监测线 7500.00 元，尚未纳入监测`,
    );
    expect(list.some((w) => w.householdId === fine.id)).toBe(false);
    await openCase(clerk, poor.id, {
      channel: 'PLATFORM_ANALYSIS',
      riskKinds: ['INCOME_DROP'],
      reason: '平台预警收入低于监测线',
    });
    list = await warningsFor(clerk, { rule: 'INCOME_BELOW_LINE', villageCode: LAO_CHENG.village.code });
    expect(list.some((w) => w.householdId === poor.id)).toBe(false);
  });

  it("eliminates a risk only when the year's figures clear the line and every guarantee; then follow-up visits", async () => {
    const c = await identifiedCase(20);
    const ELIMINATE = `mutation ($input: EliminateRiskInput!) { eliminateRisk(input: $input) { status closedOn version elimination { method incomeYear netIncomePerPerson monitoringLine } } }`;
    const [{ household_id: householdId }] = await api.db.dataSource.query(
      'SELECT household_id FROM monitoring_case WHERE id = $1',
      [c.id],
    );
    const input = { caseId: c.id, version: c.version, method: 'NATURAL', incomeYear: 2024 };
    const noFigures = await clerk(ELIMINATE, { input });
    expect(errorFields(expectRefused(noFigures, 'BAD_USER_INPUT'))).toEqual(['incomeYear']);
    await clerk(RECORD_YEAR, { input: yearInput(householdId, 2024, '9000.00', false) });
    const unsafe = await clerk(ELIMINATE, { input });
    const error = expectRefused(unsafe, 'CONFLICT');
    expect(error.extensions?.reason).toBe('CONDITIONS_NOT_MET');
    expect(error.message).toBe('不满足风险消除条件：住房安全未保障');
    const viaHelp = await clerk(ELIMINATE, { input: { ...input, method: 'ASSISTANCE' } });
    expect(expectRefused(viaHelp, 'CONFLICT').message).toContain('没有帮扶措施');
    await clerk(RECORD_YEAR, {
      input: { ...yearInput(householdId, 2024, '9000.00'), version: 1 },
    });
    const closed = await clerk(ELIMINATE, { input });
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.eliminateRisk).toMatchObject({
      status: 'CLOSED',
      closedOn: today,
      elimination: { method: 'NATURAL', incomeYear: 2024, netIncomePerPerson: '9000.00', monitoringLine: '7500.00' },
    });
    const VISIT = `mutation ($input: FollowUpVisitInput!) { recordFollowUpVisit(input: $input) { visitedOn stable } }`;
    const before = await clerk(VISIT, {
      input: { caseId: c.id, visitedOn: addDays(today, -1), visitor: '刘干部', stable: true },
    });
    expect(errorFields(expectRefused(before, 'BAD_USER_INPUT'))).toEqual(['visitedOn']);
    const visit = await clerk(VISIT, {
      input: { caseId: c.id, visitedOn: today, visitor: '刘干部', stable: true, finding: '收入稳定' },
    });
    expect(visit.data?.recordFollowUpVisit).toEqual({ visitedOn: today, stable: true });
  });

  it('assistance, elimination, follow-up and the monitoring line are in the audit trail with who and what', async () => {
    const rows = await api.db.dataSource.query(
      `SELECT action, actor_name, entity_id, town_code, before, after, details FROM audit_log
       WHERE action IN ('monitoring_case.assistance', 'monitoring_case.eliminate', 'monitoring_case.follow_up', 'monitoring_line.create', 'monitoring_line.update')
       ORDER BY id`,
    );
    const actions = new Set(rows.map((r: { action: string }) => r.action));
    expect([...actions].sort()).toEqual([
      'monitoring_case.assistance',
      'monitoring_case.eliminate',
      'monitoring_case.follow_up',
      'monitoring_line.update',
    ]);
    const eliminate = rows.find((r: { action: string }) => r.action === 'monitoring_case.eliminate');
    expect(eliminate).toMatchObject({
      town_code: LAO_CHENG.code,
      before: expect.objectContaining({ status: 'MONITORING' }),
      after: expect.objectContaining({ status: 'CLOSED' }),
      details: expect.objectContaining({ incomeYear: 2024, line: '7500.00' }),
    });
    expect(rows.find((r: { action: string }) => r.action === 'monitoring_line.update')).toMatchObject({
      entity_id: '2024',
      after: expect.objectContaining({ amount: '7500.00' }),
    });
  });

  it('the village notice lists the households at the notice step with no identifier of any kind', async () => {
    const phone = '13787654321';
    const idNumber = newIdNumber('1959-09-09');
    const household = await createHousehold(clerk, LAO_CHENG.otherVillage.code, {
      phone,
      address: '培新街 99 号院',
      head: headInput({ name: '陈公示', idNumber, health: 'SERIOUS_ILLNESS' }),
    });
    let c = await openCase(clerk, household.id, {
      discoveredOn: addDays(today, -10),
      riskKinds: ['ILLNESS', 'EDUCATION_COST'],
      reason: '户主确诊肺癌晚期，化疗费用高',
    });
    for (const d of [-9, -8, -7, -6])
      c = (await recordNext(api, clerk, c, addDays(today, d))).data?.recordMonitoringStep;
    expect(c.nextStep?.code).toBe('VILLAGE_NOTICE');
    const result = await clerk(
      `query ($v: ID!) { villageNotice(villageCode: $v) { title villageName townName noticeStart noticeEnd minimumDays footer entries { headName groupName memberCount type reasons } } }`,
      { v: LAO_CHENG.otherVillage.code },
    );
    expect(result.errors).toBeUndefined();
    const notice = result.data?.villageNotice;
    expect(notice).toMatchObject({
      villageName: LAO_CHENG.otherVillage.name,
      townName: LAO_CHENG.name,
      minimumDays: 5,
    });
    expect(notice.entries).toContainEqual({
      headName: '陈公示',
      groupName: '二组',
      memberCount: 1,
      type: 'MARGINAL_AT_RISK',
      reasons: '因病、因学',
    });
    const text = JSON.stringify(notice);
    expect(text).not.toMatch(/\d{15,}|\d{6}\*+\d{3}[\dX]|1[3-9]\d\*{4}\d{4}/);
    for (const secret of [idNumber, phone, '培新街 99 号院', '肺癌', '化疗', 'SERIOUS_ILLNESS'])
      expect(text).not.toContain(secret);
    // Another town's village does not exist for this clerk.
    const foreign = await clerk(`query ($v: ID!) { villageNotice(villageCode: $v) { title } }`, {
      v: YING_HU.village.code,
    });
    expectRefused(foreign, 'NOT_FOUND');
  });

  it('suppresses counts of 1–4, and a second cell when one hidden cell could be worked out from the total', () => {
    expect(suppressed(0)).toEqual({ value: 0, display: '0', suppressed: false });
    expect(suppressed(3)).toEqual({ value: null, display: '<5', suppressed: true });
    expect(suppressed(5)).toEqual({ value: 5, display: '5', suppressed: false });
    const cells = suppressBreakdown([
      { key: 'a', label: 'A', n: 40 },
      { key: 'b', label: 'B', n: 2 },
      { key: 'c', label: 'C', n: 9 },
      { key: 'd', label: 'D', n: 0 },
    ]);
    expect(cells.map((c) => c.cases.display)).toEqual(['40', '<5', '已隐藏', '0']);
  });

  it("the summary follows the viewer's towns and never prints a count from 1 to 4", async () => {
    const Q = `{ monitoringSummary { total { value display suppressed } open { display } overdue { display }
      byTown { key cases { value display } } byType { key cases { display } } byStep { key label cases { display } } byStatus { key cases { display } } } }`;
    const all = await district(Q);
    expect(all.errors).toBeUndefined();
    const s = all.data?.monitoringSummary;
    expect(s.byTown).toHaveLength(28);
    expect(s.byStep.map((x: { key: string }) => x.key)).toEqual([
      'HOME_VISIT',
      'CONSENT',
      'DATA_CHECK',
      'VILLAGE_REVIEW',
      'VILLAGE_NOTICE',
      'TOWN_REVIEW',
      'DISTRICT_APPROVAL',
    ]);
    const cells = [
      s.total,
      s.open,
      s.overdue,
      ...['byTown', 'byType', 'byStep', 'byStatus'].flatMap((k) => s[k].map((x: { cases: unknown }) => x.cases)),
    ];
    for (const cell of cells) expect(cell.display).not.toMatch(/^[1-4]$/);
    const town = await clerk(Q);
    expect(town.data?.monitoringSummary.byTown.map((x: { key: string }) => x.key)).toEqual([LAO_CHENG.code]);
    const [{ n }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS n FROM monitoring_case WHERE town_code = $1`,
      [LAO_CHENG.code],
    );
    expect(town.data?.monitoringSummary.total.value ?? n).toBe(n);
  });
});
