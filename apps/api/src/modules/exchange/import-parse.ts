import { ID_NUMBER_MESSAGES, idNumberProblem, maskIdNumber, normalizeIdNumber } from '../../common/id-number';
import type { ImportDatasetDefinition } from './import-datasets';
import { type ImportColumn, ImportKind } from './imports/kit';
import type { CellValue } from './xlsx-reader';

/** One thing wrong with a file, where a clerk can find it: the Excel row number and the column header. */
export interface ImportProblem {
  /** Excel's row number; 0 for the file as a whole. */
  row: number;
  /** The column's header; empty for a whole row or file. */
  column: string;
  message: string;
}

export interface ParsedRecord {
  row: number;
  values: Record<string, unknown>;
}

export interface ParsedSheet {
  headerRow: number;
  records: ParsedRecord[];
  problems: ImportProblem[];
}

const DATE_TEXT = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const MONEY_TEXT = /^-?\d{1,3}(,\d{3})*(\.\d{1,2})?$|^-?\d+(\.\d{1,2})?$/;

const YES_NO = new Map([
  ['是', true],
  ['否', false],
  ['1', true],
  ['0', false],
  ['TRUE', true],
  ['FALSE', false],
]);

function text(cell: CellValue): string {
  if (cell === null || typeof cell === 'object') return '';
  return String(cell).trim();
}

/** A calendar date that exists: 2021-02-30 does not. */
function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A cell's value for its column, or why it cannot be one. */
function parseCell(
  column: ImportColumn,
  cell: CellValue,
  enumValues: Map<string, Map<string, string>>,
): { value?: unknown; problem?: string } {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
    return { problem: '单元格含公式，请复制后“粘贴为数值”再导入' };
  }
  const raw = cell instanceof Date ? cell : text(cell);
  if (raw === '') return { value: null };
  switch (column.kind) {
    case ImportKind.TEXT:
      return { value: typeof cell === 'number' && Number.isInteger(cell) ? String(cell) : raw };
    case ImportKind.INTEGER: {
      const n = typeof cell === 'number' ? cell : /^[-+]?\d+(\.0+)?$/.test(String(raw)) ? Number(raw) : Number.NaN;
      if (!Number.isInteger(n)) return { problem: `应为整数，而不是“${String(raw).slice(0, 30)}”` };
      return { value: n };
    }
    case ImportKind.DATE: {
      if (cell instanceof Date) {
        const value = isoDate(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
        return value ? { value } : { problem: '日期无效' };
      }
      const m = DATE_TEXT.exec(String(raw));
      const value = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
      return value ? { value } : { problem: `不是有效日期：“${String(raw).slice(0, 30)}”（应如 2021-03-01）` };
    }
    case ImportKind.MONEY: {
      if (typeof cell === 'number') {
        // A number cell is a double: it holds an amount exactly only if it has at most two decimals.
        const fixed = cell.toFixed(2);
        if (!Number.isFinite(cell) || Math.abs(Number(fixed) - cell) > 1e-9 * Math.max(1, Math.abs(cell))) {
          return { problem: `金额最多两位小数，而不是 ${cell}` };
        }
        return { value: fixed };
      }
      const written = String(raw).replace(/\s/g, '');
      if (!MONEY_TEXT.test(written))
        return { problem: `应为金额（元，最多两位小数），而不是“${String(raw).slice(0, 30)}”` };
      const [whole, fraction = ''] = written.replace(/,/g, '').split('.');
      return { value: `${whole}.${fraction.padEnd(2, '0')}` };
    }
    case ImportKind.YES_NO: {
      const answer = YES_NO.get(String(raw).toUpperCase());
      return answer === undefined
        ? { problem: `应填“是”或“否”，而不是“${String(raw).slice(0, 30)}”` }
        : { value: answer };
    }
    case ImportKind.ID_NUMBER: {
      // Excel keeps 15 significant digits: an 18-digit number typed into a number cell has lost its end.
      if (typeof cell === 'number') return { problem: '身份证号须以文本格式填写（数字格式会丢失末几位）' };
      const id = normalizeIdNumber(String(raw));
      const wrong = idNumberProblem(id);
      return wrong ? { problem: ID_NUMBER_MESSAGES[wrong] } : { value: id };
    }
    case ImportKind.ENUM: {
      const values = enumValues.get(column.enumName ?? '') ?? new Map();
      const byName = [...values.entries()].find(([, name]) => name === raw)?.[0];
      const value = byName ?? (values.has(String(raw)) ? String(raw) : undefined);
      if (!value) {
        const names = [...values.values()];
        return {
          problem: `“${String(raw).slice(0, 30)}”不是可选值（可选：${names.slice(0, 12).join('、')}${names.length > 12 ? '…' : ''}）`,
        };
      }
      return { value };
    }
  }
}

