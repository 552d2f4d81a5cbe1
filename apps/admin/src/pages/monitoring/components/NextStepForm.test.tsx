import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Form } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderComponent } from '../../../test/render';
import type { ProcedureStep } from '../caseTypes';
import { NextStepForm, type StepSubmission, type StepValues } from './NextStepForm';
import { noticeDays, outcomesFor } from './stepFormRules';

const step = (overrides: Partial<ProcedureStep>): ProcedureStep => ({
  __typename: 'MonitoringStep',
  position: 2,
  code: 'HOME_VISIT',
  name: '入户核查',
  actor: 'TOWN',
  timeLimitDays: 3,
  minimumDays: null,
  canReject: false,
  recordsNotice: false,
  requiredAttachments: [],
  ...overrides,
});

const HOME_VISIT = step({});
const VILLAGE_REVIEW = step({ position: 5, code: 'VILLAGE_REVIEW', name: '民主评议', canReject: true });
const VILLAGE_NOTICE = step({
  position: 6,
  code: 'VILLAGE_NOTICE',
  name: '村级公示',
  timeLimitDays: 8,
  minimumDays: 5,
  canReject: true,
  recordsNotice: true,
});

const day = (offset: number) => dayjs().startOf('day').add(offset, 'day');

/** The form with its instance in reach, so a test can set dates without driving the calendar popup. */
function Harness({
  s,
  onSubmit,
  values,
}: {
  s: ProcedureStep;
  onSubmit: (input: StepSubmission) => void;
  values?: Partial<StepValues>;
}) {
  const [form] = Form.useForm<StepValues>();
  useEffect(() => {
    if (values) form.setFieldsValue(values);
  }, [form, values]);
  return (
    <NextStepForm
      form={form}
      caseId="c-1"
      step={s}
      previousActedOn={day(-20).format('YYYY-MM-DD')}
      onSubmit={onSubmit}
    />
  );
}

const submit = (name: string) => fireEvent.click(screen.getByRole('button', { name: `提交「${name}」` }));

describe('the next-step form follows the procedure', () => {
  it('offers 不通过 only at a step that may reject', () => {
    const { unmount } = renderComponent(<Harness s={HOME_VISIT} onSubmit={vi.fn()} />);
    expect(screen.getByRole('radio', { name: '通过' })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: '不通过' })).toBeNull();
    unmount();
    renderComponent(<Harness s={VILLAGE_REVIEW} onSubmit={vi.fn()} />);
    expect(screen.getByRole('radio', { name: '不通过' })).toBeTruthy();
    expect(outcomesFor(HOME_VISIT)).toEqual(['PASSED']);
    expect(outcomesFor(VILLAGE_REVIEW)).toEqual(['PASSED', 'REJECTED']);
  });

  it('needs a reason to reject, and sends the rejection with it', async () => {
    const onSubmit = vi.fn();
    renderComponent(<Harness s={VILLAGE_REVIEW} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('radio', { name: '不通过' }));
    submit('民主评议');
    expect(await screen.findByText('不通过时须写明理由（至少 4 个字）')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('办理意见'), { target: { value: '家庭收入高于监测线，评议不同意纳入' } });
    submit('民主评议');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      stepCode: 'VILLAGE_REVIEW',
      outcome: 'REJECTED',
      note: '家庭收入高于监测线，评议不同意纳入',
      noticeStart: null,
      noticeEnd: null,
      attachmentIds: [],
    });
  });

  it('asks for the notice period only where the step records one, and states the minimum', () => {
    const { unmount } = renderComponent(<Harness s={HOME_VISIT} onSubmit={vi.fn()} />);
    expect(screen.queryByLabelText('公示开始日期')).toBeNull();
    expect(screen.queryByLabelText('公示结束日期')).toBeNull();
    unmount();
    renderComponent(<Harness s={VILLAGE_NOTICE} onSubmit={vi.fn()} />);
    expect(screen.getByLabelText('公示开始日期')).toBeTruthy();
    expect(screen.getByLabelText('公示结束日期')).toBeTruthy();
    expect(screen.getByTestId('notice-rule').textContent).toBe(
      '公示期不少于 5 天（含首尾两天），公示期满后方可办结本步',
    );
  });

  it('refuses a notice shorter than the minimum, or a step done before the notice is over', async () => {
    const onSubmit = vi.fn();
    renderComponent(
      <Harness
        s={VILLAGE_NOTICE}
        onSubmit={onSubmit}
        values={{ noticeStart: day(-10), noticeEnd: day(-7), actedOn: day(-8) }}
      />,
    );
    submit('村级公示');
    expect(await screen.findByText('公示期不少于 5 天（现为 4 天）')).toBeTruthy();
    expect(await screen.findByText('公示期满后才能办结本步（办理日期不能早于公示结束日期）')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for each required material before sending', async () => {
    const onSubmit = vi.fn();
    renderComponent(
      <Harness
        s={{ ...VILLAGE_NOTICE, requiredAttachments: ['NOTICE_PHOTO'] }}
        onSubmit={onSubmit}
        values={{ noticeStart: day(-10), noticeEnd: day(-6), actedOn: day(-5) }}
      />,
    );
    expect(screen.getByRole('button', { name: /上传公示照片/ })).toBeTruthy();
    submit('村级公示');
    expect(await screen.findByText('请上传「公示照片」')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends a 5-day notice ending before the day the step is done', async () => {
    const onSubmit = vi.fn();
    renderComponent(
      <Harness
        s={VILLAGE_NOTICE}
        onSubmit={onSubmit}
        values={{ noticeStart: day(-10), noticeEnd: day(-6), actedOn: day(-5) }}
      />,
    );
    submit('村级公示');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toEqual({
      stepCode: 'VILLAGE_NOTICE',
      outcome: 'PASSED',
      actedOn: day(-5).format('YYYY-MM-DD'),
      note: null,
      noticeStart: day(-10).format('YYYY-MM-DD'),
      noticeEnd: day(-6).format('YYYY-MM-DD'),
      attachmentIds: [],
    });
    expect(noticeDays(day(-10), day(-6))).toBe(5);
  });
});
