import express from 'express';
import { type ContextFactory, route, tooLarge } from '../../common/http-routes';
import { Permission } from '../identity/identity.enums';
import { MAX_ATTACHMENT_BYTES } from './case.service';

/**
 * Case materials (consent forms, review minutes, notice photos) travel outside GraphQL:
 *   POST /api/monitoring/attachments?caseId=…&kind=CONSENT_FORM&fileName=… with the file as the body
 *        (Content-Type application/pdf, image/jpeg or image/png; at most 5 MB) → the attachment;
 *   GET  /api/monitoring/attachments/:id → the file, for viewers who may read the case.
 * The session cookie is SameSite=Strict and these content types need a CORS preflight, which this
 * server never grants, so another site cannot post here in a clerk's name.
 */
export function attachmentRoutes(contextFor: ContextFactory): express.Router {
  const router = express.Router();
  router.post(
    '/',
    express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES }),
    route(contextFor, [Permission.MONITORING_WRITE], async (ctx, req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const q = req.query as Record<string, string | undefined>;
      const saved = await ctx.services.monitoringCase.upload(
        String(q.caseId ?? ''),
        String(q.kind ?? ''),
        String(q.fileName ?? ''),
        body,
      );
      res.status(201).json({
        id: saved.id,
        kind: saved.kind,
        fileName: saved.fileName,
        contentType: saved.contentType,
        size: saved.size,
        sha256: saved.sha256,
        url: `/api/monitoring/attachments/${saved.id}`,
      });
    }),
  );
  router.get(
    '/:id',
    route(contextFor, [Permission.MONITORING_READ], async (ctx, req, res) => {
      const file = await ctx.services.monitoringCase.download(String(req.params.id));
      if (!file) {
        res.status(404).json({ error: { code: 'NOT_FOUND', message: '材料不存在' } });
        return;
      }
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(file.content);
    }),
  );
  router.use(tooLarge('文件不能超过 5 MB'));
  return router;
}
