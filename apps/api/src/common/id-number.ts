/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence (odd for
 * men, even for women) and a check character computed with ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Trims, removes inner spaces and upper-cases the check character (a clerk may type "x"). */
export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

export type IdNumberProblem = 'LENGTH' | 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

export const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  LENGTH: '身份证号应为 18 位',
  FORMAT: '身份证号前 17 位应为数字，最后一位为数字或 X',
  BIRTH_DATE: '身份证号中的出生日期不存在',
  CHECK_DIGIT: '身份证号校验码不正确，请核对是否输错',
};

/** Why a (normalized) ID number is not valid, or null when it is. */
export function idNumberProblem(id: string, today = new Date()): IdNumberProblem | null {
  if (id.length !== 18) return 'LENGTH';
  if (!/^\d{17}[\dX]$/.test(id)) return 'FORMAT';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1800 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d ||
    date.getTime() > today.getTime()
  ) {
    return 'BIRTH_DATE';
  }
  if (idCheckCharacter(id) !== id[17]) return 'CHECK_DIGIT';
  return null;
}

/** What an ID number tells about its holder, which the register keeps in clear. */
export function idNumberFacts(id: string): { birthDate: string; gender: 'MALE' | 'FEMALE' } {
  return {
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

/** Shown in place of an ID number: region and last four, "610902********123X". */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}
