import { ApolloLink } from '@apollo/client';
import type { ASTNode, DocumentNode } from 'graphql';

/** The hash codegen embeds in each generated document (`persistedDocuments` in codegen.ts). */
export function documentHash(document: ASTNode): string | undefined {
  const meta = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}

export interface PersistedDocumentOptions {
  /**
   * Send the document text besides its hash. Off in production builds: the API runs only the
   * documents registered at build time (src/gql/persisted-documents.json) and refuses the rest.
   */
  includeQuery: boolean;
}

/**
 * Trusted documents: every operation carries `extensions.persistedQuery { version: 1, sha256Hash }`,
 * the key of its entry in the manifest. A document without a hash is not one of ours (written by
 * hand, not by codegen): it goes out as it is and the API refuses it in production.
 */
export function createPersistedDocumentLink({ includeQuery }: PersistedDocumentOptions): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const sha256Hash = documentHash(operation.query);
    if (sha256Hash) {
      operation.extensions = { ...operation.extensions, persistedQuery: { version: 1, sha256Hash } };
      operation.setContext({ http: { includeQuery, includeExtensions: true } });
    } else if (import.meta.env.DEV) {
      console.error(`GraphQL operation ${operation.operationName} is not a generated document: run codegen`);
    }
    return forward(operation);
  });
}
