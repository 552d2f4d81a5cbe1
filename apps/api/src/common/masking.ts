import { UserInputError } from './errors';

/** How personal identifiers are shown when they are not revealed. */

/** "王小明" → "王*明", "王明" → "王*": enough for a partner to match a record it already holds. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** "13812341234" → "138****1234". */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** The purpose stated for revealing an identifier, checked: 5 to 200 characters, recorded in the audit trail. */
export function revealPurpose(purpose: string): string {
  const reason = purpose.trim();
  if (reason.length < 5 || reason.length > 200)
    throw UserInputError.field('purpose', '请说明查看原因（5 到 200 个字）');
  return reason;
}
