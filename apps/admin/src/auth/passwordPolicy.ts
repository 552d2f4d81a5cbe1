import { authText as t } from './locale';

/** The API's password rule, checked here first so a person sees what is missing while typing. */
export interface PolicyCheck {
  key: 'length' | 'classes' | 'username' | 'current';
  label: string;
  ok: boolean;
}

export const MIN_PASSWORD_LENGTH = 12;

/** How many of upper case, lower case, digits and symbols a password uses. */
export function characterClasses(password: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function checkPassword(password: string, context: { username?: string; current?: string }): PolicyCheck[] {
  const username = context.username?.trim().toLowerCase();
  const checks: PolicyCheck[] = [
    { key: 'length', label: t.policyLength, ok: password.length >= MIN_PASSWORD_LENGTH },
    { key: 'classes', label: t.policyClasses, ok: characterClasses(password) >= 3 },
    {
      key: 'username',
      label: t.policyNoUsername,
      ok: !username || !password.toLowerCase().includes(username),
    },
  ];
  if (context.current !== undefined) {
    checks.push({ key: 'current', label: t.policyNotCurrent, ok: !password || password !== context.current });
  }
  return checks;
}

const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#$%^&*-_=+?'];

/** A random password that meets the rule (for an administrator setting an initial one). */
export function generatePassword(length = 16): string {
  const random = (n: number) => {
    const buf = new Uint32Array(1);
    crypto.getRandomValues(buf);
    return buf[0] % n;
  };
  const all = SETS.join('');
  const chars = SETS.map((set) => set[random(set.length)]);
  while (chars.length < length) chars.push(all[random(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
