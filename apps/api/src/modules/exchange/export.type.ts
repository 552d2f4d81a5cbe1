import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExportStatus } from './exchange.entity';
import { ExportDataset } from './export-datasets';

registerEnumType(ExportStatus, {
  name: 'ExportStatus',
  description: '导出状态',
  valuesConfig: {
    QUEUED: { description: '排队中' },
    RUNNING: { description: '导出中' },
    SUCCEEDED: { description: '已完成，可下载' },
    FAILED: { description: '失败' },
  },
});

@ObjectType('ExportJob', { description: '一次导出：在后台进行，完成后可下载 .xlsx（保留 24 小时）' })
export class ExportJob {
  @Field(() => ID) id: string;
  @Field(() => ExportDataset) dataset: ExportDataset;
  @Field({ description: '列表名称，如 项目库' }) title: string;
  @Field(() => ExportStatus) status: ExportStatus;
  @Field(() => Int, { nullable: true, description: '共多少条' }) totalRows: number | null;
  @Field(() => Int, { description: '已写入多少条' }) doneRows: number;
  @Field(() => Float, { nullable: true, description: '进度 0–1' }) progress: number | null;
  @Field({ description: '文件名，如 项目库_2026-11-29.xlsx' }) fileName: string;
  @Field(() => Int, { nullable: true, description: '文件大小（字节）' }) byteSize: number | null;
  @Field(() => String, { nullable: true, description: '文件的 SHA-256' }) sha256: string | null;
  @Field(() => String, { nullable: true, description: '失败原因' }) error: string | null;
  @Field(() => String, { nullable: true, description: '下载地址（已完成时），仅导出人可用' }) downloadUrl:
    | string
    | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field({ description: '文件保留至' }) expiresAt: Date;
}

@InputType({ description: '导出一个列表：条件与列表页的查询变量相同' })
export class StartExportInput {
  @Field(() => ExportDataset) dataset: ExportDataset;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      '列表页的查询变量，如 { "filter": { "year": 2021 }, "sort": { "field": "CODE", "direction": "ASC" } }；分页参数不需要',
  })
  variables?: Record<string, unknown> | null;
}
