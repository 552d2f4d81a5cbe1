import type { DataSource } from 'typeorm';
import { AccountLockedError, ForbiddenError, UnauthenticatedError, UserInputError } from '../../common/errors';
import type { Viewer } from '../../common/viewer';
import type { AuditService } from '../audit/audit.service';
import { type SessionSettings, userViewer } from './authenticate';
import { SessionEntity, UserEntity } from './identity.entity';
import { burnVerification, hashPassword, passwordProblems, verifyPassword } from './password';
import { newSecret, sha256 } from './secrets';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 30;

/** Sets and clears the session cookie; the HTTP layer decides its attributes. */
export interface SessionCookie {
  set(secret: string, maxAgeSeconds: number): void;
  clear(): void;
}

/** Signing in and out, and changing one's own password. */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditService,
    private readonly cookie: SessionCookie,
    private readonly settings: SessionSettings,
    private readonly userAgent: string,
  ) {}

  /**
   * Every attempt counts: the counter is moved by one UPDATE per attempt, in the database, so all
   * API processes share it. (Aliased sign-ins in one request stop at the first failure: graphql-js
   * runs mutations one after another and gives up after a non-null field fails.)
   */
  async signIn(usernameInput: string, password: string): Promise<UserEntity> {
    const username = usernameInput.trim().toLowerCase();
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ username });
    const fail = (reason: string, extra: Record<string, unknown> = {}) =>
      this.audit.record({
        action: 'auth.sign_in_failed',
        entityType: 'user',
        entityId: user?.id,
        details: { username, reason, ...extra },
      });
    if (!user) {
      await burnVerification(password);
      await fail('UNKNOWN_USER');
      throw new UnauthenticatedError('BAD_CREDENTIALS');
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await fail('LOCKED');
      throw new AccountLockedError(user.lockedUntil);
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      // For UPDATE … RETURNING, TypeORM's query() answers [rows, affected].
      const [[row]] = await this.dataSource.query(
        `UPDATE app_user
            SET failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_attempts + 1 END,
                locked_until = CASE
                  WHEN (CASE WHEN locked_until IS NOT NULL AND locked_until <= now() THEN 1 ELSE failed_attempts + 1 END) >= $2
                  THEN now() + make_interval(mins => $3) ELSE NULL END
          WHERE id = $1
          RETURNING failed_attempts, locked_until`,
        [user.id, MAX_FAILED_ATTEMPTS, LOCKOUT_MINUTES],
      );
      await fail('BAD_PASSWORD', { failedAttempts: row.failed_attempts });
      if (row.locked_until) throw new AccountLockedError(new Date(row.locked_until));
      throw new UnauthenticatedError('BAD_CREDENTIALS');
    }
    // Only someone who knows the password learns that the account is disabled.
    if (user.disabledAt) {
      await fail('DISABLED');
      throw new ForbiddenError('ACCOUNT_DISABLED');
    }
    const secret = newSecret();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        'UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = now() WHERE id = $1',
        [user.id],
      );
      await manager.insert(SessionEntity, {
        tokenHash: sha256(secret),
        userId: user.id,
        lastSeenAt: new Date(),
        expiresAt: new Date(Date.now() + this.settings.maxAgeSeconds * 1000),
        ip: this.viewer.ip.slice(0, 64),
        userAgent: this.userAgent.slice(0, 300),
      });
      await this.audit.record(
        {
          action: 'auth.sign_in',
          entityType: 'user',
          entityId: user.id,
          townCode: user.townCode,
          details: { username },
        },
        manager,
        userViewer(user, this.viewer.ip),
      );
    });
    this.cookie.set(secret, this.settings.maxAgeSeconds);
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
  }

  /** Revokes this browser's session; signing out twice is harmless. */
  async signOut(): Promise<boolean> {
    this.cookie.clear();
    if (!this.viewer.sessionId) return false;
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [
        this.viewer.sessionId,
      ]);
      await this.audit.record(
        { action: 'auth.sign_out', entityType: 'user', entityId: this.viewer.id ?? undefined },
        manager,
      );
    });
    return true;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<UserEntity> {
    if (this.viewer.kind !== 'user' || !this.viewer.id) throw new UnauthenticatedError('NOT_SIGNED_IN');
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: this.viewer.id });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      await this.audit.record({ action: 'auth.password_change_failed', entityType: 'user', entityId: user.id });
      throw UserInputError.field('currentPassword', '当前密码不正确');
    }
    const problems = passwordProblems(newPassword, user.username);
    if (newPassword === currentPassword) problems.push({ field: 'newPassword', message: '新密码不能与当前密码相同' });
    if (problems.length) throw new UserInputError(problems.map((p) => p.message).join('；'), problems);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        'UPDATE app_user SET password_hash = $2, must_change_password = false, version = version + 1, updated_at = now() WHERE id = $1',
        [user.id, passwordHash],
      );
      // Other browsers signed in with the old password are signed out.
      await manager.query(
        'UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid) AND revoked_at IS NULL',
        [user.id, this.viewer.sessionId ?? null],
      );
      await this.audit.record({ action: 'auth.password_changed', entityType: 'user', entityId: user.id }, manager);
    });
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
  }
}
