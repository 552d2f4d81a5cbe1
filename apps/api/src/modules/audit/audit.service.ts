import type { DataSource, EntityManager } from 'typeorm';
import { acrossRequests, perDataSource } from '../../common/batch';
import { type PageRequest, paginate } from '../../common/pagination';
import { escapeLike } from '../../common/sql';
import type { Viewer } from '../../common/viewer';
import { ActorKind, AuditLogEntity } from './audit.entity';
import type { AuditFilter } from './audit.inputs';

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  townCode?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  details?: Record<string, unknown> | null;
}

const ACTOR_KIND: Record<Viewer['kind'], ActorKind> = {
  user: ActorKind.USER,
  token: ActorKind.TOKEN,
  anonymous: ActorKind.ANONYMOUS,
  system: ActorKind.SYSTEM,
};

/** A record as the audit trail keeps it: plain JSON, dates as ISO strings, secrets left out. */
export function snapshot<T extends object>(row: T, omit: readonly (keyof T)[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (
      omit.includes(key as keyof T) ||
      typeof value === 'function' ||
      (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date))
    )
      continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/** An audit row's columns, in the order of AUDIT_COLUMNS. */
type AuditRow = [string, string | null, string, string, ...(string | null)[]];

const AUDIT_COLUMNS =
  'actor_kind, actor_id, actor_name, action, entity_type, entity_id, town_code, before, after, details, request_id, ip';
const AUDIT_TYPES = [
  'actor_kind',
  'uuid',
  'varchar',
  'varchar',
  'varchar',
  'varchar',
  'varchar',
  'jsonb',
  'jsonb',
  'jsonb',
  'varchar',
  'varchar',
];
// Plain SQL, one statement for any number of rows: the columns as arrays, unnested side by side.
// This runs on every partner read and every change; TypeORM's insert builder (metadata walk,
// RETURNING of the generated columns, merge) cost more than the statement.
const INSERT_AUDIT_ROWS = `INSERT INTO audit_log (${AUDIT_COLUMNS})
  SELECT * FROM unnest(${AUDIT_TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(', ')})`;

async function writeAuditRows(manager: EntityManager, rows: readonly AuditRow[]): Promise<void> {
  await manager.query(
    INSERT_AUDIT_ROWS,
    AUDIT_TYPES.map((_, column) => rows.map((row) => row[column])),
  );
}

/** The rows that requests record outside a transaction, written together (see acrossRequests). */
const auditWriterOf = perDataSource((dataSource) =>
  acrossRequests<AuditRow, void>(async (rows) => {
    await writeAuditRows(dataSource.manager, rows);
    return rows.map(() => undefined);
  }),
);

/** Writes the audit trail for one request's viewer, inside the caller's transaction when given. */
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly requestId: string | null,
  ) {}

  /**
   * `actor` names who acted when it is not the request's viewer (a user who has just signed in).
   * Outside a transaction the row goes in with those of concurrent requests, in one statement
   * (a group commit): the caller still waits until its row is written.
   */
  async record(
    entry: AuditEntry,
    manager: EntityManager = this.dataSource.manager,
    actor: Viewer = this.viewer,
  ): Promise<void> {
    const row = this.rowOf(entry, actor);
    if (manager === this.dataSource.manager) return auditWriterOf(this.dataSource).load(row);
    await writeAuditRows(manager, [row]);
  }

  private rowOf(entry: AuditEntry, actor: Viewer): AuditRow {
    const json = (value: Record<string, unknown> | null | undefined) => (value == null ? null : JSON.stringify(value));
    return [
      ACTOR_KIND[actor.kind],
      actor.id,
      actor.name.slice(0, 100),
      entry.action,
      entry.entityType ?? null,
      entry.entityId ?? null,
      entry.townCode ?? null,
      json(entry.before),
      json(entry.after),
      json(entry.details),
      this.requestId,
      this.viewer.ip.slice(0, 64) || null,
    ];
  }

  /** The trail, newest first; a town-scoped reader sees rows about its towns only. */
  list(filter: AuditFilter | undefined, page: PageRequest) {
    const qb = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('l');
    this.viewer.scope.apply(qb, 'l.town_code');
    if (filter?.action) qb.andWhere('l.action = :action', { action: filter.action });
    if (filter?.actorName)
      qb.andWhere(`l.actor_name ILIKE :actor ESCAPE '\\'`, { actor: `%${escapeLike(filter.actorName)}%` });
    if (filter?.actorId) qb.andWhere('l.actor_id = :actorId', { actorId: filter.actorId });
    if (filter?.entityType) qb.andWhere('l.entity_type = :entityType', { entityType: filter.entityType });
    if (filter?.entityId) qb.andWhere('l.entity_id = :entityId', { entityId: filter.entityId });
    if (filter?.townCode) qb.andWhere('l.town_code = :townCode', { townCode: filter.townCode });
    if (filter?.from)
      qb.andWhere(`l.at >= (:from::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, { from: filter.from });
    if (filter?.to) qb.andWhere(`l.at < ((:to::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`, { to: filter.to });
    return paginate(qb, page, {
      sort: [],
      idColumn: 'l.id',
      idValue: (l) => String(l.id),
      direction: 'DESC',
    });
  }
}
