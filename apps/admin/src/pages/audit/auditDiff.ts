import {
  apiTokenKindLabels,
  constructionTypeLabels,
  datasetLabels,
  industryLabels,
  projectCategoryLabels,
  projectStatusLabels,
  roleLabels,
} from '@hanbin/ui';
import dayjs from 'dayjs';
import { fieldLabels, auditText as t } from './locale';

// Fields whose values are enum members the UI already names (by the last segment of the path).
const valueLabels: Record<string, Record<string, string>> = {
  role: roleLabels,
  kind: apiTokenKindLabels,
  datasets: datasetLabels,
  status: projectStatusLabels,
  fromStatus: projectStatusLabels,
  toStatus: projectStatusLabels,
  category: projectCategoryLabels,
  industry: industryLabels,
  constructionType: constructionTypeLabels,
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** One field of an audited record, before and after the change. */
export interface DiffRow {
  path: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown) => v === null || typeof v !== 'object';

/**
 * A JSON value as `path → leaf`: objects by key (`town.code`), arrays of objects by index
 * (`targets.0.indicator`); an array of plain values stays one leaf (`datasets`).
 */
export function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0 && prefix) out.set(prefix, value);
    for (const key of keys) flatten(value[key], prefix ? `${prefix}.${key}` : key, out);
  } else if (Array.isArray(value) && !value.every(isScalar)) {
    if (value.length === 0 && prefix) out.set(prefix, value);
    value.forEach((item, i) => {
      flatten(item, prefix ? `${prefix}.${i}` : String(i), out);
    });
  } else if (value !== undefined) {
    out.set(prefix || 'value', value);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `before` and `after` side by side, in the record's own order, each marked changed or not. */
export function diffAudit(before: unknown, after: unknown): DiffRow[] {
  const b = flatten(before);
  const a = flatten(after);
  const paths = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  return paths.map((path) => ({
    path,
    before: b.get(path),
    after: a.get(path),
    changed: !same(b.get(path), a.get(path)),
  }));
}

/** The Chinese name of a field path, part by part: `head.gender` → `户主.性别`, `allocations.0.amount` → `allocations.0.金额`. */
export function fieldLabel(path: string): string {
  return path
    .split('.')
    .map((part) => fieldLabels[part] ?? part)
    .join('.');
}

/**
 * A leaf as a person reads it: enum members by their Chinese name (for the field at `path`),
 * instants in the bureau's time, yes/no, lists joined.
 */
export function formatValue(value: unknown, path = ''): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => formatValue(v, path)).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string') {
    const labels = valueLabels[path.split('.').pop() ?? ''];
    if (labels?.[value]) return labels[value];
    if (ISO_INSTANT.test(value)) return dayjs(value).format('YYYY-MM-DD HH:mm:ss');
  }
  return String(value);
}

/** Names of the fields an entry changed, for a one-line summary. */
export function changedFields(before: unknown, after: unknown): string[] {
  return diffAudit(before, after)
    .filter((r) => r.changed && r.path !== 'version' && r.path !== 'updatedAt')
    .map((r) => fieldLabel(r.path));
}
