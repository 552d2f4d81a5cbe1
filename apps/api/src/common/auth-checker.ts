import type { AuthCheckerFn } from 'type-graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../context';
import { Permission } from '../modules/identity/identity.enums';
import { ForbiddenError, UnauthenticatedError } from './errors';

/**
 * Decides `@Authorized(...permissions)`: any one of the listed permissions is enough. PUBLIC lets
 * anyone in, SELF any signed-in user (also one who must first change the password).
 */
export const authChecker: AuthCheckerFn<Context, Permission> = ({ context }, permissions) => {
  if (permissions.includes(Permission.PUBLIC)) return true;
  const viewer = context.viewer;
  if (viewer.kind === 'anonymous' || viewer.kind === 'system') {
    throw new UnauthenticatedError(viewer.rejected ?? 'NOT_SIGNED_IN');
  }
  if (permissions.includes(Permission.SELF)) return true;
  if (viewer.mustChangePassword) throw new ForbiddenError('PASSWORD_CHANGE_REQUIRED');
  if (permissions.some((p) => viewer.permissions.has(p))) return true;
  throw new ForbiddenError('NO_PERMISSION');
};

/** Root fields (`Query.x`, `Mutation.y`) that state no rule; deny-by-default refuses them. */
export function rootFieldsWithoutRule(): string[] {
  const storage = getMetadataStorage();
  const ruled = (target: Function, name: string) =>
    storage.authorizedFields.some((a) => a.target === target && a.fieldName === name) ||
    storage.authorizedResolver.some((a) => a.target === target);
  return [
    ...storage.queries.map((q) => ['Query', q] as const),
    ...storage.mutations.map((m) => ['Mutation', m] as const),
  ]
    .filter(([, handler]) => !ruled(handler.target, handler.methodName))
    .map(([type, handler]) => `${type}.${handler.schemaName}`);
}
