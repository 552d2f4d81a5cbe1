import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureauToday } from '../../common/clock';
import { errorFields, expectRefused } from '../../test/expect-error';
import { LAO_CHENG } from '../../test/factories';
import { type Gql, startTestApi, type TestApi } from '../../test/harness';
import {
  CASE_FIELDS,
  createHousehold,
  headInput,
  openCase,
  RECORD_STEP,
  recordNext,
  shift,
  upload,
} from '../../test/monitoring-fixtures';
import { Role } from '../identity/identity.enums';

/**
 * The identification procedure (2021 version, eight steps): in order, no skipping, rejection only at
 * review steps, limits in working days, materials where the procedure asks for them, the district's
 * step only for the district, and one open case per household.
 */
const GET_CASE = `query ($id: ID!) { monitoringCase(id: $id) { ${CASE_FIELDS} } }`;

describe('the eight-step procedure', () => {
  let api: TestApi;
  let clerk: Gql & { cookie: string };
  let district: Gql & { cookie: string };

  beforeAll(async () => {
    api = await startTestApi();
    clerk = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
    district = await api.signInAs(Role.DISTRICT_STAFF);
  });
  afterAll(() => api?.close());

  async function freshCase(discoveredOn: string, overrides: Record<string, unknown> = {}) {
    const household = await createHousehold(clerk, LAO_CHENG.village.code);
    return openCase(clerk, household.id, { discoveredOn, ...overrides });
  }

  it('the 2021 version has the eight steps of DOMAIN.md, in order, with their limits', async () => {
    const result = await clerk(
      '{ monitoringProcedures { code effectiveFrom totalWorkingDays steps { position code name timeLimitDays canReject actor } } }',
    );
    expect(result.errors).toBeUndefined();
    const [v2021] = result.data?.monitoringProcedures ?? [];
    expect(v2021.code).toBe('35845-2021');
    expect(v2021.steps.map((s: { name: string }) => s.name)).toEqual([
      '风险预警',
      '入户核查',
      '承诺授权',
      '信息比对',
      '民主评议',
      '村级公示',
      '镇级审核',
      '区级审定',
    ]);
    expect(v2021.steps[1].timeLimitDays).toBe(3);
    expect(v2021.steps.filter((s: { canReject: boolean }) => s.canReject).map((s: { code: string }) => s.code)).toEqual(
      ['VILLAGE_REVIEW', 'VILLAGE_NOTICE', 'TOWN_REVIEW', 'DISTRICT_APPROVAL'],
    );
    expect(v2021.steps.at(-1).actor).toBe('DISTRICT');
  });

  it('counts limits in working days: opened Friday 2021-09-17, the home visit is due Thursday 09-23 (Saturday 09-18 worked, 09-19..21 Mid-Autumn)', async () => {
    const c = await freshCase('2021-09-17');
    expect(c.status).toBe('IDENTIFYING');
    expect(c.completedSteps).toBe(1);
    expect(c.steps).toEqual([expect.objectContaining({ position: 1, stepCode: 'RISK_ALERT', actedOn: '2021-09-17' })]);
    expect(c.nextStep?.code).toBe('HOME_VISIT');
    expect(c.nextStepDueOn).toBe('2021-09-23');
    expect(c.overdue).toBe(true);
    // Done on the 24th: recorded, but marked as late against its due date.
    const visited = await recordNext(api, clerk, c, '2021-09-24');
    expect(visited.errors).toBeUndefined();
    const step = visited.data?.recordMonitoringStep.steps[1];
    expect(step).toMatchObject({ stepCode: 'HOME_VISIT', dueOn: '2021-09-23', late: true });
    // Consent: 2 working days after Friday 09-24 is Tuesday 09-28 (Sunday 09-26 is a make-up working day: Monday 27th).
    expect(visited.data?.recordMonitoringStep.nextStepDueOn).toBe('2021-09-27');
  });

  it('refuses to skip a step, to repeat one, or to name a step the version does not have', async () => {
    const c = await freshCase(shift(bureauToday(), -30));
    const skip = await clerk(RECORD_STEP, {
      input: { caseId: c.id, version: c.version, stepCode: 'DATA_CHECK', outcome: 'PASSED' },
    });
    const error = expectRefused(skip, 'CONFLICT');
    expect(error.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(error.message).toBe('当前应办理「入户核查」，不能跳到「信息比对」');
    const repeat = await clerk(RECORD_STEP, {
      input: { caseId: c.id, version: c.version, stepCode: 'RISK_ALERT', outcome: 'PASSED' },
    });
    expect(expectRefused(repeat, 'CONFLICT').message).toBe('当前应办理「入户核查」，不能重复办理「风险预警」');
    const unknown = await clerk(RECORD_STEP, {
      input: { caseId: c.id, version: c.version, stepCode: 'ASK_THE_ORACLE', outcome: 'PASSED' },
    });
    expect(expectRefused(unknown, 'CONFLICT').message).toContain('没有步骤 ASK_THE_ORACLE');
    const after = await clerk(GET_CASE, { id: c.id });
    expect(after.data?.monitoringCase.steps).toHaveLength(1);
  });

  it('takes a case through all eight steps; the last one only by the district', async () => {
    let c = await freshCase(shift(bureauToday(), -30));
    const dates = [-28, -26, -24, -22, -14, -12].map((d) => shift(bureauToday(), d));
    for (const on of dates) {
      const result = await recordNext(api, clerk, c, on);
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      c = result.data?.recordMonitoringStep;
    }
    expect(c.completedSteps).toBe(7);
    expect(c.nextStep).toMatchObject({ code: 'DISTRICT_APPROVAL', actor: 'DISTRICT' });
    const byClerk = await recordNext(api, clerk, c, shift(bureauToday(), -10));
    const refused = expectRefused(byClerk, 'FORBIDDEN');
    expect(refused.message).toBe('「区级审定」须由区乡村振兴局办理');
    const approved = await recordNext(api, district, c, shift(bureauToday(), -10));
    expect(approved.errors).toBeUndefined();
    expect(approved.data?.recordMonitoringStep).toMatchObject({
      status: 'MONITORING',
      completedSteps: 8,
      identifiedOn: shift(bureauToday(), -10),
      nextStep: null,
      nextStepDueOn: null,
    });
    // Every transition is in the audit trail, with the step and its materials.
    const audit = await api.db.dataSource.query(
      `SELECT action, details FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [c.id],
    );
    const steps = audit.filter((a: { action: string }) => a.action === 'monitoring_case.step');
    expect(audit[0].action).toBe('monitoring_case.open');
    expect(steps.map((a: { details: { step: string } }) => a.details.step)).toEqual([
      'HOME_VISIT',
      'CONSENT',
      'DATA_CHECK',
      'VILLAGE_REVIEW',
      'VILLAGE_NOTICE',
      'TOWN_REVIEW',
      'DISTRICT_APPROVAL',
    ]);
    expect(steps[1].details.attachments).toEqual([
      expect.objectContaining({ kind: 'CONSENT_FORM', sha256: expect.any(String) }),
    ]);
  });

  it('a review step can reject, with a reason; the case ends as not identified', async () => {
    let c = await freshCase(shift(bureauToday(), -20));
    for (const d of [-19, -18, -17])
      c = (await recordNext(api, clerk, c, shift(bureauToday(), d))).data?.recordMonitoringStep;
    expect(c.nextStep?.code).toBe('VILLAGE_REVIEW');
    const minutes = await upload(api, clerk.cookie, c.id, 'REVIEW_MINUTES');
    const input = {
      caseId: c.id,
      version: c.version,
      stepCode: 'VILLAGE_REVIEW',
      outcome: 'REJECTED',
      actedOn: shift(bureauToday(), -16),
      attachmentIds: [minutes.body.id],
    };
    const noReason = await clerk(RECORD_STEP, { input });
    expect(errorFields(expectRefused(noReason, 'BAD_USER_INPUT'))).toEqual(['note']);
    const rejected = await clerk(RECORD_STEP, { input: { ...input, note: '评议认为家庭收入稳定，不符合条件' } });
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data?.recordMonitoringStep).toMatchObject({
      status: 'REJECTED',
      closedOn: shift(bureauToday(), -16),
      nextStep: null,
    });
    // Ended: nothing more can be done, and the household may be opened again.
    const more = await clerk(RECORD_STEP, {
      input: { ...input, version: rejected.data?.recordMonitoringStep.version, outcome: 'PASSED' },
    });
    expect(expectRefused(more, 'CONFLICT').extensions?.reason).toBe('INVALID_TRANSITION');
  });

  it('a step that is not a review cannot reject', async () => {
    const c = await freshCase(shift(bureauToday(), -5));
    const result = await clerk(RECORD_STEP, {
      input: { caseId: c.id, version: c.version, stepCode: 'HOME_VISIT', outcome: 'REJECTED', note: '不属实不属实' },
    });
    const error = expectRefused(result, 'BAD_USER_INPUT');
    expect(error.message).toBe('「入户核查」不能作出不通过决定');
  });

  it('asks for the materials a step needs and for a notice of at least five days', async () => {
    let c = await freshCase(shift(bureauToday(), -20));
    c = (await recordNext(api, clerk, c, shift(bureauToday(), -19))).data?.recordMonitoringStep;
    const noConsent = await clerk(RECORD_STEP, {
      input: {
        caseId: c.id,
        version: c.version,
        stepCode: 'CONSENT',
        outcome: 'PASSED',
        actedOn: shift(bureauToday(), -18),
      },
    });
    expect(expectRefused(noConsent, 'BAD_USER_INPUT').message).toBe('请上传「承诺授权书」');
    for (const d of [-18, -17, -16])
      c = (await recordNext(api, clerk, c, shift(bureauToday(), d))).data?.recordMonitoringStep;
    expect(c.nextStep?.code).toBe('VILLAGE_NOTICE');
    const photo = await upload(api, clerk.cookie, c.id, 'NOTICE_PHOTO');
    const short = await clerk(RECORD_STEP, {
      input: {
        caseId: c.id,
        version: c.version,
        stepCode: 'VILLAGE_NOTICE',
        outcome: 'PASSED',
        actedOn: shift(bureauToday(), -10),
        noticeStart: shift(bureauToday(), -14),
        noticeEnd: shift(bureauToday(), -11),
        attachmentIds: [photo.body.id],
      },
    });
    expect(expectRefused(short, 'BAD_USER_INPUT').message).toBe('公示期不少于 5 天（现为 4 天）');
    const early = await clerk(RECORD_STEP, {
      input: {
        caseId: c.id,
        version: c.version,
        stepCode: 'VILLAGE_NOTICE',
        outcome: 'PASSED',
        actedOn: shift(bureauToday(), -12),
        noticeStart: shift(bureauToday(), -15),
        noticeEnd: shift(bureauToday(), -11),
        attachmentIds: [photo.body.id],
      },
    });
    expect(errorFields(expectRefused(early, 'BAD_USER_INPUT'))).toEqual(['actedOn']);
    // Nothing half-written: the photo is still unused and the case still waits for the notice.
    const after = await clerk(GET_CASE, { id: c.id });
    expect(after.data?.monitoringCase).toMatchObject({ completedSteps: 5, version: c.version });
  });

  it('a stale version is refused', async () => {
    const c = await freshCase(shift(bureauToday(), -3));
    const first = await recordNext(api, clerk, c, shift(bureauToday(), -2));
    expect(first.errors).toBeUndefined();
    const again = await recordNext(
      api,
      clerk,
      { ...c, nextStep: { ...c.nextStep!, requiredAttachments: [] } },
      shift(bureauToday(), -1),
    );
    expect(expectRefused(again, 'CONFLICT').extensions?.reason).toBe('STALE_VERSION');
  });

  it('ten clerks recording the same step at once: one succeeds, the others are told to reload', async () => {
    const c = await freshCase(shift(bureauToday(), -3));
    const results = await Promise.all(
      Array.from({ length: 10 }, () => recordNext(api, clerk, c, shift(bureauToday(), -2))),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.errors))
      expect(expectRefused(r, 'CONFLICT').extensions?.reason).toBe('STALE_VERSION');
    const after = await clerk(GET_CASE, { id: c.id });
    expect(after.data?.monitoringCase.steps.map((s: { stepCode: string }) => s.stepCode)).toEqual([
      'RISK_ALERT',
      'HOME_VISIT',
    ]);
  });

  it('two households opened at once in one village get different numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        clerk(`mutation ($input: CreateHouseholdInput!) { createHousehold(input: $input) { code } }`, {
          input: { villageCode: LAO_CHENG.otherVillage.code, category: 'ORDINARY', head: headInput() },
        }),
      ),
    );
    const codes = results.map((r) => r.data?.createHousehold.code);
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(codes).size).toBe(6);
  });

  it('one open case per household, and dates that make sense', async () => {
    const household = await createHousehold(clerk, LAO_CHENG.village.code);
    await openCase(clerk, household.id);
    const second = await clerk(
      `mutation ($input: OpenMonitoringCaseInput!) { openMonitoringCase(input: $input) { id } }`,
      {
        input: {
          householdId: household.id,
          type: 'UNSTABLE_LIFTED',
          channel: 'SELF_REPORT',
          riskKinds: ['DISASTER'],
          reason: '房屋受灾',
        },
      },
    );
    const error = expectRefused(second, 'CONFLICT');
    expect(error.extensions?.reason).toBe('DUPLICATE');
    expect(error.message).toMatch(/^该户已有未结束的监测案件（JC\d{4}-\d{5}），不能重复建档$/);
    const other = await createHousehold(clerk, LAO_CHENG.village.code);
    const future = await clerk(
      `mutation ($input: OpenMonitoringCaseInput!) { openMonitoringCase(input: $input) { id } }`,
      {
        input: {
          householdId: other.id,
          type: 'UNSTABLE_LIFTED',
          channel: 'SELF_REPORT',
          riskKinds: ['DISASTER'],
          reason: '房屋受灾',
          discoveredOn: shift(bureauToday(), 2),
        },
      },
    );
    expect(errorFields(expectRefused(future, 'BAD_USER_INPUT'))).toEqual(['discoveredOn']);
  });

  it('the green channel is for sudden hardship only; it allows assistance before identification, marked as such', async () => {
    const household = await createHousehold(clerk, LAO_CHENG.village.code);
    const wrong = await clerk(
      `mutation ($input: OpenMonitoringCaseInput!) { openMonitoringCase(input: $input) { id } }`,
      {
        input: {
          householdId: household.id,
          type: 'MARGINAL_AT_RISK',
          channel: 'CADRE_VISIT',
          riskKinds: ['ILLNESS'],
          reason: '患病住院',
          greenChannel: true,
        },
      },
    );
    expect(errorFields(expectRefused(wrong, 'BAD_USER_INPUT'))).toEqual(['greenChannel']);
    const normal = await freshCase(shift(bureauToday(), -2));
    const ADD = `mutation ($input: AssistanceMeasureInput!) { addAssistanceMeasure(input: $input) { id kind beforeIdentification } }`;
    const measure = (caseId: string) => ({
      caseId,
      kind: 'TEMPORARY_RELIEF',
      description: '发放临时救助金',
      responsiblePerson: '王干部',
      startOn: bureauToday(),
      amount: '3000.00',
    });
    const tooEarly = await clerk(ADD, { input: measure(normal.id) });
    expect(expectRefused(tooEarly, 'CONFLICT').message).toContain('绿色通道');
    const green = await openCase(clerk, household.id, {
      type: 'SUDDEN_HARDSHIP',
      riskKinds: ['DISASTER'],
      reason: '暴雨冲毁房屋',
      greenChannel: true,
      discoveredOn: shift(bureauToday(), -1),
    });
    expect(green.greenChannel).toBe(true);
    const helped = await clerk(ADD, { input: measure(green.id) });
    expect(helped.errors).toBeUndefined();
    expect(helped.data?.addAssistanceMeasure).toMatchObject({ kind: 'TEMPORARY_RELIEF', beforeIdentification: true });
  });

  it('uploads are judged by their content and size', async () => {
    const c = await freshCase(shift(bureauToday(), -1));
    const fake = await upload(
      api,
      clerk.cookie,
      c.id,
      'CONSENT_FORM',
      Buffer.from('MZ this is an executable'),
      'application/pdf',
    );
    expect(fake.status).toBe(400);
    expect(fake.body.error.message).toBe('只接受 PDF、JPG 或 PNG 文件');
    const huge = await upload(
      api,
      clerk.cookie,
      c.id,
      'CONSENT_FORM',
      Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5 * 1024 * 1024)]),
    );
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toBe('文件不能超过 5 MB');
    const badKind = await upload(api, clerk.cookie, c.id, 'SELFIE');
    expect(badKind.status).toBe(400);
    const anonymous = await fetch(`${api.url}/api/monitoring/attachments?caseId=${c.id}&kind=CONSENT_FORM`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: new TextEncoder().encode('%PDF-1.4'),
    });
    expect(anonymous.status).toBe(401);
    const [{ n }] = await api.db.dataSource.query(
      'SELECT count(*)::int AS n FROM monitoring_attachment WHERE case_id = $1',
      [c.id],
    );
    expect(n).toBe(0);
  });
});
