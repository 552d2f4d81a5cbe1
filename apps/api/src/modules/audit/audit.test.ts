import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousViewer } from '../../common/viewer';
import {
  type AuditRow,
  addDays,
  auditLog,
  CREATE_TOKEN,
  issueToken,
  post,
  tokenDates,
  YING_HU,
} from '../../test/access';
import { expectRefused } from '../../test/expect-error';
import {
  ADVANCE_STATUS,
  CREATE_FUND_SOURCE,
  CREATE_PROJECT,
  createFundSource,
  createProject,
  projectInput,
  UPDATE_ALLOCATION,
  UPDATE_PROJECT,
} from '../../test/factories';
import { type Gql, startTestApi, TEST_PASSWORD, type TestApi } from '../../test/harness';
import { introspect, rootFields } from '../../test/schema-sweep';
import { Role } from '../identity/identity.enums';
import { AuditService } from './audit.service';
import { auditActionCatalog, auditEntityTypeCatalog } from './audit-actions';

/**
 * The audit trail: every kind of change leaves a row (who, what, which record, before and after),
 * refusals are recorded too, the table is append-only for the application, only auditors and
 * administrators read it, and it never holds a password or a hash.
 */

/** The audit action each mutation writes when it succeeds. */
const ACTION_OF_MUTATION: Record<string, string> = {
  createProject: 'project.create',
  updateProject: 'project.update',
  advanceProjectStatus: 'project.advance_status',
  createFundSource: 'fund_source.create',
  createFundAllocation: 'fund_allocation.create',
  updateFundAllocation: 'fund_allocation.update',
  recordDisbursement: 'disbursement.record',
  reverseDisbursement: 'disbursement.reverse',
  createUser: 'user.create',
  updateUser: 'user.update',
  resetUserPassword: 'user.reset_password',
  unlockUser: 'user.unlock',
  revealUserPhone: 'pii.reveal', // pii.test.ts
  createApiToken: 'token.create',
  revokeApiToken: 'token.revoke',
  changePassword: 'auth.password_changed',
  signIn: 'auth.sign_in',
  signOut: 'auth.sign_out',
  // Tested in exchange/export.test.ts (request, completion by the worker, download).
  startExport: 'export.requested',
  // Monitoring: each asserted in modules/monitoring/*.test.ts.
  createHousehold: 'household.create',
  updateHousehold: 'household.update',
  addPerson: 'person.create',
  updatePerson: 'person.update',
  recordHouseholdYear: 'household_year.create',
  revealIdNumber: 'pii.reveal',
  revealHouseholdPhone: 'pii.reveal',
  openMonitoringCase: 'monitoring_case.open',
  recordMonitoringStep: 'monitoring_case.step',
  addAssistanceMeasure: 'monitoring_case.assistance',
  eliminateRisk: 'monitoring_case.eliminate',
  recordFollowUpVisit: 'monitoring_case.follow_up',
  createMonitoringProcedure: 'monitoring_procedure.create',
  setMonitoringLine: 'monitoring_line.create',
  setCalendarDays: 'calendar.set',
  // Industry: asserted in modules/industry/industry.test.ts.
  createIndustrialPark: 'industrial_park.create',
  updateIndustrialPark: 'industrial_park.update',
  recordParkYear: 'park_year.create',
  addBenefitLink: 'benefit_link.create',
  createPartnerEnterprise: 'partner_enterprise.create',
  updatePartnerEnterprise: 'partner_enterprise.update',
  recordEnterpriseInvestment: 'enterprise_investment.create',
  // Stationing: asserted in modules/stationing/stationing.test.ts.
  createDispatchingUnit: 'dispatching_unit.create',
  createWorkTeam: 'work_team.create',
  addWorkTeamMember: 'work_team_member.add',
  endWorkTeamMember: 'work_team_member.end',
  dissolveWorkTeam: 'work_team.dissolve',
  appointFirstSecretary: 'first_secretary.appoint',
  endFirstSecretaryTerm: 'first_secretary.end',
  // Supervision: asserted in modules/supervision/supervision.test.ts.
  assignSupervisionTask: 'supervision_task.assign',
  rectifySupervisionTask: 'supervision_task.rectify',
  recheckSupervisionTask: 'supervision_task.close',
};