/**
 * Reads rows into records: finds the header row (the export's title rows above it are fine), checks
 * that every required column is there and no column is unknown (a renamed one), reads each cell by
 * its column's kind, and flags keys that appear twice. Every problem is listed, not just the first.
 */
export function parseSheet(
  definition: ImportDatasetDefinition,
  rows: { row: number; cells: CellValue[] }[],
  enumValues: Map<string, Map<string, string>>,
): ParsedSheet {
  const problems: ImportProblem[] = [];
  const known = new Set([...definition.columns.map((c) => c.header), ...definition.ignored]);
  const [firstKey] = definition.key;
  const headerIndex = rows
    .slice(0, 10)
    .findIndex(
      (r) => r.cells.some((c) => text(c) === firstKey) && r.cells.filter((c) => known.has(text(c))).length >= 2,
    );
  if (headerIndex < 0) {
    return {
      headerRow: 0,
      records: [],
      problems: [
        {
          row: 0,
          column: '',
          message: `找不到表头：前 10 行中没有含“${firstKey}”的表头行；请使用导出的文件或下载的模板`,
        },
      ],
    };
  }
  const header = rows[headerIndex];
  const position = new Map<string, number>();
  header.cells.forEach((cell, i) => {
    const name = text(cell);
    if (!name) return;
    if (position.has(name)) problems.push({ row: header.row, column: name, message: `列“${name}”出现了两次` });
    else if (!known.has(name))
      problems.push({ row: header.row, column: name, message: `不认识的列“${name}”（列名是否被改过？）` });
    position.set(name, i);
  });
  for (const column of definition.columns) {
    if (column.required && !position.has(column.header)) {
      problems.push({ row: header.row, column: column.header, message: `缺少必填列“${column.header}”` });
    }
  }
  if (problems.length) return { headerRow: header.row, records: [], problems };

  const records: ParsedRecord[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (const { row, cells } of rows.slice(headerIndex + 1)) {
    if (cells.every((c) => c === null || text(c) === '')) continue;
    const values: Record<string, unknown> = {};
    const problemsBefore = problems.length;
    for (const column of definition.columns) {
      const at = position.get(column.header);
      if (at === undefined) continue;
      const { value, problem } = parseCell(column, cells[at] ?? null, enumValues);
      if (problem) problems.push({ row, column: column.header, message: problem });
      else if (value === null && column.required) problems.push({ row, column: column.header, message: '不能为空' });
      else values[column.field] = value;
    }
    const keyColumns = definition.key.map((h) => definition.columns.find((c) => c.header === h));
    const keyParts = keyColumns.map((c) => values[c?.field ?? '']);
    if (problems.length === problemsBefore && keyParts.every((k) => typeof k === 'string')) {
      const key = keyParts.join('\u0000');
      const first = firstRowOfKey.get(key);
      if (first !== undefined) {
        problems.push({
          row,
          column: definition.key[0],
          message: `与第 ${first} 行的${definition.key.join('、')}“${keyParts
            .map((k, i) => (keyColumns[i]?.kind === ImportKind.ID_NUMBER ? maskIdNumber(String(k)) : k))
            .join('、')}”重复`,
        });
        continue;
      }
      firstRowOfKey.set(key, row);
    }
    // A row with a cell that could not be read is reported, not applied.
    if (problems.length === problemsBefore) records.push({ row, values });
  }
  if (!records.length && !problems.length) {
    problems.push({ row: header.row + 1, column: '', message: '表头下面没有数据行' });
  }
  return { headerRow: header.row, records, problems };
}
