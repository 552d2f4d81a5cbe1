import type { CadreInput } from '../../../gql/graphql';
import { toNamePath } from '../../../lib/serverErrors';

/** A registered cadre is picked; a new one is registered with name and dispatching unit. */
export type CadreMode = 'existing' | 'new';

/** The cadre part of the member and first-secretary forms. */
export interface CadreValues {
  cadreMode: CadreMode;
  cadreId?: string;
  name?: string;
  unitId?: string;
  title?: string;
}

/** Han characters, letters, · and spaces, as the API's rule for a name. */
export const CADRE_NAME = /^[\p{Script=Han}·A-Za-z\s]{1,50}$/u;

/** The API's CadreInput: the picked cadre's id, or the new cadre's name, unit and post. */
export function toCadreInput(v: CadreValues): CadreInput {
  if (v.cadreMode === 'existing') return { cadreId: v.cadreId ?? null };
  return { name: v.name?.trim() ?? null, unitId: v.unitId ?? null, title: v.title?.trim() || null };
}

/**
 * The form field an API error about `cadre…` belongs to: a message about the cadre as a whole
 * ("already in another team", "pick one or enter a name") lands on the field in view.
 */
export function cadreFieldPath(mode: CadreMode) {
  return (field: string): (string | number)[] | null => {
    const path = field.replace(/^input\./, '');
    if (path === 'cadre' || path === 'cadre.cadreId' || path === 'cadre.name') {
      return mode === 'existing' ? ['cadreId'] : ['name'];
    }
    if (path.startsWith('cadre.')) return [path.slice('cadre.'.length)];
    return toNamePath(path);
  };
}
