import express from 'express';
import { NotFoundError } from '../../common/errors';
import { type ContextFactory, route } from '../../common/http-routes';
import { Permission } from '../identity/identity.enums';
import { toCsv } from './csv';
import { type Execute, parseFeedQuery, runFeed } from './feed-runner';
import { BI_BASE_PATH, describeFeed, FEEDS, feedById } from './feeds';

/**
 * BI feeds over plain HTTP, for tools that cannot speak GraphQL:
 *   GET /api/bi/v1/feeds               → the catalog (JSON): feeds, parameters, columns, queries;
 *   GET /api/bi/v1/feeds/<id>.csv?year=2021[&fundCategory=BRIDGING][&header=label] → the rows.
 * `Authorization: Bearer <BI token>` (or a partner token with FUNDS, or a staff session). Each CSV is
 * the answer of the GraphQL query the catalog names, run as the caller, so both always agree.
 */
export function biRoutes(contextFor: ContextFactory, execute: Execute): express.Router {
  const router = express.Router();
  const noStore = (res: express.Response) => {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  };

  router.get(
    '/feeds',
    route(contextFor, [Permission.SUMMARY_READ], async (_ctx, _req, res) => {
      noStore(res);
      res.json({ feeds: FEEDS.map(describeFeed) });
    }),
  );

  router.get(
    '/feeds/:file',
    route(contextFor, [Permission.SUMMARY_READ], async (ctx, req, res) => {
      const name = String(req.params.file);
      const match = /^([a-z0-9-]+)\.csv$/.exec(name);
      const feed = match ? feedById(match[1]) : undefined;
      if (!feed) throw new NotFoundError(`数据集（目录见 ${BI_BASE_PATH}/feeds）`, name.slice(0, 60));
      const { variables, header } = parseFeedQuery(feed, req.query as Record<string, unknown>);
      const rows = await runFeed(feed, variables, ctx, execute);
      const suffix = Object.values(variables).join('-');
      noStore(res);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${feed.id}${suffix ? `-${suffix}` : ''}.csv"`);
      res.send(toCsv(feed.columns, rows, header));
    }),
  );
  return router;
}
