import type { ExampleToken } from './examples';
import { datasetLabel, guideText as t, townLabel } from './locale';

/** Which token an example needs, as the partner reads it. */
export function tokenNeeds(token: ExampleToken): string {
  if (token.kind === 'BI') return t.biNeeds;
  if (token.kind === 'INVALID') return t.invalidNeeds;
  const needs = t.partnerNeeds(token.datasets.map((d) => datasetLabel[d]).join(' + '));
  const towns = (token.townCodes ?? []).map((code) => townLabel[code] ?? code);
  return towns.length ? `${needs} · ${t.onlyTowns(towns.join('、'))}` : needs;
}
