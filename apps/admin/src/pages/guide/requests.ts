// How an example goes over the wire: the JSON body, the curl command the guide prints (and the
// tests execute), and the explorer link. Pure functions, shared by the page and the tests.
import type { ExampleToken, FeedExample, GraphqlExample, GuideExample, Json } from './examples';

/** The environment variable the guide's commands read the token from. */
export const TOKEN_VARIABLE = 'HANBIN_TOKEN';

/**
 * The query on one line, for the request body: runs of whitespace become one space. (The guide's
 * queries have no string that holds two spaces in a row, which this would change; a test checks.)
 */
export function compactQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

/** The JSON body of `POST /graphql` for an example: `{"query": …, "variables": …}`. */
export function requestBody(example: GraphqlExample): { query: string; variables?: Record<string, Json> } {
  const query = compactQuery(example.query);
  return example.variables ? { query, variables: example.variables } : { query };
}

/** Quotes a word for a POSIX shell, in single quotes (a `'` inside becomes `'\''`). */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

const AUTHORIZATION = `-H "authorization: Bearer $${TOKEN_VARIABLE}"`;

/**
 * The curl command for an example, against `origin` (the page's own, `window.location.origin`):
 * the token comes from $HANBIN_TOKEN, so the command can be shared without it.
 */
export function curlCommand(example: GuideExample, origin: string): string {
  if (example.kind === 'feed') return feedCurl(example, origin);
  const body = JSON.stringify(requestBody(example));
  return `curl -s ${origin}/graphql -H 'content-type: application/json' ${AUTHORIZATION} -d ${shellQuote(body)}`;
}

function feedCurl(example: FeedExample, origin: string): string {
  return `curl -s ${AUTHORIZATION} ${shellQuote(`${origin}${example.path}`)}`;
}

/** The explorer with this example loaded. */
export function explorerPath(example: GuideExample): string {
  return `/explorer?example=${encodeURIComponent(example.id)}`;
}

/** The excerpt as the guide prints it: indented JSON, or the CSV lines as they are. */
export function excerptText(example: GuideExample): string {
  if (example.kind === 'feed' && example.format === 'csv') return String(example.excerpt);
  return JSON.stringify(example.excerpt, null, 2);
}

/** The variables as the explorer's variables editor shows them ('' when there are none). */
export function variablesText(example: GuideExample): string {
  return example.kind === 'graphql' && example.variables ? JSON.stringify(example.variables, null, 2) : '';
}

/**
 * Whether `actual` contains `excerpt`: every key of an excerpt object with a matching value, the
 * rows of an excerpt array as the first rows of the actual one (an empty array: none at all),
 * anything else equal.
 */
export function containsExcerpt(actual: unknown, excerpt: unknown): boolean {
  if (Array.isArray(excerpt)) {
    if (!Array.isArray(actual)) return false;
    if (excerpt.length === 0) return actual.length === 0;
    return excerpt.length <= actual.length && excerpt.every((row, i) => containsExcerpt(actual[i], row));
  }
  if (excerpt !== null && typeof excerpt === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const record = actual as Record<string, unknown>;
    return Object.entries(excerpt).every(([key, value]) => key in record && containsExcerpt(record[key], value));
  }
  return Object.is(actual, excerpt);
}

/** What kind of token an example needs, for grouping (one token per kind in the tests). */
export function tokenKey(token: ExampleToken): string {
  if (token.kind !== 'PARTNER') return token.kind;
  return `PARTNER:${[...token.datasets].sort().join('+')}:${[...(token.townCodes ?? [])].sort().join('+')}`;
}
