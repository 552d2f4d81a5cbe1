import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import { accessLog, requestLog } from './common/access-log';
import { compiledExecution } from './common/compiled-execution';
import { translateDbError } from './common/db-errors';
import { createFormatError } from './common/format-error';
import { graphqlHardening } from './common/limits';
import { PiiCipher } from './common/pii';
import { currentRequest, type RequestStore, requestStorage, tagError } from './common/request-context';
import { loadTrustedDocuments } from './common/trusted-documents';
import type { Viewer } from './common/viewer';
import type { Config } from './config';
import { type Context, createLoaders, createServices } from './context';
import type { Database } from './database/data-source';
import type { Logger } from './logger';
import { biRoutes } from './modules/bi/bi.http';
import { BI_BASE_PATH } from './modules/bi/feeds';
import { exportRoutes } from './modules/exchange/export.http';
import { EXPORT_FILE_PATH } from './modules/exchange/export.resolver';
import { ExportWorker } from './modules/exchange/export.worker';
import { importRoutes } from './modules/exchange/import.http';
import { ImportWorker } from './modules/exchange/import.worker';
import { enumNamesOf } from './modules/exchange/xlsx-writer';
import { authenticate } from './modules/identity/authenticate';
import { SESSION_COOKIE } from './modules/identity/secrets';
import type { SessionCookie } from './modules/identity/session.service';
import { attachmentRoutes } from './modules/monitoring/attachment.http';
import { createSchema } from './schema';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Tells the client how many SQL statements its request cost (tests, benchmarks; off in production). */
const sqlCountHeader: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const store = currentRequest();
        if (store) response.http.headers.set('x-sql-statements', String(store.sqlStatements));
      },
    };
  },
};

/** Tags the errors of a request with its id, for the message of an unexpected one (format-error.ts). */
const requestIdOnErrors: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) tagError(error, contextValue.requestId);
      },
    };
  },
};

export interface App {
  server: http.Server;
  /** Stops taking requests, lets in-flight ones finish, then closes the pool. */
  stop(): Promise<void>;
}

type AppConfig = Pick<
  Config,
  | 'env'
  | 'adminDistDir'
  | 'shutdownGraceMs'
  | 'shutdownDelayMs'
  | 'sqlCountHeader'
  | 'sessionIdleTimeoutSeconds'
  | 'sessionMaxAgeSeconds'
  | 'graphqlLimits'
  | 'trustedDocumentsPath'
  | 'requestTimeoutMs'
  | 'piiKey'
  | 'jobWorker'
  | 'jobPollMs'
  | 'graphqlExecution'
>;

