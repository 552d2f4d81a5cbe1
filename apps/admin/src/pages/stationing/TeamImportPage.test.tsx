import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, type Mock as FnMock, it, vi } from 'vitest';
import { IMPORT_POLLING, type ImportBatch } from '../../import/importApi';
import { connection } from '../../test/industryFixtures';
import { type Mock, renderAt } from '../../test/render';
import { stationingAuditor, stationingClerk, unitsMock, yinghuTownsMock } from '../../test/stationingFixtures';
import { StationingHeadlineQuery, WorkTeamListQuery } from './stationing.graphql';

function batch(overrides: Partial<ImportBatch>): ImportBatch {
  return {
    id: '7c2e4f10-3b5d-4e6a-8f9b-0a1b2c3d4e5f',
    dataset: 'WORK_TEAM_MEMBERS',
    fileName: '工作队员_瀛湖镇.xlsx',
    sha256: 'b'.repeat(64),
    byteSize: 21_000,
    status: 'CHECKED',
    rows: 8,
    created: 3,
    updated: 1,
    unchanged: 4,
    problemCount: 0,
    problems: [],
    progress: { done: 8, total: 8 },
    error: null,
    createdAt: '2026-11-29T04:00:00.000Z',
    committedAt: null,
    ...overrides,
  };
}

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The upload's 202: the check runs in the background, the wizard polls the batch. */
const checking = () =>
  batch({ status: 'CHECKING', rows: 0, created: 0, updated: 0, unchanged: 0, progress: { done: 0, total: null } });

let fetchMock: FnMock<typeof fetch>;
const polling = { ...IMPORT_POLLING };
beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
  Object.assign(IMPORT_POLLING, { intervalMs: 5 });
});
afterEach(() => {
  vi.unstubAllGlobals();
  Object.assign(IMPORT_POLLING, polling);
});

const xlsx = () =>
  new File([new Uint8Array([0x50, 0x4b, 3, 4])], '工作队员_瀛湖镇.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

const headline = {
  stationingSummary: { __typename: 'StationingSummary', firstSecretaries: 271, workTeams: 410, members: 1492 },
  stationingCoverage: { __typename: 'StationingCoverage', covered: 188, withTeam: 188, withFirstSecretary: 188 },
} as const;

describe('导入工作队员', () => {
  it('opens for a clerk who stations cadres: the template, what a row means, and a check of WORK_TEAM_MEMBERS', async () => {
    fetchMock.mockResolvedValueOnce(json(checking(), 202)).mockResolvedValueOnce(json(batch({}), 200));
    renderAt('/stationing/teams/import', [], { viewer: stationingClerk });
    expect(await screen.findByText('导入工作队员', { selector: 'h4' }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: /下载导入模板/ }).getAttribute('href')).toBe(
      '/api/imports/templates/WORK_TEAM_MEMBERS.xlsx',
    );
    expect(screen.getByText(/村代码、姓名、派出单位、到岗日期相同的即为同一段任期/)).toBeTruthy();
    const back = screen.getByRole('button', { name: /驻村工作队/ }).closest('a') as HTMLAnchorElement;
    expect(back.getAttribute('href')).toBe('/stationing/teams');
    const input = screen.getByTestId('import-upload').querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [xlsx()] } });
    expect(await screen.findByText('共 8 行：新建 3 段，修改 1 段，未变 4 段')).toBeTruthy();
    const [url] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(Object.fromEntries(new URL(url, 'http://admin').searchParams)).toEqual({
      dataset: 'WORK_TEAM_MEMBERS',
      fileName: '工作队员_瀛湖镇.xlsx',
    });
  });

  it('after a commit, the counts and lists read before it are dropped from the cache', async () => {
    fetchMock.mockResolvedValueOnce(json(checking(), 202)).mockResolvedValueOnce(json(batch({}), 200));
    const { cache } = renderAt('/stationing/teams/import', [], { viewer: stationingClerk });
    cache.writeQuery({ query: StationingHeadlineQuery, data: headline });
    const input = (await screen.findByTestId('import-upload', {}, { timeout: 10_000 })).querySelector(
      'input[type=file]',
    ) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [xlsx()] } });
    await screen.findByText('共 8 行：新建 3 段，修改 1 段，未变 4 段');
    expect(cache.readQuery({ query: StationingHeadlineQuery })).toEqual(headline);
    fetchMock
      .mockResolvedValueOnce(json(batch({ status: 'COMMITTING', progress: { done: 0, total: 8 } }), 202))
      .mockResolvedValueOnce(json(batch({ status: 'COMMITTED', committedAt: '2026-11-29T04:01:00.000Z' }), 200));
    fireEvent.click(screen.getByRole('button', { name: /确认导入/ }));
    expect(await screen.findByText('导入完成')).toBeTruthy();
    expect(cache.readQuery({ query: StationingHeadlineQuery })).toBeNull();
    const back = within(screen.getByTestId('import-result')).getByRole('link', { name: /返回驻村工作队/ });
    expect(back.getAttribute('href')).toBe('/stationing/teams');
  });
});

const listMocks: Mock[] = [
  {
    request: { query: WorkTeamListQuery, variables: { filter: { active: true }, first: 20, after: null } },
    result: { data: { workTeams: connection('WorkTeam', []) } },
    maxUsageCount: 3,
  },
  yinghuTownsMock,
  unitsMock,
];

describe('导入 on 驻村工作队', () => {
  it('is offered beside 组建工作队 to those who station cadres, and leads to the import page', async () => {
    const { router } = renderAt('/stationing/teams', listMocks, { viewer: stationingClerk });
    const link = (await screen.findByRole('button', { name: /导\s*入/ }, { timeout: 10_000 })).closest(
      'a',
    ) as HTMLAnchorElement;
    expect(screen.getByRole('button', { name: /组建工作队/ })).toBeTruthy();
    fireEvent.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/stationing/teams/import'));
    expect(await screen.findByText('导入工作队员', { selector: 'h4' })).toBeTruthy();
  });

  it('is neither offered to nor opened by an auditor', async () => {
    const { unmount } = renderAt('/stationing/teams', listMocks, { viewer: stationingAuditor });
    await screen.findByText('驻村工作队', { selector: 'h4' }, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: /导\s*入/ })).toBeNull();
    unmount();
    renderAt('/stationing/teams/import', [], { viewer: stationingAuditor });
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
