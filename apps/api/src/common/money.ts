import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Already in the form the API answers with: no leading zeros, exactly two decimals, no "-0.00". */
const CANONICAL = /^(?:-(?!0\.00$))?(?:0|[1-9]\d*)\.\d\d$/;
/** Largest amount `numeric(18,2)` holds: 16 integer digits. */
const MONEY_PATTERN = /^-?\d{1,16}(\.\d{1,2})?$/;

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Parses a decimal string into a canonical two-decimal string, or throws a clear error. */
export function parseMoney(value: unknown): string {
  if (typeof value === 'number') {
    // Integers are exact; fractional JSON numbers are floats and may already be wrong.
    if (!Number.isSafeInteger(value)) throw invalid('金额须以字符串传递，例如 "1234.56"');
    value = String(value);
  }
  if (typeof value !== 'string') throw invalid('金额须为十进制字符串，例如 "1234.56"');
  const text = value.trim();
  if (/^-?\d+\.\d{3,}$/.test(text)) throw invalid(`金额最多保留两位小数（分）：${text}`);
  if (!MONEY_PATTERN.test(text)) throw invalid(`金额格式不正确：${text.slice(0, 40)}`);
  return toCanonical(text);
}

function toCanonical(text: string): string {
  const negative = text.startsWith('-');
  const [whole, frac = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = whole.replace(/^0+(?=\d)/, '');
  const result = `${digits}.${frac.padEnd(2, '0')}`;
  return negative && !/^0\.00$/.test(result) ? `-${result}` : result;
}

/** Amount in fen (1/100 元) as a bigint: exact arithmetic where SQL is not at hand. */
export function moneyToFen(value: string): bigint {
  const canonical = toCanonical(value);
  const negative = canonical.startsWith('-');
  const [whole, frac] = (negative ? canonical.slice(1) : canonical).split('.');
  const fen = BigInt(whole) * 100n + BigInt(frac);
  return negative ? -fen : fen;
}

export function fenToMoney(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

/** fen ÷ n, rounded half away from zero to the fen: a per-person share of an exact amount. */
export function divideFen(fen: bigint, n: number): bigint {
  const d = BigInt(n);
  const abs = fen < 0n ? -fen : fen;
  const q = (2n * abs + d) / (2n * d);
  return fen < 0n ? -q : q;
}

export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: 'Money',
  description:
    'An amount in 元 as a decimal string with exactly two decimals, e.g. "431960000.00". Exact: never a float. Inputs accept a string with at most two decimals or an integer.',
  serialize(value) {
    // numeric(18,2) columns arrive from PostgreSQL already canonical: passed through as they are.
    if (typeof value === 'string' && CANONICAL.test(value)) return value;
    if (typeof value !== 'string' && typeof value !== 'bigint') throw new TypeError('Money must be a decimal string');
    return toCanonical(String(value));
  },
  parseValue: parseMoney,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT)
      return parseMoney(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    if (ast.kind === Kind.FLOAT) throw invalid('金额须以字符串传递，例如 "1234.56"');
    throw invalid('金额须为十进制字符串');
  },
});
