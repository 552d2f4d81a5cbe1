import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listMock, pickerMock, sourcesMock } from '../../test/disbursementFixtures';
import { expectExport, startExportSpy, withExport } from '../../test/exports';
import { renderAt } from '../../test/render';
import { districtAdmin } from '../../test/viewers';
import { FundSourcesQuery, RecordDisbursementMutation } from './funds.graphql';

function itemOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

/** 登记支出, then the project HB2021-0001 and its one allocation (520,000.00 元 left). */
async function openRecordFormOnAllocation() {
  fireEvent.click(await screen.findByRole('button', { name: /登记支出/ }));
  const projectSelect = await screen.findByLabelText('项目');
  fireEvent.focus(projectSelect);
  fireEvent.mouseDown(projectSelect);
  fireEvent.click(await screen.findByText('HB2021-0001 中心村茶园提升'));
  await waitFor(() => expect(itemOf('项目').textContent).toContain('中心村茶园提升'));
  await waitFor(() => expect(itemOf('资金安排').querySelector('.ant-select-disabled')).toBeNull());
  fireEvent.mouseDown(screen.getByLabelText('资金安排'));
  const options = await screen.findAllByText('2021年中央财政衔接资金（未支出 520,000.00 元）');
  fireEvent.click(options[options.length - 1]);
}

describe('导出 Excel', () => {
  it('on 资金来源 sends the tab’s year', async () => {
    const spy = startExportSpy();
    renderAt(
      '/funds',
      [
        sourcesMock,
        {
          request: { query: FundSourcesQuery, variables: { filter: { year: 2021 }, first: 100 } },
          result: {
            data: {
              fundSources: {
                __typename: 'FundSourceConnection',
                totalCount: 0,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [],
              },
            },
          },
        },
        spy.mock,
      ],
      { viewer: withExport(districtAdmin) },
    );
    await expectExport(spy, 'FUND_SOURCES', { filter: { year: 2021 } });
  });
});

describe('资金支出', () => {
  it('lists payments with reversals as negative entries', async () => {
    renderAt('/funds?tab=disbursements', [listMock, sourcesMock]);
    const row = (await screen.findByText('PZ-2021-0002')).closest('tr') as HTMLElement;
    expect(within(row).getByText('-20,000.00')).toBeTruthy();
    expect(within(row).getByText('冲销 PZ-2021-0000')).toBeTruthy();
    // A reversal is never reversed.
    const first = screen.getByText('PZ-2021-0001').closest('tr') as HTMLElement;
    expect(within(first).getByRole('button', { name: /冲\s*销/ })).toBeTruthy();
    expect(within(row).queryByRole('button')).toBeNull();
    // What the server says is left to reverse decides: nothing left, no 冲销.
    const full = screen.getByText('PZ-2021-0000').closest('tr') as HTMLElement;
    expect(within(full).getByText('已全部冲销')).toBeTruthy();
    expect(within(full).queryByRole('button')).toBeNull();
    const part = screen.getByText('PZ-2021-0003').closest('tr') as HTMLElement;
    expect(within(part).getByText('已冲销 100,000.00 元')).toBeTruthy();
    expect(within(part).getByRole('button', { name: /冲\s*销/ })).toBeTruthy();
  });

  it('checks the amount as money and shows the server’s message at the voucher field', async () => {
    let sent: Record<string, unknown> | undefined;
    renderAt('/funds?tab=disbursements', [
      listMock,
      sourcesMock,
      pickerMock,
      {
        request: { query: RecordDisbursementMutation, variables: () => true },
        result: (variables) => {
          sent = variables.input;
          return {
            errors: [
              {
                message: '输入有误',
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'voucherNo', message: '凭证号已存在' }] },
              },
            ],
          };
        },
      },
    ]);
    await openRecordFormOnAllocation();

    const amount = screen.getByLabelText('金额(元)');
    fireEvent.change(amount, { target: { value: '12.345' } });
    await waitFor(() => expect(itemOf('金额(元)').textContent).toContain('最多两位小数'));
    fireEvent.change(amount, { target: { value: '600000' } });
    await waitFor(() => expect(itemOf('金额(元)').textContent).toContain('超过未支出金额 520,000.00 元'));
    fireEvent.change(amount, { target: { value: '12,500.5' } });
    fireEvent.change(screen.getByLabelText('凭证号'), { target: { value: 'PZ-2021-0001' } });
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));

    await waitFor(() => expect(itemOf('凭证号').textContent).toContain('凭证号已存在'));
    expect(sent).toMatchObject({ allocationId: 'a-1', amount: '12500.50', voucherNo: 'PZ-2021-0001' });
  });
});

describe('资金支出 conflicts', () => {
  it('shows a state CONFLICT (over the allocation) at the amount, not as a stale-record dialog', async () => {
    renderAt('/funds?tab=disbursements', [
      listMock,
      sourcesMock,
      pickerMock,
      {
        request: { query: RecordDisbursementMutation, variables: () => true },
        result: {
          errors: [
            {
              message: '支出金额超过该资金安排的剩余额度（剩余 520000.00 元）',
              extensions: {
                code: 'CONFLICT',
                reason: 'EXCEEDS_ALLOCATION',
                fields: [{ field: 'amount', message: '超过剩余额度 520000.00 元' }],
              },
            },
          ],
        },
      },
    ]);
    await openRecordFormOnAllocation();
    fireEvent.change(screen.getByLabelText('金额(元)'), { target: { value: '1000' } });
    fireEvent.change(screen.getByLabelText('凭证号'), { target: { value: 'PZ-2021-0009' } });
    fireEvent.click(screen.getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(itemOf('金额(元)').textContent).toContain('超过剩余额度 520000.00 元'));
    expect(screen.queryByText('记录已被他人修改')).toBeNull();
  });
});
