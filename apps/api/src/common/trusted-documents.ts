import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ApolloServerPlugin, BaseContext, GraphQLRequest, PersistedQueryOptions } from '@apollo/server';
import { type OperationDefinitionNode, parse } from 'graphql';
import { SESSION_COOKIE } from '../modules/identity/secrets';
import { RequestRefusedError } from './limits/refusal';

/**
 * Trusted documents: the operations the admin ships, registered when it is built. Its codegen
 * writes `persisted-documents.json` (sha256 of the document → the document), the admin sends
 * `extensions.persistedQuery.sha256Hash` (and in production builds no query text), and here those
 * hashes resolve to their documents. Nothing a client sends ever adds a hash.
 *
 * How: Apollo's own persisted-query protocol with a cache that can only be read. Apollo then looks a
 * hash up, answers PERSISTED_QUERY_NOT_FOUND for an unknown one, and checks that a hash sent beside
 * query text is that text's hash; its attempt to register a new pair calls `set`, which does nothing.
 * Handling hashes in our own `requestDidStart` instead (with `persistedQueries: false`) cannot
 * refuse cleanly: Apollo turns anything a plugin throws before parsing into a 500 "Internal server
 * error". The policy for the admin is checked in `didResolveOperation`, whose errors Apollo reports
 * as they are; parsing and validation before it are bounded by the limits (`limits/`).
 */
export interface TrustedDocuments {
  readonly size: number;
  /** The document registered under this sha256 (hex), if any. */
  get(hash: string): string | undefined;
  /** Whether this text is exactly the document registered under this hash. */
  isTrusted(hash: string | undefined, text: string | undefined): boolean;
}

const SHA256 = /^[0-9a-f]{64}$/;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Checks a manifest (every key is the sha256 of its document, every document parses) and indexes it. */
export function trustedDocuments(manifest: unknown, origin = 'manifest'): TrustedDocuments {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new Error(`${origin}: expected a JSON object of sha256 hash → document`);
  }
  const byHash = new Map<string, string>();
  for (const [hash, text] of Object.entries(manifest)) {
    if (!SHA256.test(hash)) throw new Error(`${origin}: "${hash}" is not a lowercase hex sha256`);
    if (typeof text !== 'string') throw new Error(`${origin}: the document of ${hash} is not a string`);
    // A mismatch means the codegen hashed something else (its default is sha1): fail at start-up,
    // not at the admin's first request.
    if (sha256(text) !== hash) throw new Error(`${origin}: ${hash} is not the sha256 of its document`);
    try {
      parse(text);
    } catch {
      throw new Error(`${origin}: the document of ${hash} does not parse`);
    }
    byHash.set(hash, text);
  }
  return {
    size: byHash.size,
    get: (hash) => byHash.get(hash),
    isTrusted: (hash, text) => hash !== undefined && text !== undefined && byHash.get(hash) === text,
  };
}

/**
 * Reads the manifest the admin's build wrote. A missing file is an error when `required` (production
 * with the admin served) and otherwise an empty registry: every hash is unknown.
 */
