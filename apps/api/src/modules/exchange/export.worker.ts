import { randomUUID } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors';
import { maskIdNumber } from '../../common/id-number';
import { QueueWorker } from '../../common/queue-worker';
import type { Viewer } from '../../common/viewer';
import type { Context } from '../../context';
import type { Logger } from '../../logger';
import { type ExportJobEntity } from './exchange.entity';
import { EXPORT_PAGE_SIZE, readPage } from './export.service';
import { EXPORT_DATASETS, type ExportDataset } from './export-datasets';
import { ownerViewer } from './owner';
import { bureauDateTime, enumNamesOf, StreamingXlsx } from './xlsx-writer';

/** A running export not heard from for this long was lost with its process: another takes it over. */
export const EXPORT_STALE_SECONDS = 60;
/** Tries before an export that keeps losing its process is given up. */
export const EXPORT_MAX_ATTEMPTS = 3;

export interface ExportWorkerOptions {
  /** How often an idle worker looks for queued exports. */
  pollMs: number;
  /** A context for one page of one job, as its owner (fresh loaders each time). */
  contextFor: (viewer: Viewer, requestId: string) => Context;
}

class Abandoned extends Error {}

/**
 * Runs queued exports, one at a time per process. Any process may run any export: it claims one with
 * FOR UPDATE SKIP LOCKED, proves it is alive with a heartbeat on every page, and stores the file in
 * the database as it is written. An export whose process died is taken over after
 * EXPORT_STALE_SECONDS; stopping (SIGTERM) hands the running one back to the queue.
 */
