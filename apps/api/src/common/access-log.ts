import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';
import type { RequestStore } from './request-context';

type WithStore = Request & { store?: RequestStore };

/**
 * One JSON line per request once its response is sent (`request completed`, or `request errored` for
 * a 5xx) or the client went away first (`request aborted`): the request id, method, path, status,
 * milliseconds and, where counted, the SQL statements. The same fields pino-http logged, without a
 * child logger and serializers made for every request: logs that need the request's own logger make
 * one with `requestLog`.
 */
export function accessLog(log: Logger, ignore: (url: string) => boolean) {
  return (req: WithStore, res: Response, next: NextFunction) => {
    if (ignore(req.url)) return next();
    const started = performance.now();
    const line = (level: 'info' | 'warn' | 'error', message: string) =>
      log[level](
        {
          reqId: req.store?.requestId,
          req: { method: req.method, url: req.originalUrl },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
          sqlStatements: req.store?.sqlStatements,
        },
        message,
      );
    res.once('finish', () => {
      if (res.statusCode >= 500) line('error', 'request errored');
      else line('info', 'request completed');
    });
    res.once('close', () => {
      if (!res.writableFinished) line('warn', 'request aborted');
    });
    next();
  };
}

/** A logger that tags its lines with the request's id. */
export function requestLog(log: Logger, req: Request): Logger {
  return log.child({ reqId: (req as WithStore).store?.requestId });
}
