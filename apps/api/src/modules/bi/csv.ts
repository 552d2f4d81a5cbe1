import { type FeedColumn, FeedColumnType, type FeedRow, type FeedValue } from './feeds';

// A text cell that a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return
// before one) is written with a leading apostrophe, so opening a feed never runs anything.
const FORMULA_START = /^[=+\-@\t\r]/;

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One cell: numbers and decimals as they are (exact strings), text neutralised and quoted. */
export function csvCell(value: FeedValue, type: FeedColumnType): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (type !== FeedColumnType.TEXT) return quote(text);
  return quote(FORMULA_START.test(text) ? `'${text}` : text);
}

/**
 * RFC 4180 CSV (CRLF line ends) with a UTF-8 byte-order mark, which is how Excel knows the Chinese
 * is UTF-8. The header row carries the columns' keys, or their Chinese labels when asked.
 */
export function toCsv(columns: FeedColumn[], rows: FeedRow[], header: 'key' | 'label' = 'key'): string {
  const lines = [columns.map((c) => csvCell(header === 'key' ? c.key : c.label, FeedColumnType.TEXT)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c.key] ?? null, c.type)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
