import { describe, expect, it } from 'vitest';
import { cadreFieldPath, toCadreInput } from './cadreValues';

describe('the cadre part of the member and secretary forms', () => {
  it('sends the picked cadre’s id, or the new cadre’s name, unit and post (trimmed)', () => {
    expect(toCadreInput({ cadreMode: 'existing', cadreId: 'c-1', name: '残留' })).toEqual({ cadreId: 'c-1' });
    expect(toCadreInput({ cadreMode: 'new', cadreId: 'c-1', name: ' 周晓明 ', unitId: 'u-1', title: ' ' })).toEqual({
      name: '周晓明',
      unitId: 'u-1',
      title: null,
    });
  });

  it('puts a message about the cadre on the field in view', () => {
    expect(cadreFieldPath('existing')('cadre')).toEqual(['cadreId']);
    expect(cadreFieldPath('new')('cadre')).toEqual(['name']);
    expect(cadreFieldPath('existing')('cadre.name')).toEqual(['cadreId']);
    expect(cadreFieldPath('new')('input.cadre.unitId')).toEqual(['unitId']);
    expect(cadreFieldPath('new')('startedOn')).toEqual(['startedOn']);
  });
});
