import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects at `path` below the field being resolved (for a connection,
 * `['edges', 'node']`), through fragments and inline fragments; `@skip`/`@include` are ignored, so the
 * answer is never smaller than what is read. Lets a list read only the columns its page shows.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    level = fieldsOf(info, level)
      .filter((field) => field.name.value === name && field.selectionSet)
      .map((field) => field.selectionSet as SelectionSetNode);
  }
  return new Set(fieldsOf(info, level).map((field) => field.name.value));
}

function fieldsOf(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

/**
 * The entity properties a page must read for the fields selected: each field's own columns as `needs`
 * names them. `null` (read every column) when a field is not in `needs`, so a field added to the type
 * but not here costs columns, never a wrong answer.
 */
export function columnsFor<T>(
  selected: ReadonlySet<string>,
  needs: Readonly<Record<string, readonly (keyof T & string)[]>>,
  always: readonly (keyof T & string)[],
): (keyof T & string)[] | null {
  const columns = new Set<keyof T & string>(always);
  for (const field of selected) {
    if (field === '__typename') continue;
    const own = needs[field];
    if (!own) return null;
    for (const column of own) columns.add(column);
  }
  return [...columns];
}
