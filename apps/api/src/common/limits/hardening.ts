import type { ApolloServerOptions, ApolloServerPlugin, BaseContext, PersistedQueryOptions } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import { type TrustedDocuments, trustedDocumentsOptions } from '../trusted-documents';
import { type FormatError, withRequestGuards } from './format';
import type { Limits } from './limits';
import { limitRules, parseOptions } from './rules';

export interface HardeningOptions {
  /** `config.env`; only 'production' hides the schema and holds the admin to trusted documents. */
  env: string;
  limits: Limits;
  documents: TrustedDocuments;
  /** The app's own formatError (`createFormatError(log)`), which this wraps. */
  formatError: FormatError;
}

export interface Hardening<TContext extends BaseContext> {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  persistedQueries: PersistedQueryOptions;
  formatError: FormatError;
  /** Put first in `plugins`. */
  plugins: ApolloServerPlugin<TContext>[];
  introspection: boolean;
  hideSchemaDetailsFromClientErrors: boolean;
  includeStacktraceInErrorResponses: false;
  csrfPrevention: true;
  allowBatchedHttpRequests: false;
}

/**
 * Everything the GraphQL endpoint needs to refuse what it should, as Apollo Server options: the
 * limits (parser and validation), trusted documents, and production's silence about the schema
 * (no introspection, no "Did you mean", no stack traces). Spread it into `new ApolloServer({...})`
 * and append the app's own plugins to `plugins`.
 */
export function graphqlHardening<TContext extends BaseContext>(options: HardeningOptions): Hardening<TContext> {
  const production = options.env === 'production';
  const trusted = trustedDocumentsOptions<TContext>(options.documents, options.env);
  const hardening: Hardening<TContext> = {
    // Outside production, where introspection is served, tools may still load the whole schema.
    validationRules: limitRules(options.limits, { exemptIntrospectionOnly: !production }),
    parseOptions: parseOptions(options.limits),
    persistedQueries: trusted.persistedQueries,
    formatError: withRequestGuards(options.formatError, { hideSuggestions: production }),
    plugins: [trusted.plugin],
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
  };
  return hardening satisfies Partial<ApolloServerOptions<TContext>>;
}
