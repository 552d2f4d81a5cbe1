import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../apollo';
import { TownsQuery } from '../../lib/places.graphql';
import { expectExport, startExportSpy, withExport } from '../../test/exports';
import { towns, yinghu } from '../../test/fixtures';
import { connection } from '../../test/industryFixtures';
import { type Mock, renderAt } from '../../test/render';
import {
  day,
  GROUP_1,
  rectifiedTask,
  supervisionAdmin,
  supervisionAuditor,
  supervisionClerk,
  supervisionGroups,
  supervisionReader,
  supervisionSummary,
  TASK_1,
  TASK_2,
  taskRow,
} from '../../test/supervisionFixtures';
import { townClerk } from '../../test/viewers';
import { SupervisionPanel } from '../dashboard/SupervisionPanel';
import { readTaskListState, readVillageListState } from './listState';
import {
  DemonstrationVillagesQuery,
  RecheckSupervisionTaskMutation,
  RectifySupervisionTaskMutation,
  SupervisionGroupsQuery,
  SupervisionSummaryQuery,
  SupervisionTaskListQuery,
  SupervisionTaskQuery,
} from './supervision.graphql';

type Task = ReturnType<typeof taskRow>;

const townsMock: Mock = {
  request: { query: TownsQuery },
  result: { data: { towns: [...towns, yinghu] } },
  maxUsageCount: 5,
};
const groupsMock: Mock = {
  request: { query: SupervisionGroupsQuery },
  result: { data: { supervisionGroups: supervisionGroups } },
  maxUsageCount: 5,
};
const summaryMock: Mock = {
  request: { query: SupervisionSummaryQuery },
  result: { data: { supervisionSummary } },
  maxUsageCount: 3,
};
const list = (filter: Record<string, unknown>, ...nodes: Task[]): Mock => ({
  request: { query: SupervisionTaskListQuery, variables: { filter, first: 20, after: null } },
  result: { data: { supervisionTasks: connection('SupervisionTask', nodes) } },
  maxUsageCount: 3,
});
const ASSIGNED = taskRow(TASK_1, 'DB2026-0001');
const LATE = taskRow(TASK_1, 'DB2026-0001', { deadline: day(-12), overdue: true });
const WAITING = rectifiedTask(TASK_2, 'DB2026-0002');

const rowOf = async (code: string) => (await screen.findByRole('button', { name: code })).closest('tr') as HTMLElement;

describe('督查任务 list state', () => {
  it('reads the filter, the page and the open task from the URL, dropping what the API would refuse', () => {
    const state = readTaskListState(
      new URLSearchParams(`group=${GROUP_1}&town=610902102&status=RECTIFIED&overdue=1&page=3&size=50&task=${TASK_1}`),
    );
    expect(state).toEqual({
      filter: { groupId: GROUP_1, townCode: '610902102', status: 'RECTIFIED', overdue: true },
      page: 3,
      pageSize: 50,
      taskId: TASK_1,
    });
    expect(
      readTaskListState(new URLSearchParams('group=x&town=瀛湖&status=DONE&overdue=yes&page=-1&size=7&task=1')),
    ).toEqual({ filter: {}, page: 1, pageSize: 20, taskId: null });
    expect(readVillageListState(new URLSearchParams('town=610902102&page=2'))).toEqual({
      filter: { category: 'DEMONSTRATION', townCode: '610902102' },
      page: 2,
      pageSize: 20,
    });
  });
});

