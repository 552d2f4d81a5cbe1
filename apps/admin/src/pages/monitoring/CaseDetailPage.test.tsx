import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { monitoringCase } from '../../test/monitoringFixtures';
import { type Mock, renderAt } from '../../test/render';
import { monitoringAdmin, monitoringAuditor, monitoringClerk } from '../../test/viewers';
import { EliminateRiskMutation, MonitoringCaseDetailQuery, RecordMonitoringStepMutation } from './monitoring.graphql';

const detail = (done: number, overrides: Record<string, unknown> = {}, maxUsageCount = 3): Mock => ({
  request: { query: MonitoringCaseDetailQuery, variables: { id: 'c-1' } },
  result: { data: { monitoringCase: monitoringCase(done, overrides) } },
  maxUsageCount,
});

const nextCard = () => screen.getByTestId('next-step');

describe('案件详情', () => {
  it('shows every step of the procedure: done with who, when and materials; the next highlighted; later grey', async () => {
    renderAt('/monitoring/cases/c-1', [detail(5)], { viewer: monitoringClerk });
    const done = await screen.findByTestId('step-CONSENT');
    expect(done.getAttribute('data-state')).toBe('done');
    expect(within(done).getByText('超时办理')).toBeTruthy();
    expect(within(done).getByText(/瀛湖镇工作人员（yinghu） · 2026-11-11 办理/)).toBeTruthy();
    expect(
      within(done)
        .getByRole('link', { name: /承诺授权书.pdf/ })
        .getAttribute('href'),
    ).toBe('/api/monitoring/attachments/a-1');
    const next = screen.getByTestId('step-VILLAGE_NOTICE');
    expect(next.getAttribute('data-state')).toBe('next');
    expect(within(next).getByText('截止 2026-11-25')).toBeTruthy();
    expect(within(next).getByText('超时')).toBeTruthy();
    expect(screen.getByTestId('step-TOWN_REVIEW').getAttribute('data-state')).toBe('later');
    // The notice step is next: the clerk can print the village notice from here.
    expect(screen.getByRole('link', { name: /生成村级公示/ }).getAttribute('href')).toBe(
      '/monitoring/notice/610902102201?case=c-1',
    );
    expect(within(nextCard()).getByLabelText('公示开始日期')).toBeTruthy();
  });

  it('a town clerk has no form for 区级审定: the case waits for the district', async () => {
    renderAt('/monitoring/cases/c-1', [detail(7)], { viewer: monitoringClerk });
    expect(await screen.findByText('待区级审定')).toBeTruthy();
    expect(within(nextCard()).queryByRole('button', { name: /提交/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /生成村级公示/ })).toBeNull();
  });

  it('the district administrator records 区级审定, which may also reject', async () => {
    renderAt('/monitoring/cases/c-1', [detail(7)], { viewer: monitoringAdmin });
    expect(await screen.findByRole('button', { name: '提交「区级审定」' })).toBeTruthy();
    expect(within(nextCard()).getByRole('radio', { name: '不通过' })).toBeTruthy();
    expect(screen.queryByText('待区级审定')).toBeNull();
  });

  it('an auditor reads the case and records nothing', async () => {
    renderAt('/monitoring/cases/c-1', [detail(2)], { viewer: monitoringAuditor });
    expect(await screen.findByText('您没有办理权限，只能查看。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /提交/ })).toBeNull();
  });

  it('records the next step with the version it read, then shows the case as it now is', async () => {
    let sent: Record<string, unknown> | undefined;
    renderAt(
      '/monitoring/cases/c-1',
      [
        detail(1, {}, 1),
        {
          request: { query: RecordMonitoringStepMutation, variables: () => true },
          result: (variables) => {
            sent = variables;
            return {
              data: {
                recordMonitoringStep: {
                  __typename: 'MonitoringCase',
                  id: 'c-1',
                  status: 'IDENTIFYING',
                  completedSteps: 2,
                  nextStepDueOn: '2026-11-13',
                  version: 2,
                },
              },
            };
          },
        },
        detail(2),
      ],
      { viewer: monitoringClerk },
    );
    const card = await screen.findByTestId('next-step');
    fireEvent.change(await within(card).findByLabelText('办理意见'), { target: { value: '入户核查，情况属实' } });
    fireEvent.click(within(card).getByRole('button', { name: '提交「入户核查」' }));
    await waitFor(() =>
      expect(sent).toEqual({
        input: {
          caseId: 'c-1',
          version: 1,
          stepCode: 'HOME_VISIT',
          outcome: 'PASSED',
          actedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          note: '入户核查，情况属实',
          noticeStart: null,
          noticeEnd: null,
          attachmentIds: [],
        },
      }),
    );
    expect(await screen.findByText('已办理「入户核查」')).toBeTruthy();
    expect(
      await within(screen.getByTestId('next-step')).findByRole('button', { name: '提交「承诺授权」' }),
    ).toBeTruthy();
  });

  it('shows the API’s reason when a step is refused, keeping the form', async () => {
    renderAt(
      '/monitoring/cases/c-1',
      [
        detail(1),
        {
          request: { query: RecordMonitoringStepMutation, variables: () => true },
          result: {
            errors: [
              {
                message: '办理日期不能早于上一步的办理日期（2026-11-09）',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ field: 'actedOn', message: '办理日期不能早于上一步的办理日期（2026-11-09）' }],
                },
              },
            ],
          },
        },
      ],
      { viewer: monitoringClerk },
    );
    fireEvent.click(await screen.findByRole('button', { name: '提交「入户核查」' }));
    expect(await screen.findByText('办理日期不能早于上一步的办理日期（2026-11-09）')).toBeTruthy();
    expect(screen.getByRole('button', { name: '提交「入户核查」' })).toBeTruthy();
  });
});

describe('风险消除（销号）', () => {
  it('shows what the API found unmet, item by item', async () => {
    renderAt(
      '/monitoring/cases/c-1',
      [
        detail(8, {
          status: 'MONITORING',
          nextStep: null,
          nextStepDueOn: null,
          overdue: false,
          identifiedOn: '2026-11-17',
        }),
        {
          request: { query: EliminateRiskMutation, variables: () => true },
          result: {
            errors: [
              {
                message: '不满足风险消除条件：人均纯收入 6010.50 元未高于监测线 8000.00 元；基本医疗未保障',
                extensions: {
                  code: 'CONFLICT',
                  reason: 'CONDITIONS_NOT_MET',
                  unmet: ['人均纯收入 6010.50 元未高于监测线 8000.00 元', '基本医疗未保障'],
                },
              },
            ],
          },
        },
      ],
      { viewer: monitoringClerk },
    );
    expect(await screen.findByText('识别程序已结束。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /风险消除（销号）/ }));
    const refusal = await screen.findByTestId('conditions-not-met');
    expect(within(refusal).getByText('不满足风险消除条件')).toBeTruthy();
    expect(within(refusal).getByText('人均纯收入 6010.50 元未高于监测线 8000.00 元')).toBeTruthy();
    expect(within(refusal).getByText('基本医疗未保障')).toBeTruthy();
    // Not a stale record: no reload dialog.
    expect(screen.queryByText('记录已被他人修改')).toBeNull();
  });
});