export async function createApp(config: AppConfig, db: Database, log: Logger): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag from a hash of every response body: GraphQL answers are computed per viewer anyway (a
  // 304 would save bytes, not work), and hashing them cost a share of each request's CPU.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const server = http.createServer(app);
  // A request that has not finished in 60 s is abandoned; the database's statement_timeout is shorter.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  server.keepAliveTimeout = 5_000;

  const settings = { idleTimeoutSeconds: config.sessionIdleTimeoutSeconds, maxAgeSeconds: config.sessionMaxAgeSeconds };
  const cookieBase = { httpOnly: true, sameSite: 'strict' as const, secure: config.env === 'production', path: '/' };
  // Limits (depth, aliases, directives, tokens, cost), trusted documents for the admin in production,
  // no introspection, suggestions or stack traces in production, CSRF prevention, no batching.
  const hardening = graphqlHardening<Context>({
    env: config.env,
    limits: config.graphqlLimits,
    documents: loadTrustedDocuments(config.trustedDocumentsPath, { required: config.env === 'production' }),
    formatError: createFormatError(log),
  });
  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    ...(config.graphqlExecution === 'compiled' ? { gateway: compiledExecution(schema) } : { schema }),
    ...hardening,
    // main.ts owns SIGTERM: it drains this server and then closes the pool, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      ...hardening.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.shutdownGraceMs }),
      // No HTTP caching of GraphQL responses here; the plugin would otherwise wrap every field.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's own landing page loads its explorer from a CDN: never. A browser is pointed to the
      // admin's bundled explorer instead (below).
      ApolloServerPluginLandingPageDisabled(),
      requestIdOnErrors,
      ...(config.sqlCountHeader ? [sqlCountHeader] : []),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const header = req.get('x-request-id');
    const store: RequestStore = {
      requestId: header && REQUEST_ID.test(header) ? header : randomUUID(),
      sqlStatements: 0,
    };
    res.setHeader('x-request-id', store.requestId);
    (req as express.Request & { store?: RequestStore }).store = store;
    // Only to count statements (see request-context.ts); everything else is handed the request id.
    if (config.sqlCountHeader) requestStorage.run(store, next);
    else next();
  });
  app.use(accessLog(log, (url) => url === '/healthz' || url === '/readyz'));

  // A request still unanswered after the timeout gets a retryable error instead of hanging the
  // client; statement_timeout stops its SQL on the database side.
  app.use((req, res, next) => {
    res.setTimeout(config.requestTimeoutMs, () => {
      if (res.headersSent) return;
      requestLog(log, req).warn({ ms: config.requestTimeoutMs }, 'request timed out');
      res.status(503).json({
        errors: [
          {
            message: '请求处理超时，请稍后重试',
            extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'TIMEOUT', retryable: true },
          },
        ],
      });
    });
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  let draining = false;
  app.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await db.dataSource.query('SELECT 1');
      res.json({ status: 'ready', database: db.embedded ? 'embedded' : 'server' });
    } catch (error) {
      log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  const pii = new PiiCipher(config.piiKey);
  const noCookie = { set: () => undefined, clear: () => undefined };
  let exportWorker: ExportWorker | null = null;
  let importWorker: ImportWorker | null = null;
  /** The context resolvers get, for a viewer: services bound to them and fresh loaders. */
  const contextFor = (
    viewer: Viewer,
    requestId: string,
    http?: { cookie: SessionCookie; userAgent: string },
  ): Context => {
    let requestLogger: Logger | undefined;
    return {
      requestId,
      // Made when something logs through it, which most requests never do.
      get log() {
        requestLogger ??= log.child({ requestId });
        return requestLogger;
      },
      viewer,
      services: createServices(db.dataSource, {
        requestId,
        viewer,
        cookie: http?.cookie ?? noCookie,
        userAgent: http?.userAgent ?? '',
        settings,
        pii,
        exportQueued: () => exportWorker?.wake(),
        importQueued: () => importWorker?.wake(),
      }),
      loaders: createLoaders(db.dataSource.manager, viewer),
    };
  };
  /** Who is asking and the services bound to them, for GraphQL and the file routes alike. */
  const requestContext = async (req: express.Request, res: express.Response): Promise<Context> => {
    const store = (req as express.Request & { store?: RequestStore }).store;
    const requestId = store?.requestId ?? randomUUID();
    const viewer = await authenticate(db.dataSource, req, settings).catch((error) => {
      // Before any resolver runs: a busy pool or a database restart must still read as retryable.
      const known = translateDbError(error);
      if (!known) {
        tagError(error, requestId);
        throw error;
      }
      throw new GraphQLError(known.message, {
        extensions: { code: known.code, ...known.extra, http: { status: 503 } },
      });
    });
    const cookie = {
      set: (secret: string, maxAgeSeconds: number) =>
        res.cookie(SESSION_COOKIE, secret, { ...cookieBase, maxAge: maxAgeSeconds * 1000 }),
      clear: () => res.clearCookie(SESSION_COOKIE, cookieBase),
    };
    return contextFor(viewer, requestId, { cookie, userAgent: req.get('user-agent') ?? '' });
  };

  // Someone opening the endpoint in a browser: where the explorer and the guide are.
  app.get('/graphql', (req, res, next) => {
    if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.status(200).type('html').setHeader('Cache-Control', 'no-store').send(GRAPHQL_BROWSER_PAGE);
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: ({ req, res }) => requestContext(req, res) }),
  );
  app.use('/api/monitoring/attachments', attachmentRoutes(requestContext));
  app.use(
    BI_BASE_PATH,
    biRoutes(requestContext, async (query, variables, contextValue) => {
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('a feed query answered incrementally');
      return response.body.singleResult;
    }),
  );

  app.use(EXPORT_FILE_PATH, exportRoutes(requestContext));
  const enumValues = enumNamesOf(schema);
  app.use('/api/imports', importRoutes(requestContext, enumValues));

  if (config.jobWorker) {
    exportWorker = new ExportWorker(db.dataSource, schema, log.child({ component: 'export-worker' }), {
      pollMs: config.jobPollMs,
      contextFor,
    });
    exportWorker.start();
    importWorker = new ImportWorker(db.dataSource, log.child({ component: 'import-worker' }), {
      pollMs: config.jobPollMs,
      contextFor,
      enumValues,
    });
    importWorker.start();
  }

  serveAdmin(app, config.adminDistDir, log);

  // Malformed bodies and anything else that escapes a handler: JSON, no stack trace.
  app.use(
    (
      error: Error & { status?: number; type?: string },
      req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) requestLog(log, req).error({ err: error }, 'unhandled error');
      const message =
        error.type === 'entity.parse.failed'
          ? '请求体不是有效的 JSON'
          : error.type === 'entity.too.large'
            ? '请求体过大'
            : status === 500
              ? '服务器内部错误'
              : '请求无效';
      res.status(status).json({
        errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }],
      });
    },
  );

  return {
    server,
    async stop() {
      // Out of rotation first: /readyz says so while requests are still served for a moment.
      draining = true;
      if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      // Apollo's drain plugin closes the listener and waits for in-flight requests; a running
      // export or import goes back to the queue for another process.
      await Promise.all([apollo.stop(), exportWorker?.stop(), importWorker?.stop()]);
      log.info('http server drained');
      await db.close();
    },
  };
}

const GRAPHQL_BROWSER_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>汉滨区乡村振兴局 · GraphQL 接口</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.6">
<h1>GraphQL 接口</h1>
<p>这是数据平台的 GraphQL 接口：请以 <code>POST /graphql</code>（<code>Content-Type: application/json</code>）发送查询。</p>
<ul>
<li><a href="/guide">合作单位接入指南</a>：令牌、认证、分页、错误码、限额与示例。</li>
<li><a href="/explorer">接口调试（GraphiQL）</a>：登录后或粘贴令牌即可试查询。</li>
</ul>
</body></html>`;

/** Serves the built admin SPA, when there is one, with index.html for its client-side routes. */
function serveAdmin(app: express.Express, dir: string | undefined, log: Logger) {
  if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) {
    log.info({ dir }, 'admin build not found; serving the API only');
    return;
  }
  app.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(dir, { index: false, maxAge: 0 }));
  app.get(/^\/(?!graphql|healthz|readyz|assets\/|api\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dir, 'index.html'));
  });
}
