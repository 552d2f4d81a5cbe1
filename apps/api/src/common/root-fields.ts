import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Context } from '../context';
import { rootFieldsWithoutRule } from './auth-checker';
import { translateDbError } from './db-errors';
import { AppError, ForbiddenError } from './errors';

/** Mutations whose services write their own, more precise, audit rows when they fail. */
const SELF_AUDITED_FAILURES = new Set(['signIn', 'changePassword']);

/**
 * Wraps the root fields once, at start-up (no per-field middleware on the hot path):
 * - a root field without an access rule is refused (deny by default);
 * - every query by a partner or BI token is recorded in the audit trail;
 * - every refused mutation is recorded with the reason (successful ones record their own change).
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  const unruled = new Set(rootFieldsWithoutRule());
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      if (unruled.has(key)) {
        field.resolve = () => {
          throw new ForbiddenError('NO_RULE');
        };
        continue;
      }
      if (type.name === 'Query') {
        field.resolve = async (source, args, ctx: Context, info) => {
          const result = await resolve(source, args, ctx, info);
          if (ctx.viewer.kind === 'token') {
            await ctx.services.audit.record({ action: 'partner.read', details: { field: field.name, args } });
          }
          return result;
        };
      } else {
        field.resolve = async (source, args, ctx: Context, info) => {
          try {
            return await resolve(source, args, ctx, info);
          } catch (error) {
            if (!SELF_AUDITED_FAILURES.has(field.name)) {
              const known = error instanceof AppError ? error : translateDbError(error);
              const code =
                known?.code ?? (error instanceof ArgumentValidationError ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR');
              const reason = known?.extra.reason as string | undefined;
              await ctx.services.audit
                .record({ action: 'mutation.refused', details: { mutation: field.name, code, reason: reason ?? null } })
                .catch((e) => ctx.log.error({ err: e }, 'could not audit a refused mutation'));
            }
            throw error;
          }
        };
      }
    }
  }
  return schema;
}