describe('督查任务', () => {
  it('lists tasks with their status and flags the overdue ones 逾期 N 天', async () => {
    renderAt('/supervision/tasks', [list({}, LATE, WAITING), townsMock, groupsMock], { viewer: supervisionAuditor });
    const late = await rowOf('DB2026-0001');
    expect(within(late).getByText('已交办（整改中）')).toBeTruthy();
    expect(within(late).getByText('逾期 12 天')).toBeTruthy();
    expect(within(late).getByText('瀛湖镇 / 大明村')).toBeTruthy();
    expect(within(late).getByText('巩固衔接第一工作组')).toBeTruthy();
    const waiting = await rowOf('DB2026-0002');
    expect(within(waiting).getByText('已整改（待复核）')).toBeTruthy();
    expect(within(waiting).queryByText(/逾期/)).toBeNull();
  });

  it('keeps the filters in the URL: 只看逾期 asks the API for the overdue tasks only', async () => {
    const { router } = renderAt(
      `/supervision/tasks?group=${GROUP_1}`,
      [list({ groupId: GROUP_1 }, ASSIGNED), list({ groupId: GROUP_1, overdue: true }, LATE), townsMock, groupsMock],
      { viewer: supervisionAuditor },
    );
    await rowOf('DB2026-0001');
    fireEvent.click(screen.getByRole('checkbox', { name: '只看逾期' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?group=${GROUP_1}&overdue=1`));
    expect(await screen.findByText('逾期 12 天')).toBeTruthy();
  });

  it('offers each step only to who may take it: 交办 and 复核 to supervisors, 报送整改 to the town', async () => {
    const mocks = [list({}, ASSIGNED, WAITING), townsMock, groupsMock];
    const buttonsFor = async (viewer: typeof supervisionAdmin) => {
      const view = renderAt('/supervision/tasks', mocks, { viewer });
      await rowOf('DB2026-0001');
      const found = {
        assign: screen.queryByRole('button', { name: /交办任务/ }) !== null,
        rectify: within(await rowOf('DB2026-0001')).queryByRole('button', { name: '报送整改' }) !== null,
        recheck: within(await rowOf('DB2026-0002')).queryByRole('button', { name: /复\s*核/ }) !== null,
      };
      view.unmount();
      return found;
    };
    expect(await buttonsFor(supervisionAuditor)).toEqual({ assign: true, rectify: false, recheck: true });
    expect(await buttonsFor(supervisionClerk)).toEqual({ assign: false, rectify: true, recheck: false });
    expect(await buttonsFor(supervisionAdmin)).toEqual({ assign: true, rectify: true, recheck: true });
    expect(await buttonsFor(supervisionReader)).toEqual({ assign: false, rectify: false, recheck: false });
  });

  it('导出 Excel sends the list’s filter', async () => {
    const spy = startExportSpy();
    renderAt('/supervision/tasks?overdue=1', [list({ overdue: true }, LATE), townsMock, groupsMock, spy.mock], {
      viewer: withExport(supervisionAuditor),
    });
    await expectExport(spy, 'SUPERVISION_TASKS', { filter: { overdue: true } });
  });

  it('is not for a viewer without supervision:read, and the menu does not offer it', async () => {
    renderAt('/supervision/tasks', [], { viewer: townClerk });
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(within(screen.getAllByRole('menu')[0]).queryByText('督查督办')).toBeNull();
  });

  it('the menu offers 督查督办 with its three pages to who reads supervision', async () => {
    renderAt('/supervision/groups', [groupsMock, summaryMock], { viewer: supervisionClerk });
    const menu = screen.getAllByRole('menu')[0];
    expect(await within(menu).findByText('督查督办')).toBeTruthy();
    for (const page of ['督查任务', '督查组', '示范村']) expect(within(menu).getByText(page)).toBeTruthy();
  });

  it('复核 不通过 needs a note and a new deadline; 通过 closes the task', async () => {
    let sent: Record<string, unknown> | undefined;
    renderAt(
      '/supervision/tasks',
      [
        list({}, WAITING),
        list({}, { ...WAITING, status: 'CLOSED', version: 3 }),
        townsMock,
        groupsMock,
        {
          request: { query: RecheckSupervisionTaskMutation, variables: () => true },
          result: (variables) => {
            sent = variables.input;
            return {
              data: {
                recheckSupervisionTask: {
                  ...WAITING,
                  status: 'CLOSED',
                  recheckNote: variables.input.note,
                  recheckedOn: variables.input.recheckedOn,
                  closedOn: variables.input.recheckedOn,
                  version: 3,
                },
              },
            };
          },
        },
      ],
      { viewer: supervisionAuditor },
    );
    fireEvent.click(within(await rowOf('DB2026-0002')).getByRole('button', { name: /复\s*核/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: '不通过，退回整改' }));
    expect(await within(dialog).findByLabelText('新的整改时限')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '不通过，退回整改' }));
    expect(await within(dialog).findByText('不通过时须给出新的整改时限')).toBeTruthy();
    expect(within(dialog).getByText('复核意见应为 2 到 1000 个字')).toBeTruthy();
    expect(sent).toBeUndefined();

    fireEvent.click(within(dialog).getByRole('radio', { name: '通过，销号' }));
    await waitFor(() => expect(within(dialog).queryByLabelText('新的整改时限')).toBeNull());
    fireEvent.change(within(dialog).getByLabelText('复核意见'), { target: { value: '整改到位，同意销号' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '通过，销号' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({
      id: TASK_2,
      version: 2,
      passed: true,
      note: '整改到位，同意销号',
      recheckedOn: day(0),
      newDeadline: null,
    });
    expect(await screen.findByText('DB2026-0002 复核通过，已销号')).toBeTruthy();
  });

  it('报送整改: the API’s message lands under its field; a refusal of the step in the dialog', async () => {
    const answers = [
      new GraphQLError('整改日期不能早于发现日期', {
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'rectifiedOn', message: '整改日期不能早于发现日期' }] },
      }),
      new GraphQLError('整改情况已报送，等待复核', {
        extensions: { code: 'CONFLICT', reason: 'INVALID_TRANSITION' },
      }),
    ];
    const rectify = (error: GraphQLError): Mock => ({
      request: { query: RectifySupervisionTaskMutation, variables: () => true },
      result: { errors: [error] },
    });
    renderAt('/supervision/tasks', [list({}, ASSIGNED), townsMock, groupsMock, ...answers.map(rectify)], {
      viewer: supervisionClerk,
    });
    fireEvent.click(within(await rowOf('DB2026-0001')).getByRole('button', { name: '报送整改' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('整改情况'), { target: { value: '已逐户核实并补齐台账' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '报送整改' }));
    const field = (await within(dialog).findByText('整改日期不能早于发现日期')).closest('.ant-form-item');
    expect(within(field as HTMLElement).getByLabelText('整改日期')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('button', { name: '报送整改' }));
    expect(await within(dialog).findByText('整改情况已报送，等待复核')).toBeTruthy();
    expect(within(dialog).getByText('提交未成功')).toBeTruthy();
  });

  it('the drawer shows the finding, the assignment, the rectification and the re-check', async () => {
    const closed = rectifiedTask(TASK_2, 'DB2026-0002', {
      status: 'CLOSED',
      recheckNote: '整改到位，同意销号',
      recheckedOn: day(-2),
      closedOn: day(-2),
      failedRechecks: 1,
      version: 5,
    });
    renderAt(
      `/supervision/tasks?task=${TASK_2}`,
      [
        list({}, closed),
        townsMock,
        groupsMock,
        {
          request: { query: SupervisionTaskQuery, variables: { id: TASK_2 } },
          result: { data: { supervisionTask: closed } },
        },
      ],
      { viewer: supervisionAuditor },
    );
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('督查任务 DB2026-0002')).toBeTruthy();
    for (const text of [
      '大明村：监测户帮扶措施未落实到位，台账与实际不符',
      '瀛湖镇乡村振兴工作站',
      '已逐户核实帮扶措施并补齐台账',
      '整改到位，同意销号',
      '复核通过（已销号）',
      '1 次',
    ]) {
      expect(within(drawer).getByText(text)).toBeTruthy();
    }
    expect(within(drawer).queryByRole('button', { name: /复\s*核|报送整改/ })).toBeNull();
  });
});

describe('督查组 and 示范村', () => {
  it('lists the groups with their towns and their tasks by status, each count opening the list', async () => {
    renderAt('/supervision/groups', [groupsMock, summaryMock], { viewer: supervisionAuditor });
    const row = (await screen.findByText('巩固衔接第一工作组')).closest('tr') as HTMLElement;
    expect(within(row).getByText('王建国')).toBeTruthy();
    expect(within(row).getByText('瀛湖镇')).toBeTruthy();
    expect(within(row).getByText('关庙镇')).toBeTruthy();
    expect(within(row).getByRole('link', { name: '4' }).getAttribute('href')).toBe(
      `/supervision/tasks?group=${GROUP_1}&overdue=1`,
    );
    expect(within(row).getByRole('link', { name: '12' }).getAttribute('href')).toBe(
      `/supervision/tasks?group=${GROUP_1}&status=ASSIGNED`,
    );
  });

  it('lists the demonstration villages with their town, group and other categories', async () => {
    const village = {
      __typename: 'Village' as const,
      code: '610902102201',
      name: '大明村',
      categories: ['FORMER_POVERTY', 'DEMONSTRATION'],
      town: { __typename: 'Town' as const, code: yinghu.code, name: yinghu.name },
    };
    renderAt(
      '/supervision/demonstration-villages',
      [
        {
          request: {
            query: DemonstrationVillagesQuery,
            variables: { filter: { category: 'DEMONSTRATION' }, first: 20, after: null },
          },
          result: { data: { villages: connection('Village', [{ ...village, id: village.code }], 30) } },
        },
        townsMock,
        groupsMock,
      ],
      { viewer: supervisionReader },
    );
    const row = (await screen.findByText('大明村')).closest('tr') as HTMLElement;
    expect(within(row).getByText('瀛湖镇')).toBeTruthy();
    expect(within(row).getByText('脱贫村')).toBeTruthy();
    expect(within(row).getByText('乡村振兴示范村')).toBeTruthy();
    expect(await within(row).findByText('巩固衔接第一工作组')).toBeTruthy();
    expect(screen.getByText('共 30 条')).toBeTruthy();
  });

  it('导出 Excel on 示范村 sends the villages’ filter', async () => {
    const spy = startExportSpy();
    const filter = { category: 'DEMONSTRATION', townCode: yinghu.code };
    renderAt(
      `/supervision/demonstration-villages?town=${yinghu.code}`,
      [
        {
          request: { query: DemonstrationVillagesQuery, variables: { filter, first: 20, after: null } },
          result: { data: { villages: connection('Village', []) } },
        },
        townsMock,
        groupsMock,
        spy.mock,
      ],
      { viewer: withExport(supervisionReader) },
    );
    await expectExport(spy, 'VILLAGES', { filter });
  });
});

describe('总览: 督查督办', () => {
  it('prints the counts by status, the overdue in red, and the open tasks of each group', async () => {
    const router = createMemoryRouter([{ path: '/', element: <SupervisionPanel /> }]);
    render(
      <MockedProvider
        cache={createCache()}
        mocks={[{ request: { query: SupervisionSummaryQuery }, result: { data: { supervisionSummary } } }]}
      >
        <RouterProvider router={router} />
      </MockedProvider>,
    );
    expect((await screen.findByTestId('supervision-tasks')).textContent).toBe('60');
    expect(screen.getByTestId('supervision-assigned').textContent).toBe('22');
    expect(screen.getByTestId('supervision-rectified').textContent).toBe('9');
    expect(screen.getByTestId('supervision-closed').textContent).toBe('29');
    const overdue = screen.getByTestId('supervision-overdue');
    expect(overdue.textContent).toBe('7');
    expect(overdue.style.color).toBe('rgb(207, 19, 34)');
    const bars = screen.getByRole('list', { name: '各督查组未销号任务（其中逾期）' });
    expect(within(bars).getByText('17 件（逾期 4）')).toBeTruthy();
    expect(within(bars).getByRole('link', { name: '巩固衔接第一工作组' }).getAttribute('href')).toBe(
      `/supervision/tasks?group=${GROUP_1}`,
    );
    expect(screen.getByRole('link', { name: '逾期清单' }).getAttribute('href')).toBe('/supervision/tasks?overdue=1');
  });
});
