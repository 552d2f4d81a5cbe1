import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../common/errors';
import type { Viewer } from '../../common/viewer';
import type { AuditService } from '../audit/audit.service';
import { ImportBatchEntity, ImportStatus } from './exchange.entity';
import { IMPORT_DATASETS, type ImportDataset, type ImportDatasetDefinition } from './import-datasets';
import { type ImportProblem, type ParsedRecord, parseSheet } from './import-parse';
import type { ImportServices } from './imports/kit';
import { type CellValue, inspectXlsx, readFirstSheet } from './xlsx-reader';

/**
 * Rows one file may hold: a check or a commit of 10,000 rows takes about 16 s on a server
 * (bench/exchange.mjs), in the background with its progress on the batch.
 */
export const MAX_IMPORT_ROWS = 10_000;
/** Problems kept with a batch (all are counted). */
const KEPT_PROBLEMS = 1000;
/** How long an uploaded file is kept: a check not committed by then must be uploaded again. */
export const IMPORT_FILE_RETENTION_DAYS = 7;

interface Outcome {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

export type EnumValues = Map<string, Map<string, string>>;
/** Told before each row: rows done of all; throws to stop the run (its transaction rolls back). */
export type Progress = (done: number, total: number) => void;

/** A batch a worker has claimed: which, and which run of it (runs taken over do not write). */
export interface ImportJob {
  id: string;
  attempts: number;
}

/** The batch was taken over by another process while this one ran: this run's result is dropped. */
export class ImportTakenOver extends Error {
  constructor() {
    super('import taken over');
  }
}

/** Thrown to roll a transaction back while keeping what it found. */
class Rollback extends Error {
  constructor(readonly outcome: Outcome) {
    super('rollback');
  }
}

/**
 * Imports a spreadsheet all or nothing, in the background. A check (dry run) applies every row inside a transaction,
 * each behind a savepoint, collects every problem by row and column, and rolls everything back;
 * a commit does the same again on the stored file and keeps the result only if nothing is wrong.
 * Rows go through the same service methods as the forms (rules, scope, audit), so an import can do
 * nothing a clerk could not do by hand. A row equal to the record it names changes nothing, so
 * importing the same file twice writes nothing the second time.
 */
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditService,
    private readonly services: ImportServices,
  ) {}

  /** Throws unless the viewer may import this dataset. */
  assertMayImport(dataset: ImportDataset): void {
    this.ownerId(dataset);
  }

  private ownerId(dataset: ImportDataset): string {
    if (this.viewer.kind !== 'user' || !this.viewer.id) throw new ForbiddenError('NO_PERMISSION', '导入仅限工作人员');
    if (!this.viewer.permissions.has(IMPORT_DATASETS[dataset].permission)) throw new ForbiddenError('NO_PERMISSION');
    return this.viewer.id;
  }

  /**
   * Upload: the file is inspected at once (what is not a sound spreadsheet is refused here, unread)
   * and stored; its check runs in the background (ImportWorker), reporting progress on the batch.
   */
  async submit(dataset: ImportDataset, fileName: string, file: Buffer): Promise<ImportBatchEntity> {
    const userId = this.ownerId(dataset);
    await inspectXlsx(file);
    const name = fileName.trim().slice(0, 200) || `${IMPORT_DATASETS[dataset].title}.xlsx`;
    await this.forgetOldFiles(userId);
    const batch = await this.dataSource.getRepository(ImportBatchEntity).save({
      dataset,
      fileName: name,
      sha256: createHash('sha256').update(file).digest('hex'),
      byteSize: file.length,
      file,
      userId,
      status: ImportStatus.CHECKING,
      rows: 0,
    });
    const { file: _file, ...kept } = batch;
    return kept as ImportBatchEntity;
  }

  /** Queues the commit of a checked batch; asking again while it runs answers the same batch. */
  async requestCommit(id: string): Promise<ImportBatchEntity> {
    const found = await this.get(id);
    if (!found) throw new NotFoundError('导入批次', id.slice(0, 40));
    this.ownerId(found.dataset as ImportDataset);
    switch (found.status) {
      case ImportStatus.COMMITTING:
        return found;
      case ImportStatus.COMMITTED:
        throw new ConflictError('这批数据已经导入过了', 'DUPLICATE');
      case ImportStatus.CHECKING:
        throw new ConflictError('文件还在检查中，检查通过后才能导入', 'CONDITIONS_NOT_MET');
      case ImportStatus.REJECTED:
        // Its error says why when it is not the check's problems (expired, or the data moved on at commit).
        throw new ConflictError(found.error ?? '检查未通过的文件不能导入，请修改后重新上传', 'CONDITIONS_NOT_MET');
      case ImportStatus.FAILED:
        throw new ConflictError(found.error ?? '这批数据未能导入，请重新上传', 'CONDITIONS_NOT_MET');
    }
    // From CHECKED to COMMITTING once: of two clicks, one queues the commit and the other sees it queued.
    await this.dataSource.query(
      `UPDATE import_batch SET status = 'COMMITTING', attempts = 0, done_rows = 0, heartbeat_at = NULL
        WHERE id = $1 AND status = 'CHECKED'`,
      [found.id],
    );
    return this.requestCommitResult(found.id);
  }

  private async requestCommitResult(id: string): Promise<ImportBatchEntity> {
    const batch = await this.get(id);
    if (!batch) throw new NotFoundError('导入批次', id);
    if (batch.status !== ImportStatus.COMMITTING && batch.status !== ImportStatus.COMMITTED) {
      throw new ConflictError('这批数据的状态已变化，请刷新后重试', 'CONDITIONS_NOT_MET');
    }
    return batch;
  }

  /**
   * The check of an uploaded batch (run by the worker, as its owner): every row applied and rolled
   * back, every problem kept with the batch; audited with the file's hash.
   */
  async runCheck(job: ImportJob, enumValues: EnumValues, progress: Progress): Promise<void> {
    const { batch, file } = await this.claimed(job);
    const outcome = await this.run(IMPORT_DATASETS[batch.dataset as ImportDataset], file, enumValues, {
      dryRun: true,
      lockKey: batch.id,
      progress,
    });
    await this.dataSource.transaction(async (manager) => {
      const [, updated] = await manager.query(
        `UPDATE import_batch SET status = $3, rows = $4, created = $5, updated = $6, unchanged = $7,
                problem_count = $8, problems = $9, done_rows = $4, total_rows = $4, heartbeat_at = now()
          WHERE id = $1 AND status = 'CHECKING' AND attempts = $2`,
        [
          batch.id,
          job.attempts,
          outcome.problems.length ? ImportStatus.REJECTED : ImportStatus.CHECKED,
          outcome.rows,
          outcome.created,
          outcome.updated,
          outcome.unchanged,
          outcome.problems.length,
          JSON.stringify(outcome.problems.slice(0, KEPT_PROBLEMS)),
        ],
      );
      if (updated === 0) throw new ImportTakenOver();
      await this.auditRun('import.checked', batch, outcome, manager);
    });
  }

  /**
   * The commit of a checked batch (run by the worker, as its owner): the stored file applied again,
   * all or nothing; if the data moved on since the check so that a row no longer fits, nothing is
   * written and the batch says which rows.
   */
  async runCommit(job: ImportJob, enumValues: EnumValues, progress: Progress): Promise<void> {
    const { batch, file } = await this.claimed(job);
    const outcome = await this.run(IMPORT_DATASETS[batch.dataset as ImportDataset], file, enumValues, {
      dryRun: false,
      lockKey: batch.id,
      progress,
      onSuccess: async (manager, result) => {
        const [, updated] = await manager.query(
          `UPDATE import_batch SET status = 'COMMITTED', committed_at = now(), created = $3, updated = $4,
                  unchanged = $5, done_rows = rows, heartbeat_at = now()
            WHERE id = $1 AND status = 'COMMITTING' AND attempts = $2`,
          [batch.id, job.attempts, result.created, result.updated, result.unchanged],
        );
        // Taken over by another process (this one was thought dead): its run decides, not this one.
        if (updated === 0) throw new ImportTakenOver();
        await this.auditRun('import.committed', batch, result, manager);
      },
    });
    if (!outcome.problems.length) return;
    await this.dataSource.query(
      `UPDATE import_batch SET status = 'REJECTED', problem_count = $3, problems = $4, error = $5, heartbeat_at = now()
        WHERE id = $1 AND status = 'COMMITTING' AND attempts = $2`,
      [
        batch.id,
        job.attempts,
        outcome.problems.length,
        JSON.stringify(outcome.problems.slice(0, KEPT_PROBLEMS)),
        `数据在检查后有了变化，有 ${outcome.problems.length} 处不能导入，什么也没有写入；请修改后重新上传检查`,
      ],
    );
  }

  /** A check or commit in the audit trail: which file (by its hash) and what it found or did. */
  private auditRun(
    action: 'import.checked' | 'import.committed',
    batch: ImportBatchEntity,
    outcome: Outcome,
    manager: EntityManager,
  ): Promise<unknown> {
    return this.audit.record(
      {
        action,
        entityType: 'import',
        entityId: batch.id,
        details: {
          dataset: batch.dataset,
          fileName: batch.fileName,
          sha256: batch.sha256,
          bytes: batch.byteSize,
          rows: outcome.rows,
          problems: outcome.problems.length,
          created: outcome.created,
          updated: outcome.updated,
          unchanged: outcome.unchanged,
        },
      },
      manager,
    );
  }

  /** The batch a worker claimed, with its file; its owner must still be the viewer and allowed. */
  private async claimed(job: ImportJob): Promise<{ batch: ImportBatchEntity; file: Buffer }> {
    const batch = await this.dataSource
      .getRepository(ImportBatchEntity)
      .createQueryBuilder('b')
      .addSelect('b.file')
      .where('b.id = :id', { id: job.id })
      .getOne();
    if (!batch || batch.userId !== this.viewer.id) throw new NotFoundError('导入批次', job.id);
    this.ownerId(batch.dataset as ImportDataset);
    if (!batch.file.length) {
      throw new ConflictError(`文件已超过 ${IMPORT_FILE_RETENTION_DAYS} 天被删除；请重新上传`, 'CONDITIONS_NOT_MET');
    }
    return { batch, file: batch.file };
  }

  /**
   * Uploaded files are kept for a week (the batch and its counts stay, as the audit trail does): a
   * person's older files are dropped whenever they upload, and a check left uncommitted expires.
   */
  private async forgetOldFiles(userId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_batch
          SET file = ''::bytea,
              status = CASE WHEN status = 'CHECKED' THEN 'REJECTED'::import_status ELSE status END,
              problems = CASE WHEN status = 'CHECKED'
                              THEN jsonb_build_array(jsonb_build_object('row', 0, 'column', '', 'message',
                                     '检查已超过 ' || $2::int || ' 天未确认导入，文件已删除；请重新上传'))
                              ELSE problems END,
              problem_count = CASE WHEN status = 'CHECKED' THEN 1 ELSE problem_count END,
              error = CASE WHEN status = 'CHECKED'
                           THEN '检查已超过 ' || $2::int || ' 天未确认导入，文件已删除；请重新上传'
                           ELSE error END
        WHERE user_id = $1 AND octet_length(file) > 0
          AND created_at < now() - make_interval(days => $2::int)`,
      [userId, IMPORT_FILE_RETENTION_DAYS],
    );
  }

  async get(id: string): Promise<ImportBatchEntity | null> {
    const userId = this.viewer.kind === 'user' ? this.viewer.id : null;
    if (!userId || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return this.dataSource.getRepository(ImportBatchEntity).findOneBy({ id, userId });
  }

  private async run(
    definition: ImportDatasetDefinition,
    file: Buffer,
    enumValues: Map<string, Map<string, string>>,
    options: {
      dryRun: boolean;
      /** Runs of the same batch wait for each other (a process taken for dead may still be running). */
      lockKey: string;
      progress: Progress;
      onSuccess?: (manager: EntityManager, outcome: Outcome) => Promise<void>;
    },
  ): Promise<Outcome> {
    let rows: { row: number; cells: CellValue[] }[];
    try {
      await inspectXlsx(file);
      rows = await readFirstSheet(file, MAX_IMPORT_ROWS);
    } catch (error) {
      // What is wrong with the file as a whole (too many rows) is its one problem.
      if (!(error instanceof UserInputError)) throw error;
      return {
        rows: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        problems: [{ row: 0, column: '', message: error.message }],
      };
    }
    const parsed = parseSheet(definition, rows, enumValues);
    if (parsed.problems.length && !parsed.records.length) {
      return { rows: 0, created: 0, updated: 0, unchanged: 0, problems: parsed.problems };
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`import:${options.lockKey}`]);
        const outcome = await this.applyRows(definition, parsed.records, manager, options.progress);
        outcome.problems = [...parsed.problems, ...outcome.problems].sort((a, b) => a.row - b.row);
        if (options.dryRun || outcome.problems.length) throw new Rollback(outcome);
        await options.onSuccess?.(manager, outcome);
        return outcome;
      });
    } catch (error) {
      if (error instanceof Rollback) return error.outcome;
      throw error;
    }
  }

  /** Every row's plan, applied in order, each behind a savepoint; what went wrong is collected. */
  private async applyRows(
    definition: ImportDatasetDefinition,
    records: ParsedRecord[],
    manager: EntityManager,
    progress: Progress,
  ): Promise<Outcome> {
    // A service names nested fields by path (head.relation): the column is the last part's.
    const headerOf = (field: string) =>
      definition.columns.find((c) => c.field === field.split('.').pop())?.header ?? '';
    const plan = await definition.plan({ manager, records, viewer: this.viewer, services: this.services, headerOf });
    const outcome: Outcome = { rows: records.length, created: 0, updated: 0, unchanged: 0, problems: [] };
    let done = 0;
    for (const record of definition.order?.(records) ?? records) {
      progress(done++, records.length);
      const { row } = record;
      const step = await plan(record);
      if (step.kind === 'unchanged') {
        outcome.unchanged++;
        continue;
      }
      if (step.kind === 'problems') {
        outcome.problems.push(...step.problems);
        continue;
      }
      // One row's refusal must not undo the rows before it during a check: each has a savepoint.
      await manager.query('SAVEPOINT import_row');
      try {
        await step.work();
        await manager.query('RELEASE SAVEPOINT import_row');
        if (step.kind === 'create') outcome.created++;
        else outcome.updated++;
      } catch (error) {
        await manager.query('ROLLBACK TO SAVEPOINT import_row');
        if (!(error instanceof AppError)) throw error;
        const fields = (error.extra.fields ?? []) as { field: string; message: string }[];
        if (fields.length) {
          for (const f of fields) outcome.problems.push({ row, column: headerOf(f.field), message: f.message });
        } else outcome.problems.push({ row, column: '', message: error.message });
      }
    }
    return outcome;
  }
}
