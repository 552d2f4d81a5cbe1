import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../common/date';
import { idNumberFacts, idNumberProblem, maskIdNumber } from '../../common/id-number';
import { divideFen, fenToMoney, moneyToFen } from '../../common/money';
import { DEVELOPMENT_PII_KEY, PiiCipher } from '../../common/pii';
import {
  AttachmentKind,
  CaseStatus,
  MonitoringType,
  Relation,
  StepOutcome,
} from '../../modules/monitoring/monitoring.enums';
import { WorkingCalendar } from '../../modules/monitoring/working-days';
import {
  buildMonitoringData,
  DEMO_PDF,
  type MonitoringSeed,
  PROCEDURE_2021_ID,
  PROCEDURE_2021_STEPS,
} from './monitoring';
import { seedPlaces } from './places';
import { Random } from './random';
import { DEMO_USERS } from './users';

const pii = new PiiCipher(DEVELOPMENT_PII_KEY);
const built = new Map<string, MonitoringSeed>();

/** A few of the 2021 exceptions (the migration has them all): enough to make holidays count. */
function calendar2021(): WorkingCalendar {
  const days = new Map<string, boolean>();
  for (let d = '2021-10-01'; d <= '2021-10-07'; d = addDays(d, 1)) days.set(d, false);
  for (let d = '2021-02-11'; d <= '2021-02-17'; d = addDays(d, 1)) days.set(d, false);
  for (const d of ['2021-02-07', '2021-02-20', '2021-09-26', '2021-10-09']) days.set(d, true);
  return new WorkingCalendar(days);
}

function build(today: string, seed = 20213266): MonitoringSeed {
  return buildMonitoringData(new Random(seed), seedPlaces(new Random(20211231)), pii, calendar2021(), today);
}

/** Built once per date for the assertions (building takes a moment). */
function shared(today: string): MonitoringSeed {
  if (!built.has(today)) built.set(today, build(today));
  return built.get(today)!;
}

const groupBy = <T, K>(rows: T[], key: (row: T) => K) => {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
};

const OPEN = new Set([CaseStatus.IDENTIFYING, CaseStatus.MONITORING]);