export class ExportWorker extends QueueWorker<ExportJobEntity> {
  private readonly enumNames: Map<string, Map<string, string>>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly schema: GraphQLSchema,
    log: Logger,
    private readonly options: ExportWorkerOptions,
  ) {
    super(log, options.pollMs);
    this.enumNames = enumNamesOf(schema);
  }

  protected async claim(): Promise<ExportJobEntity | null> {
    // UPDATE … RETURNING answers [rows, affected count].
    const [rows]: [Record<string, any>[], number] = await this.dataSource.query(
      `UPDATE export_job SET status = 'RUNNING', started_at = now(), heartbeat_at = now(),
              attempts = attempts + 1, done_rows = 0, error = NULL
        WHERE id = (
          SELECT id FROM export_job
           WHERE (status = 'QUEUED'
                  OR (status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $1)))
             AND attempts < $2 AND expires_at > now()
           ORDER BY created_at
           LIMIT 1
           FOR UPDATE SKIP LOCKED)
        RETURNING id, dataset, variables, user_id, attempts, file_name, created_at`,
      [EXPORT_STALE_SECONDS, EXPORT_MAX_ATTEMPTS],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      dataset: row.dataset,
      variables: row.variables,
      userId: row.user_id,
      attempts: row.attempts,
      fileName: row.file_name,
      createdAt: row.created_at,
    } as ExportJobEntity;
  }

  /** Gives up what keeps failing and forgets what has expired (its file with it). */
  protected async sweep(): Promise<void> {
    await this.dataSource.query(
      `UPDATE export_job SET status = 'FAILED', finished_at = now(),
              error = '导出多次中断，已停止；请重新导出'
        WHERE status IN ('QUEUED', 'RUNNING') AND attempts >= $2
          AND (status = 'QUEUED' OR heartbeat_at < now() - make_interval(secs => $1))`,
      [EXPORT_STALE_SECONDS, EXPORT_MAX_ATTEMPTS],
    );
    await this.dataSource.query('DELETE FROM export_job WHERE expires_at < now()');
  }

  protected async run(job: ExportJobEntity): Promise<void> {
    const started = Date.now();
    const requestId = `export-${job.id.slice(0, 8)}-${randomUUID().slice(0, 8)}`;
    const log = this.log.child({ exportId: job.id, dataset: job.dataset, attempt: job.attempts });
    try {
      const viewer = await ownerViewer(this.dataSource, job.userId, '导出人的账号已停用，导出已停止');
      const definition = EXPORT_DATASETS[job.dataset as ExportDataset];
      // A process that died mid-file left pieces behind: start the file over.
      await this.dataSource.query('DELETE FROM export_file_chunk WHERE job_id = $1', [job.id]);
      const firstContext = this.options.contextFor(viewer, requestId);
      const first = await readPage(
        this.schema,
        definition,
        { ...job.variables, first: EXPORT_PAGE_SIZE },
        firstContext,
      );
      const xlsx = new StreamingXlsx(
        definition.columns,
        {
          title: `汉滨区乡村振兴局 · ${definition.title}`,
          subtitle: [
            `筛选：${describeVariables(job.variables, definition.filterLabels, this.enumNames, await this.filterNames(job.variables, viewer), definition.filterValues)}`,
            `导出人：${viewer.name}`,
            `导出时间：${bureauDateTime(new Date())}`,
            `共 ${first.totalCount} 条`,
          ].join(' ｜ '),
        },
        definition.title,
        this.enumNames,
        async (seq, data) => {
          await this.dataSource.query('INSERT INTO export_file_chunk (job_id, seq, data) VALUES ($1, $2, $3)', [
            job.id,
            seq,
            data,
          ]);
        },
      );
      let page = first;
      let done = 0;
      while (true) {
        for (const node of page.nodes) xlsx.addRecord(node);
        done += page.nodes.length;
        await this.heartbeat(job, done, page.totalCount);
        if (!page.hasNextPage || !page.endCursor) break;
        page = await readPage(
          this.schema,
          definition,
          { ...job.variables, first: EXPORT_PAGE_SIZE, after: page.endCursor },
          // Fresh loaders per page: nothing read for one page is kept for the next.
          this.options.contextFor(viewer, requestId),
        );
      }
      const sha256 = await xlsx.finish();
      await this.dataSource.transaction(async (manager) => {
        const updated = await manager.query(
          `UPDATE export_job SET status = 'SUCCEEDED', finished_at = now(), done_rows = $2, total_rows = $2,
                  byte_size = $3, sha256 = $4, heartbeat_at = now()
            WHERE id = $1 AND status = 'RUNNING' AND attempts = $5`,
          [job.id, done, xlsx.bytes, sha256, job.attempts],
        );
        if (updated[1] === 0) throw new Abandoned();
        await firstContext.services.audit.record(
          {
            action: 'export.completed',
            entityType: 'export',
            entityId: job.id,
            details: { dataset: job.dataset, rows: done, bytes: xlsx.bytes, sha256, fileName: job.fileName },
          },
          manager,
        );
      });
      log.info({ rows: done, bytes: xlsx.bytes, ms: Date.now() - started }, 'export finished');
    } catch (error) {
      if (error instanceof Abandoned) {
        log.warn('export was taken over or removed while running; this process lets it go');
        return;
      }
      if (this.stopping) {
        // Back to the queue for another process; this attempt does not count.
        await this.dataSource
          .query(
            `UPDATE export_job SET status = 'QUEUED', attempts = attempts - 1, heartbeat_at = NULL
              WHERE id = $1 AND status = 'RUNNING' AND attempts = $2`,
            [job.id, job.attempts],
          )
          .catch(() => undefined);
        return;
      }
      const message = error instanceof AppError ? error.message : '导出失败，请稍后重试';
      if (!(error instanceof AppError)) log.error({ err: error }, 'export failed');
      await this.dataSource
        .query(
          `UPDATE export_job SET status = 'FAILED', finished_at = now(), error = $3
            WHERE id = $1 AND status = 'RUNNING' AND attempts = $2`,
          [job.id, job.attempts, message.slice(0, 500)],
        )
        .catch((e) => log.warn({ err: e }, 'could not record the failed export'));
      await this.dataSource.query('DELETE FROM export_file_chunk WHERE job_id = $1', [job.id]).catch(() => undefined);
    }
  }

  /**
   * What a filter names by code or id, in words for the title row: 瀛湖镇 for 610902102, a project's
   * code and name for its id. Only within the owner's towns: an id from elsewhere stays an id.
   */
  private async filterNames(variables: Record<string, unknown>, viewer: Viewer): Promise<Map<string, string>> {
    const filter = (variables.filter ?? {}) as Record<string, unknown>;
    const names = new Map<string, string>();
    for (const [field, { sql, scoped }] of Object.entries(FILTER_NAMES)) {
      const value = filter[field];
      if (typeof value !== 'string') continue;
      const [row] = await this.dataSource.query(sql, scoped ? [value, viewer.scope.parameter] : [value]);
      if (row?.name) names.set(value, row.name);
    }
    return names;
  }

  /** Progress for the page, and proof this process still holds the export. */
  private async heartbeat(job: ExportJobEntity, done: number, total: number): Promise<void> {
    if (this.stopping) throw new Error('stopping');
    const updated = await this.dataSource.query(
      `UPDATE export_job SET done_rows = $2, total_rows = $3, heartbeat_at = now()
        WHERE id = $1 AND status = 'RUNNING' AND attempts = $4`,
      [job.id, done, total, job.attempts],
    );
    if (updated[1] === 0) throw new Abandoned();
  }
}

