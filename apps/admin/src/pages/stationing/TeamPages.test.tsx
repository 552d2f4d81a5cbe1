import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectExport, startExportSpy, withExport } from '../../test/exports';
import { connection } from '../../test/industryFixtures';
import { type Mock, renderAt } from '../../test/render';
import {
  cadre,
  member,
  stationingAuditor,
  stationingClerk,
  teamDetail,
  teamRow,
  UNIT_ID,
  unitsMock,
  yinghuTownsMock,
} from '../../test/stationingFixtures';
import { townClerk } from '../../test/viewers';
import {
  AddWorkTeamMemberMutation,
  CadreOptionsQuery,
  DissolveWorkTeamMutation,
  EndWorkTeamMemberMutation,
  WorkTeamDetailQuery,
  WorkTeamListQuery,
} from './stationing.graphql';

const list = (filter: Record<string, unknown>, ...nodes: ReturnType<typeof teamRow>[]): Mock => ({
  request: { query: WorkTeamListQuery, variables: { filter, first: 20, after: null } },
  result: { data: { workTeams: connection('WorkTeam', nodes) } },
  maxUsageCount: 3,
});
const detail = (overrides: Record<string, unknown> = {}): Mock => ({
  request: { query: WorkTeamDetailQuery, variables: { id: 'team-1' } },
  result: { data: { workTeam: teamDetail(overrides) } },
  maxUsageCount: 3,
});
const refused = (code: string, fields: { field: string; message: string }[], message = '提交未成功') => ({
  errors: [{ message, extensions: { code, ...(code === 'CONFLICT' ? { reason: 'DUPLICATE' } : {}), fields } }],
});

/** The form item around the field labelled `label` (its error shows there). */
function fieldOf(dialog: HTMLElement, label: string): HTMLElement {
  return within(dialog).getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

async function pickOption(dialog: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(dialog).getByLabelText(label));
  const matches = await screen.findAllByTitle(option);
  fireEvent.click(matches[matches.length - 1]);
}

const menu = () => screen.getAllByRole('menu')[0];

describe('驻村工作队', () => {
  it('lists teams with place, lead unit, members in post (none in red); filters stay in the URL', async () => {
    const { router } = renderAt(
      '/stationing/teams',
      [
        list(
          { active: true },
          teamRow('team-1', '区财政局驻大明村工作队'),
          teamRow('team-2', '空队', { memberCount: 0 }),
        ),
        list({ active: false }),
        yinghuTownsMock,
        unitsMock,
      ],
      { viewer: stationingClerk },
    );
    const row = (await screen.findByRole('link', { name: '区财政局驻大明村工作队' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('瀛湖镇 / 大明村')).toBeTruthy();
    expect(within(row).getByText('区级部门')).toBeTruthy();
    expect(within(row).getByText('2 人')).toBeTruthy();
    expect(within(row).getByText('在驻')).toBeTruthy();
    const empty = screen.getByText('空队').closest('tr') as HTMLElement;
    expect(within(empty).getByText('无在岗队员')).toBeTruthy();
    expect(screen.getByRole('button', { name: /组建工作队/ })).toBeTruthy();
    fireEvent.mouseDown(screen.getByLabelText('状态'));
    fireEvent.click((await screen.findAllByTitle('已撤销')).at(-1) as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toBe('?status=ended'));
  });

  it('shows a team’s members in post and the history with why they left; an auditor has no buttons', async () => {
    renderAt('/stationing/teams/team-1', [detail()], { viewer: stationingAuditor });
    expect(await screen.findByRole('heading', { name: '区财政局驻大明村工作队' })).toBeTruthy();
    const inPost = screen.getByTestId('team-members');
    expect(within(inPost).getByText('王建国')).toBeTruthy();
    expect(within(inPost).getByText('队长')).toBeTruthy();
    expect(within(inPost).getByText('李秀英')).toBeTruthy();
    expect(within(inPost).queryByText('陈旧人')).toBeNull();
    const history = screen.getByTestId('team-history');
    const old = within(history).getByText('陈旧人').closest('tr') as HTMLElement;
    expect(within(old).getByText('2022-05-31')).toBeTruthy();
    expect(within(old).getByText('轮换')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /队员到岗/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /离\s*队/ })).toBeNull();
  });

  it('warns when nobody is in post: the team does not count as stationed', async () => {
    renderAt('/stationing/teams/team-1', [detail({ memberCount: 0, members: [] })], { viewer: stationingClerk });
    expect(await screen.findByText('该工作队没有在岗队员，不计入驻村全覆盖；请办理队员到岗。')).toBeTruthy();
    expect(screen.getByTestId('team-member-count').textContent).toBe('无在岗队员');
  });
});

