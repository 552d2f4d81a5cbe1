import { describe, expect, it } from 'vitest';
import { changedFields, diffAudit, fieldLabel, flatten, formatValue } from './auditDiff';

describe('audit diff', () => {
  it('flattens nested records to dotted paths, keeping lists of plain values whole', () => {
    const flat = flatten({
      name: '茶园',
      town: { code: '610902102' },
      datasets: ['PROJECTS', 'FUNDS'],
      targets: [{ unit: '亩' }],
    });
    expect([...flat.entries()]).toEqual([
      ['name', '茶园'],
      ['town.code', '610902102'],
      ['datasets', ['PROJECTS', 'FUNDS']],
      ['targets.0.unit', '亩'],
    ]);
  });

  it('marks what changed, in the record’s order, fields only in `before` last', () => {
    const rows = diffAudit(
      { name: '茶园提升', status: 'STARTED', version: 3, note: '旧' },
      { name: '茶园提升', status: 'COMPLETED', version: 4, tasks: '新建茶园 200 亩' },
    );
    expect(rows.map((r) => [r.path, r.changed])).toEqual([
      ['name', false],
      ['status', true],
      ['version', true],
      ['tasks', true],
      ['note', true],
    ]);
    expect(rows.find((r) => r.path === 'note')).toMatchObject({ before: '旧', after: undefined });
  });

  it('summarises the fields a person changed (not the version bookkeeping) in Chinese', () => {
    expect(changedFields({ status: 'STARTED', version: 3 }, { status: 'COMPLETED', version: 4 })).toEqual(['状态']);
    expect(changedFields(null, { name: 'x' })).toEqual(['名称']);
  });

  it('reads values and names as a clerk would', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(true)).toBe('是');
    expect(formatValue(['PROJECTS', 'FUNDS'], 'datasets')).toBe('项目库、资金');
    expect(formatValue('TOWN_STAFF', 'role')).toBe('镇办工作人员');
    expect(formatValue('PROJECTS', 'name')).toBe('PROJECTS');
    expect(formatValue('2026-11-29T04:13:21.070Z')).toMatch(/^2026-11-29 \d{2}:13:21$/);
    expect(fieldLabel('allocations.0.amount')).toBe('allocations.0.金额');
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
    // A household is created with its head: the nested fields read as the register names them.
    expect(fieldLabel('head.gender')).toBe('户主.性别');
    expect(fieldLabel('head.labourSkill')).toBe('户主.劳动技能');
  });
});
