import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFields, expectRefused } from '../../test/expect-error';
import {
  ADVANCE_STATUS,
  advanceProject,
  createAllocation,
  createProject,
  getProject,
  type Project,
} from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';

const LIFECYCLE = ['RESERVED', 'APPROVED', 'STARTED', 'COMPLETED', 'ACCEPTED', 'HANDED_OVER'];

/** 储备入库 → 批复立项 → 开工 → 完工 → 验收 → 资产移交, one step at a time. */
describe('advanceProjectStatus', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const advance = (project: { id: string; version: number }, to: string, extra: Record<string, unknown> = {}) =>
    api.gql(ADVANCE_STATUS, { input: { id: project.id, version: project.version, to, ...extra } });

  /** Checks that a refused step left the project exactly as it was. */
  async function expectUnchanged(before: Project) {
    const after = await getProject(api, before.id);
    expect(after.status).toBe(before.status);
    expect(after.version).toBe(before.version);
    expect(after.statusHistory).toEqual(before.statusHistory);
  }

  it('RESERVED → APPROVED: status, version and history move together', async () => {
    const project = await createProject(api);
    const result = await advance(project, 'APPROVED', { effectiveOn: '2024-04-02', note: '汉衔接发〔2024〕8号批复' });
    expect(result.errors).toBeUndefined();
    const approved = await getProject(api, project.id);
    expect(approved.status).toBe('APPROVED');
    expect(approved.nextStatus).toBe('STARTED');
    expect(approved.version).toBe(project.version + 1);
    expect(approved.statusHistory).toHaveLength(2);
    expect(approved.statusHistory[1]).toEqual({
      fromStatus: 'RESERVED',
      toStatus: 'APPROVED',
      effectiveOn: '2024-04-02',
      note: '汉衔接发〔2024〕8号批复',
    });
  });

  it('skipping a step (RESERVED → STARTED) is a CONFLICT and nothing changes', async () => {
    const project = await createProject(api);
    await createAllocation(api, { projectId: project.id, amount: '100.00' });
    const before = await getProject(api, project.id);
    const error = expectRefused(await advance(before, 'STARTED'), 'CONFLICT');
    expect(error.extensions?.reason).toBe('INVALID_TRANSITION');
    expect(error.extensions?.allowed).toBe('APPROVED');
    await expectUnchanged(before);
  });

  it('APPROVED → STARTED is refused while the project has no money, and allowed once it has', async () => {
    const approved = await advanceProject(api, await createProject(api), 'APPROVED');
    const error = expectRefused(await advance(approved, 'STARTED'), 'CONFLICT');
    expect(error.extensions?.reason).toBe('NOT_FUNDED');
    await expectUnchanged(approved);

    await createAllocation(api, { projectId: approved.id, amount: '50000.00' });
    const started = await advanceProject(api, await getProject(api, approved.id), 'STARTED');
    expect(started.status).toBe('STARTED');
    expect((await getProject(api, approved.id)).status).toBe('STARTED');
  });

  it('going back is refused', async () => {
    let project = await createProject(api);
    await createAllocation(api, { projectId: project.id, amount: '10.00' });
    project = await advanceProject(api, project, 'APPROVED');
    project = await advanceProject(api, project, 'STARTED');
    for (const to of ['APPROVED', 'RESERVED', 'STARTED']) {
      expect(expectRefused(await advance(project, to), 'CONFLICT').extensions?.reason, to).toBe('INVALID_TRANSITION');
    }
    await expectUnchanged(project);
  });

  it('walks the whole lifecycle; the history lists every step in order and the end has no next step', async () => {
    let project = await createProject(api);
    await createAllocation(api, { projectId: project.id, amount: '10.00' });
    for (const to of LIFECYCLE.slice(1)) project = await advanceProject(api, project, to);
    const done = await getProject(api, project.id);
    expect(done.status).toBe('HANDED_OVER');
    expect(done.nextStatus).toBeNull();
    expect(done.version).toBe(LIFECYCLE.length);
    expect(done.statusHistory.map((h: { toStatus: string }) => h.toStatus)).toEqual(LIFECYCLE);
    expect(done.statusHistory.map((h: { fromStatus: string | null }) => h.fromStatus)).toEqual([
      null,
      ...LIFECYCLE.slice(0, -1),
    ]);

    const error = expectRefused(await advance(done, 'HANDED_OVER'), 'CONFLICT');
    expect(error.extensions?.allowed).toBeNull();
    await expectUnchanged(done);
  });

  it('a stale version is a CONFLICT, even for the right next step', async () => {
    const project = await createProject(api);
    await api.gql(
      `mutation ($id: ID!) { updateProject(id: $id, input: { version: 1, tasks: "补充建设内容" }) { version } }`,
      { id: project.id },
    );
    const before = await getProject(api, project.id);
    const error = expectRefused(await advance(project, 'APPROVED'), 'CONFLICT');
    expect(error.extensions?.reason).toBe('STALE_VERSION');
    await expectUnchanged(before);
  });

  it('two clerks approving at once: one wins, the history has one approval', async () => {
    const project = await createProject(api);
    const results = await Promise.all([advance(project, 'APPROVED'), advance(project, 'APPROVED')]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expectRefused(results.find((r) => r.errors) ?? results[0], 'CONFLICT');
    const after = await getProject(api, project.id);
    expect(after.statusHistory.map((h: { toStatus: string }) => h.toStatus)).toEqual(['RESERVED', 'APPROVED']);
    expect(after.version).toBe(2);
  });

  it('a step dated in the future is refused at effectiveOn', async () => {
    const project = await createProject(api);
    const tomorrow = new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10);
    expect(
      errorFields(expectRefused(await advance(project, 'APPROVED', { effectiveOn: tomorrow }), 'BAD_USER_INPUT')),
    ).toEqual(['effectiveOn']);
    await expectUnchanged(await getProject(api, project.id));
    expect((await getProject(api, project.id)).status).toBe('RESERVED');
  });

  it('an unknown project is NOT_FOUND', async () => {
    expectRefused(await advance({ id: '00000000-0000-4000-8000-000000000000', version: 1 }, 'APPROVED'), 'NOT_FOUND');
  });
});