const IN_SCOPE = '($2::text[] IS NULL OR town_code = ANY($2))';
const ID = (column = 'id') => `${column}::text = $1`;
/**
 * For each filter field that names a record, the query of its name ($1 the value); a record that
 * belongs to a town is looked up within the exporter's towns ($2).
 */
const FILTER_NAMES: Record<string, { sql: string; scoped: boolean }> = {
  townCode: { sql: 'SELECT name FROM town WHERE code = $1 AND ($2::text[] IS NULL OR code = ANY($2))', scoped: true },
  villageCode: { sql: `SELECT name FROM village WHERE code = $1 AND ${IN_SCOPE}`, scoped: true },
  projectId: { sql: `SELECT code || ' ' || name AS name FROM project WHERE ${ID()} AND ${IN_SCOPE}`, scoped: true },
  fundSourceId: { sql: `SELECT code || ' ' || name AS name FROM fund_source WHERE ${ID()}`, scoped: false },
  allocationId: {
    sql: `SELECT p.code || ' / ' || s.code AS name FROM fund_allocation a JOIN project p ON p.id = a.project_id
            JOIN fund_source s ON s.id = a.fund_source_id WHERE ${ID('a.id')} AND ($2::text[] IS NULL OR p.town_code = ANY($2))`,
    scoped: true,
  },
  parkId: { sql: `SELECT name FROM industrial_park WHERE ${ID()} AND ${IN_SCOPE}`, scoped: true },
  householdId: { sql: `SELECT code AS name FROM household WHERE ${ID()} AND ${IN_SCOPE}`, scoped: true },
  unitId: { sql: `SELECT name FROM dispatching_unit WHERE ${ID()}`, scoped: false },
  groupId: { sql: `SELECT name FROM supervision_group WHERE ${ID()}`, scoped: false },
};

/** "年度 2021；镇办 610902102；状态 在建、完工" — or "全部". */
export function describeVariables(
  variables: Record<string, unknown>,
  labels: Record<string, string>,
  enumNames: Map<string, Map<string, string>>,
  filterNames: Map<string, string> = new Map(),
  filterValues: Record<string, (value: string) => string> = {},
): string {
  const filter = (variables.filter ?? {}) as Record<string, unknown>;
  const anyEnum = (value: string) => {
    for (const names of enumNames.values()) {
      const name = names.get(value);
      if (name) return name;
    }
    return value;
  };
  // Variables besides the filter and sort (includeRevoked …) are said when they have a name.
  const others = Object.entries(variables).filter(([k]) => k !== 'filter' && k !== 'sort' && labels[k]);
  const parts = [...Object.entries(filter), ...others]
    .filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => {
      const values = (Array.isArray(v) ? v : [v]).map((x) =>
        filterValues[k] && typeof x === 'string'
          ? filterValues[k](x)
          : typeof x === 'boolean'
            ? x
              ? '是'
              : '否'
            : k === 'idNumber'
              ? // A household found by its full ID number: the file says which, masked as the list shows it.
                maskIdNumber(String(x))
              : filterNames.has(String(x))
                ? String(filterNames.get(String(x)))
                : /^[A-Z_]+$/.test(String(x))
                  ? anyEnum(String(x))
                  : String(x),
      );
      return `${labels[k] ?? k} ${values.join('、')}`;
    });
  const sort = variables.sort as { field?: string; direction?: string } | undefined;
  if (sort?.field) parts.push(`排序 ${sort.field}${sort.direction === 'DESC' ? ' 降序' : ' 升序'}`);
  return parts.length ? parts.join('；') : '全部';
}
