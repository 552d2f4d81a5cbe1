import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function invalid(text: string): GraphQLError {
  return new GraphQLError(`日期不正确：${text.slice(0, 40)}（格式为 YYYY-MM-DD）`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Validates a calendar date string (rejects 2021-02-30). */
export function parseDate(value: unknown): string {
  if (typeof value !== 'string') throw invalid(String(value));
  const match = DATE_PATTERN.exec(value);
  if (!match) throw invalid(value);
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2200) {
    throw invalid(value);
  }
  return value;
}

/** A calendar date without time zone, "2021-05-26"; stored as PostgreSQL `date`. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, "YYYY-MM-DD".',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return String(value);
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid('');
    return parseDate(ast.value);
  },
});

/** Adds (or with a negative number, subtracts) calendar days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
