import type { Industry, OperatorKind, ParkLevel } from '@hanbin/ui';
import type { CreateIndustrialParkInput, ParkEditQuery, UpdateIndustrialParkInput } from '../../../gql/graphql';
import { toMoney } from '../../../lib/formRules';
import { toNamePath } from '../../../lib/serverErrors';

/** The API's area rule: at most 10 digits and 2 decimals, as a decimal string (never a float). */
export const AREA_INPUT = /^\d{1,10}(\.\d{1,2})?$/;
/** A park covers at most this many villages. */
export const MAX_VILLAGES = 30;

/** What the park form holds; `toCreateParkInput` / `toUpdateParkInput` turn it into the API's input. */
export interface ParkFormValues {
  name: string;
  townCode: string;
  /** 所在村: the first of the API's `villageCodes`. */
  villageCode: string;
  /** 其他覆盖村. */
  otherVillages?: string[];
  level: ParkLevel;
  industry: Industry;
  operatorName: string;
  operatorKind: OperatorKind;
  areaMu: string;
  investment: string;
  jobs: number;
  establishedYear: number;
}

const clean = (s: string | undefined | null) => String(s ?? '').replace(/[,\s，]/g, '');

/** The area as typed ("1,200.5") in the API's form ("1200.5"); empty is 0. */
export function toArea(value: string | undefined | null): string {
  return clean(value) || '0';
}

/** 所在村 first, then the other villages, each once. */
export function villageCodesOf(v: Pick<ParkFormValues, 'villageCode' | 'otherVillages'>): string[] {
  return [...new Set([v.villageCode, ...(v.otherVillages ?? [])].filter(Boolean))];
}

function details(v: ParkFormValues) {
  return {
    name: v.name.trim(),
    level: v.level,
    industry: v.industry,
    operatorName: v.operatorName.trim(),
    operatorKind: v.operatorKind,
    areaMu: toArea(v.areaMu),
    investment: toMoney(v.investment),
    jobs: v.jobs,
    establishedYear: v.establishedYear,
    villageCodes: villageCodesOf(v),
  };
}

export function toCreateParkInput(v: ParkFormValues): CreateIndustrialParkInput {
  return { ...details(v), townCode: v.townCode };
}

/** The town is not sent: a park stays in the town it was registered in. */
export function toUpdateParkInput(v: ParkFormValues, version: number): UpdateIndustrialParkInput {
  return { ...details(v), version };
}

type EditPark = NonNullable<ParkEditQuery['industrialPark']>;

export function fromPark(p: EditPark): ParkFormValues {
  const [first, ...others] = p.villages.map((v) => v.code);
  return {
    name: p.name,
    townCode: p.town.code,
    villageCode: first,
    otherVillages: others,
    level: p.level,
    industry: p.industry,
    operatorName: p.operatorName,
    operatorKind: p.operatorKind,
    areaMu: p.areaMu,
    investment: p.investment,
    jobs: p.jobs,
    establishedYear: p.establishedYear,
  };
}

/**
 * The API's input field → the form field that shows its message: `villageCodes` (or its first
 * entry) is 所在村, any later entry is one of the other villages.
 */
export function parkFieldPath(field: string): (string | number)[] | null {
  const name = field.replace(/^input\./, '');
  const village = /^villageCodes(?:\.(\d+))?$/.exec(name);
  if (village) return village[1] && Number(village[1]) > 0 ? ['otherVillages'] : ['villageCode'];
  return toNamePath(name);
}
