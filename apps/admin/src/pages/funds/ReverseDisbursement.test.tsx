import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listMock, sourcesMock } from '../../test/disbursementFixtures';
import { type Mock, renderAt } from '../../test/render';
import { ReverseDisbursementMutation } from './funds.graphql';

function itemOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

async function openReversal(voucherNo: string) {
  const row = (await screen.findByText(voucherNo)).closest('tr') as HTMLElement;
  fireEvent.click(within(row).getByRole('button', { name: /冲\s*销/ }));
  return (await screen.findByLabelText('冲销金额(元)')) as HTMLInputElement;
}

function fillAndSubmit() {
  fireEvent.change(screen.getByLabelText('凭证号'), { target: { value: 'PZ-2021-0100' } });
  fireEvent.change(screen.getByLabelText('冲销原因'), { target: { value: '金额录入错误' } });
  fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
}

type Answer = Exclude<NonNullable<Mock['result']>, (...args: never[]) => unknown>;

/** The mutation, giving `answers` in turn and keeping what was sent last. */
function reverseMock(sent: { input?: Record<string, unknown> }, ...answers: Answer[]): Mock {
  let call = 0;
  return {
    request: { query: ReverseDisbursementMutation, variables: () => true },
    result: (variables) => {
      sent.input = variables.input;
      return answers[call++];
    },
    maxUsageCount: answers.length,
  };
}

const reversed = {
  data: {
    reverseDisbursement: {
      __typename: 'Disbursement',
      id: 'd9',
      amount: '-200000.00',
      voucherNo: 'PZ-2021-0100',
      allocation: {
        __typename: 'FundAllocation',
        id: 'a-1',
        amount: '1000000.00',
        disbursedAmount: '280000.00',
        remainingAmount: '720000.00',
      },
      reverses: { __typename: 'Disbursement', id: 'd3', reversedAmount: '300000.00', reversibleAmount: '0.00' },
    },
  },
};

describe('冲销', () => {
  it('starts from what is left to reverse, shows it, and sends the amount confirmed', async () => {
    const sent: { input?: Record<string, unknown> } = {};
    renderAt('/funds?tab=disbursements', [listMock, sourcesMock, reverseMock(sent, reversed)]);
    const amount = await openReversal('PZ-2021-0003');
    expect(amount.value).toBe('200000.00');
    const dialog = amount.closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByText('200,000.00')).toBeTruthy();
    expect(within(dialog).getByText('100,000.00')).toBeTruthy();

    fireEvent.change(amount, { target: { value: '200000.01' } });
    await waitFor(() => expect(itemOf('冲销金额(元)').textContent).toContain('不能超过可冲销金额 200,000.00 元'));
    fireEvent.change(amount, { target: { value: '200,000' } });
    fillAndSubmit();
    await waitFor(() => expect(sent.input).toBeDefined());
    expect(sent.input).toMatchObject({
      disbursementId: 'd3',
      amount: '200000.00',
      voucherNo: 'PZ-2021-0100',
      reason: '金额录入错误',
    });
    expect(await screen.findByText('已冲销，冲销凭证 PZ-2021-0100')).toBeTruthy();
  });

  it('sends null, all that is open, when the amount is emptied; each payment opens with its own amount', async () => {
    const sent: { input?: Record<string, unknown> } = {};
    renderAt('/funds?tab=disbursements', [listMock, sourcesMock, reverseMock(sent, reversed)]);
    expect((await openReversal('PZ-2021-0001')).value).toBe('500000.00');
    fireEvent.click(screen.getByRole('button', { name: /取\s*消|Cancel/ }));
    const amount = await openReversal('PZ-2021-0003');
    await waitFor(() => expect(amount.value).toBe('200000.00'));
    fireEvent.change(amount, { target: { value: '' } });
    fillAndSubmit();
    await waitFor(() => expect(sent.input).toBeDefined());
    expect(sent.input?.amount).toBeNull();
  });

  it('shows a CONFLICT other than a stale version as the server says it: at its field, or above the form', async () => {
    const sent: { input?: Record<string, unknown> } = {};
    renderAt('/funds?tab=disbursements', [
      listMock,
      sourcesMock,
      reverseMock(
        sent,
        {
          errors: [
            {
              message: '冲销金额超过未冲销部分（150000.00 元）',
              extensions: {
                code: 'CONFLICT',
                reason: 'EXCEEDS_PAYMENT',
                fields: [{ field: 'amount', message: '最多可冲销 150000.00 元' }],
              },
            },
          ],
        },
        { errors: [{ message: '该笔支出已全部冲销', extensions: { code: 'CONFLICT', reason: 'ALREADY_REVERSED' } }] },
      ),
    ]);
    await openReversal('PZ-2021-0003');
    fillAndSubmit();
    await waitFor(() => expect(itemOf('冲销金额(元)').textContent).toContain('最多可冲销 150000.00 元'));
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    expect(await screen.findByText('该笔支出已全部冲销')).toBeTruthy();
    expect(screen.queryByText('记录已被他人修改')).toBeNull();
  });

  it('a resubmission after a lost answer sends the same idempotency key; the next reversal a new one', async () => {
    const keys: unknown[] = [];
    const sent: { input?: Record<string, unknown> } = {};
    const lost = {
      errors: [{ message: '系统繁忙，请稍后重试', extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }],
    };
    const mock = reverseMock(sent, lost, reversed, reversed);
    const answer = mock.result as (variables: Record<string, any>) => Answer;
    mock.result = (variables) => {
      keys.push(variables.input.idempotencyKey);
      return answer(variables);
    };
    renderAt('/funds?tab=disbursements', [listMock, sourcesMock, mock]);
    await openReversal('PZ-2021-0003');
    fillAndSubmit();
    expect(await screen.findByText('系统繁忙，请稍后重试')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    expect(await screen.findByText('已冲销，冲销凭证 PZ-2021-0100')).toBeTruthy();
    await openReversal('PZ-2021-0001');
    fillAndSubmit();
    await waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[2]).not.toBe(keys[0]);
  });
});
