import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureauToday } from '../../common/clock';
import { addDays } from '../../common/date';
import { errorFields, expectRefused } from '../../test/expect-error';
import { LAO_CHENG } from '../../test/factories';
import { type Gql, startTestApi, type TestApi } from '../../test/harness';
import { createHousehold, openCase, recordNext } from '../../test/monitoring-fixtures';
import { Role } from '../identity/identity.enums';
import { WorkingCalendar } from './working-days';

/**
 * The procedure is configuration: a later version with other steps governs the cases opened from its
 * effective date, without a code change, while older cases keep the version they started under.
 */
const CREATE = `mutation ($input: MonitoringProcedureInput!) { createMonitoringProcedure(input: $input) { id code effectiveFrom steps { position code name timeLimitDays } } }`;

const STEPS_2531 = [
  { code: 'RISK_ALERT', name: '风险预警', actor: 'TOWN' },
  { code: 'HOME_VISIT', name: '入户核实', actor: 'TOWN', timeLimitDays: 2 },
  {
    code: 'VILLAGE_REVIEW',
    name: '村级评议公示',
    actor: 'TOWN',
    timeLimitDays: 7,
    minimumDays: 5,
    canReject: true,
    recordsNotice: true,
    requiredAttachments: ['NOTICE_PHOTO'],
  },
  { code: 'DISTRICT_APPROVAL', name: '区级审定', actor: 'DISTRICT', timeLimitDays: 3, canReject: true },
];

describe('procedure versions', () => {
  let api: TestApi;
  let clerk: Gql & { cookie: string };
  let district: Gql & { cookie: string };

  beforeAll(async () => {
    api = await startTestApi();
    clerk = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
    district = await api.signInAs(Role.DISTRICT_STAFF);
  });
  afterAll(() => api?.close());

  it('the district administrator adds a version that starts in the future; others may not', async () => {
    const input = {
      code: '2531-next',
      name: '"2531"识别程序',
      effectiveFrom: addDays(bureauToday(), 30),
      totalWorkingDays: 12,
      steps: STEPS_2531,
    };
    expectRefused(await district(CREATE, { input }), 'FORBIDDEN');
    const created = await api.gql(CREATE, { input });
    expect(created.errors).toBeUndefined();
    const [audit] = await api.db.dataSource.query(
      `SELECT entity_id FROM audit_log WHERE action = 'monitoring_procedure.create'`,
    );
    expect(audit.entity_id).toBe(created.data?.createMonitoringProcedure.id);
    expect(created.data?.createMonitoringProcedure.steps.map((s: { name: string }) => s.name)).toEqual([
      '风险预警',
      '入户核实',
      '村级评议公示',
      '区级审定',
    ]);
    const past = await api.gql(CREATE, { input: { ...input, code: '2531-past', effectiveFrom: bureauToday() } });
    expect(errorFields(expectRefused(past, 'BAD_USER_INPUT'))).toEqual(['effectiveFrom']);
    const twice = await api.gql(CREATE, {
      input: {
        ...input,
        code: '2531-dup',
        effectiveFrom: addDays(bureauToday(), 60),
        steps: [STEPS_2531[0], STEPS_2531[1], STEPS_2531[1]],
      },
    });
    expect(errorFields(expectRefused(twice, 'BAD_USER_INPUT'))).toEqual(['steps']);
    const noticeWithoutDays = await api.gql(CREATE, {
      input: {
        ...input,
        code: '2531-bad',
        effectiveFrom: addDays(bureauToday(), 61),
        steps: [STEPS_2531[0], { ...STEPS_2531[2], minimumDays: null }],
      },
    });
    expect(errorFields(expectRefused(noticeWithoutDays, 'BAD_USER_INPUT'))).toEqual(['steps.1.minimumDays']);
  });

  it("the bureau enters a year's holidays and deadlines count around them", async () => {
    // A week of holidays right after a Monday: the home visit, due in three working days, moves a week on.
    const monday = (() => {
      let d = addDays(bureauToday(), 20);
      while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
      return d;
    })();
    const SET = `mutation ($days: [CalendarDayInput!]!) { setCalendarDays(days: $days) { day working name } }`;
    expectRefused(await district(SET, { days: [{ day: monday, working: false, name: '测试假日' }] }), 'FORBIDDEN');
    const days = [1, 2, 3, 4].map((i) => ({ day: addDays(monday, i), working: false, name: '测试假日' }));
    const set = await api.gql(SET, { days });
    expect(set.data?.setCalendarDays).toHaveLength(4);
    const calendar = await WorkingCalendar.load(api.db.dataSource.manager, monday);
    expect(calendar.addWorkingDays(monday, 3)).toBe(addDays(monday, 9));
    expect(calendar.workingDaysBetween(monday, addDays(monday, 7))).toBe(1);
    const [row] = await api.db.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'calendar.set' ORDER BY id DESC LIMIT 1`,
    );
    expect(row.details.days).toHaveLength(4);
  });

  it('a case follows the version in effect on the day it was opened, to its end', async () => {
    // A version that took effect 40 days ago (written as a migration would write it).
    const [{ id }] = await api.ownerQuery(
      `INSERT INTO monitoring_procedure (code, name, effective_from, total_working_days) VALUES ('2531-test', '"2531"（测试）', $1, 12) RETURNING id`,
      [addDays(bureauToday(), -40)],
    );
    for (const [i, s] of STEPS_2531.entries()) {
      await api.ownerQuery(
        `INSERT INTO monitoring_procedure_step (procedure_id, position, code, name, actor, time_limit_days, minimum_days, can_reject, records_notice, required_attachments)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::attachment_kind[])`,
        [
          id,
          i + 1,
          s.code,
          s.name,
          s.actor,
          s.timeLimitDays ?? null,
          s.minimumDays ?? null,
          s.canReject ?? false,
          s.recordsNotice ?? false,
          s.requiredAttachments ?? [],
        ],
      );
    }
    const older = await openCase(clerk, (await createHousehold(clerk, LAO_CHENG.village.code)).id, {
      discoveredOn: addDays(bureauToday(), -45),
    });
    let newer = await openCase(clerk, (await createHousehold(clerk, LAO_CHENG.village.code)).id, {
      discoveredOn: addDays(bureauToday(), -20),
    });
    expect(older.nextStep?.code).toBe('HOME_VISIT');
    expect(newer.nextStep).toMatchObject({ code: 'HOME_VISIT', name: '入户核实' });
    // Two working days, not three, under the newer version.
    newer = (await recordNext(api, clerk, newer, addDays(bureauToday(), -18))).data?.recordMonitoringStep;
    expect(newer.nextStep?.code).toBe('VILLAGE_REVIEW');
    newer = (await recordNext(api, clerk, newer, addDays(bureauToday(), -10))).data?.recordMonitoringStep;
    expect(newer.nextStep?.code).toBe('DISTRICT_APPROVAL');
    const approved = await recordNext(api, district, newer, addDays(bureauToday(), -8));
    expect(approved.data?.recordMonitoringStep).toMatchObject({ status: 'MONITORING', completedSteps: 4 });
    // The older case still has the eight steps of 2021 ahead of it.
    const stillOld = await clerk(
      `query ($id: ID!) { monitoringCase(id: $id) { procedure { code steps { code } } nextStep { code } } }`,
      {
        id: older.id,
      },
    );
    expect(stillOld.data?.monitoringCase.procedure.code).toBe('35845-2021');
    expect(stillOld.data?.monitoringCase.procedure.steps).toHaveLength(8);
  });
});
