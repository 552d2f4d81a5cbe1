import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_INITIAL_PASSWORD } from '../../database/seed/users';
import { auditRowsSince, lastAuditId, post, signInDemo, YING_HU } from '../../test/access';
import { errorFields, expectRefused } from '../../test/expect-error';
import { type Gql, startTestApi, TEST_PASSWORD, type TestApi } from '../../test/harness';
import { Role } from './identity.enums';
import { sha256 } from './secrets';

/**
 * Sessions: the first password change, the password policy, wrong passwords and lockout, sign-out,
 * forged cookies, idle and absolute expiry, disabled accounts, and the cookie's attributes.
 */

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { role mustChangePassword } }';
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { mustChangePassword } }`;
const PROTECTED = '{ towns { code } }';

async function attempt(api: TestApi, username: string, password: string) {
  const res = await post(api, { query: SIGN_IN, variables: { input: { username, password } } });
  return { ...res.body, setCookie: res.headers.get('set-cookie') };
}

function cookieOf(setCookie: string | null): string {
  if (!setCookie) throw new Error('no session cookie was set');
  return setCookie.split(';')[0];
}

describe('sessions', () => {
  let api: TestApi;
  let admin: Gql;
  beforeAll(async () => {
    api = await startTestApi();
    admin = api.gql;
  });
  afterAll(() => api?.close());

  /** A staff account that has set its own password (TEST_PASSWORD), not signed in. */
  async function account(role: Role = Role.DISTRICT_STAFF) {
    const signed = await api.signInAs(role);
    return { id: signed.userId, username: signed.username, gql: signed as Gql };
  }

  describe('the first password change', () => {
    it('a demo user signs in with the initial password and must change it before anything else', async () => {
      const signedIn = await attempt(api, 'yinghu', DEMO_INITIAL_PASSWORD);
      expect(signedIn.errors).toBeUndefined();
      expect(signedIn.data?.signIn).toEqual({ role: 'TOWN_STAFF', mustChangePassword: true });
      const yinghu = api.client({ cookie: cookieOf(signedIn.setCookie) });
      // Who they are is public; everything else waits for the new password.
      const me = await yinghu('{ me { role mustChangePassword permissions } }');
      expect(me.data?.me).toMatchObject({ role: 'TOWN_STAFF', mustChangePassword: true });
      for (const query of [
        PROTECTED,
        '{ projects { totalCount } }',
        '{ fundingSummary(year: 2021, groupBy: TOWN) { year } }',
      ]) {
        const result = await yinghu(query);
        expect(expectRefused(result, 'FORBIDDEN').extensions?.reason, query).toBe('PASSWORD_CHANGE_REQUIRED');
        expect(result.data).toBeNull();
      }
      const write = await yinghu(
        'mutation { createFundSource(input: { code: "X", name: "X", year: 2021, category: BRIDGING, level: CENTRAL }) { id } }',
      );
      expect(expectRefused(write, 'FORBIDDEN').extensions?.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    });

    it('changePassword refuses each policy violation at newPassword, and a wrong current password at currentPassword', async () => {
      const yinghu = await signInDemo(api, 'yinghu');
      const change = (currentPassword: string, newPassword: string) =>
        yinghu(CHANGE_PASSWORD, { input: { currentPassword, newPassword } });
      const violations: [string, string, RegExp][] = [
        ['too short (11 characters)', 'Abcdefg-123', /至少 12 位/],
        ['too few character classes (lower case and digits)', 'abcdefgh12345', /至少三类/],
        ['two classes: upper and lower case only', 'AbcdefghIjklm', /至少三类/],
        ['contains the user name', 'My-Yinghu-2024', /不能包含用户名/],
        ['same as the current password', DEMO_INITIAL_PASSWORD, /不能与当前密码相同/],
      ];
      for (const [label, newPassword, message] of violations) {
        const result = await change(DEMO_INITIAL_PASSWORD, newPassword);
        const error = expectRefused(result, 'BAD_USER_INPUT');
        expect(new Set(errorFields(error)), label).toEqual(new Set(['newPassword']));
        expect(error.message, label).toMatch(message);
        expect(result.data, label).toBeNull();
      }
      const wrongCurrent = await change('Not-The-Password-1', 'A-Good-New-Pass-2024');
      expect(errorFields(expectRefused(wrongCurrent, 'BAD_USER_INPUT'))).toEqual(['currentPassword']);
      // Nothing above changed the password: the initial one still signs in.
      expect((await attempt(api, 'yinghu', DEMO_INITIAL_PASSWORD)).errors).toBeUndefined();
    });

    it('a same-as-current password is refused on its own (the current one meets the policy)', async () => {
      const created = await admin(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id mustChangePassword } }',
        {
          input: {
            username: 'same-as-current',
            displayName: '测试',
            role: 'DISTRICT_STAFF',
            initialPassword: 'Initial-Pass-2024!',
          },
        },
      );
      expect(created.data?.createUser.mustChangePassword).toBe(true);
      const signedIn = await attempt(api, 'same-as-current', 'Initial-Pass-2024!');
      const user = api.client({ cookie: cookieOf(signedIn.setCookie) });
      const result = await user(CHANGE_PASSWORD, {
        input: { currentPassword: 'Initial-Pass-2024!', newPassword: 'Initial-Pass-2024!' },
      });
      const error = expectRefused(result, 'BAD_USER_INPUT');
      expect(errorFields(error)).toEqual(['newPassword']);
      expect(error.message).toMatch(/不能与当前密码相同/);
    });

    it('the policy limits at n and n+1: 12 characters and 3 classes pass, 128 pass, 129 do not', async () => {
      const staff = await signInDemo(api, 'laocheng');
      const change = (currentPassword: string, newPassword: string) =>
        staff(CHANGE_PASSWORD, { input: { currentPassword, newPassword } });
      // 12 characters, exactly three classes (upper, lower, digit).
      const twelve = 'Abcdefgh1234';
      const first = await change(DEMO_INITIAL_PASSWORD, twelve);
      expect(first.errors).toBeUndefined();
      expect(first.data?.changePassword).toEqual({ mustChangePassword: false });
      expect((await staff(PROTECTED)).errors).toBeUndefined();
      // The old password no longer signs in; the new one does.
      expectRefused(await attempt(api, 'laocheng', DEMO_INITIAL_PASSWORD), 'UNAUTHENTICATED');
      expect((await attempt(api, 'laocheng', twelve)).errors).toBeUndefined();

      const long = `Aa1-${'x'.repeat(124)}`;
      expect(long).toHaveLength(128);
      const tooLong = await change(twelve, `${long}y`);
      expect(errorFields(expectRefused(tooLong, 'BAD_USER_INPUT'))).toEqual(['newPassword']);
      expect((await change(twelve, long)).errors).toBeUndefined();
    });

    it('changing the password signs out the account’s other browsers, and is audited', async () => {
      const created = await admin('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: {
          username: 'two-browsers',
          displayName: '测试',
          role: 'AUDITOR',
          initialPassword: 'Initial-Pass-2024!',
        },
      });
      const userId = created.data?.createUser.id;
      const first = api.client({
        cookie: cookieOf((await attempt(api, 'two-browsers', 'Initial-Pass-2024!')).setCookie),
      });
      const second = api.client({
        cookie: cookieOf((await attempt(api, 'two-browsers', 'Initial-Pass-2024!')).setCookie),
      });
      const since = await lastAuditId(api);
      const changed = await first(CHANGE_PASSWORD, {
        input: { currentPassword: 'Initial-Pass-2024!', newPassword: 'Brand-New-Pass-2024' },
      });
      expect(changed.errors).toBeUndefined();
      expect((await first(PROTECTED)).errors).toBeUndefined();
      expect(expectRefused(await second(PROTECTED), 'UNAUTHENTICATED').extensions?.reason).toBe('SESSION_EXPIRED');
      const rows = await auditRowsSince(api, since);
      expect(rows.filter((r) => r.action === 'auth.password_changed')).toEqual([
        expect.objectContaining({ actor_kind: 'USER', actor_id: userId, entity_type: 'user', entity_id: userId }),
      ]);
    });
  });

  describe('wrong passwords and lockout', () => {
    it('a wrong password is UNAUTHENTICATED BAD_CREDENTIALS, word for word what an unknown user gets', async () => {
      const { username } = await account();
      const wrong = await attempt(api, username, 'Wrong-Password-1');
      const unknown = await attempt(api, 'nobody-by-this-name', 'Wrong-Password-1');
      const error = expectRefused(wrong, 'UNAUTHENTICATED');
      expect(error.extensions?.reason).toBe('BAD_CREDENTIALS');
      expect(wrong.data).toBeNull();
      expect(wrong.setCookie).toBeNull();
      expect(unknown.setCookie).toBeNull();
      expect(unknown.errors).toEqual(wrong.errors);
      expect(JSON.stringify(wrong.errors)).not.toContain(username);
    });

    it('a wrong password for a disabled account gets the same answer as for an unknown user', async () => {
      const { id, username } = await account();
      const [{ version }] = await api.db.dataSource.query('SELECT version FROM app_user WHERE id = $1', [id]);
      const disabled = await admin(
        'mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { version: $v, disabled: true }) { disabled } }',
        {
          id,
          v: version,
        },
      );
      expect(disabled.data?.updateUser.disabled).toBe(true);
      const wrong = await attempt(api, username, 'Wrong-Password-1');
      const unknown = await attempt(api, 'nobody-by-this-name', 'Wrong-Password-1');
      // Only someone who knows the password may learn that the account is disabled.
      expect(wrong.errors).toEqual(unknown.errors);
    });

    it('4 failures leave the account open (n-1); the 5th locks it with lockedUntil (n); then even the right password is refused', async () => {
      const { id, username } = await account();
      for (let i = 1; i <= 4; i += 1) {
        const result = await attempt(api, username, `Wrong-Password-${i}`);
        expect(expectRefused(result, 'UNAUTHENTICATED').extensions?.reason, `attempt ${i}`).toBe('BAD_CREDENTIALS');
      }
      const fifth = await attempt(api, username, 'Wrong-Password-5');
      const locked = expectRefused(fifth, 'ACCOUNT_LOCKED');
      const lockedUntil = locked.extensions?.lockedUntil as string;
      expect(new Date(lockedUntil).toISOString()).toBe(lockedUntil);
      const [row] = await api.db.dataSource.query(
        `SELECT failed_attempts, locked_until, locked_until > now() + interval '29 minutes' AS about_half_an_hour
           FROM app_user WHERE id = $1`,
        [id],
      );
      expect(row.failed_attempts).toBe(5);
      expect(new Date(row.locked_until).toISOString()).toBe(lockedUntil);
      expect(row.about_half_an_hour).toBe(true);

      const right = await attempt(api, username, TEST_PASSWORD);
      expect(expectRefused(right, 'ACCOUNT_LOCKED').extensions?.lockedUntil).toBe(lockedUntil);
      expect(right.setCookie).toBeNull();
      expect(right.data).toBeNull();

      // The administrator can lift the lock; then the right password works again.
      const unlocked = await admin('mutation ($id: ID!) { unlockUser(id: $id) { lockedUntil } }', { id });
      expect(unlocked.data?.unlockUser.lockedUntil).toBeNull();
      expect((await attempt(api, username, TEST_PASSWORD)).errors).toBeUndefined();
    });

    it('a success resets the count: 4 failures, a success, 4 more failures still leave the account open', async () => {
      const { username } = await account();
      for (let i = 0; i < 4; i += 1) expectRefused(await attempt(api, username, 'Wrong-Password-1'), 'UNAUTHENTICATED');
      expect((await attempt(api, username, TEST_PASSWORD)).errors).toBeUndefined();
      for (let i = 0; i < 4; i += 1) expectRefused(await attempt(api, username, 'Wrong-Password-1'), 'UNAUTHENTICATED');
      expect((await attempt(api, username, TEST_PASSWORD)).errors).toBeUndefined();
    });

    it('when the lock has run out the right password works, and a wrong one counts from 1 again', async () => {
      const { id, username } = await account();
      for (let i = 0; i < 5; i += 1) await attempt(api, username, 'Wrong-Password-1');
      expectRefused(await attempt(api, username, TEST_PASSWORD), 'ACCOUNT_LOCKED');
      await api.db.dataSource.query(`UPDATE app_user SET locked_until = now() - interval '1 second' WHERE id = $1`, [
        id,
      ]);
      expect(
        expectRefused(await attempt(api, username, 'Wrong-Password-1'), 'UNAUTHENTICATED').extensions?.reason,
      ).toBe('BAD_CREDENTIALS');
      const [row] = await api.db.dataSource.query('SELECT failed_attempts FROM app_user WHERE id = $1', [id]);
      expect(row.failed_attempts).toBe(1);
      expect((await attempt(api, username, TEST_PASSWORD)).errors).toBeUndefined();
    });

    it('6 aliased signIn mutations in one request: every attempt that runs is counted, none gets past the lockout', async () => {
      const { id, username } = await account();
      const since = await lastAuditId(api);
      const aliases = ['a', 'b', 'c', 'd', 'e', 'f'];
      const query = `mutation { ${aliases
        .map((a) => `${a}: signIn(input: { username: "${username}", password: "Wrong-Password-${a}" }) { role }`)
        .join(' ')} }`;
      const res = await post(api, { query });
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(res.body.data ?? null).toBeNull();
      const answered = res.body.errors ?? [];
      expect(answered.length).toBeGreaterThan(0);
      for (const e of answered) expect(['UNAUTHENTICATED', 'ACCOUNT_LOCKED']).toContain(e.extensions?.code);
      const failed = (await auditRowsSince(api, since)).filter((r) => r.action === 'auth.sign_in_failed');
      // Each attempt the server answered was checked and counted; none went unrecorded.
      expect(failed).toHaveLength(answered.length);
      const [row] = await api.db.dataSource.query('SELECT failed_attempts FROM app_user WHERE id = $1', [id]);
      expect(row.failed_attempts).toBe(Math.min(answered.length, 5));

      // Packing attempts into requests gives no more guesses than one by one: the account locks at the
      // 5th counted failure, and a right password hidden behind wrong ones never signs in.
      const withRight = `mutation { ${[...aliases.map((a) => `${a}: signIn(input: { username: "${username}", password: "Wrong-${a}" }) { role }`), `g: signIn(input: { username: "${username}", password: "${TEST_PASSWORD}" }) { role }`].join(' ')} }`;
      for (let i = 0; i < 6; i += 1) {
        const again = await post(api, { query: withRight });
        expect(again.headers.get('set-cookie')).toBeNull();
        expect(again.body.data ?? null).toBeNull();
      }
      expectRefused(await attempt(api, username, TEST_PASSWORD), 'ACCOUNT_LOCKED');
      const total = (await auditRowsSince(api, since)).filter((r) => r.action === 'auth.sign_in_failed');
      const [after] = await api.db.dataSource.query('SELECT failed_attempts FROM app_user WHERE id = $1', [id]);
      expect(after.failed_attempts).toBe(5);
      expect(total.filter((r) => r.details.reason === 'BAD_PASSWORD')).toHaveLength(5);
    });

    it('a failed attempt and a success each leave an audit row (auth.sign_in_failed, auth.sign_in)', async () => {
      const { id, username } = await account();
      const since = await lastAuditId(api);
      await attempt(api, username, 'Wrong-Password-1');
      await attempt(api, 'nobody-by-this-name', 'Wrong-Password-1');
      await attempt(api, username, TEST_PASSWORD);
      const rows = await auditRowsSince(api, since);
      expect(rows.map((r) => r.action)).toEqual(['auth.sign_in_failed', 'auth.sign_in_failed', 'auth.sign_in']);
      expect(rows[0]).toMatchObject({
        entity_type: 'user',
        entity_id: id,
        details: { username, reason: 'BAD_PASSWORD' },
      });
      expect(rows[1]).toMatchObject({
        entity_id: null,
        details: { username: 'nobody-by-this-name', reason: 'UNKNOWN_USER' },
      });
      expect(rows[2]).toMatchObject({ entity_type: 'user', entity_id: id, details: { username } });
      // The password typed is never written down.
      expect(JSON.stringify(rows)).not.toMatch(/Wrong-Password|Test-Password|\$argon2/);
    });

    it('the audit row of a failed attempt says how many failures in a row it makes (failedAttempts)', async () => {
      const { username } = await account();
      const since = await lastAuditId(api);
      await attempt(api, username, 'Wrong-Password-1');
      await attempt(api, username, 'Wrong-Password-2');
      const rows = (await auditRowsSince(api, since)).filter((r) => r.action === 'auth.sign_in_failed');
      expect(rows.map((r) => r.details.failedAttempts)).toEqual([1, 2]);
    });
  });

  describe('signing out and cookies that do not work', () => {
    it('signOut revokes the session: the old cookie then gets UNAUTHENTICATED SESSION_EXPIRED', async () => {
      const { username, id } = await account();
      const cookie = cookieOf((await attempt(api, username, TEST_PASSWORD)).setCookie);
      const user = api.client({ cookie });
      expect((await user(PROTECTED)).errors).toBeUndefined();
      const since = await lastAuditId(api);
      const out = await post(api, { query: 'mutation { signOut }' }, { cookie });
      expect(out.body.data).toEqual({ signOut: true });
      // The browser is told to drop the cookie.
      expect(out.headers.get('set-cookie')).toMatch(/^hb_session=;.*Expires=Thu, 01 Jan 1970/);
      const after = await user(PROTECTED);
      expect(expectRefused(after, 'UNAUTHENTICATED').extensions?.reason).toBe('SESSION_EXPIRED');
      expect(after.data).toBeNull();
      expect((await user('{ me { role } }')).data?.me).toBeNull();
      // Signing out again is harmless.
      expect((await user('mutation { signOut }')).data).toEqual({ signOut: false });
      const rows = await auditRowsSince(api, since);
      expect(rows.filter((r) => r.action === 'auth.sign_out')).toEqual([
        expect.objectContaining({ actor_kind: 'USER', actor_id: id, entity_id: id }),
      ]);
    });

    it('a forged cookie is UNAUTHENTICATED, with no data', async () => {
      for (const cookie of [
        'hb_session=forged',
        `hb_session=${'A'.repeat(43)}`,
        `hb_session=${api.gql.cookie.split('=')[1].slice(0, -1)}x`,
      ]) {
        const result = await api.client({ cookie })(PROTECTED);
        expectRefused(result, 'UNAUTHENTICATED');
        expect(result.data).toBeNull();
      }
    });

    it('a cookie that is not valid percent-encoding is UNAUTHENTICATED, not a server error', async () => {
      const result = await api.client({ cookie: 'hb_session=%E0%A4%A' })(PROTECTED);
      expect(result.status).toBeLessThan(500);
      expectRefused(result, 'UNAUTHENTICATED');
    });

    it('the session cookie is HttpOnly, SameSite=Strict, Path=/, and lasts the session’s absolute lifetime', async () => {
      const { username } = await account();
      const { setCookie, data } = await attempt(api, username, TEST_PASSWORD);
      expect(data?.signIn.role).toBe('DISTRICT_STAFF');
      const attributes = (setCookie ?? '').split(';').map((a) => a.trim());
      expect(attributes[0]).toMatch(/^hb_session=[A-Za-z0-9_-]{43}$/);
      expect(attributes).toContain('HttpOnly');
      expect(attributes).toContain('SameSite=Strict');
      expect(attributes).toContain('Path=/');
      expect(attributes).toContain('Max-Age=43200');
      expect(attributes.some((a) => /^Domain=/i.test(a))).toBe(false);
    });
  });

  describe('expiry', () => {
    it('idle for 10 s less than the idle timeout (n): still signed in; 10 s more (n+1): SESSION_EXPIRED and revoked', async () => {
      const { username } = await account();
      const cookie = cookieOf((await attempt(api, username, TEST_PASSWORD)).setCookie);
      const user = api.client({ cookie });
      const me = await user('{ me { idleTimeoutSeconds } }');
      const idle = me.data?.me.idleTimeoutSeconds as number;
      expect(idle).toBe(1800);
      // This browser's session (the account has another one, from its first sign-in).
      const session = sha256(cookie.split('=')[1]);
      const setLastSeen = (seconds: number) =>
        api.db.dataSource.query(
          `UPDATE user_session SET last_seen_at = now() - make_interval(secs => $2) WHERE token_hash = $1`,
          [session, seconds],
        );
      await setLastSeen(idle - 10);
      expect((await user(PROTECTED)).errors).toBeUndefined();
      // That request counted as activity: the session is fresh again.
      const [{ fresh }] = await api.db.dataSource.query(
        `SELECT last_seen_at > now() - interval '60 seconds' AS fresh FROM user_session WHERE token_hash = $1`,
        [session],
      );
      expect(fresh).toBe(true);
      await setLastSeen(idle + 10);
      expect(expectRefused(await user(PROTECTED), 'UNAUTHENTICATED').extensions?.reason).toBe('SESSION_EXPIRED');
      const [{ revoked }] = await api.db.dataSource.query(
        'SELECT revoked_at IS NOT NULL AS revoked FROM user_session WHERE token_hash = $1',
        [session],
      );
      expect(revoked).toBe(true);
      // Being active again does not bring it back.
      await api.db.dataSource.query('UPDATE user_session SET last_seen_at = now() WHERE token_hash = $1', [session]);
      expectRefused(await user(PROTECTED), 'UNAUTHENTICATED');
    });

    it('past the absolute lifetime (expires_at) the session ends however active it is', async () => {
      const { username, id } = await account();
      const cookie = cookieOf((await attempt(api, username, TEST_PASSWORD)).setCookie);
      const user = api.client({ cookie });
      await api.db.dataSource.query(
        `UPDATE user_session SET expires_at = now() + interval '1 minute' WHERE user_id = $1`,
        [id],
      );
      expect((await user(PROTECTED)).errors).toBeUndefined();
      await api.db.dataSource.query(
        `UPDATE user_session SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE user_id = $1`,
        [id],
      );
      const result = await user(PROTECTED);
      expect(expectRefused(result, 'UNAUTHENTICATED').extensions?.reason).toBe('SESSION_EXPIRED');
      expect(result.data).toBeNull();
    });

    it('disabling a user ends their sessions; signing in again is refused until re-enabled', async () => {
      const { username, id } = await account();
      const user = api.client({ cookie: cookieOf((await attempt(api, username, TEST_PASSWORD)).setCookie) });
      expect((await user(PROTECTED)).errors).toBeUndefined();
      const read = await admin(
        'query ($s: String) { users(filter: { search: $s }) { edges { node { id version } } } }',
        {
          s: username,
        },
      );
      const { version } = read.data?.users.edges[0].node ?? {};
      const disabled = await admin(
        'mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { version: $v, disabled: true }) { disabled version } }',
        { id, v: version },
      );
      expect(disabled.data?.updateUser.disabled).toBe(true);
      expect(expectRefused(await user(PROTECTED), 'UNAUTHENTICATED').extensions?.reason).toBe('SESSION_EXPIRED');
      const again = await attempt(api, username, TEST_PASSWORD);
      expect(expectRefused(again, 'FORBIDDEN').extensions?.reason).toBe('ACCOUNT_DISABLED');
      expect(again.setCookie).toBeNull();
      const enabled = await admin(
        'mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { version: $v, disabled: false }) { disabled } }',
        { id, v: disabled.data?.updateUser.version },
      );
      expect(enabled.data?.updateUser.disabled).toBe(false);
      expect((await attempt(api, username, TEST_PASSWORD)).errors).toBeUndefined();
    });

    it('disabling a town clerk ends her sessions too (the update that names a town)', async () => {
      const clerk = await api.signInAs(Role.TOWN_STAFF, YING_HU.code);
      expect((await clerk(PROTECTED)).errors).toBeUndefined();
      const [{ version }] = await api.db.dataSource.query('SELECT version FROM app_user WHERE id = $1', [clerk.userId]);
      const disabled = await admin(
        'mutation ($id: ID!, $v: Int!) { updateUser(id: $id, input: { version: $v, disabled: true }) { disabled town { code } } }',
        { id: clerk.userId, v: version },
      );
      expect(disabled.errors).toBeUndefined();
      expect(disabled.data?.updateUser).toEqual({ disabled: true, town: { code: YING_HU.code } });
      expect(expectRefused(await clerk(PROTECTED), 'UNAUTHENTICATED').extensions?.reason).toBe('SESSION_EXPIRED');
    });
  });
});

describe('a short idle timeout (SESSION_IDLE_TIMEOUT_SECONDS=2)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: false, env: { SESSION_IDLE_TIMEOUT_SECONDS: '2' } });
  });
  afterAll(() => api?.close());

  it('reports the timeout, and a session last seen an hour ago is expired', async () => {
    const user = await api.signInAs(Role.DISTRICT_STAFF);
    const me = await user('{ me { idleTimeoutSeconds sessionExpiresAt } }');
    expect(me.data?.me.idleTimeoutSeconds).toBe(2);
    expect((await user('{ users { totalCount } }')).errors?.[0].extensions?.reason).toBe('NO_PERMISSION');
    await api.db.dataSource.query(
      `UPDATE user_session SET last_seen_at = now() - interval '1 hour' WHERE user_id = $1`,
      [user.userId],
    );
    const result = await user('{ district { code } }');
    expect(expectRefused(result, 'UNAUTHENTICATED').extensions?.reason).toBe('SESSION_EXPIRED');
    // The administrator's session, untouched, still works.
    expect((await api.gql('{ district { code } }')).errors?.[0]?.extensions?.code).not.toBe('UNAUTHENTICATED');
  });
});

describe('in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: false, env: { NODE_ENV: 'production' } });
  });
  afterAll(() => api?.close());

  it('the session cookie is also Secure', async () => {
    const username = 'prod-admin';
    await api.db.dataSource.query(
      `INSERT INTO app_user (username, display_name, role, password_hash, must_change_password)
       SELECT $1, '测试', 'DISTRICT_ADMIN', password_hash, false FROM app_user LIMIT 1`,
      [username],
    );
    const { setCookie } = await attempt(api, username, TEST_PASSWORD);
    const attributes = (setCookie ?? '').split(';').map((a) => a.trim());
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Secure']));
  });
});
