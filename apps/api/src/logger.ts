import pino from 'pino';

/** JSON logs on stdout; one logger for the process, child loggers per request. */
export function createLogger(level: string) {
  return pino({ level, base: { service: 'hanbin-api' }, timestamp: pino.stdTimeFunctions.isoTime });
}
export type Logger = ReturnType<typeof createLogger>;