// A weekday and a Sunday: "today" on a weekend must still give overdue and on-time cases.
describe.each(['2026-06-15', '2025-03-02'])('the monitoring demo data built for %s', (today) => {
  const data = shared(today);
  const calendar = calendar2021();
  const latestYear = Number(today.slice(0, 4)) - 1;
  const lines = new Map(data.monitoringLines.map((l) => [l.year, l.amount]));
  const figures = new Map(data.householdYears.map((y) => [`${y.householdId}/${y.year}`, y]));
  const personsBy = groupBy(data.persons, (p) => p.householdId);
  const stepsBy = groupBy(data.steps, (s) => s.caseId);
  const measuresBy = groupBy(data.measures, (m) => m.caseId);
  const casesBy = groupBy(data.cases, (c) => c.householdId);

  it('has about 6,000 households of ~3.2 persons and about 550 cases', () => {
    expect(data.households).toHaveLength(6000);
    expect(data.persons.length / data.households.length).toBeGreaterThan(2.9);
    expect(data.persons.length / data.households.length).toBeLessThan(3.5);
    expect(data.cases.length).toBeGreaterThan(480);
    expect(data.cases.length).toBeLessThan(650);
    const lifted = data.households.filter((h) => h.category === 'LIFTED').length / 6000;
    expect(lifted).toBeGreaterThan(0.62);
    expect(lifted).toBeLessThan(0.78);
    const relocated = data.households.filter((h) => h.relocated).length / 6000;
    expect(relocated).toBeGreaterThan(0.1);
    expect(relocated).toBeLessThan(0.2);
  });

  it('gives every person a valid, unique ID number that matches birth date and gender', () => {
    const ids = new Set<string>();
    const hashes = new Set<string>();
    const problems: string[] = [];
    for (const p of data.persons) {
      const id = pii.open(p.idNumberSealed);
      const facts = idNumberFacts(id);
      if (idNumberProblem(id)) problems.push(`${id}: ${idNumberProblem(id)}`);
      if (!['610902', '612401'].includes(id.slice(0, 6))) problems.push(`${id}: region`);
      if (facts.birthDate !== p.birthDate || facts.gender !== p.gender)
        problems.push(`${id}: ${p.birthDate} ${p.gender}`);
      if (p.idNumberMasked !== maskIdNumber(id)) problems.push(`${id}: mask ${p.idNumberMasked}`);
      if (p.idNumberHash !== pii.lookupHash(id)) problems.push(`${id}: hash`);
      if (p.birthDate >= today) problems.push(`${id}: born ${p.birthDate}`);
      ids.add(id);
      hashes.add(p.idNumberHash);
    }
    expect(problems).toEqual([]);
    expect(ids.size).toBe(data.persons.length);
    expect(hashes.size).toBe(data.persons.length);
  });

  it('has exactly one head per household, and the household repeats her name and its size', () => {
    const codes = new Set<string>();
    for (const h of data.households) {
      const members = personsBy.get(h.id) ?? [];
      const heads = members.filter((p) => p.relation === Relation.HEAD);
      expect(heads).toHaveLength(1);
      expect(h.headName).toBe(heads[0].name);
      expect(h.memberCount).toBe(members.length);
      expect(members.length).toBeGreaterThanOrEqual(1);
      expect(members.length).toBeLessThanOrEqual(7);
      expect(h.code).toMatch(/^\d{16}$/);
      expect(h.code.startsWith(h.villageCode)).toBe(true);
      expect(h.villageCode.startsWith(h.townCode)).toBe(true);
      codes.add(h.code);
      if (h.phoneMasked) {
        expect(h.phoneMasked).toMatch(/^1[3-9]\d\*{4}\d{4}$/);
        const phone = pii.open(h.phoneSealed!);
        expect(phone).toMatch(/^1[3-9]\d{9}$/);
        expect(h.phoneMasked).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
      } else expect(h.phoneSealed).toBeNull();
    }
    expect(codes.size).toBe(data.households.length);
  });

  it('keeps relations and ages plausible', () => {
    for (const members of personsBy.values()) {
      const head = members.find((p) => p.relation === Relation.HEAD)!;
      const year = (p: { birthDate: string }) => Number(p.birthDate.slice(0, 4));
      for (const p of members) {
        if (p.relation === Relation.CHILD) expect(year(p) - year(head)).toBeGreaterThanOrEqual(18);
        if (p.relation === Relation.GRANDCHILD) expect(year(p) - year(head)).toBeGreaterThanOrEqual(36);
        if (p.relation === Relation.PARENT) expect(year(head) - year(p)).toBeGreaterThanOrEqual(18);
        if (p.relation === Relation.SPOUSE) expect(p.gender).not.toBe(head.gender);
        const age = daysBetween(p.birthDate, today) / 365.25;
        if (age >= 6.1 && age < 15) expect(p.education).toBe('IN_SCHOOL');
        if (p.workStatus === 'MIGRANT' || p.workStatus === 'LOCAL') expect(p.workPlace).not.toBe('');
      }
    }
  });

  it('computes every net income per person from the amounts, to the fen, half up', () => {
    const years = new Set(data.householdYears.map((y) => y.year));
    expect([...years].sort()).toEqual(Array.from({ length: latestYear - 2020 }, (_, i) => 2021 + i));
    expect(data.householdYears).toHaveLength(data.households.length * years.size);
    const members = new Map(data.households.map((h) => [h.id, h.memberCount]));
    const problems: string[] = [];
    for (const y of data.householdYears) {
      const amounts = [y.wageIncome, y.operatingIncome, y.propertyIncome, y.transferIncome, y.compliantExpenses];
      if (![...amounts, y.netIncomePerPerson].every((a) => /^\d+\.\d{2}$/.test(a)))
        problems.push(`${y.householdId}/${y.year}: format`);
      const incomes = amounts.slice(0, 4).reduce((n, a) => n + moneyToFen(a), 0n);
      const net = incomes - moneyToFen(y.compliantExpenses);
      if (y.memberCount !== members.get(y.householdId)) problems.push(`${y.householdId}/${y.year}: members`);
      if (y.netIncomePerPerson !== fenToMoney(divideFen(net, y.memberCount)))
        problems.push(`${y.householdId}/${y.year}: ${y.netIncomePerPerson}`);
      // Half up, checked independently: (2q − 1)·m ≤ 2·net < (2q + 1)·m.
      const q = moneyToFen(y.netIncomePerPerson);
      const m = BigInt(y.memberCount);
      if (!(2n * net >= (2n * q - 1n) * m && 2n * net < (2n * q + 1n) * m))
        problems.push(`${y.householdId}/${y.year}: rounding`);
    }
    expect(problems).toEqual([]);
    const latest = data.householdYears.filter((y) => y.year === latestYear).map((y) => Number(y.netIncomePerPerson));
    latest.sort((a, b) => a - b);
    expect(latest[Math.floor(latest.length / 2)]).toBeGreaterThan(9000);
    expect(latest[Math.floor(latest.length / 2)]).toBeLessThan(20000);
  });

  it('has the monitoring line for each year up to this one', () => {
    expect(data.monitoringLines.map((l) => l.year)).toEqual(
      Array.from({ length: Math.min(Number(today.slice(0, 4)), 2026) - 2020 }, (_, i) => 2021 + i),
    );
    expect(lines.get(2021)).toBe('6000.00');
    for (const l of data.monitoringLines) {
      expect(l.effectiveOn).toBe(`${l.year}-01-01`);
      expect(l.document).toBe('演示参数（非官方数值）');
    }
  });

  it('records each case’s steps in order, with due dates in working days', () => {
    const codes = new Set(data.cases.map((c) => c.code));
    expect(codes.size).toBe(data.cases.length);
    for (const c of data.cases) {
      expect(c.code).toMatch(new RegExp(`^JC${c.openedOn.slice(0, 4)}-\\d{5}$`));
      expect(c.procedureId).toBe(PROCEDURE_2021_ID);
      expect(c.riskKinds.length).toBeGreaterThanOrEqual(1);
      expect(c.riskKinds.length).toBeLessThanOrEqual(2);
      if (c.greenChannel) expect(c.type).toBe(MonitoringType.SUDDEN_HARDSHIP);
      const steps = (stepsBy.get(c.id) ?? []).sort((a, b) => a.position - b.position);
      expect(steps.map((s) => s.position)).toEqual(Array.from({ length: c.completedSteps }, (_, i) => i + 1));
      expect(steps[0].actedOn).toBe(c.openedOn);
      expect(steps[0].dueOn).toBeNull();
      for (const [i, s] of steps.entries()) {
        const spec = PROCEDURE_2021_STEPS[i];
        expect(s.stepCode).toBe(spec.code);
        expect(s.actedOn <= today).toBe(true);
        expect(s.actorId).toBeNull();
        expect(s.actorName).toMatch(s.position === 8 ? /^区乡村振兴局（演示）$/ : /^\S+ \S某某（演示）$/);
        if (i > 0) {
          expect(s.actedOn > steps[i - 1].actedOn).toBe(true);
          expect(s.dueOn).toBe(calendar.addWorkingDays(steps[i - 1].actedOn, spec.timeLimitDays!));
          expect(s.late).toBe(s.actedOn > s.dueOn!);
        }
        const last = i === steps.length - 1;
        expect(s.outcome).toBe(last && c.status === CaseStatus.REJECTED ? StepOutcome.REJECTED : StepOutcome.PASSED);
        if (s.stepCode === 'VILLAGE_NOTICE') {
          expect(daysBetween(s.noticeStart!, s.noticeEnd!) + 1).toBeGreaterThanOrEqual(5);
          expect(s.noticeStart! > steps[i - 1].actedOn).toBe(true);
          expect(s.actedOn >= s.noticeEnd!).toBe(true);
        } else {
          expect(s.noticeStart).toBeNull();
          expect(s.noticeEnd).toBeNull();
        }
      }
      const last = steps[steps.length - 1];
      if (c.status === CaseStatus.IDENTIFYING) {
        expect(c.completedSteps).toBeLessThan(8);
        expect(c.nextStepDueOn).toBe(
          calendar.addWorkingDays(last.actedOn, PROCEDURE_2021_STEPS[c.completedSteps].timeLimitDays!),
        );
        expect(c.identifiedOn).toBeNull();
        expect(c.closedOn).toBeNull();
      } else expect(c.nextStepDueOn).toBeNull();
      if (c.status === CaseStatus.MONITORING || c.status === CaseStatus.CLOSED) {
        expect(c.completedSteps).toBe(8);
        expect(c.identifiedOn).toBe(last.actedOn);
      }
      if (c.status === CaseStatus.MONITORING) expect(c.closedOn).toBeNull();
      if (c.status === CaseStatus.REJECTED) {
        expect(c.completedSteps).toBeGreaterThanOrEqual(5);
        expect(c.closedOn).toBe(last.actedOn);
        expect(c.identifiedOn).toBeNull();
      }
      if (c.status === CaseStatus.CLOSED) expect(c.closedOn! > c.identifiedOn!).toBe(true);
      if (c.closedOn) expect(c.closedOn <= today).toBe(true);
    }
  });

  it('has every status, cases waiting at every step (overdue and not), and rejections at every review step', () => {
    expect(new Set(data.cases.map((c) => c.status))).toEqual(new Set(Object.values(CaseStatus)));
    const identifying = data.cases.filter((c) => c.status === CaseStatus.IDENTIFYING);
    for (let k = 1; k <= 7; k++) {
      const waiting = identifying.filter((c) => c.completedSteps === k);
      expect(waiting.some((c) => c.nextStepDueOn! < today)).toBe(true);
      expect(waiting.some((c) => c.nextStepDueOn! >= today)).toBe(true);
    }
    const rejectedAt = new Set(data.cases.filter((c) => c.status === CaseStatus.REJECTED).map((c) => c.completedSteps));
    expect(rejectedAt).toEqual(new Set([5, 6, 7, 8]));
    const lastSteps = new Set(
      data.cases.map((c) => (c.status === CaseStatus.IDENTIFYING ? c.completedSteps : c.status)),
    );
    for (const k of [1, 2, 3, 4, 5, 6, 7]) expect(lastSteps.has(k)).toBe(true);
    // Some steps were late, most were not.
    const late = data.steps.filter((s) => s.late).length;
    expect(late).toBeGreaterThan(0);
    expect(late / data.steps.length).toBeLessThan(0.15);
  });

  it('files the required attachments with their steps', () => {
    const byStep = groupBy(data.attachments, (a) => a.stepId);
    const sha = createHash('sha256').update(DEMO_PDF).digest('hex');
    expect(DEMO_PDF.subarray(0, 5).toString()).toBe('%PDF-');
    const required: Record<string, AttachmentKind> = {
      CONSENT: AttachmentKind.CONSENT_FORM,
      VILLAGE_REVIEW: AttachmentKind.REVIEW_MINUTES,
      VILLAGE_NOTICE: AttachmentKind.NOTICE_PHOTO,
    };
    for (const s of data.steps) {
      const kinds = (byStep.get(s.id) ?? []).map((a) => a.kind);
      if (required[s.stepCode]) expect(kinds).toContain(required[s.stepCode]);
    }
    const steps = new Map(data.steps.map((s) => [s.id, s]));
    for (const a of data.attachments) {
      expect(steps.get(a.stepId!)?.caseId).toBe(a.caseId);
      expect(a.contentType).toBe('application/pdf');
      expect(a.fileName).toMatch(/\.pdf$/);
      expect(a.size).toBe(a.content.length);
      expect(a.sha256).toBe(sha);
      expect(a.uploadedBy).toBeNull();
    }
  });

  it('keeps at most one open case per household, and a household’s cases one after another', () => {
    for (const cases of casesBy.values()) {
      expect(cases.filter((c) => OPEN.has(c.status)).length).toBeLessThanOrEqual(1);
      const sorted = [...cases].sort((a, b) => (a.openedOn < b.openedOn ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        expect(OPEN.has(sorted[i - 1].status)).toBe(false);
        expect(sorted[i - 1].closedOn! < sorted[i].openedOn).toBe(true);
      }
    }
    expect([...casesBy.values()].some((cases) => cases.length > 1)).toBe(true);
  });

  it('closes a case only on figures above that year’s line with all five indicators met', () => {
    const eliminations = new Map(data.eliminations.map((e) => [e.caseId, e]));
    const closed = data.cases.filter((c) => c.status === CaseStatus.CLOSED);
    expect(eliminations.size).toBe(closed.length);
    for (const c of closed) {
      const e = eliminations.get(c.id)!;
      expect(e.eliminatedOn).toBe(c.closedOn);
      const y = figures.get(`${c.householdId}/${e.incomeYear}`)!;
      expect(y).toBeDefined();
      expect(e.netIncomePerPerson).toBe(y.netIncomePerPerson);
      expect(e.monitoringLine).toBe(lines.get(e.incomeYear));
      expect(moneyToFen(y.netIncomePerPerson) > moneyToFen(e.monitoringLine)).toBe(true);
      expect([y.foodClothingSecure, y.educationSecure, y.medicalSecure, y.housingSecure, y.waterSecure]).toEqual([
        true,
        true,
        true,
        true,
        true,
      ]);
    }
    const cases = new Map(data.cases.map((c) => [c.id, c]));
    for (const v of data.followUps) {
      const c = cases.get(v.caseId)!;
      expect(c.status).toBe(CaseStatus.CLOSED);
      expect(v.visitedOn > c.closedOn!).toBe(true);
      expect(v.visitedOn <= today).toBe(true);
    }
    expect(data.followUps.length).toBeGreaterThan(0);
  });

  it('has measures where they belong, and a few monitored cases without any', () => {
    const cases = new Map(data.cases.map((c) => [c.id, c]));
    for (const m of data.measures) {
      const c = cases.get(m.caseId)!;
      if (m.beforeIdentification) {
        expect(c.greenChannel).toBe(true);
        expect(m.startOn >= c.openedOn).toBe(true);
        if (c.identifiedOn) expect(m.startOn < c.identifiedOn).toBe(true);
      } else expect(m.startOn >= c.identifiedOn!).toBe(true);
      expect(m.startOn <= today).toBe(true);
      if (m.endOn) expect(m.endOn >= m.startOn).toBe(true);
      if (m.amount !== null) expect(m.amount).toMatch(/^\d+\.\d{2}$/);
    }
    const monitoring = data.cases.filter((c) => c.status === CaseStatus.MONITORING);
    const withMeasures = monitoring.filter((c) => measuresBy.has(c.id));
    expect(withMeasures.length / monitoring.length).toBeGreaterThan(0.9);
    for (const c of withMeasures) expect((measuresBy.get(c.id) ?? []).length).toBeLessThanOrEqual(5);
    const idle = monitoring.filter((c) => !measuresBy.has(c.id) && addDays(c.identifiedOn!, 31) < today);
    expect(idle.length).toBeGreaterThanOrEqual(3);
    const greenIdentifying = data.cases.filter((c) => c.status === CaseStatus.IDENTIFYING && c.greenChannel);
    expect(greenIdentifying.length).toBeGreaterThan(0);
    for (const c of greenIdentifying) expect(measuresBy.get(c.id)?.some((m) => m.beforeIdentification)).toBe(true);
  });

  it('leaves about twenty households below the line with no case open (the automatic warning’s work)', () => {
    const line = moneyToFen(lines.get(latestYear)!);
    const below = data.households.filter(
      (h) =>
        !(casesBy.get(h.id) ?? []).some((c) => OPEN.has(c.status)) &&
        moneyToFen(figures.get(`${h.id}/${latestYear}`)!.netIncomePerPerson) < line,
    );
    expect(below.length).toBeGreaterThanOrEqual(15);
    expect(below.length).toBeLessThanOrEqual(30);
  });

  it('shows the demo town clerks every warning rule in the first village of their town', () => {
    const line = moneyToFen(lines.get(latestYear)!);
    const towns = seedPlaces(new Random(20211231));
    for (const townCode of DEMO_USERS.flatMap((u) => (u.townCode ? [u.townCode] : []))) {
      const town = towns.find((t) => t.code === townCode)!;
      const village = town.villages.find((v) => v.name.endsWith('村')) ?? town.villages[0];
      const households = data.households.filter((h) => h.villageCode === village.code);
      const below = households.filter(
        (h) =>
          !(casesBy.get(h.id) ?? []).some((c) => OPEN.has(c.status)) &&
          moneyToFen(figures.get(`${h.id}/${latestYear}`)!.netIncomePerPerson) < line,
      );
      expect(below.length, village.name).toBeGreaterThan(0);
      const cases = households.flatMap((h) => casesBy.get(h.id) ?? []);
      if (households.length >= 3) {
        expect(cases.some((c) => c.status === CaseStatus.IDENTIFYING && c.nextStepDueOn! < today)).toBe(true);
        expect(cases.some((c) => c.status === CaseStatus.MONITORING && !measuresBy.has(c.id))).toBe(true);
      }
    }
  });
});

describe('the monitoring demo data is deterministic', () => {
  /** Everything but the sealed values (their IVs are random by design). */
  const digest = (data: MonitoringSeed) =>
    createHash('sha256')
      .update(
        JSON.stringify(data, (key, value) =>
          key === 'idNumberSealed' || key === 'phoneSealed' ? undefined : key === 'content' ? 'pdf' : value,
        ),
      )
      .digest('hex');

  it('gives the same rows, hashes and codes for the same seed and date', () => {
    const a = shared('2026-06-15');
    const b = build('2026-06-15');
    expect(digest(a)).toBe(digest(b));
    expect(a.persons.map((p) => p.idNumberHash)).toEqual(b.persons.map((p) => p.idNumberHash));
    expect(a.cases.map((c) => c.code)).toEqual(b.cases.map((c) => c.code));
    const differ = a.persons.filter((p, i) => pii.open(p.idNumberSealed) !== pii.open(b.persons[i].idNumberSealed));
    expect(differ).toHaveLength(0);
  });

  it('gives different rows for another seed', () => {
    expect(digest(build('2026-06-15', 1))).not.toBe(digest(shared('2026-06-15')));
  });
});
