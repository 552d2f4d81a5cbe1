import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFields, expectRefused } from '../../test/expect-error';
import {
  CREATE_PROJECT,
  createProject,
  getProject,
  LAO_CHENG,
  projectCount,
  projectInput,
  UPDATE_PROJECT,
  XIN_CHENG,
} from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';

/** Decimal strings compared as numbers written exactly: "200.5000" and "200.5" are the same value. */
function decimal(text: string | null): string | null {
  return text === null ? null : text.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

const TARGETS = [
  {
    level: 'OUTPUT',
    subLevel: '数量指标',
    indicator: '改造低产茶园面积',
    operator: 'GTE',
    targetValue: '200.5',
    unit: '亩',
    actualValue: null,
    score: null,
  },
  // 18 significant digits: a float on the way would lose the last ones.
  {
    level: 'COST',
    subLevel: '成本指标',
    indicator: '亩均改造成本',
    operator: 'LTE',
    targetValue: '12345678901234.5678',
    unit: '元',
    actualValue: '0.0001',
    score: '99.5',
  },
  {
    level: 'SATISFACTION',
    subLevel: '受益对象满意度指标',
    indicator: '受益群众满意度',
    operator: 'EQ',
    targetValue: '-3',
    unit: '%',
    actualValue: '95',
    score: '10',
  },
];

describe('a project in the library', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  describe('createProject', () => {
    it('reads back every field it was given, in a new request', async () => {
      const input = projectInput({ performanceTargets: TARGETS });
      const created = await createProject(api, input);
      const project = await getProject(api, created.id);

      for (const key of Object.keys(input).filter(
        (k) => k !== 'performanceTargets' && k !== 'townCode' && k !== 'villageCode',
      )) {
        expect(project[key], key).toEqual(input[key]);
      }
      expect(project.town).toEqual({ code: LAO_CHENG.code, name: LAO_CHENG.name });
      expect(project.village).toEqual(LAO_CHENG.village);
      expect(project.status).toBe('RESERVED');
      expect(project.nextStatus).toBe('APPROVED');
      expect(project.version).toBe(1);
      expect(project.allocatedAmount).toBe('0.00');
      expect(project.disbursedAmount).toBe('0.00');
      expect(project.executionRate).toBeNull();
      expect(project.statusHistory).toHaveLength(1);
      expect(project.statusHistory[0]).toMatchObject({ fromStatus: null, toStatus: 'RESERVED' });
      expect(project.statusHistory[0].effectiveOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('keeps performance targets in order, as exact decimal strings', async () => {
      const created = await createProject(api, { performanceTargets: TARGETS });
      const { performanceTargets } = await getProject(api, created.id);
      expect(performanceTargets).toHaveLength(TARGETS.length);
      performanceTargets.forEach((target: Record<string, string | null>, i: number) => {
        const sent = TARGETS[i];
        expect(target).toMatchObject({
          level: sent.level,
          subLevel: sent.subLevel,
          indicator: sent.indicator,
          operator: sent.operator,
          unit: sent.unit,
        });
        expect(typeof target.targetValue).toBe('string');
        expect(decimal(target.targetValue)).toBe(sent.targetValue);
        expect(decimal(target.actualValue)).toBe(sent.actualValue);
        expect(decimal(target.score)).toBe(sent.score);
      });
    });

    it('gives the project a code of the year when none is given, and the village is optional', async () => {
      const project = await createProject(api, { code: undefined, villageCode: undefined, year: 2025 });
      expect(project.code).toMatch(/^HB2025-/);
      expect(project.village).toBeNull();
      expect(project.town.name).toBe(LAO_CHENG.name);
    });

    it('refuses a code that is already taken, and keeps the first project', async () => {
      const first = await createProject(api);
      const before = await projectCount(api);
      const result = await api.gql(CREATE_PROJECT, {
        input: projectInput({ code: first.code, name: '重复编号的项目' }),
      });
      expectRefused(result, 'CONFLICT');
      expect(await projectCount(api)).toBe(before);
      expect((await getProject(api, first.id)).name).toBe(first.name);
    });
  });

  describe('updateProject', () => {
    it('changes only the fields given and moves the version on', async () => {
      const created = await createProject(api, { performanceTargets: TARGETS.slice(0, 1) });
      const result = await api.gql(UPDATE_PROJECT, { id: created.id, input: { version: 1, name: '改名后的茶园项目' } });
      expect(result.errors).toBeUndefined();
      const updated = await getProject(api, created.id);
      expect(updated.name).toBe('改名后的茶园项目');
      expect(updated.version).toBe(2);
      const { name: _n, version: _v, updatedAt: _u, ...rest } = created;
      const { name: _n2, version: _v2, updatedAt: _u2, ...restAfter } = updated;
      expect(restAfter).toEqual(rest);
    });

    it('replaces the performance targets when given, and an empty list clears them', async () => {
      const created = await createProject(api, { performanceTargets: TARGETS });
      const replaced = await api.gql(UPDATE_PROJECT, {
        id: created.id,
        input: { version: 1, performanceTargets: [TARGETS[2]] },
      });
      expect(replaced.errors).toBeUndefined();
      expect(
        (await getProject(api, created.id)).performanceTargets.map((t: { indicator: string }) => t.indicator),
      ).toEqual(['受益群众满意度']);
      await api.gql(UPDATE_PROJECT, { id: created.id, input: { version: 2, performanceTargets: [] } });
      expect((await getProject(api, created.id)).performanceTargets).toEqual([]);
    });

    it('refuses a stale version with CONFLICT and changes nothing', async () => {
      const created = await createProject(api);
      await api.gql(UPDATE_PROJECT, { id: created.id, input: { version: 1, name: '第一位科员的修改' } });
      const stale = await api.gql(UPDATE_PROJECT, {
        id: created.id,
        input: { version: 1, name: '第二位科员的修改', tasks: '覆盖' },
      });
      const error = expectRefused(stale, 'CONFLICT');
      expect(error.extensions?.reason).toBe('STALE_VERSION');
      const after = await getProject(api, created.id);
      expect(after).toMatchObject({ name: '第一位科员的修改', tasks: created.tasks, version: 2 });
    });

    it('moving to another town drops the old village', async () => {
      const created = await createProject(api);
      const result = await api.gql(UPDATE_PROJECT, { id: created.id, input: { version: 1, townCode: XIN_CHENG.code } });
      expect(result.errors).toBeUndefined();
      const moved = await getProject(api, created.id);
      expect(moved.town).toEqual({ code: XIN_CHENG.code, name: XIN_CHENG.name });
      expect(moved.village).toBeNull();
    });

    it('moving to another town keeps a village of that town when one is given', async () => {
      const created = await createProject(api);
      const result = await api.gql(UPDATE_PROJECT, {
        id: created.id,
        input: { version: 1, townCode: XIN_CHENG.code, villageCode: XIN_CHENG.village.code },
      });
      expect(result.errors).toBeUndefined();
      const moved = await getProject(api, created.id);
      expect(moved.town.code).toBe(XIN_CHENG.code);
      expect(moved.village).toEqual(XIN_CHENG.village);
    });

    it('refuses a village of another town at the villageCode field, and changes nothing', async () => {
      const created = await createProject(api);
      const result = await api.gql(UPDATE_PROJECT, {
        id: created.id,
        input: { version: 1, villageCode: XIN_CHENG.village.code },
      });
      const error = expectRefused(result, 'BAD_USER_INPUT');
      expect(error.extensions?.fields[0].field).toBe('villageCode');
      const after = await getProject(api, created.id);
      expect(after.village).toEqual(LAO_CHENG.village);
      expect(after.version).toBe(1);
    });

    it('refuses an unknown town code at the townCode field, on update and on create', async () => {
      const created = await createProject(api);
      const update = await api.gql(UPDATE_PROJECT, { id: created.id, input: { version: 1, townCode: '610902999' } });
      expect(errorFields(expectRefused(update, 'BAD_USER_INPUT'))).toEqual(['townCode']);
      expect((await getProject(api, created.id)).town.code).toBe(LAO_CHENG.code);

      const before = await projectCount(api);
      const create = await api.gql(CREATE_PROJECT, {
        input: projectInput({ townCode: '610902999', villageCode: null }),
      });
      expect(errorFields(expectRefused(create, 'BAD_USER_INPUT'))).toEqual(['townCode']);
      expect(await projectCount(api)).toBe(before);
    });

    it('applies the cross-field rules to the merged record', async () => {
      const created = await createProject(api, { beneficiaryHouseholds: 50, liftedHouseholds: 40 });
      const result = await api.gql(UPDATE_PROJECT, {
        id: created.id,
        input: { version: 1, beneficiaryHouseholds: 30 },
      });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT'))).toContain('liftedHouseholds');
      expect((await getProject(api, created.id)).beneficiaryHouseholds).toBe(50);
    });

    it('answers NOT_FOUND for a project that does not exist', async () => {
      const result = await api.gql(UPDATE_PROJECT, {
        id: '00000000-0000-4000-8000-000000000000',
        input: { version: 1, name: '不存在的项目' },
      });
      expectRefused(result, 'NOT_FOUND');
    });
  });
});
