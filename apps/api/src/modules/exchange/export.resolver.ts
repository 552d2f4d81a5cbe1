import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import type { ExportJobEntity } from './exchange.entity';
import { ExportStatus } from './exchange.entity';
import { ExportJob, StartExportInput } from './export.type';
import { EXPORT_DATASETS } from './export-datasets';

export const EXPORT_FILE_PATH = '/api/exports';

export function toExportJob(job: ExportJobEntity): ExportJob {
  const total = job.totalRows;
  return {
    id: job.id,
    dataset: job.dataset as ExportJob['dataset'],
    title: EXPORT_DATASETS[job.dataset as ExportJob['dataset']]?.title ?? job.dataset,
    status: job.status,
    totalRows: total,
    doneRows: job.doneRows,
    progress:
      job.status === ExportStatus.SUCCEEDED ? 1 : total ? Math.min(1, job.doneRows / total) : total === 0 ? 1 : null,
    fileName: job.fileName,
    byteSize: job.byteSize === null ? null : Number(job.byteSize),
    sha256: job.sha256,
    error: job.error,
    downloadUrl: job.status === ExportStatus.SUCCEEDED ? `${EXPORT_FILE_PATH}/${job.id}/file` : null,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    expiresAt: job.expiresAt,
  };
}

@Resolver(() => ExportJob)
export class ExportJobResolver {
  @Authorized(Permission.DATA_EXPORT)
  // The permission each dataset needs (project:read, …) is checked when an export starts.
  @Mutation(() => ExportJob, {
    description: '导出列表（当前的筛选与排序）为 .xlsx：在后台进行，用 exportJob 查看进度，完成后从 downloadUrl 下载',
  })
  async startExport(
    @Arg('input', () => StartExportInput) input: StartExportInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ExportJob> {
    const job = await ctx.services.export.start(input.dataset, input.variables ?? {}, ctx, info.schema);
    ctx.services.exportQueued();
    return toExportJob(job);
  }

  @Authorized(Permission.DATA_EXPORT)
  @Query(() => ExportJob, { nullable: true, description: '本人的一次导出（进度、下载地址）' })
  async exportJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ExportJob | null> {
    const job = await ctx.services.export.get(id);
    return job ? toExportJob(job) : null;
  }

  @Authorized(Permission.DATA_EXPORT)
  @Query(() => [ExportJob], { description: '本人最近的导出（保留 24 小时），新的在前' })
  async myExports(
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<ExportJob[]> {
    return (await ctx.services.export.recent(limit)).map(toExportJob);
  }
}
