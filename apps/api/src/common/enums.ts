import { registerEnumType } from 'type-graphql';

/** Registers an enum with the schema, each value described by its Chinese label. */
export function registerLabelledEnum<T extends Record<string, string>>(
  e: T,
  name: string,
  description: string,
  labels: Record<keyof T & string, string>,
): void {
  registerEnumType(e, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.keys(e).map((k) => [k, { description: labels[k] }])) as never,
  });
}