export function loadTrustedDocuments(file: string, options: { required: boolean }): TrustedDocuments {
  if (!fs.existsSync(file)) {
    if (options.required) throw new Error(`trusted documents not found at ${file}; build the admin first`);
    return trustedDocuments({}, file);
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file}: not valid JSON`);
  }
  return trustedDocuments(manifest, file);
}

type DocumentCache = NonNullable<PersistedQueryOptions['cache']>;

/**
 * Apollo's `persistedQueries.cache`, read-only. Apollo prefixes its keys (`apq:<hash>`); the hash is
 * what ends the key. `set` and `delete` do nothing, so clients can never register a document.
 */
export function readOnlyDocumentCache(documents: TrustedDocuments): DocumentCache {
  return {
    async get(key: string) {
      const hash = /([0-9a-f]{64})$/.exec(key)?.[1];
      return hash ? documents.get(hash) : undefined;
    },
    async set() {},
    async delete() {
      return false;
    },
  };
}

/** Any cookie of that name, even without a value: a superset of what `readCookie` accepts. */
function hasCookie(header: string | undefined, name: string): boolean {
  if (!header) return false;
  return header.split(/[;,]/).some((pair) => pair.split('=', 1)[0].trim() === name);
}

/**
 * Whether this request may only run trusted documents: in production, a request from the admin,
 * which is what carries the session cookie and no `Authorization: Bearer` (partners and BI tools
 * authenticate with a bearer token and may send their own queries, within the limits). A cookie
 * present with an empty value still counts as the admin's: the stricter reading. In-process calls
 * (`executeOperation`, no HTTP) are the server's own.
 */
export function mustUseTrustedDocuments(request: Pick<GraphQLRequest, 'http'>, env: string): boolean {
  if (env !== 'production' || !request.http) return false;
  const { headers } = request.http;
  // The very test `authenticate` makes: a request it would not treat as a bearer's is the cookie's.
  const bearer = /^Bearer\s+\S+$/i.test(headers.get('authorization') ?? '');
  return !bearer && hasCookie(headers.get('cookie'), SESSION_COOKIE);
}

/** The header with which the admin's GraphQL explorer (/explorer) marks its requests. */
export const EXPLORER_HEADER = 'x-hanbin-client';
export const EXPLORER_CLIENT = 'explorer';

/**
 * The one exception to trusted documents: the explorer, which signed-in staff use to try queries
 * of their own, may send free text when the operation that runs is a query. It reads with the
 * session's own permissions and town scope, within every limit, like a partner's token does; a
 * mutation or subscription from it is still refused, so the admin's writes stay the registered ones.
 */
export function isExplorerQuery(
  request: Pick<GraphQLRequest, 'http'>,
  operation: Pick<OperationDefinitionNode, 'operation'> | undefined,
): boolean {
  return fromExplorer(request) && operation?.operation === 'query';
}

function fromExplorer(request: Pick<GraphQLRequest, 'http'>): boolean {
  return request.http?.headers.get(EXPLORER_HEADER)?.trim().toLowerCase() === EXPLORER_CLIENT;
}

/** A free-text (or unregistered) operation from a client that may only run trusted documents. */
export class TrustedDocumentRequiredError extends RequestRefusedError {
  constructor() {
    super(
      '此客户端只能执行已登记的查询：页面版本可能已过期，请刷新后重试',
      'TRUSTED_DOCUMENT_REQUIRED',
      {},
      { status: 400 },
    );
  }
}

/** The explorer sent free text that would write (a mutation) or subscribe: it is for reading. */
export class ExplorerQueriesOnlyError extends RequestRefusedError {
  constructor() {
    super(
      '接口调试台只能执行查询（query）；修改数据请在系统页面中操作',
      'TRUSTED_DOCUMENT_REQUIRED',
      { reason: 'EXPLORER_QUERIES_ONLY' },
      { status: 400 },
    );
  }
}

/**
 * Refuses, after parsing and validation and before anything runs, what `mustUseTrustedDocuments`
 * forbids, but for the explorer's queries (`isExplorerQuery`).
 */
export function trustedDocumentsPlugin<TContext extends BaseContext>(options: {
  documents: TrustedDocuments;
  env: string;
}): ApolloServerPlugin<TContext> {
  const { documents, env } = options;
  return {
    async requestDidStart({ request }) {
      if (!mustUseTrustedDocuments(request, env)) return;
      return {
        async didResolveOperation({ queryHash, source, operation }) {
          if (documents.isTrusted(queryHash, source)) return;
          if (isExplorerQuery(request, operation)) return;
          if (fromExplorer(request)) throw new ExplorerQueriesOnlyError();
          throw new TrustedDocumentRequiredError();
        },
      };
    },
  };
}

/** Apollo Server options for trusted documents: the read-only registry and the admin's policy. */
export function trustedDocumentsOptions<TContext extends BaseContext>(documents: TrustedDocuments, env: string) {
  return {
    persistedQueries: { cache: readOnlyDocumentCache(documents), ttl: null } satisfies PersistedQueryOptions,
    plugin: trustedDocumentsPlugin<TContext>({ documents, env }),
  };
}
