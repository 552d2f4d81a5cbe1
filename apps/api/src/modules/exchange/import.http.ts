import express from 'express';
import { NotFoundError, UserInputError } from '../../common/errors';
import { type ContextFactory, requirePermission, sendRouteError } from '../../common/http-routes';
import type { Context } from '../../context';
import { Permission } from '../identity/identity.enums';
import type { ImportBatchEntity } from './exchange.entity';
import { IMPORT_DATASETS, ImportDataset } from './import-datasets';
import { importTemplate } from './import-template';
import { MAX_UPLOAD_BYTES } from './xlsx-reader';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Whoever may import anything; each dataset's own permission is checked by the service. */
const IMPORT_PERMISSIONS = [Permission.PROJECT_WRITE, Permission.ALLOCATION_WRITE, Permission.FUND_WRITE];
/** A check or commit of a full file runs inside its request: longer than the usual request timeout. */
const IMPORT_RESPONSE_TIMEOUT_MS = 5 * 60_000;

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
    createdAt: batch.createdAt,
    committedAt: batch.committedAt,
  };
}

/**
 * Imports travel outside GraphQL, as files:
 *   GET  /api/imports/templates/<dataset>.xlsx → the template with its 填写说明;
 *   POST /api/imports?dataset=PROJECTS&fileName=… with the .xlsx as the body (at most 20 MB)
 *        → the check (dry run): every problem by row and column, or what would change;
 *   POST /api/imports/<id>/commit → applies a checked file, all or nothing.
 * The body's content type needs a CORS preflight, which this server never grants, and the
 * session cookie is SameSite=Strict: another site cannot post a file in a clerk's name.
 */
export function importRoutes(contextFor: ContextFactory, enumValues: Map<string, Map<string, string>>): express.Router {
  const router = express.Router();

  router.get('/templates/:file', async (req, res) => {
    let ctx: Context | undefined;
    try {
      ctx = await contextFor(req, res);
      requirePermission(ctx, ...IMPORT_PERMISSIONS);
      const match = /^([A-Z_]+)\.xlsx$/.exec(req.params.file);
      if (!match) throw new NotFoundError('导入模板', req.params.file.slice(0, 40));
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
    } catch (error) {
      sendRouteError(res, error, ctx);
    }
  });

  router.post('/', express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES }), async (req, res) => {
    res.setTimeout(IMPORT_RESPONSE_TIMEOUT_MS);
    let ctx: Context | undefined;
    try {
      ctx = await contextFor(req, res);
      requirePermission(ctx, ...IMPORT_PERMISSIONS);
      const dataset = datasetOf(req.query.dataset);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (!body.length) throw UserInputError.field('file', '没有收到文件');
      const batch = await ctx.services.import.check(dataset, String(req.query.fileName ?? ''), body, enumValues);
      res.status(201).json(describeBatch(batch));
    } catch (error) {
      sendRouteError(res, error, ctx);
    }
  });

  router.post('/:id/commit', async (req, res) => {
    res.setTimeout(IMPORT_RESPONSE_TIMEOUT_MS);
    let ctx: Context | undefined;
    try {
      ctx = await contextFor(req, res);
      requirePermission(ctx, ...IMPORT_PERMISSIONS);
      const batch = await ctx.services.import.commit(req.params.id, enumValues);
      res.json(describeBatch(batch));
    } catch (error) {
      sendRouteError(res, error, ctx);
    }
  });

  router.get('/:id', async (req, res) => {
    let ctx: Context | undefined;
    try {
      ctx = await contextFor(req, res);
      requirePermission(ctx, ...IMPORT_PERMISSIONS);
      const batch = await ctx.services.import.get(req.params.id);
      if (!batch) throw new NotFoundError('导入批次', req.params.id.slice(0, 40));
      res.json(describeBatch(batch));
    } catch (error) {
      sendRouteError(res, error, ctx);
    }
  });

  // A body over the limit: say so in the same shape, before reading it.
  router.use(
    (error: Error & { type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (error.type === 'entity.too.large') {
        res.status(413).json({
          error: {
            code: 'BAD_USER_INPUT',
            message: `文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB；请分批导入`,
            fields: [{ field: 'file', message: '文件过大' }],
          },
        });
        return;
      }
      next(error);
    },
  );
  return router;
}
