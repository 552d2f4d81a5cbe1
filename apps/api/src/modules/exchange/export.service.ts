import { type ExecutionResult, execute, type GraphQLSchema, parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { ConflictError, ForbiddenError, UserInputError } from '../../common/errors';
import { translateInputMessage } from '../../common/graphql-messages';
import { maskIdNumber } from '../../common/id-number';
import type { Viewer } from '../../common/viewer';
import type { Context } from '../../context';
import type { AuditService } from '../audit/audit.service';
import { Permission } from '../identity/identity.enums';
import { ExportJobEntity, ExportStatus } from './exchange.entity';
import { EXPORT_DATASETS, ExportDataset, type ExportDatasetDefinition } from './export-datasets';

/** How long a finished file stays downloadable. */
export const EXPORT_RETENTION_HOURS = 24;
/** Exports one person may have waiting or running at once. */
export const MAX_ACTIVE_EXPORTS_PER_USER = 3;
/** Larger lists must be narrowed by their filters first. */
export const MAX_EXPORT_ROWS = 300_000;
/** Rows per page the export reads (the API's own page limit). */
export const EXPORT_PAGE_SIZE = 100;

/** What a dataset needs besides data:export: what its list page needs (the query then checks again, field by field). */
export const DATASET_PERMISSION: Record<ExportDataset, Permission> = {
  PROJECTS: Permission.PROJECT_READ,
  FUND_SOURCES: Permission.FUND_READ,
  FUND_ALLOCATIONS: Permission.FUND_READ,
  DISBURSEMENTS: Permission.FUND_READ,
  HOUSEHOLDS: Permission.HOUSEHOLD_READ,
  MONITORING_CASES: Permission.MONITORING_READ,
  MONITORING_WARNINGS: Permission.MONITORING_READ,
  INDUSTRIAL_PARKS: Permission.INDUSTRY_READ,
  BENEFIT_LINKS: Permission.INDUSTRY_READ,
  WORK_TEAMS: Permission.STATIONING_READ,
  FIRST_SECRETARIES: Permission.STATIONING_READ,
  SUPERVISION_TASKS: Permission.SUPERVISION_READ,
  VILLAGES: Permission.PLACE_READ,
  USERS: Permission.USER_MANAGE,
  API_TOKENS: Permission.TOKEN_MANAGE,
  AUDIT_LOG: Permission.AUDIT_READ,
};

const parsed = new Map<ExportDataset, ReturnType<typeof parse>>();

/** Runs a dataset's query for one page as the context's viewer, in-process, and returns its connection. */
export async function readPage(
  schema: GraphQLSchema,
  definition: ExportDatasetDefinition,
  variables: Record<string, unknown>,
  contextValue: Context,
): Promise<{ totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: Record<string, unknown>[] }> {
  let document = parsed.get(definition.id);
  if (!document) {
    document = parse(definition.query);
    parsed.set(definition.id, document);
  }
  const result = (await execute({ schema, document, variableValues: variables, contextValue })) as ExecutionResult;
  const error = result.errors?.[0];
  // The error the list page would have got (a bad filter, scope, permission), thrown as it was;
  // a variable of the wrong shape is said in Chinese and named under `variables`.
  if (error?.path && error.originalError) throw error.originalError;
  if (error) {
    const said = translateInputMessage(error.message);
    const at = /at "([^"]+)"/.exec(error.message)?.[1] ?? /Variable "\$(\w+)"/.exec(error.message)?.[1];
    const reason = said?.message ?? error.message;
    throw new UserInputError(
      `筛选或排序条件无效：${reason}`,
      at ? [{ field: `variables.${at}`, message: reason }] : [],
    );
  }
  const connection = (result.data as Record<string, any>)[definition.connection];
  return {
    totalCount: connection.totalCount,
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor,
    nodes: connection.edges.map((e: { node: Record<string, unknown> }) => e.node),
  };
}

/** The variables as the audit trail keeps them: a full ID number searched for is kept masked. */
function auditedVariables(variables: Record<string, unknown>): Record<string, unknown> {
  const filter = variables.filter as Record<string, unknown> | undefined;
  if (!filter || typeof filter.idNumber !== 'string') return variables;
  return { ...variables, filter: { ...filter, idNumber: maskIdNumber(filter.idNumber) } };
}

/** "项目库_2026-11-29.xlsx" */
function fileNameOf(definition: ExportDatasetDefinition, now: Date): string {
  return `${definition.title}_${bureauToday(now)}.xlsx`;
}

/**
 * Exports as their owner sees them: start one (checked at once by reading its first page, so a bad
 * filter is refused while the person is still on the page), follow its progress, list their recent
 * ones. Running them is the worker's job (export.worker.ts).
 */
