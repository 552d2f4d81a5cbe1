import { hash, verify } from '@node-rs/argon2';
import type { FieldError } from '../../common/errors';

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 passes). */
// algorithm 2 is Argon2id (a const enum in the typings, unusable with isolatedModules).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a password nobody has, so an unknown user name costs as much time as a wrong password. */
let decoy: Promise<string> | undefined;
export async function burnVerification(password: string): Promise<void> {
  decoy ??= hashPassword('decoy-password-never-used');
  await verifyPassword(await decoy, password);
}

export const PASSWORD_MIN_LENGTH = 12;

/** The password policy (等保 practice): length, three classes of four, not the user name. */
export function passwordProblems(password: string, username: string, field = 'newPassword'): FieldError[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`至少 ${PASSWORD_MIN_LENGTH} 位`);
  if (password.length > 128) problems.push('最多 128 位');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push('须包含大写字母、小写字母、数字、符号中的至少三类');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('不能包含用户名');
  return problems.length ? [{ field, message: `密码${problems.join('，')}` }] : [];
}