const USER_FIELDS = 'id username displayName version';

describe('the audit trail', () => {
  let api: TestApi;
  let admin: Gql & { userId: string; username: string };
  let auditor: Gql & { userId: string };
  /** Secrets and passwords used in this file; none may ever show up in the trail. */
  const secrets: string[] = [TEST_PASSWORD];

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signInAs(Role.DISTRICT_ADMIN);
    auditor = await api.signInAs(Role.AUDITOR);
  });
  afterAll(() => api?.close());

  /** The rows about one record with one action, as an auditor reads them. */
  async function rowsAbout(entityId: string, action: string): Promise<AuditRow[]> {
    return auditLog(auditor, { entityId, action });
  }

  /** Exactly one row about the record with that action, written by the given user. */
  async function oneRow(entityType: string, entityId: string, action: string, actorId = admin.userId) {
    const rows = await rowsAbout(entityId, action);
    expect(rows, `${action} on ${entityType} ${entityId}`).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorKind: 'USER', actorId, action, entityType, entityId });
    expect(rows[0].actorName).not.toBe('');
    expect(rows[0].requestId).toEqual(expect.any(String));
    return rows[0];
  }

  it('every mutation of the schema is covered below', async () => {
    const schema = await introspect(api.gql);
    const mutations = rootFields(schema)
      .filter((f) => f.operation === 'mutation')
      .map((f) => f.name)
      .sort();
    expect(mutations).toEqual(Object.keys(ACTION_OF_MUTATION).sort());
  });

  describe('each kind of change leaves a row with actor, action, record, before and after', () => {
    let project: Record<string, any>;
    let allocation: Record<string, any>;
    let payment: { id: string };

    it('createProject, updateProject (before ≠ after), advanceProjectStatus', async () => {
      const created = await admin(CREATE_PROJECT, { input: projectInput({ name: '审计测试项目' }) });
      expect(created.errors).toBeUndefined();
      project = created.data?.createProject;
      const create = await oneRow('project', project.id, 'project.create');
      expect(create.before).toBeNull();
      expect(create.after).toMatchObject({ id: project.id, name: '审计测试项目', status: 'RESERVED', version: 1 });

      const updated = await admin(UPDATE_PROJECT, {
        id: project.id,
        input: { version: project.version, name: '审计测试项目（改）' },
      });
      expect(updated.errors).toBeUndefined();
      const update = await oneRow('project', project.id, 'project.update');
      expect(update.before).toMatchObject({ name: '审计测试项目', version: 1 });
      expect(update.after).toMatchObject({ name: '审计测试项目（改）', version: 2 });
      expect(update.before).not.toEqual(update.after);

      const advanced = await admin(ADVANCE_STATUS, {
        input: { id: project.id, version: 2, to: 'APPROVED', note: '批复' },
      });
      expect(advanced.errors).toBeUndefined();
      project = advanced.data?.advanceProjectStatus;
      const advance = await oneRow('project', project.id, 'project.advance_status');
      expect(advance.before).toEqual({ status: 'RESERVED', version: 2 });
      expect(advance.after).toEqual({ status: 'APPROVED', version: 3 });
    });

    it('createFundSource, createFundAllocation, updateFundAllocation (before ≠ after)', async () => {
      const createdSource = await admin(CREATE_FUND_SOURCE, {
        input: { code: 'FS-AUDIT-1', name: '审计测试资金', year: 2024, category: 'BRIDGING', level: 'DISTRICT' },
      });
      expect(createdSource.errors).toBeUndefined();
      const source = createdSource.data?.createFundSource;
      const sourceRow = await oneRow('fund_source', source.id, 'fund_source.create');
      expect(sourceRow.before).toBeNull();
      expect(sourceRow.after).toMatchObject({ id: source.id, code: 'FS-AUDIT-1', name: '审计测试资金' });

      const created = await admin(
        'mutation ($input: CreateFundAllocationInput!) { createFundAllocation(input: $input) { id version amount } }',
        { input: { projectId: project.id, fundSourceId: source.id, amount: '1000.00', allocatedOn: '2024-03-15' } },
      );
      expect(created.errors).toBeUndefined();
      allocation = created.data?.createFundAllocation;
      const create = await oneRow('fund_allocation', allocation.id, 'fund_allocation.create');
      expect(create.before).toBeNull();
      expect(create.after).toMatchObject({ id: allocation.id, amount: '1000.00', projectId: project.id });

      const updated = await admin(UPDATE_ALLOCATION, {
        id: allocation.id,
        input: { version: allocation.version, amount: '1500.00' },
      });
      expect(updated.errors).toBeUndefined();
      const update = await oneRow('fund_allocation', allocation.id, 'fund_allocation.update');
      expect(update.before).toMatchObject({ amount: '1000.00' });
      expect(update.after).toMatchObject({ amount: '1500.00' });
    });

    it('recordDisbursement and reverseDisbursement', async () => {
      const recorded = await admin(
        'mutation ($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { id } }',
        {
          input: {
            allocationId: allocation.id,
            amount: '100.00',
            paidOn: '2024-05-20',
            voucherNo: 'PZ-AUDIT-1',
            payee: '村集体',
          },
        },
      );
      expect(recorded.errors).toBeUndefined();
      payment = recorded.data?.recordDisbursement;
      const record = await oneRow('disbursement', payment.id, 'disbursement.record');
      expect(record.after).toMatchObject({ id: payment.id, amount: '100.00', voucherNo: 'PZ-AUDIT-1' });
      expect(record.details).toMatchObject({ allocationId: allocation.id });

      const reversed = await admin(
        'mutation ($input: ReverseDisbursementInput!) { reverseDisbursement(input: $input) { id } }',
        { input: { disbursementId: payment.id, paidOn: '2024-06-01', voucherNo: 'CX-AUDIT-1', reason: '凭证录错' } },
      );
      expect(reversed.errors).toBeUndefined();
      const reversal = reversed.data?.reverseDisbursement;
      const reverse = await oneRow('disbursement', reversal.id, 'disbursement.reverse');
      expect(reverse.after).toMatchObject({ amount: '-100.00', reversesId: payment.id });
      expect(reverse.details).toMatchObject({ reverses: payment.id });
    });

    it('createUser, updateUser (before ≠ after), resetUserPassword, unlockUser', async () => {
      secrets.push('Audit-Initial-2024', 'Audit-Reset-2024!');
      const created = await admin(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`,
        {
          input: {
            username: 'audit-subject',
            displayName: '审计对象',
            role: 'DISTRICT_STAFF',
            phone: '13912345678',
            initialPassword: 'Audit-Initial-2024',
          },
        },
      );
      expect(created.errors).toBeUndefined();
      const user = created.data?.createUser;
      const create = await oneRow('user', user.id, 'user.create');
      expect(create.after).toMatchObject({
        id: user.id,
        username: 'audit-subject',
        role: 'DISTRICT_STAFF',
        townCode: null,
      });
      expect(create.after).not.toHaveProperty('passwordHash');
      expect(create.after).not.toHaveProperty('phone');

      const updated = await admin(
        `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { ${USER_FIELDS} } }`,
        { id: user.id, input: { version: user.version, displayName: '审计对象（改）' } },
      );
      expect(updated.errors).toBeUndefined();
      const update = await oneRow('user', user.id, 'user.update');
      expect(update.before).toMatchObject({ displayName: '审计对象' });
      expect(update.after).toMatchObject({ displayName: '审计对象（改）' });

      const reset = await admin(
        `mutation ($id: ID!) { resetUserPassword(id: $id, input: { newPassword: "Audit-Reset-2024!" }) { mustChangePassword } }`,
        {
          id: user.id,
        },
      );
      expect(reset.errors).toBeUndefined();
      await oneRow('user', user.id, 'user.reset_password');

      await api.db.dataSource.query(
        `UPDATE app_user SET failed_attempts = 5, locked_until = now() + interval '30 minutes' WHERE id = $1`,
        [user.id],
      );
      const unlocked = await admin('mutation ($id: ID!) { unlockUser(id: $id) { lockedUntil } }', { id: user.id });
      expect(unlocked.errors).toBeUndefined();
      const unlock = await oneRow('user', user.id, 'user.unlock');
      expect(unlock.details?.wasLockedUntil).toEqual(expect.any(String));
    });

    it('createApiToken and revokeApiToken (before ≠ after)', async () => {
      const issued = await issueToken(api, { kind: 'BI', name: '审计测试令牌' }, admin);
      secrets.push(issued.secret);
      const create = await oneRow('api_token', issued.id, 'token.create');
      expect(create.after).toMatchObject({ id: issued.id, name: '审计测试令牌', kind: 'BI', prefix: issued.prefix });
      const revoked = await admin('mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: issued.id });
      expect(revoked.errors).toBeUndefined();
      const revoke = await oneRow('api_token', issued.id, 'token.revoke');
      expect(revoke.before).toMatchObject({ revokedAt: null });
      expect(revoke.after?.revokedAt).toEqual(expect.any(String));
    });

    it('signIn, changePassword and signOut, each with the user as the record', async () => {
      secrets.push('Audit-Changed-2024');
      const user = await api.signInAs(Role.DISTRICT_STAFF);
      const signIn = await rowsAbout(user.userId, 'auth.sign_in');
      expect(signIn).toHaveLength(1);
      expect(signIn[0]).toMatchObject({
        entityType: 'user',
        entityId: user.userId,
        details: { username: user.username },
      });

      const changed = await user(
        'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { mustChangePassword } }',
        { input: { currentPassword: TEST_PASSWORD, newPassword: 'Audit-Changed-2024' } },
      );
      expect(changed.errors).toBeUndefined();
      await oneRow('user', user.userId, 'auth.password_changed', user.userId);

      const out = await user('mutation { signOut }');
      expect(out.data).toEqual({ signOut: true });
      await oneRow('user', user.userId, 'auth.sign_out', user.userId);
    });
  });

  describe('refused mutations', () => {
    it('a mutation refused for want of permission leaves a mutation.refused row with who and why', async () => {
      const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
      const refused = await clerk(
        'mutation { createFundSource(input: { code: "FS-REFUSED", name: "越权", year: 2024, category: BRIDGING, level: DISTRICT }) { id } }',
      );
      expectRefused(refused, 'FORBIDDEN');
      const rows = await auditLog(auditor, { action: 'mutation.refused', actorId: clerk.userId });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        actorKind: 'USER',
        actorId: clerk.userId,
        details: { mutation: 'createFundSource', code: 'FORBIDDEN', reason: 'NO_PERMISSION' },
      });
    });

    it('an anonymous refused mutation, and a token’s, are recorded too', async () => {
      const before = (await auditLog(auditor, { action: 'mutation.refused' })).length;
      expectRefused(await api.anonymous(CREATE_PROJECT, { input: projectInput() }), 'UNAUTHENTICATED');
      const token = await issueToken(api, { kind: 'PARTNER', datasets: ['PROJECTS'] });
      expectRefused(await token.client(CREATE_PROJECT, { input: projectInput() }), 'FORBIDDEN');
      const rows = await auditLog(auditor, { action: 'mutation.refused' });
      expect(rows.length).toBe(before + 2);
      expect(rows[1]).toMatchObject({
        actorKind: 'ANONYMOUS',
        details: { mutation: 'createProject', code: 'UNAUTHENTICATED', reason: 'NOT_SIGNED_IN' },
      });
      expect(rows[0]).toMatchObject({
        actorKind: 'TOKEN',
        actorId: token.id,
        details: { mutation: 'createProject', code: 'FORBIDDEN', reason: 'NO_PERMISSION' },
      });
    });

    it('a refusal about the data (a stale version) is recorded with its code and reason', async () => {
      const project = await createProject(api);
      const stale = await admin(UPDATE_PROJECT, {
        id: project.id,
        input: { version: project.version + 5, name: '过期' },
      });
      expectRefused(stale, 'CONFLICT');
      const rows = await auditLog(auditor, { action: 'mutation.refused', actorId: admin.userId });
      expect(rows[0]?.details).toEqual({ mutation: 'updateProject', code: 'CONFLICT', reason: 'STALE_VERSION' });
    });

    it('the refused row carries the code the caller was told, also for input errors and duplicates', async () => {
      const invalid = await admin(CREATE_PROJECT, { input: projectInput({ name: '名'.repeat(101) }) });
      expectRefused(invalid, 'BAD_USER_INPUT');
      const [first] = await auditLog(auditor, { action: 'mutation.refused', actorId: admin.userId });
      expect(first?.details).toMatchObject({ mutation: 'createProject', code: 'BAD_USER_INPUT' });

      const source = await createFundSource(api);
      const duplicate = await admin(
        'mutation ($code: String!) { createFundSource(input: { code: $code, name: "重复", year: 2024, category: BRIDGING, level: DISTRICT }) { id } }',
        { code: source.code },
      );
      const told = expectRefused(duplicate, 'CONFLICT');
      const [second] = await auditLog(auditor, { action: 'mutation.refused', actorId: admin.userId });
      expect(second?.details).toMatchObject({ mutation: 'createFundSource', code: told.extensions?.code });
    });

    it('a failed sign-in is recorded once, as auth.sign_in_failed (not also as mutation.refused)', async () => {
      const before = (await auditLog(auditor, { action: 'mutation.refused' })).length;
      await post(api, {
        query: 'mutation { signIn(input: { username: "admin", password: "Wrong-Password-1" }) { role } }',
      });
      expect((await auditLog(auditor, { action: 'mutation.refused' })).length).toBe(before);
      const failed = await auditLog(auditor, { action: 'auth.sign_in_failed' });
      expect(failed[0]).toMatchObject({
        actorKind: 'ANONYMOUS',
        details: { username: 'admin', reason: 'BAD_PASSWORD' },
      });
    });
  });

  describe('rows written outside a transaction, by concurrent requests', () => {
    it('go in together, one statement for those of one turn, each with its own actor and request, each written before its caller goes on', async () => {
      const viewers = Array.from({ length: 12 }, (_, i) => ({
        ...anonymousViewer(`10.0.0.${i}`),
        kind: 'token' as const,
        id: randomUUID(),
        name: `令牌：并发 ${i}`,
      }));
      const written = await Promise.all(
        viewers.map(async (viewer, i) => {
          await new AuditService(api.db.dataSource, viewer, `group-${i}`).record({
            action: 'partner.read',
            details: { field: 'projects', args: { first: i } },
          });
          // Awaited means written: the caller's own row is there when it goes on.
          const [row] = await api.db.dataSource.query(
            'SELECT actor_id, actor_name, request_id, ip, details, xmin::text AS tx FROM audit_log WHERE request_id = $1',
            [`group-${i}`],
          );
          return row;
        }),
      );
      for (const [i, row] of written.entries())
        expect(row).toMatchObject({
          actor_id: viewers[i].id,
          actor_name: `令牌：并发 ${i}`,
          request_id: `group-${i}`,
          ip: `10.0.0.${i}`,
          details: { field: 'projects', args: { first: i } },
        });
      expect(new Set(written.map((row) => row.tx)).size).toBe(1);
      // Inside a caller's transaction the row is part of it, and rolls back with it.
      await api.db.dataSource
        .transaction(async (manager) => {
          await new AuditService(api.db.dataSource, viewers[0], 'group-rolled-back').record(
            { action: 'partner.read' },
            manager,
          );
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      expect(await api.db.dataSource.query(`SELECT id FROM audit_log WHERE request_id = 'group-rolled-back'`)).toEqual(
        [],
      );
    });

    it('a statement that fails fails every caller in it, and loses nobody’s row silently', async () => {
      const viewer = { ...anonymousViewer('10.0.0.1'), kind: 'token' as const, id: 'not-a-uuid', name: '令牌' };
      const good = { ...viewer, id: randomUUID() };
      const results = await Promise.allSettled([
        new AuditService(api.db.dataSource, good, 'group-fail-0').record({ action: 'partner.read' }),
        new AuditService(api.db.dataSource, viewer, 'group-fail-1').record({ action: 'partner.read' }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      expect(
        await api.db.dataSource.query(`SELECT id FROM audit_log WHERE request_id IN ('group-fail-0', 'group-fail-1')`),
      ).toEqual([]);
    });
  });

  describe('append-only for the application’s database role', () => {
    const refused = async (sql: string, params: unknown[] = []) => {
      await expect(api.db.dataSource.query(sql, params)).rejects.toThrow(/append-only|truncated|permission denied/); // the trigger, or the role's missing privilege
    };

    it('UPDATE, DELETE and TRUNCATE of audit_log are refused', async () => {
      const [{ count }] = await api.db.dataSource.query('SELECT count(*)::int AS count FROM audit_log');
      expect(count).toBeGreaterThan(0);
      await refused(`UPDATE audit_log SET action = 'tampered' WHERE id = (SELECT max(id) FROM audit_log)`);
      await refused(`UPDATE audit_log SET details = NULL`);
      await refused('DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)');
      await refused('DELETE FROM audit_log');
      await refused('TRUNCATE audit_log');
      const [{ count: after }] = await api.db.dataSource.query('SELECT count(*)::int AS count FROM audit_log');
      expect(after).toBe(count);
      expect(await api.db.dataSource.query(`SELECT id FROM audit_log WHERE action = 'tampered'`)).toEqual([]);
    });

    it('retention: a row older than 180 days may be deleted (n+1) by the owner; one a minute younger may not (n); neither may be updated', async () => {
      const insert = async (age: string) => {
        const [{ id }] = await api.ownerQuery(
          `INSERT INTO audit_log (at, actor_kind, actor_name, action) VALUES (now() - $1::interval, 'SYSTEM', '系统', 'retention.test')
           RETURNING id::int`,
          [age],
        );
        return id as number;
      };
      const older = await insert('180 days 1 minute');
      const younger = await insert('179 days 23 hours 59 minutes');
      await refused(`UPDATE audit_log SET action = 'tampered' WHERE id = $1`, [older]);
      await refused('DELETE FROM audit_log WHERE id = $1', [younger]);
      if (api.db.role) await refused('DELETE FROM audit_log WHERE id = $1', [older]); // the API's role deletes nothing
      // Retention is the owner's job (a scheduled task), and the trigger lets it reach only old rows.
      await expect(api.ownerQuery('DELETE FROM audit_log WHERE id = $1', [younger])).rejects.toThrow();
      await api.ownerQuery('DELETE FROM audit_log WHERE id = $1', [older]);
      const left = await api.db.dataSource.query('SELECT id::int FROM audit_log WHERE id = ANY($1) ORDER BY id', [
        [older, younger],
      ]);
      expect(left).toEqual([{ id: younger }]);
    });

    // The embedded engine is one single-user session that owns everything; the separation between the
    // owner and the API's role is a server deployment's, so this is shown on the server run.
    it.skipIf(!process.env.TEST_DATABASE_URL)(
      'the application’s role cannot switch the guard off (ALTER TABLE … DISABLE TRIGGER)',
      async () => {
        const runner = api.db.dataSource.createQueryRunner();
        await runner.startTransaction();
        let disabled = false;
        try {
          await runner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
          disabled = true;
        } catch {
          // Refused, as it should be.
        } finally {
          // Whatever happened, the table is left as it was.
          await runner.rollbackTransaction();
          await runner.release();
        }
        expect(disabled, 'the role that runs the API owns audit_log and can disable its append-only trigger').toBe(
          false,
        );
      },
    );
  });

  describe('reading the trail', () => {
    it('AUDITOR and DISTRICT_ADMIN may read it; DISTRICT_STAFF and TOWN_STAFF may not', async () => {
      expect((await auditor('{ auditLog(first: 1) { totalCount } }')).errors).toBeUndefined();
      expect((await admin('{ auditLog(first: 1) { totalCount } }')).errors).toBeUndefined();
      for (const role of [Role.DISTRICT_STAFF, Role.TOWN_STAFF]) {
        const reader = await api.signInAs(role, YING_HU.code);
        const result = await reader('{ auditLog(first: 1) { totalCount edges { node { id action } } } }');
        expect(expectRefused(result, 'FORBIDDEN').extensions?.reason, role).toBe('NO_PERMISSION');
        expect(result.data).toBeNull();
        for (const catalog of ['{ auditActions { code } }', '{ auditEntityTypes { code } }']) {
          const refused = await reader(catalog);
          expect(expectRefused(refused, 'FORBIDDEN').extensions?.reason, `${role} ${catalog}`).toBe('NO_PERMISSION');
        }
      }
    });

    it('names the actions and record types: the catalog for the filter, and each entry’s own', async () => {
      const catalog = await auditor('{ auditActions { code label entityType } auditEntityTypes { code label } }');
      expect(catalog.errors).toBeUndefined();
      expect(catalog.data?.auditActions).toEqual(auditActionCatalog());
      expect(catalog.data?.auditActions).toContainEqual({
        code: 'work_team_member.add',
        label: '队员到岗',
        entityType: 'work_team',
      });
      expect(catalog.data?.auditActions).toContainEqual({
        code: 'pii.reveal',
        label: '查看敏感信息',
        entityType: null,
      });
      expect(catalog.data?.auditEntityTypes).toEqual(auditEntityTypeCatalog());
      expect((await admin('{ auditActions { code } }')).errors).toBeUndefined();

      const project = await createProject(api, { name: '名称测试项目' });
      const updated = await admin(UPDATE_PROJECT, {
        id: project.id,
        input: { version: project.version, name: '名称测试项目（改）' },
      });
      expect(updated.errors).toBeUndefined();
      const history = await auditor(
        `query ($filter: AuditFilter) {
          auditLog(filter: $filter, first: 10) { edges { node { action actionLabel entityType entityTypeLabel } } }
        }`,
        { filter: { entityType: 'project', entityId: project.id } },
      );
      expect(history.errors).toBeUndefined();
      expect(history.data?.auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
        { action: 'project.update', actionLabel: '修改项目', entityType: 'project', entityTypeLabel: '项目' },
        { action: 'project.create', actionLabel: '新建项目', entityType: 'project', entityTypeLabel: '项目' },
      ]);

      // What the catalog does not name shows as it was recorded.
      await api.db.dataSource.query(
        `INSERT INTO audit_log (actor_kind, actor_name, action, entity_type) VALUES ('SYSTEM', '系统', 'label.test_unknown', 'gadget')`,
      );
      const unknown = await auditor(
        '{ auditLog(filter: { action: "label.test_unknown" }, first: 1) { edges { node { actionLabel entityTypeLabel } } } }',
      );
      expect(unknown.data?.auditLog.edges[0].node).toEqual({
        actionLabel: 'label.test_unknown',
        entityTypeLabel: 'gadget',
      });
    });

    it('filtered by entity it is a project’s history, newest first', async () => {
      const project = await createProject(api, { name: '历史测试项目' });
      const updated = await admin(UPDATE_PROJECT, {
        id: project.id,
        input: { version: project.version, name: '历史测试项目（改）' },
      });
      expect(updated.errors).toBeUndefined();
      await admin(ADVANCE_STATUS, { input: { id: project.id, version: project.version + 1, to: 'APPROVED' } });
      const history = await auditLog(auditor, { entityType: 'project', entityId: project.id });
      expect(history.map((r) => r.action)).toEqual(['project.advance_status', 'project.update', 'project.create']);
      expect(history.every((r) => r.entityId === project.id)).toBe(true);
    });

    it('filters by action and by date range, days counted in Asia/Shanghai (the boundaries at n and n+1)', async () => {
      const insert = (at: string, action: string) =>
        api.db.dataSource.query(
          `INSERT INTO audit_log (at, actor_kind, actor_name, action) VALUES ($1, 'SYSTEM', '系统', $2)`,
          [at, action],
        );
      // 2021-05-01 23:59 and 2021-05-02 00:00 in Beijing time.
      await insert('2021-05-01T23:59:00+08:00', 'range.test_last_minute');
      await insert('2021-05-02T00:00:00+08:00', 'range.test_next_day');
      await insert('2021-04-30T23:59:59+08:00', 'range.test_day_before');
      const actions = async (filter: Record<string, unknown>) =>
        (await auditLog(auditor, filter)).map((r) => r.action).filter((a) => a.startsWith('range.'));
      expect(await actions({ from: '2021-05-01', to: '2021-05-01' })).toEqual(['range.test_last_minute']);
      expect(await actions({ from: '2021-05-02', to: '2021-05-02' })).toEqual(['range.test_next_day']);
      expect((await actions({ from: '2021-04-30', to: '2021-05-02' })).sort()).toEqual([
        'range.test_day_before',
        'range.test_last_minute',
        'range.test_next_day',
      ]);
      expect(await actions({ from: '2021-05-03' })).toEqual([]);
      expect(await actions({ to: '2021-04-30' })).toEqual(['range.test_day_before']);
      expect(await actions({ action: 'range.test_next_day' })).toEqual(['range.test_next_day']);
      const bad = await auditor('{ auditLog(filter: { action: "DROP TABLE" }) { totalCount } }');
      expectRefused(bad, 'BAD_USER_INPUT');
    });

    it('no password, password hash or token secret appears in any audit row', async () => {
      // Something of every kind has been done above; add a failed password change for good measure.
      const user = await api.signInAs(Role.AUDITOR);
      await user(
        'mutation { changePassword(input: { currentPassword: "Guess-Password-99", newPassword: "Another-Pass-2024" }) { role } }',
      );
      secrets.push('Guess-Password-99', 'Another-Pass-2024');
      const rows: { text: string }[] = await api.db.dataSource.query(
        `SELECT concat_ws(' ', actor_name, action, entity_id, before::text, after::text, details::text) AS text FROM audit_log`,
      );
      expect(rows.length).toBeGreaterThan(20);
      const text = rows.map((r) => r.text).join('\n');
      expect(text).not.toContain('$argon2');
      expect(text).not.toMatch(/password_?hash|tokenHash|token_hash/i);
      for (const secret of secrets) expect(text, secret.slice(0, 6)).not.toContain(secret);
      const hashes: { token_hash: string }[] = await api.db.dataSource.query('SELECT token_hash FROM api_token');
      for (const { token_hash } of hashes) expect(text).not.toContain(token_hash);
      const sessions: { token_hash: string }[] = await api.db.dataSource.query('SELECT token_hash FROM user_session');
      for (const { token_hash } of sessions) expect(text).not.toContain(token_hash);
      // And the API shows the same trail without them.
      const page = await auditor(`{ auditLog(first: 100) { edges { node { before after details } } } }`);
      expect(JSON.stringify(page)).not.toContain('$argon2');
    });
  });

  it('every action written above, through the API, has a name in the catalog', async () => {
    // Rows this file inserts by hand to test filters and retention are not the API's.
    const byHand = /^(range|retention|label)\.test/;
    const rows: { action: string }[] = await api.db.dataSource.query('SELECT DISTINCT action FROM audit_log');
    const named = new Set(auditActionCatalog().map((a) => a.code as string));
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.map((r) => r.action).filter((a) => !byHand.test(a) && !named.has(a))).toEqual([]);
  });

  it('creating a token through the API as a non-admin is refused and recorded', async () => {
    const staff = await api.signInAs(Role.DISTRICT_STAFF);
    const result = await staff(CREATE_TOKEN, {
      input: { name: '越权令牌', kind: 'BI', datasets: [], townCodes: [], expiresOn: addDays(tokenDates().today, 10) },
    });
    expectRefused(result, 'FORBIDDEN');
    const rows = await auditLog(auditor, { action: 'mutation.refused', actorId: staff.userId });
    expect(rows[0]?.details).toMatchObject({ mutation: 'createApiToken', code: 'FORBIDDEN' });
  });
});
