import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../test/render';
import { districtAdmin, townClerk, viewer } from '../../test/viewers';

const allocator = viewer({ permissions: [...districtAdmin.permissions, 'allocation:write'] });

describe('导入资金安排 / 导入资金支出', () => {
  it('offers each list’s own template and says how rows are matched', async () => {
    renderAt('/funds/allocations/import', [], { viewer: allocator });
    expect(await screen.findByText('导入资金安排', { selector: 'h4' })).toBeTruthy();
    expect((await screen.findByRole('link', { name: /下载导入模板/ })).getAttribute('href')).toBe(
      '/api/imports/templates/FUND_ALLOCATIONS.xlsx',
    );
    expect(screen.getByText(/按项目编号和资金来源编号对应/)).toBeTruthy();
  });

  it('payments: matched on the voucher number, never changed or reversed by a file', async () => {
    renderAt('/funds/disbursements/import', [], { viewer: townClerk });
    expect((await screen.findByRole('link', { name: /下载导入模板/ })).getAttribute('href')).toBe(
      '/api/imports/templates/DISBURSEMENTS.xlsx',
    );
    expect(screen.getByText(/已登记的支出不能通过导入修改或冲销/)).toBeTruthy();
  });

  it('allocations are district work: a town clerk is told 无权访问', async () => {
    renderAt('/funds/allocations/import', [], { viewer: townClerk });
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /下载导入模板/ })).toBeNull();
  });
});
