import { getMetadataStorage, type ValidationError, validateOrReject } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false } as const;
const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

const ruled = new WeakMap<Function, boolean>();

/**
 * Whether class-validator holds any rule for objects of this class (its own or inherited, nested
 * ones included: those need `@ValidateNested`, itself a rule). class-validator looks the rules up
 * anew on every call, over every class it knows; an object without any is valid whatever it holds
 * (unknown values are allowed), so it is not handed over at all. Rules are declared when the classes
 * are, before the first request, so the answer is kept per class.
 */
function hasRules(type: Function): boolean {
  let has = ruled.get(type);
  if (has === undefined) {
    has = getMetadataStorage().getTargetValidationMetadatas(type, '', false, false).length > 0;
    ruled.set(type, has);
  }
  return has;
}

const needsValidation = (value: unknown): value is object => isObject(value) && hasRules(value.constructor);

/**
 * Validates a resolver's input objects with their class-validator rules, as type-graphql's own
 * `validate: true` does (missing properties skipped, unknown values allowed), but with class-validator
 * loaded once: type-graphql's built-in path resolves the module again for every argument of every
 * request, which showed in the API's CPU profile.
 */
export async function validateArgs(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) {
      await Promise.all(value.filter(needsValidation).map((item) => validateOrReject(item, OPTIONS)));
    } else if (needsValidation(value)) await validateOrReject(value, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
