import express from 'express';
import { NotFoundError } from '../../common/errors';
import { type ContextFactory, route } from '../../common/http-routes';
import { Permission } from '../identity/identity.enums';

/**
 * GET /api/exports/:id/file → the finished .xlsx, to the person who asked for it (anyone else gets
 * 404), streamed piece by piece from the database; every download is audited.
 */
export function exportRoutes(contextFor: ContextFactory): express.Router {
  const router = express.Router();
  router.get(
    '/:id/file',
    route(contextFor, [Permission.DATA_EXPORT], async (ctx, req, res) => {
      const id = String(req.params.id);
      const file = await ctx.services.export.openFile(id);
      if (!file) throw new NotFoundError('导出文件（或已过期）', id.slice(0, 40));
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.job.fileName)}`);
      if (file.job.byteSize) res.setHeader('Content-Length', String(file.job.byteSize));
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      for await (const chunk of file.chunks) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      }
      res.end();
    }),
  );
  return router;
}
