import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectExport, startExportSpy, withExport } from '../../test/exports';
import { connection } from '../../test/industryFixtures';
import { type Mock, renderAt } from '../../test/render';
import { secretary, stationingClerk, UNIT_ID, unitsMock, yinghuTownsMock } from '../../test/stationingFixtures';
import { AppointFirstSecretaryMutation, FirstSecretaryListQuery, VillageSecretariesQuery } from './stationing.graphql';

const inPost = secretary('s-2', '周晓明', { startedOn: '2023-03-01' });
const list: Mock = {
  request: { query: FirstSecretaryListQuery, variables: { filter: { active: true }, first: 20, after: null } },
  result: { data: { firstSecretaries: connection('FirstSecretary', [inPost]) } },
  maxUsageCount: 3,
};
const history: Mock = {
  request: { query: VillageSecretariesQuery, variables: { villageCode: '610902102201' } },
  result: {
    data: {
      firstSecretaries: {
        __typename: 'FirstSecretaryConnection',
        totalCount: 2,
        edges: [
          {
            __typename: 'FirstSecretaryEdge',
            node: secretary('s-1', '陈前任', { endedOn: '2023-02-28', endReason: 'ROTATED', version: 2 }),
          },
          { __typename: 'FirstSecretaryEdge', node: inPost },
        ],
      },
    },
  },
  maxUsageCount: 3,
};

describe('第一书记', () => {
  it('导出 Excel sends the list’s filter', async () => {
    const spy = startExportSpy();
    renderAt('/stationing/secretaries', [list, yinghuTownsMock, unitsMock, spy.mock], {
      viewer: withExport(stationingClerk),
    });
    await expectExport(spy, 'FIRST_SECRETARIES', { filter: { active: true } });
  });

  it('lists those in post; 历任 shows the village’s secretaries, the one in post first', async () => {
    renderAt('/stationing/secretaries', [list, yinghuTownsMock, unitsMock, history], { viewer: stationingClerk });
    const row = (await screen.findByText('周晓明')).closest('tr') as HTMLElement;
    expect(within(row).getByText('瀛湖镇 / 大明村')).toBeTruthy();
    expect(within(row).getByText('区财政局 · 副科长')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: /历\s*任/ }));
    const drawer = await screen.findByTestId('secretary-history');
    const names = await within(drawer).findAllByText(/周晓明|陈前任/);
    expect(names.map((n) => n.textContent)).toEqual(['周晓明', '陈前任']);
    const earlier = within(drawer).getByText('陈前任').closest('tr') as HTMLElement;
    expect(within(earlier).getByText('2023-02-28')).toBeTruthy();
    expect(within(earlier).getByText('轮换')).toBeTruthy();
    expect(within(drawer).getByText('在任')).toBeTruthy();
  });

  it('轮换: the form says who leaves the day before; a new cadre is sent with name and unit', async () => {
    let sent: Record<string, unknown> | undefined;
    renderAt(
      '/stationing/secretaries',
      [
        list,
        list,
        yinghuTownsMock,
        unitsMock,
        history,
        {
          request: { query: AppointFirstSecretaryMutation, variables: () => true },
          result: (variables) => {
            sent = variables.input;
            return { data: { appointFirstSecretary: secretary('s-3', '吴佳') } };
          },
        },
      ],
      { viewer: stationingClerk },
    );
    const row = (await screen.findByText('周晓明')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /轮\s*换/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/原书记在新书记到任前一日离任/)).toBeTruthy();
    expect((await within(dialog).findByTestId('current-secretary')).textContent).toBe(
      '现任第一书记：周晓明（2023-03-01 到任），将在新书记到任前一日离任',
    );
    fireEvent.click(within(dialog).getByText('登记新干部'));
    fireEvent.change(await within(dialog).findByLabelText('姓名'), { target: { value: '吴佳' } });
    fireEvent.mouseDown(within(dialog).getByLabelText('派出单位'));
    fireEvent.click((await screen.findAllByTitle('区财政局')).at(-1) as HTMLElement);
    fireEvent.click(within(dialog).getByRole('button', { name: '选派第一书记' }));
    await waitFor(() =>
      expect(sent).toEqual({
        villageCode: '610902102201',
        cadre: { name: '吴佳', unitId: UNIT_ID, title: null },
        startedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      }),
    );
    expect(await screen.findByText('已选派吴佳为第一书记')).toBeTruthy();
  });
});
