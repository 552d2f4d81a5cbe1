// 公民身份号码 (GB 11643-1999) checked in the browser before it is sent: 17 digits (6 of address,
// 8 of birth date, 3 of sequence) and a check character from ISO 7064 MOD 11-2. The API checks the
// same again; this only spares a clerk a round trip and says what is wrong in words.

/** Weight of each of the first 17 digits: 2^(17 − i) mod 11. */
const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);
/** Check character by (weighted sum mod 11). */
const CHECK_CHARACTERS = '10X98765432';

/** Why an ID number is refused; `null` from `idNumberProblem` means none. */
export type IdNumberProblem = 'EMPTY' | 'LENGTH' | 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

export const idNumberMessages: Record<IdNumberProblem, string> = {
  EMPTY: '请输入身份证号',
  LENGTH: '身份证号应为 18 位',
  FORMAT: '身份证号前 17 位应为数字，最后一位为数字或 X',
  BIRTH_DATE: '身份证号中的出生日期不存在',
  CHECK_DIGIT: '身份证号校验码不正确，请核对是否输错',
};

/** What a search by ID number says to a partial number: only complete numbers are looked up. */
export const ID_NUMBER_SEARCH_HINT = '请输入完整的 18 位身份证号，不支持部分号码查询';

/** Drops spaces and upper-cases a trailing "x", as a clerk may type it. */
export function normalizeIdNumber(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The check character of the first 17 digits (which must be digits). */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

function birthDateExists(digits: string, today: Date): boolean {
  const year = Number(digits.slice(6, 10));
  const month = Number(digits.slice(10, 12));
  const day = Number(digits.slice(12, 14));
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return false;
  const birth = Date.UTC(year, month - 1, day);
  return birth <= Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
}

/** What is wrong with an ID number as typed (normalized first), or null when it is a valid one. */
export function idNumberProblem(input: string | null | undefined, today: Date = new Date()): IdNumberProblem | null {
  const id = normalizeIdNumber(input ?? '');
  if (id.length === 0) return 'EMPTY';
  if (id.length !== 18) return 'LENGTH';
  if (!/^\d{17}[\dX]$/.test(id)) return 'FORMAT';
  if (!birthDateExists(id, today)) return 'BIRTH_DATE';
  return idNumberCheckCharacter(id.slice(0, 17)) === id[17] ? null : 'CHECK_DIGIT';
}

/** True for a complete, well-formed ID number with the right check character. */
export function isValidIdNumber(input: string | null | undefined, today?: Date): boolean {
  return idNumberProblem(input, today) === null;
}
