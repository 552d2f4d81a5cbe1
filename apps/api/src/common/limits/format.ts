import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryTooComplexError, RequestRefusedError } from './refusal';
import { countTokens } from './rules';

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * graphql-js ends many messages with ` Did you mean "x", "y", or "z"?`; with introspection off that
 * would still let a client map the schema by guessing. Removes every such sentence.
 */
export function stripSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

const TOO_MANY_TOKENS = /Document contains more th(?:an|at) (\d+) tokens/; // sic, graphql 16.15: "more that";
const TOO_LONG = /Source contains more than (\d+) UTF-16 code units/;

/** The parser's own refusals (length, tokens), said like the validation rules say theirs. */
function parserRefusal(error: GraphQLError): QueryTooComplexError | undefined {
  const body = error.source?.body;
  const long = TOO_LONG.exec(error.message);
  if (long) return new QueryTooComplexError('sourceLength', body?.length ?? Number(long[1]) + 1, Number(long[1]));
  const many = TOO_MANY_TOKENS.exec(error.message);
  if (many) {
    // The text is within the length limit here, so counting all of its tokens is cheap.
    const max = Number(many[1]);
    const counted = body === undefined ? undefined : countTokens(body);
    return new QueryTooComplexError('tokens', counted !== undefined && counted > max ? counted : max + 1, max);
  }
  return undefined;
}

function refusalIn(error: unknown): RequestRefusedError | undefined {
  // Apollo wraps what a rule or the parser reports (ValidationError, SyntaxError) and keeps it as originalError.
  for (let e = error, hops = 0; e instanceof Error && hops < 4; e = (e as GraphQLError).originalError, hops++) {
    if (e instanceof RequestRefusedError) return e;
    if (e instanceof GraphQLError && e.message.startsWith('Syntax Error: ')) {
      const parser = parserRefusal(e);
      if (parser) return parser;
    }
  }
  return undefined;
}

/** Apollo's persisted-query refusals that carry no code of their own (they would read as a 500). */
const PERSISTED_QUERY_BAD_REQUEST: Record<string, string> = {
  'provided sha does not match query': '查询文本与 persistedQuery 的哈希不符',
  'Unsupported persisted query version': '不支持的 persistedQuery 版本',
};
const INTROSPECTION_DISABLED = '不支持内省查询（__schema、__type）';
const PERSISTED_QUERY_NOT_FOUND = '未登记的查询：页面版本可能已过期，请刷新后重试';

/**
 * Wraps the app's `formatError`: refusals from the limits and from trusted documents come out as
 * `{ message, locations, extensions: { code, ...details } }`; everything else goes to `inner`. With
 * `hideSuggestions` (production), no message or detail leaves with a "Did you mean …?" in it.
 */
export function withRequestGuards(inner: FormatError, options: { hideSuggestions: boolean }): FormatError {
  const strip = options.hideSuggestions ? stripSuggestions : (message: string) => message;
  return (formatted, error) => {
    const refusal = refusalIn(error);
    if (refusal) {
      return {
        message: refusal.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: refusal.code, ...refusal.details },
      };
    }
    const badPersistedQuery = PERSISTED_QUERY_BAD_REQUEST[formatted.message];
    if (badPersistedQuery && !(error instanceof GraphQLError && error.path)) {
      return { message: badPersistedQuery, extensions: { code: 'BAD_REQUEST' } };
    }
    if (formatted.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') {
      // Apollo's text tells the caller how the server is configured.
      return {
        message: INTROSPECTION_DISABLED,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'INTROSPECTION_DISABLED' },
      };
    }
    const out = inner({ ...formatted, message: strip(formatted.message) }, error);
    if (out.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
      // Apollo's text is "PersistedQueryNotFound"; clients (Apollo Client's link included) go by the code.
      return { message: PERSISTED_QUERY_NOT_FOUND, extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } };
    }
    if (!options.hideSuggestions) return out;
    const detail = out.extensions?.detail;
    return {
      ...out,
      message: strip(out.message),
      ...(typeof detail === 'string' ? { extensions: { ...out.extensions, detail: strip(detail) } } : {}),
    };
  };
}
