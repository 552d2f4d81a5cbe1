import { createHash } from 'node:crypto';
import { validate } from 'class-validator';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import type { Viewer } from '../../common/viewer';
import type { AuditService } from '../audit/audit.service';
import { CreateFundAllocationInput, RecordDisbursementInput, UpdateFundAllocationInput } from '../fund/fund.inputs';
import type { FundService } from '../fund/fund.service';
import { Permission } from '../identity/identity.enums';
import { ProjectEntity } from '../project/project.entity';
import { CreateProjectInput, UpdateProjectInput } from '../project/project.inputs';
import type { ProjectService } from '../project/project.service';
import { ImportBatchEntity, ImportStatus } from './exchange.entity';
import { IMPORT_DATASETS, ImportDataset, type ImportDatasetDefinition } from './import-datasets';
import { type ImportProblem, type ParsedRecord, parseSheet } from './import-parse';
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

const DATASET_PERMISSION: Record<ImportDataset, Permission> = {
  PROJECTS: Permission.PROJECT_WRITE,
  FUND_ALLOCATIONS: Permission.ALLOCATION_WRITE,
  DISBURSEMENTS: Permission.FUND_WRITE,
};

/** What one row will do. */
type RowPlan =
  | { kind: 'unchanged' }
  | { kind: 'problems'; problems: ImportProblem[] }
  | { kind: 'create' | 'update'; work: () => Promise<unknown> };
type Planner = (manager: EntityManager) => Promise<(row: number) => Promise<RowPlan>>;

function problem(row: number, column: string, message: string): RowPlan {
  return { kind: 'problems', problems: [{ row, column, message }] };
}

/** The given fields whose values differ from the record's, or null when none does. */
function changed(
  current: Record<string, unknown>,
  given: Record<string, unknown>,
  fixed: string[],
): Record<string, unknown> | null {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(given)) {
    if (fixed.includes(field)) continue;
    if ((current[field] ?? null) !== value) changes[field] = value;
  }
  return Object.keys(changes).length ? changes : null;
}

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

// Fields whose blank cell means "none" rather than "unknown".
const BLANK_AS: Record<string, unknown> = {
  tasks: '',
  beneficiaryHouseholds: 0,
  beneficiaryPersons: 0,
  liftedHouseholds: 0,
  liftedPersons: 0,
};