describe('导出 Excel', () => {
  it('sends the team list’s filter, 在驻 or 已撤销 included', async () => {
    const spy = startExportSpy();
    renderAt('/stationing/teams?status=ended', [list({ active: false }), yinghuTownsMock, unitsMock, spy.mock], {
      viewer: withExport(stationingAuditor),
    });
    await expectExport(spy, 'WORK_TEAMS', { filter: { active: false } });
  });
});

describe('队员到岗', () => {
  it('registers a new cadre with name and unit; the API’s “in another team” lands on the name', async () => {
    const sent: Record<string, unknown>[] = [];
    renderAt(
      '/stationing/teams/team-1',
      [
        detail(),
        detail(),
        unitsMock,
        {
          request: { query: AddWorkTeamMemberMutation, variables: () => true },
          result: (variables) => {
            sent.push(variables.input);
            return sent.length === 1
              ? refused('CONFLICT', [{ field: 'cadre', message: '该干部已在其他工作队' }])
              : { data: { addWorkTeamMember: member('m-9', '周晓明') } };
          },
          maxUsageCount: 2,
        },
      ],
      { viewer: stationingClerk },
    );
    fireEvent.click(await screen.findByRole('button', { name: /队员到岗/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('登记新干部'));
    fireEvent.change(await within(dialog).findByLabelText('姓名'), { target: { value: ' 周晓明 ' } });
    await pickOption(dialog, '派出单位', '区财政局');
    fireEvent.click(within(dialog).getByRole('button', { name: '队员到岗' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      teamId: 'team-1',
      cadre: { name: '周晓明', unitId: UNIT_ID, title: null },
      role: 'MEMBER',
      startedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      replacesMemberId: null,
    });
    expect(await within(fieldOf(dialog, '姓名')).findByText('该干部已在其他工作队')).toBeTruthy();
    // Corrected and sent again: it goes through.
    fireEvent.click(within(dialog).getByRole('button', { name: '队员到岗' }));
    expect(await screen.findByText('周晓明已到岗')).toBeTruthy();
  });

  it('picks a registered cadre found by name; a refused date shows under 到岗日期; 轮换 names who is replaced', async () => {
    const sent: Record<string, unknown>[] = [];
    renderAt(
      '/stationing/teams/team-1',
      [
        detail(),
        {
          request: { query: CadreOptionsQuery, variables: { filter: null } },
          result: { data: { cadres: connection('Cadre', []) } },
        },
        {
          request: { query: CadreOptionsQuery, variables: { filter: { search: '赵' } } },
          result: { data: { cadres: connection('Cadre', [cadre('c-zhao', '赵敏')]) } },
        },
        {
          request: { query: AddWorkTeamMemberMutation, variables: () => true },
          result: (variables) => {
            sent.push(variables.input);
            return refused('BAD_USER_INPUT', [
              { field: 'startedOn', message: '新队员到岗日期须晚于原队员到岗日期（2022-06-01）' },
            ]);
          },
        },
      ],
      { viewer: stationingClerk },
    );
    const row = (await screen.findByText('李秀英')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /轮\s*换/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('轮换队员：李秀英')).toBeTruthy();
    const picker = within(dialog).getByLabelText('已登记的干部');
    fireEvent.focus(picker);
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: '赵' } });
    fireEvent.click(await screen.findByTitle('赵敏 · 区财政局 · 副科长'));
    fireEvent.click(within(dialog).getByRole('button', { name: '队员到岗' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ teamId: 'team-1', cadre: { cadreId: 'c-zhao' }, replacesMemberId: 'm-2' });
    expect(
      await within(fieldOf(dialog, '到岗日期')).findByText('新队员到岗日期须晚于原队员到岗日期（2022-06-01）'),
    ).toBeTruthy();
  });
});

describe('离队', () => {
  it('refuses a day before the term started, then ends it with the version read', async () => {
    let sent: Record<string, unknown> | undefined;
    renderAt(
      '/stationing/teams/team-1',
      [
        detail(),
        detail(),
        {
          request: { query: EndWorkTeamMemberMutation, variables: () => true },
          result: (variables) => {
            sent = variables.input;
            return { data: { endWorkTeamMember: member('m-2', '李秀英', { endedOn: variables.input.endedOn }) } };
          },
        },
      ],
      { viewer: stationingClerk },
    );
    const row = (await screen.findByText('李秀英')).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /离\s*队/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('到任（到岗）日期：2022-06-01')).toBeTruthy();
    const date = within(dialog).getByLabelText('离队日期');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2022-05-01' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.click(within(dialog).getByRole('button', { name: /离\s*队/ }));
    expect(await within(dialog).findByText('离任（离队）日期不能早于到任日期（2022-06-01）')).toBeTruthy();
    expect(sent).toBeUndefined();
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2023-03-01' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.mouseDown(within(dialog).getByLabelText('离任原因'));
    fireEvent.click((await screen.findAllByTitle('召回')).at(-1) as HTMLElement);
    fireEvent.click(within(dialog).getByRole('button', { name: /离\s*队/ }));
    await waitFor(() => expect(sent).toEqual({ id: 'm-2', version: 1, endedOn: '2023-03-01', reason: 'RECALLED' }));
    expect(await screen.findByText('李秀英已离队')).toBeTruthy();
  });
});

