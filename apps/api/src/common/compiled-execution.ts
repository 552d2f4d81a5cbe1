import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionArgs,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { MAX_VARIABLE_ERRORS } from './graphql-messages';

/** As many variable errors as graphql-js's own execute reports. */
const VARIABLE_LIMIT = { maxErrors: MAX_VARIABLE_ERRORS };

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = Awaited<ReturnType<GatewayInterface['load']>>['executor'];

/**
 * graphql-jit's errors inherit from graphql-js's GraphQLError without running its constructor (no
 * `extensions` object, for one); Apollo and the error formatter expect the real thing.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const real = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  if (error.locations) Object.assign(real, { locations: error.locations });
  return real;
}

/**
 * Executes queries with functions compiled once per document and operation (graphql-jit) instead of
 * graphql-js's interpreter, which walks the document again for every object of every response: 10
 * to 30 % of the CPU a read costs, the more the more objects its answer holds (bench/cpu.mjs).
 * Plugged in where Apollo Server takes an executor (its gateway interface); parsing, validation,
 * limits, trusted documents, plugins and error formatting stay Apollo's, and so do resolvers,
 * authorization and masking.
 *
 * What stays with graphql-js:
 * - variables are coerced by graphql-js (input defaults, enum values, the messages Apollo recognizes
 *   as BAD_USER_INPUT); the compiled function coerces the coerced values again, which is the identity
 *   for this schema (compiled-execution.test.ts checks every enum and scalar);
 * - mutations: once a field fails into a null `data` graphql-js runs no further field, where the
 *   compiled function would still run (and not report) the ones after it;
 * - a document the compiler refuses.
 *
 * The compiled functions are a pure function of the schema and the document, held as long as Apollo's
 * document cache holds the document (a WeakMap): every process compiles the same thing.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const byDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let operations = byDocument.get(document);
    if (!operations) {
      operations = new Map();
      byDocument.set(document, operations);
    }
    const key = operationName ?? '';
    let compiled = operations.get(key);
    if (compiled === undefined) {
      const made = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      compiled = isCompiledQuery(made) ? made : null;
      operations.set(key, compiled);
    }
    return compiled;
  };

  const executor: GatewayExecutor = async (request) => {
    const args: ExecutionArgs = {
      schema,
      document: request.document,
      operationName: request.operationName,
      contextValue: request.context,
      variableValues: request.request.variables,
    };
    if (request.operation.operation !== 'query') return execute(args);
    const compiled = compiledFor(request.document, request.operationName ?? undefined);
    if (!compiled) return execute(args);
    const definitions = request.operation.variableDefinitions ?? [];
    const variables = getVariableValues(schema, definitions, args.variableValues ?? {}, VARIABLE_LIMIT);
    if (variables.errors) return { errors: variables.errors };
    const result = await compiled.query(undefined, request.context, variables.coerced);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
