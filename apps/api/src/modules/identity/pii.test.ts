import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, issueToken, UNKNOWN_ID, YING_HU } from '../../test/access';
import { errorFields, expectRefused } from '../../test/expect-error';
import { type Gql, startTestApi, type TestApi } from '../../test/harness';
import { Role } from './identity.enums';

/**
 * Personal data (PIPL): phone numbers are shown masked; only a role with pii:reveal sees one in
 * clear, for a stated purpose, and each reveal is recorded.
 */

const REVEAL = 'mutation ($id: ID!, $purpose: String!) { revealUserPhone(id: $id, purpose: $purpose) }';
const PURPOSE = '核实身份，回访联系';

describe('phone numbers', () => {
  let api: TestApi;
  let admin: Gql & { userId: string };
  let auditor: Gql;
  let demoAdminId: string;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signInAs(Role.DISTRICT_ADMIN);
    auditor = await api.signInAs(Role.AUDITOR);
    const [{ id }] = await api.db.dataSource.query(`SELECT id FROM app_user WHERE username = 'admin'`);
    demoAdminId = id;
  });
  afterAll(() => api?.close());

  it('the users list shows phones masked: "138****0001"', async () => {
    const result = await admin('{ users(first: 100) { edges { node { username phone } } } }');
    expect(result.errors).toBeUndefined();
    const users: { username: string; phone: string | null }[] = result.data?.users.edges.map(
      (e: { node: unknown }) => e.node,
    );
    expect(users.find((u) => u.username === 'admin')?.phone).toBe('138****0001');
    expect(users.find((u) => u.username === 'yinghu')?.phone).toBe('138****0003');
    expect(users.find((u) => u.username === 'laocheng')?.phone).toBeNull();
    for (const u of users) if (u.phone !== null) expect(u.phone, u.username).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(JSON.stringify(result)).not.toMatch(/1380000000\d/);
  });

  it('a user’s own phone is masked in `me` too', async () => {
    const yinghu = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
    await api.db.dataSource.query(`UPDATE app_user SET phone = '13912345678' WHERE id = $1`, [yinghu.userId]);
    const me = await yinghu('{ me { user { phone } } }');
    expect(me.data?.me.user.phone).toBe('139****5678');
  });

  it('revealUserPhone returns the full number and records who, whose, and why (pii.reveal)', async () => {
    const result = await admin(REVEAL, { id: demoAdminId, purpose: PURPOSE });
    expect(result.errors).toBeUndefined();
    expect(result.data?.revealUserPhone).toBe('13800000001');
    const rows = await auditLog(auditor, { action: 'pii.reveal', entityId: demoAdminId });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorKind: 'USER',
      actorId: admin.userId,
      entityType: 'user',
      entityId: demoAdminId,
      details: { field: 'phone', purpose: PURPOSE },
    });
    // The row says that the number was shown, not the number.
    expect(JSON.stringify(rows)).not.toContain('13800000001');
  });

  it('requires pii:reveal: DISTRICT_STAFF, TOWN_STAFF, AUDITOR and tokens are FORBIDDEN, and nothing is revealed or recorded as a reveal', async () => {
    const viewers: [string, Gql][] = [
      ['DISTRICT_STAFF', await api.signInAs(Role.DISTRICT_STAFF)],
      ['TOWN_STAFF', await api.signInAs(Role.TOWN_STAFF, YING_HU.code)],
      ['AUDITOR', auditor],
      ['PARTNER token', (await issueToken(api, { kind: 'PARTNER', datasets: ['PROJECTS', 'FUNDS', 'PLACES'] })).client],
    ];
    const before = (await auditLog(auditor, { action: 'pii.reveal' })).length;
    for (const [name, gql] of viewers) {
      const result = await gql(REVEAL, { id: demoAdminId, purpose: PURPOSE });
      expect(expectRefused(result, 'FORBIDDEN').extensions?.reason, name).toBe('NO_PERMISSION');
      expect(result.data?.revealUserPhone ?? null, name).toBeNull();
      expect(JSON.stringify(result), name).not.toContain('13800000001');
    }
    expect((await auditLog(auditor, { action: 'pii.reveal' })).length).toBe(before);
  });

  it('the purpose must be 5 to 200 characters (4 and 201 refused, 5 and 200 accepted), counted after trimming', async () => {
    const refused = async (purpose: string) => {
      const result = await admin(REVEAL, { id: demoAdminId, purpose });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT')), `${purpose.length} characters`).toEqual(['purpose']);
      expect(JSON.stringify(result)).not.toContain('13800000001');
    };
    const before = (await auditLog(auditor, { action: 'pii.reveal', entityId: demoAdminId })).length;
    await refused('核实身份');
    await refused('        ');
    await refused('  核实身份  ');
    await refused('查'.repeat(201));
    expect((await auditLog(auditor, { action: 'pii.reveal', entityId: demoAdminId })).length).toBe(before);
    for (const purpose of ['核实身份。', '查'.repeat(200)]) {
      const result = await admin(REVEAL, { id: demoAdminId, purpose });
      expect(result.errors, `${purpose.length} characters`).toBeUndefined();
      expect(result.data?.revealUserPhone).toBe('13800000001');
    }
    const rows = await auditLog(auditor, { action: 'pii.reveal', entityId: demoAdminId });
    expect(rows.length).toBe(before + 2);
    expect(rows[0].details?.purpose).toBe('查'.repeat(200));
  });

  it('an unknown user is NOT_FOUND', async () => {
    expectRefused(await admin(REVEAL, { id: UNKNOWN_ID, purpose: PURPOSE }), 'NOT_FOUND');
  });

  it('a phone never appears in clear in the audit trail of user changes', async () => {
    const created = await admin(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { id version phone } }',
      {
        input: {
          username: 'pii-subject',
          displayName: '测试对象',
          role: 'AUDITOR',
          phone: '13711112222',
          initialPassword: 'Masked-Phone-2024',
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const user = created.data?.createUser;
    expect(user.phone).toBe('137****2222');
    const updated = await admin(
      'mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { version: $v, phone: "13733334444" }) { phone } }',
      { id: user.id, v: user.version },
    );
    expect(updated.data?.updateUser.phone).toBe('137****4444');
    const rows = await auditLog(auditor, { entityId: user.id });
    expect(rows.map((r) => r.action).sort()).toEqual(['user.create', 'user.update']);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('13711112222');
    expect(text).not.toContain('13733334444');
  });
});