/** Class-validator's messages for an input, as problems under the columns they concern. */
async function inputProblems(
  input: object,
  row: number,
  headerOf: (field: string) => string,
): Promise<ImportProblem[]> {
  const errors = await validate(input, { forbidUnknownValues: false });
  return errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map((message) => ({ row, column: headerOf(e.property), message })),
  );
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
    private readonly projects: ProjectService,
    private readonly fund: FundService,
  ) {}

  /** Throws unless the viewer may import this dataset. */
  assertMayImport(dataset: ImportDataset): void {
    this.ownerId(dataset);
  }

  private ownerId(dataset: ImportDataset): string {
    if (this.viewer.kind !== 'user' || !this.viewer.id) throw new ForbiddenError('NO_PERMISSION', '导入仅限工作人员');
    if (!this.viewer.permissions.has(DATASET_PERMISSION[dataset])) throw new ForbiddenError('NO_PERMISSION');
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
    const headerOf = (field: string) => definition.columns.find((c) => c.field === field)?.header ?? '';
    const planners: Record<ImportDataset, Planner> = {
      PROJECTS: (m) => this.planProjects(records, m, headerOf),
      FUND_ALLOCATIONS: (m) => this.planAllocations(records, m, headerOf),
      DISBURSEMENTS: (m) => this.planDisbursements(records, m, headerOf),
    };
    const plan = await planners[definition.id](manager);
    const outcome: Outcome = { rows: records.length, created: 0, updated: 0, unchanged: 0, problems: [] };
    for (const { row } of records) {
      const step = await plan(row);
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

  private async planProjects(records: ParsedRecord[], manager: EntityManager, headerOf: (f: string) => string) {
    const codes = records.map((r) => r.values.code).filter((c): c is string => typeof c === 'string');
    const existing = new Map(
      (codes.length ? await manager.getRepository(ProjectEntity).find({ where: { code: In(codes) } }) : []).map((p) => [
        p.code,
        p,
      ]),
    );
    const byRow = new Map(records.map((r) => [r.row, r.values]));
    return async (row: number): Promise<RowPlan> => {
      const values = byRow.get(row) ?? {};
      const current = existing.get(String(values.code));
      const given = Object.fromEntries(
        Object.entries(values).map(([k, v]) => [k, v === null && k in BLANK_AS ? BLANK_AS[k] : v]),
      );
      if (current) {
        if (given.year !== undefined && given.year !== current.year) {
          return problem(row, headerOf('year'), `项目已存在，年度为 ${current.year}，不能通过导入修改`);
        }
        const changes = changed(current as unknown as Record<string, unknown>, given, ['code', 'year']);
        if (!changes) return { kind: 'unchanged' };
        const input = Object.assign(new UpdateProjectInput(), changes, { version: current.version });
        const invalid = await inputProblems(input, row, headerOf);
        if (invalid.length) return { kind: 'problems', problems: invalid };
        return { kind: 'update', work: () => this.projects.update(current.id, input, manager) };
      }
      const input = Object.assign(new CreateProjectInput(), given);
      const invalid = await inputProblems(input, row, headerOf);
      if (invalid.length) return { kind: 'problems', problems: invalid };
      return { kind: 'create', work: () => this.projects.create(input, manager) };
    };
  }

  /** Projects and fund sources named by code, as ids; a project outside the viewer's towns is not found. */
  private async lookups(records: ParsedRecord[], manager: EntityManager) {
    const projectCodes = [...new Set(records.map((r) => String(r.values.projectCode ?? '')))];
    const sourceCodes = [...new Set(records.map((r) => String(r.values.fundSourceCode ?? '')))];
    const projects = new Map(
      (await manager.query('SELECT id, code, town_code FROM project WHERE code = ANY($1)', [projectCodes])).map(
        (p: { id: string; code: string; town_code: string }) => [p.code, p],
      ),
    );
    const sources = new Map(
      (await manager.query('SELECT id, code FROM fund_source WHERE code = ANY($1)', [sourceCodes])).map(
        (s: { id: string; code: string }) => [s.code, s.id],
      ),
    );
    const scope = this.viewer.scope;
    return {
      /** The row's project and fund source, or the problem naming the one not found. */
      pair(
        row: number,
        values: Record<string, unknown>,
        headerOf: (f: string) => string,
      ): { projectId: string; fundSourceId: string } | RowPlan {
        const found = projects.get(String(values.projectCode)) as { id: string; town_code: string } | undefined;
        if (!found || !scope.includes(found.town_code)) {
          return problem(row, headerOf('projectCode'), `项目编号不存在或不在您的管辖范围内：${values.projectCode}`);
        }
        const fundSourceId = sources.get(String(values.fundSourceCode)) as string | undefined;
        if (!fundSourceId)
          return problem(row, headerOf('fundSourceCode'), `资金来源编号不存在：${values.fundSourceCode}`);
        return { projectId: found.id, fundSourceId };
      },
    };
  }

  private async planAllocations(records: ParsedRecord[], manager: EntityManager, headerOf: (f: string) => string) {
    const find = await this.lookups(records, manager);
    const existing: Record<string, any>[] = await manager.query(
      `SELECT a.id, a.project_id, a.fund_source_id, a.amount::text AS amount, a.allocated_on::text AS allocated_on,
              a.document_no, a.version
         FROM fund_allocation a JOIN project p ON p.id = a.project_id
        WHERE p.code = ANY($1)`,
      [[...new Set(records.map((r) => String(r.values.projectCode ?? '')))]],
    );
    const byPair = new Map(existing.map((a) => [`${a.project_id}|${a.fund_source_id}`, a]));
    const byRow = new Map(records.map((r) => [r.row, r.values]));
    return async (row: number): Promise<RowPlan> => {
      const values = byRow.get(row) ?? {};
      const pair = find.pair(row, values, headerOf);
      if ('kind' in pair) return pair;
      const { projectId, fundSourceId } = pair;
      const current = byPair.get(`${projectId}|${fundSourceId}`);
      const given = { amount: values.amount, allocatedOn: values.allocatedOn, documentNo: values.documentNo ?? null };
      if (current) {
        const changes = changed(
          { amount: current.amount, allocatedOn: current.allocated_on, documentNo: current.document_no },
          given,
          [],
        );
        if (!changes) return { kind: 'unchanged' };
        const input = Object.assign(new UpdateFundAllocationInput(), changes, { version: current.version });
        const invalid = await inputProblems(input, row, headerOf);
        if (invalid.length) return { kind: 'problems', problems: invalid };
        return { kind: 'update', work: () => this.fund.updateAllocation(current.id, input, manager) };
      }
      const input = Object.assign(new CreateFundAllocationInput(), { projectId, fundSourceId, ...given });
      const invalid = await inputProblems(input, row, headerOf);
      if (invalid.length) return { kind: 'problems', problems: invalid };
      return { kind: 'create', work: () => this.fund.createAllocation(input, manager) };
    };
  }

  private async planDisbursements(records: ParsedRecord[], manager: EntityManager, headerOf: (f: string) => string) {
    const find = await this.lookups(records, manager);
    const vouchers = records.map((r) => String(r.values.voucherNo ?? ''));
    const existing = new Map(
      (
        await manager.query(
          `SELECT d.voucher_no, d.paid_on::text AS paid_on, d.amount::text AS amount, d.payee, d.note,
                  a.project_id, a.fund_source_id
             FROM disbursement d JOIN fund_allocation a ON a.id = d.allocation_id
            WHERE d.voucher_no = ANY($1)`,
          [vouchers],
        )
      ).map((d: Record<string, string>) => [d.voucher_no, d]),
    );
    const allocations = new Map(
      (
        await manager.query(
          `SELECT a.id, a.project_id, a.fund_source_id FROM fund_allocation a JOIN project p ON p.id = a.project_id
            WHERE p.code = ANY($1)`,
          [[...new Set(records.map((r) => String(r.values.projectCode ?? '')))]],
        )
      ).map((a: Record<string, string>) => [`${a.project_id}|${a.fund_source_id}`, a.id]),
    );
    const byRow = new Map(records.map((r) => [r.row, r.values]));
    return async (row: number): Promise<RowPlan> => {
      const values = byRow.get(row) ?? {};
      const pair = find.pair(row, values, headerOf);
      if ('kind' in pair) return pair;
      const { projectId, fundSourceId } = pair;
      const current = existing.get(String(values.voucherNo)) as Record<string, string> | undefined;
      if (current) {
        const same =
          current.project_id === projectId &&
          current.fund_source_id === fundSourceId &&
          current.paid_on === values.paidOn &&
          current.amount === values.amount &&
          (current.payee ?? '') === (values.payee ?? '') &&
          (current.note ?? '') === (values.note ?? '');
        if (same) return { kind: 'unchanged' };
        return problem(
          row,
          headerOf('voucherNo'),
          `凭证号“${values.voucherNo}”已登记，内容与文件不同；支出登记后不能修改，如需更正请在系统中冲销后重新登记`,
        );
      }
      if (values.reverses) {
        return problem(row, headerOf('reverses'), '冲销不能通过导入办理，请在系统中对原支出办理冲销');
      }
      const allocationId = allocations.get(`${projectId}|${fundSourceId}`);
      if (!allocationId) {
        return problem(row, headerOf('fundSourceCode'), `该项目没有来自资金来源“${values.fundSourceCode}”的资金安排`);
      }
      const input = Object.assign(new RecordDisbursementInput(), {
        allocationId,
        paidOn: values.paidOn,
        amount: values.amount,
        voucherNo: values.voucherNo,
        payee: values.payee ?? undefined,
        note: values.note ?? undefined,
      });
      const invalid = await inputProblems(input, row, headerOf);
      if (invalid.length) return { kind: 'problems', problems: invalid };
      return { kind: 'create', work: () => this.fund.recordDisbursement(input, manager) };
    };
  }
}
