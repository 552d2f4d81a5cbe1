import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppError } from '../../common/errors';
import { QueueWorker } from '../../common/queue-worker';
import type { Viewer } from '../../common/viewer';
import type { Context } from '../../context';
import type { Logger } from '../../logger';
import { type EnumValues, type ImportJob, ImportTakenOver, type Progress } from './import.service';
import { ownerViewer } from './owner';

/** A check or commit not heard from for this long was lost with its process: another takes it over. */
export const IMPORT_STALE_SECONDS = 60;
/** Runs before a batch that keeps losing its process is given up. */
export const IMPORT_MAX_ATTEMPTS = 3;
/** Progress is written at most this often (and never twice at once). */
const PROGRESS_EVERY_MS = 1000;

export interface ImportWorkerOptions {
  pollMs: number;
  /** A context for one run, as the batch's owner. */
  contextFor: (viewer: Viewer, requestId: string) => Context;
  enumValues: EnumValues;
}

class Stopping extends Error {}

type ClaimedBatch = ImportJob & { status: string; userId: string; dataset: string };

/**
 * Runs the checks and commits of uploaded imports, one at a time per process. Any process may run
 * any batch: it claims one with FOR UPDATE SKIP LOCKED and writes the rows done on the batch about
 * once a second, which is also its heartbeat; a batch whose process died is taken over after
 * IMPORT_STALE_SECONDS. A run is one transaction, so a run cut short leaves nothing behind, and
 * stopping (SIGTERM) hands the batch back to the queue.
 *
 * The embedded database answers one connection at a time: there the progress written during a run
 * waits for the run's transaction, so a person sees the rows jump to the end rather than count up.
 */
export class ImportWorker extends QueueWorker<ClaimedBatch> {
  constructor(
    private readonly dataSource: DataSource,
    log: Logger,
    private readonly options: ImportWorkerOptions,
  ) {
    super(log, options.pollMs);
  }

  protected async claim(): Promise<ClaimedBatch | null> {
    const [rows]: [Record<string, any>[], number] = await this.dataSource.query(
      `UPDATE import_batch SET attempts = attempts + 1, heartbeat_at = now(), done_rows = 0
        WHERE id = (
          SELECT id FROM import_batch
           WHERE status IN ('CHECKING', 'COMMITTING')
             AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $1))
             AND attempts < $2
           ORDER BY created_at
           LIMIT 1
           FOR UPDATE SKIP LOCKED)
        RETURNING id, status, user_id, dataset, attempts`,
      [IMPORT_STALE_SECONDS, IMPORT_MAX_ATTEMPTS],
    );
    const row = rows[0];
    return row
      ? { id: row.id, status: row.status, userId: row.user_id, dataset: row.dataset, attempts: row.attempts }
      : null;
  }

  /** Gives up batches that keep losing their process. */
  protected async sweep(): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_batch SET status = 'FAILED', error = '导入多次中断，已停止；什么也没有写入，请重新上传'
        WHERE status IN ('CHECKING', 'COMMITTING') AND attempts >= $2
          AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $1))`,
      [IMPORT_STALE_SECONDS, IMPORT_MAX_ATTEMPTS],
    );
  }

  protected async run(job: ClaimedBatch): Promise<void> {
    const started = Date.now();
    const requestId = `import-${job.id.slice(0, 8)}-${randomUUID().slice(0, 8)}`;
    const log = this.log.child({ importId: job.id, dataset: job.dataset, status: job.status, attempt: job.attempts });
    try {
      const viewer = await ownerViewer(this.dataSource, job.userId, '上传人的账号已停用，导入已停止');
      const imports = this.options.contextFor(viewer, requestId).services.import;
      const progress = this.progressOf(job, log);
      if (job.status === 'CHECKING') await imports.runCheck(job, this.options.enumValues, progress);
      else await imports.runCommit(job, this.options.enumValues, progress);
      log.info({ ms: Date.now() - started }, job.status === 'CHECKING' ? 'import checked' : 'import committed');
    } catch (error) {
      if (error instanceof ImportTakenOver) {
        log.warn('import was taken over while running; this process lets it go');
        return;
      }
      if (error instanceof Stopping || this.stopping || !(error instanceof AppError)) {
        // Back to the queue: for another process when stopping, or for a retry after a database fault.
        // A run that keeps failing is given up by the sweep after IMPORT_MAX_ATTEMPTS.
        if (!(error instanceof Stopping)) log.warn({ err: error }, 'import run broke off; it goes back to the queue');
        await this.dataSource
          .query(
            `UPDATE import_batch SET heartbeat_at = NULL,
                    attempts = attempts - CASE WHEN $3 THEN 1 ELSE 0 END
              WHERE id = $1 AND attempts = $2 AND status IN ('CHECKING', 'COMMITTING')`,
            [job.id, job.attempts, this.stopping],
          )
          .catch(() => undefined);
        return;
      }
      // Refused for a reason of its own (the owner's account, the file gone): said on the batch.
      await this.dataSource
        .query(
          `UPDATE import_batch SET status = 'FAILED', error = $3
            WHERE id = $1 AND attempts = $2 AND status IN ('CHECKING', 'COMMITTING')`,
          [job.id, job.attempts, error.message.slice(0, 500)],
        )
        .catch((e) => log.warn({ err: e }, 'could not record the failed import'));
    }
  }

  /**
   * Writes the rows done (and so the heartbeat) about once a second, without waiting for it: the run
   * holds its transaction meanwhile. Throws when the process is stopping, which rolls the run back.
   */
  private progressOf(job: ImportJob, log: Logger): Progress {
    let last = 0;
    let writing = false;
    return (done, total) => {
      if (this.stopping) throw new Stopping();
      const now = Date.now();
      if (writing || (done > 0 && now - last < PROGRESS_EVERY_MS)) return;
      last = now;
      writing = true;
      this.dataSource
        .query(
          `UPDATE import_batch SET done_rows = GREATEST(done_rows, $2), total_rows = $3, heartbeat_at = now()
            WHERE id = $1 AND attempts = $4 AND status IN ('CHECKING', 'COMMITTING')`,
          [job.id, done, total, job.attempts],
        )
        .catch((error) => log.warn({ err: error }, 'could not write import progress'))
        .finally(() => {
          writing = false;
        });
    };
  }
}
