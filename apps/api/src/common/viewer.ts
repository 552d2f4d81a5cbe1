import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Permission, Role } from '../modules/identity/identity.enums';
import { ForbiddenError } from './errors';

/**
 * The towns a viewer may see: null is the whole district. Services apply it where they read and
 * write, so a town clerk's scope does not depend on each resolver remembering it.
 */
export class TownScope {
  static readonly DISTRICT = new TownScope(null);
  constructor(readonly towns: readonly string[] | null) {}

  includes(townCode: string): boolean {
    return this.towns === null || this.towns.includes(townCode);
  }

  /** Narrows a query to the scope's towns (`column = ANY(...)`); the whole district adds nothing. */
  apply<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string): SelectQueryBuilder<T> {
    if (this.towns !== null) qb.andWhere(`${column} = ANY(:scopeTowns)`, { scopeTowns: [...this.towns] });
    return qb;
  }

  /** The scope as an SQL parameter: null for the whole district, else the list of town codes. */
  get parameter(): string[] | null {
    return this.towns === null ? null : [...this.towns];
  }

  /** For writes: refuses a town outside the scope. */
  assertIncludes(townCode: string): void {
    if (!this.includes(townCode)) throw new ForbiddenError('OUT_OF_SCOPE');
  }
}

/** Who is asking: a signed-in user, a token, or nobody. Built once per request. */
export interface Viewer {
  kind: 'user' | 'token' | 'anonymous' | 'system';
  id: string | null;
  /** Shown in the audit trail. */
  name: string;
  role: Role | null;
  permissions: ReadonlySet<Permission>;
  scope: TownScope;
  mustChangePassword: boolean;
  sessionId?: string;
  sessionExpiresAt?: Date;
  /** Why nobody is signed in, when a cookie or token was sent but no longer works. */
  rejected?: 'SESSION_EXPIRED' | 'BAD_TOKEN';
  ip: string;
}

export function anonymousViewer(ip: string, rejected?: Viewer['rejected']): Viewer {
  return {
    kind: 'anonymous',
    id: null,
    name: '匿名',
    role: null,
    permissions: new Set(),
    scope: new TownScope([]),
    mustChangePassword: false,
    rejected,
    ip,
  };
}
