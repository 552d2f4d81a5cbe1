import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eastWestSummary, enterprise } from '../../test/industryFixtures';
import { type Mock, renderAt } from '../../test/render';
import { industryAdmin, industryAuditor, industryClerk } from '../../test/viewers';
import { liftedJobsRule } from './components/EnterpriseFormModal';
import { EastWestQuery, RecordEnterpriseInvestmentMutation, UpdatePartnerEnterpriseMutation } from './industry.graphql';

const eastWest: Mock = {
  request: { query: EastWestQuery, variables: { withProjects: true } },
  result: {
    data: {
      eastWestSummary,
      partnerEnterprises: [
        enterprise('ent-1', '新城地产'),
        enterprise('ent-2', '江南茶业有限公司（演示）', { investments: [], totalInvestment: '0.00' }),
      ],
    },
  },
  maxUsageCount: 5,
};

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

describe('东西部协作', () => {
  it('prints the headline as the report does: 5 家, 1.05 亿元', async () => {
    renderAt('/industry/east-west', [eastWest], { viewer: industryAuditor });
    expect((await screen.findByTestId('eastwest-enterprises')).textContent).toBe('5');
    expect(screen.getByTestId('eastwest-investment').textContent).toBe('1.05');
    expect(screen.getByText('亿元')).toBeTruthy();
    expect(within(rowOf('新城地产')).getByText('30,000,000.00')).toBeTruthy();
    // A row opens onto its investments and where they went.
    fireEvent.click(within(rowOf('新城地产')).getByRole('button', { name: /展开行|Expand row/ }));
    const investments = await screen.findByRole('table', { name: '新城地产的投资' });
    expect(within(investments).getByRole('link', { name: '园区：阳晨现代农业园区' }).getAttribute('href')).toBe(
      '/industry/parks/park-1',
    );
  });

  it('a district administrator registers and edits enterprises and records investments', async () => {
    renderAt('/industry/east-west', [eastWest], { viewer: industryAdmin });
    expect(await screen.findByRole('button', { name: /新增企业/ })).toBeTruthy();
    await screen.findByText('新城地产');
    expect(within(rowOf('新城地产')).getByRole('button', { name: /编\s*辑/ })).toBeTruthy();
    expect(within(rowOf('新城地产')).getByRole('button', { name: /登记投资/ })).toBeTruthy();
  });

  it('a town clerk (industry:write for her parks) only reads it: no 新增企业, no 编辑, no 登记投资', async () => {
    renderAt('/industry/east-west', [eastWest], { viewer: industryClerk });
    expect(await screen.findByText('协作企业和投资由区级登记，镇办只能查看。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新增企业/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /编\s*辑/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /登记投资/ })).toBeNull();
  });

  it('records an investment as a decimal string, after refusing an amount of zero', async () => {
    let sent: Record<string, unknown> | undefined;
    renderAt(
      '/industry/east-west',
      [
        eastWest,
        {
          request: { query: RecordEnterpriseInvestmentMutation, variables: () => true },
          result: (variables) => {
            sent = variables.input;
            return {
              data: {
                recordEnterpriseInvestment: { __typename: 'EnterpriseInvestment', id: 'inv-9', amount: '500000.10' },
              },
            };
          },
        },
      ],
      { viewer: industryAdmin },
    );
    await screen.findByText('新城地产');
    fireEvent.click(within(rowOf('新城地产')).getByRole('button', { name: /登记投资/ }));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByLabelText('金额（元）');
    fireEvent.change(amount, { target: { value: '0' } });
    fireEvent.change(within(dialog).getByLabelText('投资内容'), { target: { value: '社区工厂设备购置' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    expect(await within(dialog).findByText('请输入大于 0 的金额，最多两位小数')).toBeTruthy();
    fireEvent.change(amount, { target: { value: '500,000.1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({
      enterpriseId: 'ent-1',
      year: new Date().getFullYear(),
      amount: '500000.10',
      parkId: null,
      projectId: null,
      description: '社区工厂设备购置',
      idempotencyKey: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('edits an enterprise with its version and shows the API’s field message', async () => {
    let sent: Record<string, unknown> | undefined;
    renderAt(
      '/industry/east-west',
      [
        eastWest,
        {
          request: { query: UpdatePartnerEnterpriseMutation, variables: () => true },
          result: (variables) => {
            sent = variables.input;
            return {
              errors: [
                {
                  message: '已有同名企业',
                  extensions: {
                    code: 'CONFLICT',
                    reason: 'DUPLICATE',
                    fields: [{ field: 'name', message: '已有同名企业' }],
                  },
                },
              ],
            };
          },
        },
      ],
      { viewer: industryAdmin },
    );
    await screen.findByText('新城地产');
    fireEvent.click(within(rowOf('新城地产')).getByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect((within(dialog).getByLabelText('企业名称') as HTMLInputElement).value).toBe('新城地产'));
    fireEvent.change(within(dialog).getByLabelText('企业名称'), { target: { value: '江南茶业有限公司（演示）' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toMatchObject({ name: '江南茶业有限公司（演示）', version: 1, jobs: 180, liftedJobs: 62 });
    const nameItem = within(dialog).getByLabelText('企业名称').closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(nameItem.textContent).toContain('已有同名企业'));
  });

  it('refuses more poverty-lifted jobs than jobs before asking the API', async () => {
    const rule = liftedJobsRule({ getFieldValue: () => 10 });
    await expect(rule.validator(null, 10)).resolves.toBeUndefined();
    await expect(rule.validator(null, 11)).rejects.toThrow('脱贫劳动力岗位不能超过岗位总数');
  });
});