describe('撤销工作队', () => {
  it('is offered to a writer only, and not once the team is dissolved', async () => {
    const { unmount } = renderAt('/stationing/teams/team-1', [detail()], { viewer: stationingAuditor });
    expect(await screen.findByRole('heading', { name: '区财政局驻大明村工作队' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /撤销工作队/ })).toBeNull();
    unmount();
    renderAt('/stationing/teams/team-1', [detail({ dissolvedOn: '2024-03-31' })], { viewer: stationingClerk });
    expect(await screen.findByTestId('team-dissolved')).toBeTruthy();
    expect(screen.getAllByText('已撤销（2024-03-31）').length).toBe(2);
    expect(screen.queryByRole('button', { name: /撤销工作队/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /队员到岗/ })).toBeNull();
  });

  it('sends id, version and the day; a refused day shows under 撤销日期, then it goes through', async () => {
    const sent: Record<string, unknown>[] = [];
    renderAt(
      '/stationing/teams/team-1',
      [
        // Read once; the reload after the dissolution returns the team dissolved, its members in the history.
        { ...detail({ version: 4 }), maxUsageCount: 1 },
        detail({
          version: 5,
          dissolvedOn: '2023-03-01',
          memberCount: 0,
          members: teamDetail().members.map((m) => ({ ...m, endedOn: m.endedOn ?? '2023-03-01' })),
        }),
        {
          request: { query: DissolveWorkTeamMutation, variables: () => true },
          result: (variables) => {
            sent.push(variables.input);
            return sent.length === 1
              ? refused('BAD_USER_INPUT', [
                  { field: 'dissolvedOn', message: '撤销日期不能早于在岗队员到岗日期（2022-06-01）' },
                ])
              : {
                  data: {
                    dissolveWorkTeam: teamRow('team-1', '区财政局驻大明村工作队', {
                      dissolvedOn: '2023-03-01',
                      memberCount: 0,
                      version: 5,
                    }),
                  },
                };
          },
          maxUsageCount: 2,
        },
      ],
      { viewer: stationingClerk },
    );
    fireEvent.click(await screen.findByRole('button', { name: /撤销工作队/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/在岗队员将于撤销日同日离队（任期届满），记录保留/)).toBeTruthy();
    const date = within(dialog).getByLabelText('撤销日期');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2022-05-01' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.click(within(dialog).getByRole('button', { name: /撤销工作队/ }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ id: 'team-1', version: 4, dissolvedOn: '2022-05-01' });
    expect(
      await within(fieldOf(dialog, '撤销日期')).findByText('撤销日期不能早于在岗队员到岗日期（2022-06-01）'),
    ).toBeTruthy();
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2023-03-01' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.click(within(dialog).getByRole('button', { name: /撤销工作队/ }));
    await waitFor(() => expect(sent[1]).toEqual({ id: 'team-1', version: 4, dissolvedOn: '2023-03-01' }));
    expect(await screen.findByText('已撤销')).toBeTruthy();
    expect(await screen.findByTestId('team-dissolved')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByTestId('team-history')).queryByText('王建国')).toBeTruthy());
    expect(screen.queryByRole('button', { name: /队员到岗/ })).toBeNull();
  });
});

describe('驻村帮扶 in the menu', () => {
  it('is there with stationing:read, with its three pages', async () => {
    renderAt('/stationing/teams', [list({ active: true }), yinghuTownsMock, unitsMock], { viewer: stationingClerk });
    fireEvent.click(await within(menu()).findByText('驻村帮扶'));
    expect(await within(menu()).findByText('全覆盖')).toBeTruthy();
    expect(within(menu()).getByText('驻村工作队')).toBeTruthy();
    expect(within(menu()).getByText('第一书记')).toBeTruthy();
  });

  it('is not there without it, and its pages say 无权访问', async () => {
    renderAt('/stationing/coverage', [], { viewer: townClerk });
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(within(menu()).queryByText('驻村帮扶')).toBeNull();
  });
});
