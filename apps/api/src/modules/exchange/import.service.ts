import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import type { Viewer } from '../../common/viewer';
import type { AuditService } from '../audit/audit.service';
import { ImportBatchEntity, ImportStatus } from './exchange.entity';
import { IMPORT_DATASETS, type ImportDataset, type ImportDatasetDefinition } from './import-datasets';
import { type ImportProblem, type ParsedRecord, parseSheet } from './import-parse';
import type { ImportServices } from './imports/kit';
import { type CellValue, inspectXlsx, readFirstSheet } from './xlsx-reader';

/**
 * Rows one file may hold: a check or a commit of 10,000 rows takes about 16 s on a server
 * (bench/exchange.mjs), inside one request. Larger files wait for imports that run in the background.
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

/** Thrown to roll a transaction back while keeping what it found. */
class Rollback extends Error {
  constructor(readonly outcome: Outcome) {
    super('rollback');
  }
}

/**
 * Imports a spreadsheet all or nothing. A check (dry run) applies every row inside a transaction,
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

  /** Upload and dry run: the batch with every problem found, or its counts if there are none. */
  async check(
    dataset: ImportDataset,
    fileName: string,
    file: Buffer,
    enumValues: Map<string, Map<string, string>>,
  ): Promise<ImportBatchEntity> {
    const userId = this.ownerId(dataset);
    const name = fileName.trim().slice(0, 200) || `${IMPORT_DATASETS[dataset].title}.xlsx`;
    const sha256 = createHash('sha256').update(file).digest('hex');
    const outcome = await this.run(IMPORT_DATASETS[dataset], file, enumValues, { dryRun: true });
    await this.forgetOldFiles(userId);
    const batch = await this.dataSource.getRepository(ImportBatchEntity).save({
      dataset,
      fileName: name,
      sha256,
      byteSize: file.length,
      file,
      userId,
      status: outcome.problems.length ? ImportStatus.REJECTED : ImportStatus.CHECKED,
      rows: outcome.rows,
      created: outcome.created,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      problemCount: outcome.problems.length,
      problems: outcome.problems.slice(0, KEPT_PROBLEMS),
    });
    await this.audit.record({
      action: 'import.checked',
      entityType: 'import',
      entityId: batch.id,
      details: {
        dataset,
        fileName: name,
        sha256,
        bytes: file.length,
        rows: outcome.rows,
        problems: outcome.problems.length,
        created: outcome.created,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
      },
    });
    const { file: _file, ...kept } = batch;
    return kept as ImportBatchEntity;
  }

  /** Applies a checked batch, all or nothing; refused if the data changed so that a row no longer fits. */
  async commit(id: string, enumValues: Map<string, Map<string, string>>): Promise<ImportBatchEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('导入批次', id.slice(0, 40));
    const found = await this.dataSource
      .getRepository(ImportBatchEntity)
      .createQueryBuilder('b')
      .addSelect('b.file')
      .where('b.id = :id', { id })
      .getOne();
    if (!found || found.userId !== this.viewer.id) throw new NotFoundError('导入批次', id);
    const userId = this.ownerId(found.dataset as ImportDataset);
    if (found.status === ImportStatus.COMMITTED) throw new ConflictError('这批数据已经导入过了', 'DUPLICATE');
    if (found.status === ImportStatus.REJECTED) {
      throw new ConflictError(
        found.file.length
          ? '检查未通过的文件不能导入，请修改后重新上传'
          : `检查已超过 ${IMPORT_FILE_RETENTION_DAYS} 天未确认导入，文件已删除；请重新上传`,
        'CONDITIONS_NOT_MET',
      );
    }
    const definition = IMPORT_DATASETS[found.dataset as ImportDataset];
    const outcome = await this.run(definition, found.file, enumValues, {
      dryRun: false,
      onSuccess: async (manager, result) => {
        await manager.update(
          ImportBatchEntity,
          { id, status: ImportStatus.CHECKED },
          {
            status: ImportStatus.COMMITTED,
            committedAt: new Date(),
            created: result.created,
            updated: result.updated,
            unchanged: result.unchanged,
          },
        );
        await this.audit.record(
          {
            action: 'import.committed',
            entityType: 'import',
            entityId: id,
            details: {
              dataset: found.dataset,
              fileName: found.fileName,
              sha256: found.sha256,
              rows: result.rows,
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
            },
          },
          manager,
        );
      },
    });
    if (outcome.problems.length) {
      await this.dataSource.getRepository(ImportBatchEntity).update(
        { id },
        {
          status: ImportStatus.REJECTED,
          problemCount: outcome.problems.length,
          problems: outcome.problems.slice(0, KEPT_PROBLEMS),
        },
      );
      throw new ConflictError(
        `数据在检查后有了变化，有 ${outcome.problems.length} 处不能导入，什么也没有写入；请重新上传检查`,
        'CONDITIONS_NOT_MET',
        { problems: outcome.problems.slice(0, 100) },
      );
    }
    const batch = await this.dataSource.getRepository(ImportBatchEntity).findOneByOrFail({ id, userId });
    return batch;
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
              problem_count = CASE WHEN status = 'CHECKED' THEN 1 ELSE problem_count END
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
    options: { dryRun: boolean; onSuccess?: (manager: EntityManager, outcome: Outcome) => Promise<void> },
  ): Promise<Outcome> {
    await inspectXlsx(file);
    const rows: { row: number; cells: CellValue[] }[] = await readFirstSheet(file, MAX_IMPORT_ROWS);
    const parsed = parseSheet(definition, rows, enumValues);
    if (parsed.problems.length && !parsed.records.length) {
      return { rows: 0, created: 0, updated: 0, unchanged: 0, problems: parsed.problems };
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const outcome = await this.applyRows(definition, parsed.records, manager);
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
  ): Promise<Outcome> {
    // A service names nested fields by path (head.relation): the column is the last part's.
    const headerOf = (field: string) =>
      definition.columns.find((c) => c.field === field.split('.').pop())?.header ?? '';
    const plan = await definition.plan({ manager, records, viewer: this.viewer, services: this.services, headerOf });
    const outcome: Outcome = { rows: records.length, created: 0, updated: 0, unchanged: 0, problems: [] };
    for (const record of definition.order?.(records) ?? records) {
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
