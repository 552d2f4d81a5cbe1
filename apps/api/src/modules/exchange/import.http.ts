import express from 'express';
import { NotFoundError, UserInputError } from '../../common/errors';
import { type ContextFactory, route, tooLarge } from '../../common/http-routes';
import type { ImportBatchEntity } from './exchange.entity';
import { IMPORT_DATASETS, ImportDataset } from './import-datasets';
import { importTemplate } from './import-template';
import { MAX_UPLOAD_BYTES } from './xlsx-reader';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Whoever may import anything; each dataset's own permission is checked by the service. */
const IMPORT_PERMISSIONS = [...new Set(Object.values(IMPORT_DATASETS).map((d) => d.permission))];
/** A 20 MB upload over a slow line takes longer than the usual request timeout. */
const UPLOAD_TIMEOUT_MS = 5 * 60_000;
const longer: express.RequestHandler = (_req, res, next) => {
  res.setTimeout(UPLOAD_TIMEOUT_MS);
  next();
};

function datasetOf(value: unknown): ImportDataset {
  if (typeof value === 'string' && (Object.values(ImportDataset) as string[]).includes(value)) {
    return value as ImportDataset;
  }
  throw UserInputError.field(
    'dataset',
    `不能导入“${String(value ?? '').slice(0, 30)}”；可导入：${Object.values(ImportDataset).join('、')}`,
  );
}

/** What the admin shows about a batch. */
export function describeBatch(batch: ImportBatchEntity) {
  return {
    id: batch.id,
    dataset: batch.dataset,
    fileName: batch.fileName,
    sha256: batch.sha256,
    byteSize: batch.byteSize,
    status: batch.status,
    rows: batch.rows,
    created: batch.created,
    updated: batch.updated,
    unchanged: batch.unchanged,
    problemCount: batch.problemCount,
    problems: batch.problems,
    /** While CHECKING or COMMITTING: rows gone through, of all (null until the file is read). */
    progress: { done: batch.doneRows, total: batch.totalRows },
    /** Why a commit was refused after its check, or why the batch failed. */
    error: batch.error,
    createdAt: batch.createdAt,
    committedAt: batch.committedAt,
  };
}

/**
 * Imports travel outside GraphQL, as files:
 *   GET  /api/imports/templates/<dataset>.xlsx → the template with its 填写说明;
 *   POST /api/imports?dataset=PROJECTS&fileName=… with the .xlsx as the body (at most 20 MB)
 *        → 202, the batch CHECKING: its check (a dry run) runs in the background;
 *   GET  /api/imports/<id> → the batch: progress while CHECKING or COMMITTING, then every problem
 *        by row and column (REJECTED) or what would change (CHECKED), or what changed (COMMITTED);
 *   POST /api/imports/<id>/commit → 202, the batch COMMITTING: applied all or nothing.
 * The body's content type needs a CORS preflight, which this server never grants, and the
 * session cookie is SameSite=Strict: another site cannot post a file in a clerk's name.
 */
export function importRoutes(contextFor: ContextFactory, enumValues: Map<string, Map<string, string>>): express.Router {
  const router = express.Router();

  router.get(
    '/templates/:file',
    route(contextFor, IMPORT_PERMISSIONS, async (ctx, req, res) => {
      const name = String(req.params.file);
      const match = /^([A-Z_]+)\.xlsx$/.exec(name);
      if (!match) throw new NotFoundError('导入模板', name.slice(0, 40));
      const dataset = datasetOf(match[1]);
      ctx.services.import.assertMayImport(dataset);
      const definition = IMPORT_DATASETS[dataset];
      const file = await importTemplate(definition, enumValues);
      res.setHeader('Content-Type', XLSX);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(`${definition.title}导入模板.xlsx`)}`,
      );
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(file);
    }),
  );

  router.post(
    '/',
    longer,
    express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES }),
    route(contextFor, IMPORT_PERMISSIONS, async (ctx, req, res) => {
      const dataset = datasetOf(req.query.dataset);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!body.length) throw UserInputError.field('file', '没有收到文件');
      const batch = await ctx.services.import.submit(dataset, String(req.query.fileName ?? ''), body);
      ctx.services.importQueued();
      res.status(202).location(`${req.baseUrl}/${batch.id}`).json(describeBatch(batch));
    }),
  );

  router.post(
    '/:id/commit',
    route(contextFor, IMPORT_PERMISSIONS, async (ctx, req, res) => {
      const batch = await ctx.services.import.requestCommit(String(req.params.id));
      ctx.services.importQueued();
      res.status(202).location(`${req.baseUrl}/${batch.id}`).json(describeBatch(batch));
    }),
  );

  router.get(
    '/:id',
    route(contextFor, IMPORT_PERMISSIONS, async (ctx, req, res) => {
      const id = String(req.params.id);
      const batch = await ctx.services.import.get(id);
      if (!batch) throw new NotFoundError('导入批次', id.slice(0, 40));
      res.json(describeBatch(batch));
    }),
  );

  router.use(tooLarge(`文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB；请分批导入`));
  return router;
}
