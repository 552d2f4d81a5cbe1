import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from '../logger';
import { translateDbError } from './db-errors';
import { AppError, type FieldError } from './errors';
import { codeOfUncodedInputError, translateInputMessage } from './graphql-messages';
import { requestIdOfError } from './request-context';

/** Errors graphql-js and Apollo raise about the request itself; their messages are safe to show. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * The one place where errors leave the API: domain errors keep their code and Chinese message,
 * database refusals are translated, anything else is logged and becomes an opaque
 * INTERNAL_SERVER_ERROR that carries the request id, never a stack trace or SQL.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.extra } };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = flatten(original.extensions.validationErrors as ValidationError[]);
      return {
        ...base,
        message: fields.map((f) => f.message).join('；') || '输入不正确',
        extensions: { code: 'BAD_USER_INPUT', fields },
      };
    }
    const translated = translateDbError(original);
    if (translated) {
      return { ...base, message: translated.message, extensions: { code: translated.code, ...translated.extra } };
    }
    // Apollo has already given an error without a code INTERNAL_SERVER_ERROR.
    const code = codeOfUncodedInputError(formatted.message) ?? formatted.extensions?.code;
    if (code === 'SERVICE_UNAVAILABLE')
      return { ...base, message: formatted.message, extensions: { code, retryable: true } };
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const said = translateInputMessage(formatted.message);
      if (!said) return { ...base, message: formatted.message, extensions: { code } };
      return {
        ...base,
        message: said.message,
        extensions: { code, ...(said.fields ? { fields: said.fields } : {}), detail: formatted.message.slice(0, 300) },
      };
    }
    const requestId = requestIdOfError(error, original);
    log.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
    return {
      ...base,
      message: `服务器内部错误，请稍后重试${requestId ? `（请求编号 ${requestId}）` : ''}`,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    };
  };
}
