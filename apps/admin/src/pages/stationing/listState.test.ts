import { describe, expect, it } from 'vitest';
import { readCoverageState, readStationingListState } from './listState';

const read = (query: string) => readStationingListState(new URLSearchParams(query));

describe('the stationing lists’ URL state', () => {
  it('defaults to those in post, page 1 of 20', () => {
    expect(read('')).toEqual({ filter: { active: true }, page: 1, pageSize: 20 });
  });

  it('reads town, village, unit, 已撤销 / 已离任, page and size', () => {
    expect(
      read('town=610902102&village=610902102201&unit=0d8c3c62-7a9b-4a4c-9b7e-3f3f0a1c2d01&status=ended&page=3&size=50'),
    ).toEqual({
      filter: {
        active: false,
        townCode: '610902102',
        villageCode: '610902102201',
        unitId: '0d8c3c62-7a9b-4a4c-9b7e-3f3f0a1c2d01',
      },
      page: 3,
      pageSize: 50,
    });
  });

  it('drops what the API would refuse: malformed codes and ids, unknown status, odd sizes and pages', () => {
    expect(read('town=6109&village=abc&unit=not-a-uuid&status=maybe&page=-2&size=33')).toEqual({
      filter: { active: true },
      page: 1,
      pageSize: 20,
    });
  });

  it('reads 全覆盖’s town and 只看缺口', () => {
    expect(readCoverageState(new URLSearchParams('town=610902102&gaps=1'))).toEqual({
      townCode: '610902102',
      onlyGaps: true,
    });
    expect(readCoverageState(new URLSearchParams('town=x&gaps=yes'))).toEqual({ townCode: null, onlyGaps: false });
  });
});
