import type { DataSource } from 'typeorm';
import { acrossRequests, perDataSource } from '../../common/batch';
import { rowsOfSql, selectListOf } from '../../common/rows';
import { anonymousViewer, TownScope, type Viewer } from '../../common/viewer';
import { ApiTokenEntity, SessionEntity, UserEntity } from './identity.entity';
import { ROLE_PERMISSIONS, Role, type StaffRole, tokenPermissions } from './identity.enums';
import { readCookie, SESSION_COOKIE, sha256 } from './secrets';

export interface SessionSettings {
  idleTimeoutSeconds: number;
  maxAgeSeconds: number;
}

/**
 * Writes to `last_seen_at` / `last_used_at` at most this often, not on every request; for short
 * idle timeouts a quarter of the timeout, so an active session never lapses.
 */
const TOUCH_EVERY_MS = 30_000;
const touchEvery = (idleTimeoutSeconds: number) => Math.min(TOUCH_EVERY_MS, (idleTimeoutSeconds * 1000) / 4);

export function userViewer(user: UserEntity, ip: string, session?: SessionEntity): Viewer {
  const role = user.role as StaffRole;
  return {
    kind: 'user',
    id: user.id,
    name: `${user.displayName}（${user.username}）`,
    role: user.role,
    permissions: new Set(ROLE_PERMISSIONS[role] ?? []),
    scope: role === Role.TOWN_STAFF && user.townCode ? new TownScope([user.townCode]) : TownScope.DISTRICT,
    mustChangePassword: user.mustChangePassword,
    sessionId: session?.id,
    sessionExpiresAt: session?.expiresAt,
    ip,
  };
}

/**
 * The sessions (with their users) and the tokens that concurrent requests present, looked up by
 * their hashes in one statement per turn of the event loop (see acrossRequests).
 */
const sessionsOf = perDataSource((dataSource) =>
  acrossRequests<string, [SessionEntity, UserEntity] | null>(async (hashes) => {
    const rows = await rowsOfSql(
      dataSource,
      `SELECT ${selectListOf(dataSource, SessionEntity, 's')}, ${selectListOf(dataSource, UserEntity, 'u')}
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = ANY($1)`,
      [[...new Set(hashes)]],
      [SessionEntity, 's'],
      [UserEntity, 'u'],
    );
    const byHash = new Map(rows.map((row) => [row[0].tokenHash, row]));
    return hashes.map((hash) => byHash.get(hash) ?? null);
  }),
);

const tokensOf = perDataSource((dataSource) =>
  acrossRequests<string, ApiTokenEntity | null>(async (hashes) => {
    const rows = await rowsOfSql(
      dataSource,
      `SELECT ${selectListOf(dataSource, ApiTokenEntity, 't')} FROM api_token t WHERE t.token_hash = ANY($1)`,
      [[...new Set(hashes)]],
      [ApiTokenEntity, 't'],
    );
    const byHash = new Map(rows.map(([token]) => [token.tokenHash, token]));
    return hashes.map((hash) => byHash.get(hash) ?? null);
  }),
);

interface RequestLike {
  headers: { cookie?: string; authorization?: string };
  ip?: string;
}

/**
 * Works out who is asking from the request: a bearer token (machines) or the session cookie
 * (staff). One statement in the common case; state lives in PostgreSQL, so any API process agrees.
 */
export async function authenticate(
  dataSource: DataSource,
  req: RequestLike,
  settings: SessionSettings,
): Promise<Viewer> {
  const ip = req.ip ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return tokenViewer(dataSource, bearer, ip);
  const cookie = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (!cookie) return anonymousViewer(ip);
  const found = await sessionsOf(dataSource).load(sha256(cookie));
  const session = found ? { ...found[0], user: found[1] } : null;
  const now = Date.now();
  if (!session?.user || session.revokedAt) return anonymousViewer(ip, 'SESSION_EXPIRED');
  const idle = now - session.lastSeenAt.getTime() > settings.idleTimeoutSeconds * 1000;
  if (idle || now >= session.expiresAt.getTime() || session.user.disabledAt) {
    await dataSource.query('UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [
      session.id,
    ]);
    return anonymousViewer(ip, 'SESSION_EXPIRED');
  }
  if (now - session.lastSeenAt.getTime() > touchEvery(settings.idleTimeoutSeconds)) {
    await dataSource.query('UPDATE user_session SET last_seen_at = now() WHERE id = $1', [session.id]);
  }
  return userViewer(session.user, ip, session);
}

async function tokenViewer(dataSource: DataSource, secret: string, ip: string): Promise<Viewer> {
  const token = await tokensOf(dataSource).load(sha256(secret));
  if (!token || token.revokedAt || token.expiresAt.getTime() <= Date.now()) return anonymousViewer(ip, 'BAD_TOKEN');
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await dataSource.query('UPDATE api_token SET last_used_at = now() WHERE id = $1', [token.id]);
  }
  return {
    kind: 'token',
    id: token.id,
    name: `令牌：${token.name}（${token.prefix}）`,
    role: token.kind === 'BI' ? Role.BI : Role.PARTNER,
    permissions: new Set(tokenPermissions(token.kind, token.datasets)),
    scope: token.townCodes.length ? new TownScope(token.townCodes) : TownScope.DISTRICT,
    mustChangePassword: false,
    ip,
  };
}
