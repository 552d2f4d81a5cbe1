import { VillageCategory } from '../../modules/place/place.enums';
import divisions from './data/hanbin-divisions.json';
import type { Random } from './random';

export interface SeedVillage {
  code: string;
  townCode: string;
  name: string;
  categories: VillageCategory[];
}

export interface SeedTown {
  code: string;
  name: string;
  villages: SeedVillage[];
}

/** 30 revitalization demonstration villages, as the 2021 report counts them. */
export const DEMONSTRATION_VILLAGES = 30;

/** "西大街社区居委会" → "西大街社区", "牛蹄村委会" → "牛蹄村": the names people use. */
export function displayName(official: string): string {
  return official
    .replace(/社区居委会/, '社区')
    .replace(/居委会/, '社区')
    .replace(/村委会/, '村');
}

export const district = {
  code: divisions.district.code,
  name: divisions.district.name,
  city: divisions.district.city,
  province: divisions.district.province,
};

/** Real towns and villages, with synthetic (deterministic) village categories. */
export function seedPlaces(random: Random): SeedTown[] {
  const towns: SeedTown[] = divisions.towns.map((t) => ({
    code: t.code,
    name: t.name,
    villages: t.villages.map((v) => ({ code: v.code, townCode: t.code, name: displayName(v.name), categories: [] })),
  }));
  const all = towns.flatMap((t) => t.villages);
  const rural = all.filter((v) => v.name.endsWith('村'));
  const urban = all.filter((v) => !v.name.endsWith('村'));
  for (const v of rural) if (random.next() < 0.38) v.categories.push(VillageCategory.FORMER_POVERTY);
  for (const v of urban) if (random.next() < 0.22) v.categories.push(VillageCategory.RELOCATION_COMMUNITY);
  for (const v of random.shuffle([...rural]).slice(0, DEMONSTRATION_VILLAGES))
    v.categories.push(VillageCategory.DEMONSTRATION);
  for (const v of random.shuffle([...all]).slice(0, 12)) {
    if (!v.categories.includes(VillageCategory.DEMONSTRATION)) v.categories.push(VillageCategory.WEAK_PARTY_ORG);
  }
  for (const v of all) if (v.categories.length === 0) v.categories.push(VillageCategory.OTHER);
  return towns;
}