export class ExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly audit: AuditService,
  ) {}

  private ownerId(): string {
    if (this.viewer.kind !== 'user' || !this.viewer.id) {
      throw new ForbiddenError('NO_PERMISSION', '导出仅限工作人员；接口令牌请直接分页查询');
    }
    return this.viewer.id;
  }

  async start(
    dataset: ExportDataset,
    variables: Record<string, unknown>,
    context: Context,
    schema: GraphQLSchema,
  ): Promise<ExportJobEntity> {
    const userId = this.ownerId();
    const definition = EXPORT_DATASETS[dataset];
    if (!this.viewer.permissions.has(DATASET_PERMISSION[dataset])) throw new ForbiddenError('NO_PERMISSION');
    const unknown = Object.keys(variables).filter((k) => !(definition.variables as readonly string[]).includes(k));
    if (unknown.length) {
      throw new UserInputError(
        `${definition.title}不接受这些条件：${unknown.join('、')}（可用：${definition.variables.join('、') || '无'}）`,
        unknown.map((k) => ({ field: `variables.${k}`, message: '不认识的条件' })),
      );
    }
    if (JSON.stringify(variables).length > 4000) throw UserInputError.field('variables', '筛选条件过长');
    // The first page, as the list page would read it: refuses what the page would refuse.
    const probe = await readPage(schema, definition, { ...variables, first: 1 }, context);
    if (probe.totalCount > MAX_EXPORT_ROWS) {
      throw new UserInputError(
        `共 ${probe.totalCount.toLocaleString('en-US')} 条，超过单次导出上限 ${MAX_EXPORT_ROWS.toLocaleString('en-US')} 条，请先缩小筛选范围`,
      );
    }
    const now = new Date();
    return this.dataSource.transaction(async (manager) => {
      // One person's exports queue behind each other: serialise their checks on their own row.
      await manager.query('SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE', [userId]);
      const [{ active }] = await manager.query(
        `SELECT COUNT(*)::int AS active FROM export_job WHERE user_id = $1 AND status IN ('QUEUED', 'RUNNING')`,
        [userId],
      );
      if (active >= MAX_ACTIVE_EXPORTS_PER_USER) {
        throw new ConflictError(
          `您已有 ${active} 个导出正在进行，请等其完成后再导出（同时最多 ${MAX_ACTIVE_EXPORTS_PER_USER} 个）`,
          'EXPORT_LIMIT',
        );
      }
      const job = await manager.getRepository(ExportJobEntity).save({
        dataset,
        variables,
        userId,
        totalRows: probe.totalCount,
        fileName: fileNameOf(definition, now),
        requestId: context.requestId,
        expiresAt: new Date(now.getTime() + EXPORT_RETENTION_HOURS * 3600_000),
      });
      await this.audit.record(
        {
          action: 'export.requested',
          entityType: 'export',
          entityId: job.id,
          details: { dataset, title: definition.title, variables: auditedVariables(variables), rows: probe.totalCount },
        },
        manager,
      );
      return job;
    });
  }

  /** One of the viewer's own exports; someone else's is "not found", not "forbidden". */
  async get(id: string): Promise<ExportJobEntity | null> {
    const userId = this.ownerId();
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    return this.dataSource.getRepository(ExportJobEntity).findOneBy({ id, userId });
  }

  /** The viewer's exports still kept, newest first. */
  async recent(limit: number): Promise<ExportJobEntity[]> {
    const userId = this.ownerId();
    return this.dataSource.getRepository(ExportJobEntity).find({
      where: { userId },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(limit, 1), 50),
    });
  }

  /** The finished file's pieces in order, for the download route; audited. */
  async openFile(id: string): Promise<{ job: ExportJobEntity; chunks: AsyncGenerator<Buffer> } | null> {
    const job = await this.get(id);
    if (!job || job.status !== ExportStatus.SUCCEEDED) return null;
    await this.audit.record({
      action: 'export.downloaded',
      entityType: 'export',
      entityId: job.id,
      details: { dataset: job.dataset, fileName: job.fileName, sha256: job.sha256 },
    });
    const dataSource = this.dataSource;
    async function* chunks() {
      // One piece per statement: memory holds one piece, and no transaction spans the download.
      for (let seq = 0; ; seq++) {
        const rows: { data: Buffer }[] = await dataSource.query(
          'SELECT data FROM export_file_chunk WHERE job_id = $1 AND seq = $2',
          [job?.id, seq],
        );
        if (!rows.length) return;
        yield rows[0].data;
      }
    }
    return { job, chunks: chunks() };
  }
}
