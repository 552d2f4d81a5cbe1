import type express from 'express';
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import { Permission } from '../modules/identity/identity.enums';
import { translateDbError } from './db-errors';
import { AppError, ForbiddenError, UnauthenticatedError } from './errors';

/** Who is asking and the services bound to them: the same context GraphQL resolvers get. */
export type ContextFactory = (req: express.Request, res: express.Response) => Promise<Context>;

/** The HTTP status of each error code, for routes outside GraphQL (files, CSV feeds). */
export const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ACCOUNT_LOCKED: 423,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** Passes if the viewer holds any of `permissions`; otherwise throws the error GraphQL would give. */
export function requirePermission(ctx: Context, ...permissions: Permission[]): void {
  const { viewer } = ctx;
  if (viewer.kind === 'anonymous' || viewer.kind === 'system') {
    throw new UnauthenticatedError(viewer.rejected ?? 'NOT_SIGNED_IN');
  }
  if (viewer.mustChangePassword) throw new ForbiddenError('PASSWORD_CHANGE_REQUIRED');
  if (!permissions.some((p) => viewer.permissions.has(p))) throw new ForbiddenError('NO_PERMISSION');
}

/** Answers `{ error: { code, message, ... } }` with the matching status; unknown errors are logged, not shown. */
export function sendRouteError(res: express.Response, error: unknown, ctx?: Context): void {
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') {
    // Refused before any route code ran (authentication, a busy pool), in GraphQL's terms.
    const { code, http, ...extra } = error.extensions as { code: string; http?: { status?: number } };
    res.status(http?.status ?? HTTP_STATUS[code] ?? 400).json({ error: { code, message: error.message, ...extra } });
    return;
  }
  const known = error instanceof AppError ? error : translateDbError(error);
  if (!known) {
    ctx?.log.error({ err: error }, 'route failed');
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: '系统错误，请稍后重试' } });
    return;
  }
  res
    .status(HTTP_STATUS[known.code] ?? 400)
    .json({ error: { code: known.code, message: known.message, ...known.extra } });
}

/**
 * A route outside GraphQL: builds the caller's context, checks that they hold one of `permissions`
 * (none: anyone the context accepts), runs `work`, and answers any error in the routes' JSON shape.
 * A failure after the response has started (a download broken off) closes the connection instead.
 */
export function route(
  contextFor: ContextFactory,
  permissions: Permission[],
  work: (ctx: Context, req: express.Request, res: express.Response) => Promise<void>,
): express.RequestHandler {
  return async (req, res) => {
    let ctx: Context | undefined;
    try {
      ctx = await contextFor(req, res);
      if (permissions.length) requirePermission(ctx, ...permissions);
      await work(ctx, req, res);
    } catch (error) {
      if (res.headersSent) {
        ctx?.log.error({ err: error }, 'response broken off');
        res.destroy();
        return;
      }
      sendRouteError(res, error, ctx);
    }
  };
}

/** Answers a body over the size limit with `message`, in the routes' JSON shape, before reading it. */
export function tooLarge(message: string): express.ErrorRequestHandler {
  return (error: Error & { type?: string }, _req, res, next) => {
    if (error.type === 'entity.too.large') {
      res.status(413).json({
        error: { code: 'BAD_USER_INPUT', message, fields: [{ field: 'file', message }] },
      });
      return;
    }
    next(error);
  };
}
