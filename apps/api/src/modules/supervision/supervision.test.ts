import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureauToday } from '../../common/clock';
import { addDays } from '../../common/date';
import { YING_HU } from '../../test/access';
import { errorFields, expectRefused } from '../../test/expect-error';
import { LAO_CHENG } from '../../test/factories';
import { type Gql, startTestApi, type TestApi } from '../../test/harness';
import { Role } from '../identity/identity.enums';

/**
 * 督查督办: the 8 groups over all 28 towns; a task from finding through rectification and re-check
 * to closure (or back), overdue warnings, who may do what, and the audit trail.
 */
const today = bureauToday();
const FIELDS = 'id code status deadline overdue failedRechecks version closedOn group { name } town { code }';
const ASSIGN = `mutation ($input: AssignSupervisionTaskInput!) { assignSupervisionTask(input: $input) { ${FIELDS} } }`;
const RECTIFY = `mutation ($input: RectifySupervisionTaskInput!) { rectifySupervisionTask(input: $input) { ${FIELDS} } }`;
const RECHECK = `mutation ($input: RecheckSupervisionTaskInput!) { recheckSupervisionTask(input: $input) { ${FIELDS} } }`;

describe('supervision', () => {
  let api: TestApi;
  let auditor: Gql;
  let clerk: Gql;
  let laocheng: Gql;

  beforeAll(async () => {
    api = await startTestApi();
    auditor = await api.signInAs(Role.AUDITOR);
    clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    laocheng = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
  });
  afterAll(() => api?.close());

  it('8 groups cover the 28 towns, each town exactly once; 30 demonstration villages are marked', async () => {
    const result = await auditor(
      '{ supervisionGroups { name towns { code } } villages(filter: { category: DEMONSTRATION }, first: 100) { totalCount } }',
    );
    expect(result.errors).toBeUndefined();
    const groups = result.data?.supervisionGroups;
    expect(groups).toHaveLength(8);
    const towns = groups.flatMap((g: { towns: { code: string }[] }) => g.towns.map((t) => t.code));
    expect(towns).toHaveLength(28);
    expect(new Set(towns).size).toBe(28);
    expect(result.data?.villages.totalCount).toBe(30);
  });

  it('a task goes from finding to rectification, a failed re-check sends it back, a passed one closes it', async () => {
    const assigned = await auditor(ASSIGN, {
      input: {
        townCode: YING_HU.code,
        villageCode: YING_HU.village.code,
        finding: '监测户帮扶措施未落实到位',
        foundOn: addDays(today, -10),
        assignedUnit: '瀛湖镇乡村振兴工作站',
        deadline: addDays(today, 20),
      },
    });
    expect(assigned.errors).toBeUndefined();
    let task = assigned.data?.assignSupervisionTask;
    expect(task).toMatchObject({
      status: 'ASSIGNED',
      overdue: false,
      town: { code: YING_HU.code },
      code: expect.stringMatching(/^DB\d{4}-\d{4}$/),
    });
    // The auditor assigns and re-checks; the town reports the rectification.
    expectRefused(
      await auditor(RECTIFY, {
        input: { id: task.id, version: task.version, rectification: '已落实帮扶', rectifiedOn: today },
      }),
      'FORBIDDEN',
    );
    expectRefused(
      await laocheng(RECTIFY, {
        input: { id: task.id, version: task.version, rectification: '已落实帮扶', rectifiedOn: today },
      }),
      'NOT_FOUND',
    );
    task = (
      await clerk(RECTIFY, {
        input: {
          id: task.id,
          version: task.version,
          rectification: '已落实产业帮扶措施',
          rectifiedOn: addDays(today, -2),
        },
      })
    ).data?.rectifySupervisionTask;
    expect(task.status).toBe('RECTIFIED');
    expectRefused(
      await clerk(RECHECK, {
        input: { id: task.id, version: task.version, passed: true, note: '同意', recheckedOn: today },
      }),
      'FORBIDDEN',
    );
    // Sent back without a new deadline, the old one (often past) would make it overdue at once.
    const noDeadline = await auditor(RECHECK, {
      input: { id: task.id, version: task.version, passed: false, note: '台账仍不完整', recheckedOn: today },
    });
    expect(errorFields(expectRefused(noDeadline, 'BAD_USER_INPUT'))).toEqual(['newDeadline']);
    const failed = await auditor(RECHECK, {
      input: {
        id: task.id,
        version: task.version,
        passed: false,
        note: '台账仍不完整',
        recheckedOn: addDays(today, -1),
        newDeadline: addDays(today, 10),
      },
    });
    task = failed.data?.recheckSupervisionTask;
    expect(task).toMatchObject({ status: 'ASSIGNED', failedRechecks: 1, deadline: addDays(today, 10) });
    task = (
      await clerk(RECTIFY, {
        input: { id: task.id, version: task.version, rectification: '已补齐台账', rectifiedOn: today },
      })
    ).data?.rectifySupervisionTask;
    const closed = await auditor(RECHECK, {
      input: { id: task.id, version: task.version, passed: true, note: '整改到位，同意销号', recheckedOn: today },
    });
    expect(closed.data?.recheckSupervisionTask).toMatchObject({ status: 'CLOSED', closedOn: today });
    const again = await clerk(RECTIFY, {
      input: {
        id: task.id,
        version: closed.data?.recheckSupervisionTask.version,
        rectification: '再次整改',
        rectifiedOn: today,
      },
    });
    expect(expectRefused(again, 'CONFLICT').extensions?.reason).toBe('INVALID_TRANSITION');
    const audit = await api.db.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [
      task.id,
    ]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'supervision_task.assign',
      'supervision_task.rectify',
      'supervision_task.reopen',
      'supervision_task.rectify',
      'supervision_task.close',
    ]);
  });

  it('a task past its deadline and not rectified is overdue, and listed as such; once rectified it is not', async () => {
    const late = (
      await auditor(ASSIGN, {
        input: {
          townCode: YING_HU.code,
          finding: '公示栏信息未更新',
          foundOn: addDays(today, -40),
          assignedUnit: '瀛湖镇人民政府',
          deadline: addDays(today, -10),
        },
      })
    ).data?.assignSupervisionTask;
    const onTime = (
      await auditor(ASSIGN, {
        input: {
          townCode: YING_HU.code,
          finding: '公示栏信息未更新',
          foundOn: addDays(today, -5),
          assignedUnit: '瀛湖镇人民政府',
          deadline: addDays(today, 10),
        },
      })
    ).data?.assignSupervisionTask;
    expect(late.overdue).toBe(true);
    expect(onTime.overdue).toBe(false);
    const list = async () =>
      (
        await clerk(
          '{ supervisionTasks(filter: { overdue: true }, first: 100) { edges { node { id overdue town { code } } } } }',
        )
      ).data?.supervisionTasks.edges.map(
        (e: { node: { id: string; overdue: boolean; town: { code: string } } }) => e.node,
      );
    const overdue = await list();
    expect(overdue.map((t: { id: string }) => t.id)).toContain(late.id);
    expect(overdue.map((t: { id: string }) => t.id)).not.toContain(onTime.id);
    for (const t of overdue) expect(t).toMatchObject({ overdue: true, town: { code: YING_HU.code } });
    await clerk(RECTIFY, {
      input: { id: late.id, version: late.version, rectification: '已更新公示栏', rectifiedOn: today },
    });
    expect((await list()).map((t: { id: string }) => t.id)).not.toContain(late.id);
    const summary = await auditor('{ supervisionSummary { groups tasks overdue closed } }');
    expect(summary.data?.supervisionSummary.groups).toBe(8);
  });

  it('one task by id, for its own town only; the summary per group adds up to the totals', async () => {
    const task = (
      await auditor(ASSIGN, {
        input: {
          townCode: YING_HU.code,
          villageCode: YING_HU.village.code,
          finding: '村级公示栏未公示衔接资金项目',
          foundOn: addDays(today, -3),
          assignedUnit: '瀛湖镇人民政府',
          deadline: addDays(today, 12),
        },
      })
    ).data?.assignSupervisionTask;
    const ONE = `query ($id: ID!) { supervisionTask(id: $id) { id finding assignedUnit town { code } village { code } } }`;
    expect((await clerk(ONE, { id: task.id })).data?.supervisionTask).toEqual({
      id: task.id,
      finding: '村级公示栏未公示衔接资金项目',
      assignedUnit: '瀛湖镇人民政府',
      town: { code: YING_HU.code },
      village: { code: YING_HU.village.code },
    });
    // Another town's clerk: not there, as for an unknown id.
    const other = await laocheng(ONE, { id: task.id });
    expect(other.errors).toBeUndefined();
    expect(other.data?.supervisionTask).toBeNull();
    expect((await auditor(ONE, { id: 'DB2021-0001' })).data?.supervisionTask).toBeNull();

    const SUMMARY = `{ supervisionSummary { tasks assigned rectified closed overdue
      byGroup { group { name towns { code } } tasks assigned rectified closed overdue } } }`;
    type Counts = Record<'tasks' | 'assigned' | 'rectified' | 'closed' | 'overdue', number>;
    type Summary = Counts & { byGroup: (Counts & { group: { name: string; towns: { code: string }[] } })[] };
    const keys = ['tasks', 'assigned', 'rectified', 'closed', 'overdue'] as const;
    const district: Summary = (await auditor(SUMMARY)).data?.supervisionSummary;
    expect(district.byGroup.map((g) => g.group.name)).toHaveLength(8);
    for (const key of keys)
      expect(
        district.byGroup.reduce((n, g) => n + g[key], 0),
        key,
      ).toBe(district[key]);
    expect(district.assigned + district.rectified + district.closed).toBe(district.tasks);
    // A town's clerk: the one group over her town, counting her town's tasks only.
    const mineResult = await clerk(SUMMARY);
    expect(mineResult.errors).toBeUndefined();
    const mine: Summary = mineResult.data?.supervisionSummary;
    expect(mine.byGroup).toHaveLength(1);
    // Of the group's towns she sees her own (the others are outside her scope, as everywhere).
    expect(mine.byGroup[0].group.towns).toEqual([{ code: YING_HU.code }]);
    for (const key of keys) expect(mine.byGroup[0][key], key).toBe(mine[key]);
    const listed = await clerk('{ supervisionTasks(filter: { overdue: true }) { totalCount } }');
    expect(mine.overdue).toBe(listed.data?.supervisionTasks.totalCount);
    expect(mine.tasks).toBeLessThan(district.tasks);
  });

  it('bad input: a deadline before the finding, a village of another town — a clear error, nothing written', async () => {
    const [{ n: before }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM supervision_task');
    const early = await auditor(ASSIGN, {
      input: {
        townCode: YING_HU.code,
        finding: '问题描述',
        foundOn: today,
        assignedUnit: '瀛湖镇人民政府',
        deadline: addDays(today, -1),
      },
    });
    expect(errorFields(expectRefused(early, 'BAD_USER_INPUT'))).toEqual(['deadline']);
    const foreign = await auditor(ASSIGN, {
      input: {
        townCode: YING_HU.code,
        villageCode: LAO_CHENG.village.code,
        finding: '问题描述',
        foundOn: today,
        assignedUnit: '瀛湖镇人民政府',
        deadline: today,
      },
    });
    expect(errorFields(expectRefused(foreign, 'BAD_USER_INPUT'))).toEqual(['villageCode']);
    expectRefused(
      await clerk(ASSIGN, {
        input: {
          townCode: YING_HU.code,
          finding: '问题描述',
          foundOn: today,
          assignedUnit: '瀛湖镇人民政府',
          deadline: today,
        },
      }),
      'FORBIDDEN',
    );
    const [{ n: after }] = await api.db.dataSource.query('SELECT count(*)::int AS n FROM supervision_task');
    expect(after).toBe(before);
  });
});
