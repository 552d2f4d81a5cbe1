import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  auditLog,
  CREATE_TOKEN,
  issueToken,
  post,
  TOKEN_FIELDS,
  tokenDates,
  YING_HU,
} from '../../test/access';
import { errorFields, expectRefused } from '../../test/expect-error';
import { CREATE_PROJECT, createProject, LAO_CHENG, projectCount, projectInput } from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';
import { authenticate } from './authenticate';
import { Role } from './identity.enums';
import { sha256 } from './secrets';

/**
 * API tokens: shown once and stored hashed; a partner token reads its datasets in its towns and
 * nothing else, a BI token reads aggregates; revoked, expired or forged tokens are refused; every
 * read is audited.
 */

const SUMMARY = '{ fundingSummary(year: 2021, groupBy: TOWN) { totals { allocated } rows { key } } }';

describe('API tokens', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  describe('issuing', () => {
    it('createApiToken returns the secret once; lists show only its prefix', async () => {
      const issued = await api.gql(CREATE_TOKEN, {
        input: {
          name: '区卫健局数据接口',
          kind: 'PARTNER',
          datasets: ['PROJECTS'],
          townCodes: [],
          expiresOn: addDays(tokenDates().today, 30),
        },
      });
      expect(issued.errors).toBeUndefined();
      const { secret, token } = issued.data?.createApiToken ?? {};
      expect(secret).toMatch(/^hb_[A-Za-z0-9_-]{40}$/);
      expect(token.prefix).toBe(secret.slice(0, 10));
      expect(token).toMatchObject({
        kind: 'PARTNER',
        datasets: ['PROJECTS'],
        aggregatesOnly: false,
        revokedAt: null,
        towns: [],
      });

      const list = await api.gql(
        `{ apiTokens(first: 100) { edges { node { ${TOKEN_FIELDS} createdBy { username } } } } }`,
      );
      expect(list.errors).toBeUndefined();
      const listed = list.data?.apiTokens.edges.map((e: { node: { id: string } }) => e.node);
      expect(listed.find((t: { id: string }) => t.id === token.id)).toMatchObject({ prefix: token.prefix });
      expect(JSON.stringify(list)).not.toContain(secret);
      expect(JSON.stringify(list)).not.toContain(secret.slice(10));
      // No field of ApiToken can carry the secret.
      const type = await api.gql('{ __type(name: "ApiToken") { fields { name } } }');
      const fields = type.data?.__type.fields.map((f: { name: string }) => f.name);
      expect(fields.filter((f: string) => /secret|hash/i.test(f))).toEqual([]);
    });

    it('the database keeps the SHA-256 of the secret, never the secret; the audit row keeps neither', async () => {
      const issued = await issueToken(api, { kind: 'BI' });
      const [row] = await api.db.dataSource.query('SELECT * FROM api_token WHERE id = $1', [issued.id]);
      expect(row.token_hash).toBe(sha256(issued.secret));
      expect(JSON.stringify(row)).not.toContain(issued.secret);
      expect(JSON.stringify(row)).not.toContain(issued.secret.slice(10));
      const audit = await auditLog(api.gql, { action: 'token.create', entityId: issued.id });
      expect(audit).toHaveLength(1);
      expect(audit[0].after).toMatchObject({ id: issued.id, kind: 'BI', prefix: issued.prefix });
      const text = JSON.stringify(audit);
      expect(text).not.toContain(issued.secret.slice(10));
      expect(text).not.toContain(row.token_hash);
    });

    it('validation: expiry after today and within a year (n and n+1), known towns, datasets for a partner, name length', async () => {
      const { today, lastAllowed } = tokenDates();
      const create = (input: Record<string, unknown>) =>
        api.gql(CREATE_TOKEN, {
          input: {
            name: '测试令牌',
            kind: 'PARTNER',
            datasets: ['PROJECTS'],
            townCodes: [],
            expiresOn: addDays(today, 30),
            ...input,
          },
        });
      const refusedAt = async (input: Record<string, unknown>, field: string) => {
        const result = await create(input);
        expect(errorFields(expectRefused(result, 'BAD_USER_INPUT')), JSON.stringify(input)).toContain(field);
        expect(result.data).toBeNull();
      };
      await refusedAt({ expiresOn: '2021-05-01' }, 'expiresOn');
      await refusedAt({ expiresOn: today }, 'expiresOn');
      expect((await create({ expiresOn: addDays(today, 1) })).errors).toBeUndefined();
      expect((await create({ expiresOn: lastAllowed })).errors).toBeUndefined();
      await refusedAt({ expiresOn: addDays(lastAllowed, 1) }, 'expiresOn');
      await refusedAt({ townCodes: ['610902999'] }, 'townCodes');
      await refusedAt({ townCodes: ['老城'] }, 'townCodes');
      await refusedAt({ datasets: [] }, 'datasets');
      await refusedAt({ name: '令' }, 'name');
      expect((await create({ name: '令牌' })).errors).toBeUndefined();
      expect((await create({ name: '令'.repeat(100) })).errors).toBeUndefined();
      await refusedAt({ name: '令'.repeat(101) }, 'name');
      // A BI token ignores datasets: it reads aggregates only.
      const bi = await create({ kind: 'BI', datasets: ['PROJECTS', 'FUNDS'] });
      expect(bi.data?.createApiToken.token).toMatchObject({ kind: 'BI', datasets: [], aggregatesOnly: true });
    });
  });

  describe('a PARTNER token for PROJECTS (whole district)', () => {
    it('reads projects and places, but not a project’s money, nor any other dataset', async () => {
      const { client } = await issueToken(api, { kind: 'PARTNER', datasets: ['PROJECTS'] });
      const list = await client('{ projects(first: 1) { totalCount edges { node { id name town { code } } } } }');
      expect(list.errors).toBeUndefined();
      expect(list.data?.projects.totalCount).toBe(await projectCount(api));
      expect((await client('{ towns { code } }')).errors).toBeUndefined();

      const id = list.data?.projects.edges[0].node.id;
      const withMoney = await client('query ($id: ID!) { project(id: $id) { id name allocations { id amount } } }', {
        id,
      });
      const error = expectRefused(withMoney, 'FORBIDDEN');
      expect(error.extensions?.reason).toBe('NO_PERMISSION');
      expect(error.path).toEqual(['project', 'allocations']);
      expect(withMoney.data?.project ?? null).toBeNull();
      expect(JSON.stringify(withMoney)).not.toMatch(/"amount"/);

      for (const query of [
        '{ fundAllocations { totalCount } }',
        '{ disbursements { totalCount } }',
        '{ fundSources { totalCount } }',
        SUMMARY,
        '{ users { totalCount } }',
        '{ apiTokens { totalCount } }',
        '{ auditLog { totalCount } }',
      ]) {
        const result = await client(query);
        expect(expectRefused(result, 'FORBIDDEN').extensions?.reason, query).toBe('NO_PERMISSION');
        expect(result.data, query).toBeNull();
      }
    });

    it('no mutation works, and a refused one changes nothing', async () => {
      const { client } = await issueToken(api, { kind: 'PARTNER', datasets: ['PROJECTS', 'FUNDS', 'PLACES'] });
      const before = await projectCount(api);
      const created = await client(CREATE_PROJECT, { input: projectInput() });
      expect(expectRefused(created, 'FORBIDDEN').extensions?.reason).toBe('NO_PERMISSION');
      expect(await projectCount(api)).toBe(before);
      const project = await createProject(api);
      const updated = await client(
        'mutation ($id: ID!, $v: Int!) { updateProject(id: $id, input: { version: $v, name: "改名" }) { id } }',
        { id: project.id, v: project.version },
      );
      expect(expectRefused(updated, 'FORBIDDEN').extensions?.reason).toBe('NO_PERMISSION');
      const token = await client(CREATE_TOKEN, {
        input: { name: '自己签发', kind: 'BI', datasets: [], townCodes: [], expiresOn: addDays(tokenDates().today, 5) },
      });
      expect(expectRefused(token, 'FORBIDDEN').extensions?.reason).toBe('NO_PERMISSION');
      // A token is not a staff account: it has no password to change.
      const password = await client(
        'mutation { changePassword(input: { currentPassword: "x", newPassword: "Abcdefgh-1234" }) { role } }',
      );
      expectRefused(password, 'UNAUTHENTICATED');
    });
  });

  describe('a PARTNER token for FUNDS only', () => {
    it('reads allocations, but not the project library through FundAllocation.project', async () => {
      const { client } = await issueToken(api, { kind: 'PARTNER', datasets: ['FUNDS'] });
      expect(
        (await client('{ fundAllocations(first: 1) { totalCount edges { node { amount } } } }')).errors,
      ).toBeUndefined();
      expect(expectRefused(await client('{ projects { totalCount } }'), 'FORBIDDEN').extensions?.reason).toBe(
        'NO_PERMISSION',
      );
      // The same project fields, one level down, are the PROJECTS dataset all the same.
      const nested = await client(
        '{ fundAllocations(first: 1) { edges { node { amount project { code name tasks beneficiaryHouseholds statusHistory { toStatus } } } } } }',
      );
      const error = expectRefused(nested, 'FORBIDDEN');
      expect(error.extensions?.reason).toBe('NO_PERMISSION');
      expect(JSON.stringify(nested.data ?? null)).not.toMatch(/"tasks"|"beneficiaryHouseholds"/);
    });
  });

  describe('a BI token', () => {
    it('reads fundingSummary, in every grouping, and nothing else', async () => {
      const { client } = await issueToken(api, { kind: 'BI' });
      for (const groupBy of ['TOWN', 'SOURCE', 'CATEGORY', 'MONTH']) {
        const result = await client(`{ fundingSummary(year: 2021, groupBy: ${groupBy}) { totals { allocated } } }`);
        expect(result.errors, groupBy).toBeUndefined();
        const admin = await api.gql(`{ fundingSummary(year: 2021, groupBy: ${groupBy}) { totals { allocated } } }`);
        expect(result.data).toEqual(admin.data);
      }
      expect((await client('{ me { role permissions } }')).data?.me).toEqual({
        role: 'BI',
        permissions: ['summary:read'],
      });
      for (const query of [
        '{ projects { totalCount } }',
        '{ towns { code } }',
        '{ district { code } }',
        '{ fundAllocations { totalCount } }',
        '{ fundSources { totalCount } }',
        '{ disbursements { totalCount } }',
      ]) {
        const result = await client(query);
        expect(expectRefused(result, 'FORBIDDEN').extensions?.reason, query).toBe('NO_PERMISSION');
        expect(result.data, query).toBeNull();
      }
    });
  });

  describe('tokens that no longer work', () => {
    it('a revoked token is UNAUTHENTICATED BAD_TOKEN at once', async () => {
      const issued = await issueToken(api, { kind: 'BI' });
      expect((await issued.client(SUMMARY)).errors).toBeUndefined();
      const revoked = await api.gql(`mutation ($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`, {
        id: issued.id,
      });
      expect(revoked.data?.revokeApiToken.revokedAt).toEqual(expect.any(String));
      const result = await issued.client(SUMMARY);
      expect(expectRefused(result, 'UNAUTHENTICATED').extensions?.reason).toBe('BAD_TOKEN');
      expect(result.data).toBeNull();
      // Gone from the list, there with includeRevoked.
      const ids = async (includeRevoked: boolean) =>
        (
          await api.gql(
            'query ($r: Boolean!) { apiTokens(includeRevoked: $r, first: 100) { edges { node { id } } } }',
            {
              r: includeRevoked,
            },
          )
        ).data?.apiTokens.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(await ids(false)).not.toContain(issued.id);
      expect(await ids(true)).toContain(issued.id);
    });

    it('expiry: a minute before expires_at it works (n); a second after, BAD_TOKEN (n+1)', async () => {
      const issued = await issueToken(api, { kind: 'BI' });
      await api.db.dataSource.query(`UPDATE api_token SET expires_at = now() + interval '1 minute' WHERE id = $1`, [
        issued.id,
      ]);
      expect((await issued.client(SUMMARY)).errors).toBeUndefined();
      await api.db.dataSource.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        issued.id,
      ]);
      const result = await issued.client(SUMMARY);
      expect(expectRefused(result, 'UNAUTHENTICATED').extensions?.reason).toBe('BAD_TOKEN');
      expect(result.data).toBeNull();
    });

    it('a forged token is UNAUTHENTICATED BAD_TOKEN, and a session cookie beside it does not rescue it', async () => {
      const issued = await issueToken(api, { kind: 'BI' });
      const altered = `${issued.secret.slice(0, -1)}${issued.secret.endsWith('A') ? 'B' : 'A'}`;
      for (const secret of [altered, 'hb_forged', `hb_${'A'.repeat(40)}`, issued.prefix]) {
        const result = await api.client({ token: secret })(SUMMARY);
        expect(expectRefused(result, 'UNAUTHENTICATED').extensions?.reason, secret).toBe('BAD_TOKEN');
        expect(result.data).toBeNull();
        expect(JSON.stringify(result)).not.toContain(issued.prefix.slice(3));
      }
      const both = await post(api, { query: SUMMARY }, { authorization: `Bearer ${altered}`, cookie: api.gql.cookie });
      expect(expectRefused(both.body, 'UNAUTHENTICATED').extensions?.reason).toBe('BAD_TOKEN');
    });
  });

  describe('concurrent requests', () => {
    it('credentials looked up together are told apart: each request gets its own viewer, the revoked and the unknown none', async () => {
      const district = await issueToken(api, { kind: 'PARTNER', datasets: ['PROJECTS'], name: '并发 区级' });
      const town = await issueToken(api, {
        kind: 'PARTNER',
        datasets: ['PROJECTS'],
        townCodes: [LAO_CHENG.code],
        name: '并发 老城',
      });
      const revoked = await issueToken(api, { kind: 'PARTNER', datasets: ['PROJECTS'], name: '并发 已撤销' });
      await api.gql(`mutation ($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: revoked.id });
      const clerk = await api.signInAs(Role.TOWN_STAFF, LAO_CHENG.code);
      const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
      const callers: [string, Record<string, string>][] = [
        ['district', bearer(district.secret)],
        ['town', bearer(town.secret)],
        ['revoked', bearer(revoked.secret)],
        ['unknown', bearer(`${town.secret.slice(0, -4)}AAAA`)],
        ['clerk', { cookie: clerk.cookie }],
        ['anonymous', {}],
      ];
      // In one turn of the event loop, as a loaded server sees them (one statement for the tokens).
      const req = (headers: Record<string, string>) => ({ headers, ip: '127.0.0.1' });
      const settings = { idleTimeoutSeconds: 1800, maxAgeSeconds: 43_200 };
      const viewers = await Promise.all(
        callers.flatMap(([, headers]) => [1, 2].map(() => authenticate(api.db.dataSource, req(headers), settings))),
      );
      const seen = viewers.map((v) => [v.kind, v.id, v.scope.towns, v.rejected ?? null]);
      const expected = [
        ['token', district.id, null, null],
        ['token', town.id, [LAO_CHENG.code], null],
        ['anonymous', null, [], 'BAD_TOKEN'],
        ['anonymous', null, [], 'BAD_TOKEN'],
        ['user', clerk.userId, [LAO_CHENG.code], null],
        ['anonymous', null, [], null],
      ];
      expect(seen).toEqual(expected.flatMap((row) => [row, row]));

      // Over HTTP, all at once: each answer is its caller's.
      const query = '{ projects(first: 1) { totalCount } }';
      const answers = await Promise.all(
        Array.from({ length: 24 }, (_, i) => post(api, { query }, callers[i % callers.length][1])),
      );
      const all = await projectCount({ gql: api.gql });
      const inTown = await projectCount({ gql: clerk });
      expect(inTown).toBeLessThan(all);
      for (const [i, answer] of answers.entries()) {
        const name = callers[i % callers.length][0];
        if (name === 'district') expect(answer.body.data?.projects.totalCount).toBe(all);
        else if (name === 'town' || name === 'clerk') expect(answer.body.data?.projects.totalCount).toBe(inTown);
        else
          expect(expectRefused(answer.body, 'UNAUTHENTICATED').extensions?.reason).toBe(
            name === 'anonymous' ? 'NOT_SIGNED_IN' : 'BAD_TOKEN',
          );
      }
    });
  });

  describe('the audit trail of partner reads', () => {
    it('every query by a token leaves a partner.read row naming the token and the field', async () => {
      const issued = await issueToken(api, {
        kind: 'PARTNER',
        datasets: ['PROJECTS', 'FUNDS'],
        townCodes: [LAO_CHENG.code],
        name: '区水利局',
      });
      expect((await issued.client('{ projects(first: 5) { totalCount } towns { code } }')).errors).toBeUndefined();
      expect((await issued.client(SUMMARY)).errors).toBeUndefined();
      expect(
        (await issued.client('query ($t: ID!) { town(code: $t) { name } }', { t: YING_HU.code })).errors,
      ).toBeUndefined();
      const rows = await auditLog(api.gql, { action: 'partner.read', actorId: issued.id });
      expect(rows.map((r) => r.details?.field).sort()).toEqual(['fundingSummary', 'projects', 'town', 'towns']);
      for (const row of rows) {
        expect(row).toMatchObject({ actorKind: 'TOKEN', actorId: issued.id });
        expect(row.actorName).toContain('区水利局');
        expect(row.actorName).toContain(issued.prefix);
      }
      expect(rows.find((r) => r.details?.field === 'town')?.details?.args).toEqual({ code: YING_HU.code });
      expect(JSON.stringify(rows)).not.toContain(issued.secret.slice(10));
    });

    it('a staff user’s queries leave no partner.read rows', async () => {
      const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
      await clerk('{ projects { totalCount } }');
      const rows = await auditLog(api.gql, { action: 'partner.read', actorId: clerk.userId });
      expect(rows).toEqual([]);
    });
  });
});
