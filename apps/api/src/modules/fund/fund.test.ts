import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefused } from '../../test/expect-error';
import {
  CREATE_FUND_SOURCE,
  createAllocation,
  createFundSource,
  createProject,
  fen,
  fundedProject,
  getAllocation,
  getProject,
  recordDisbursement,
  reverseDisbursement,
} from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';

const SOURCE = `query ($id: ID!) { fundSource(id: $id) { id allocatedAmount disbursedAmount executionRate projectCount } }`;

/** The money path a clerk walks: a fund source, its allocation to a project, payments, corrections. */
describe('funds: sources, allocations, disbursements', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('createFundSource returns the source with nothing allocated yet', async () => {
    const input = {
      code: 'XJ2030-01',
      name: '2030年中央财政衔接推进乡村振兴补助资金',
      year: 2030,
      category: 'BRIDGING',
      level: 'CENTRAL',
      documentNo: '陕财办农〔2030〕1号',
    };
    const result = await api.gql(CREATE_FUND_SOURCE, { input });
    expect(result.errors).toBeUndefined();
    const source = result.data?.createFundSource;
    expect(source).toMatchObject({ ...input, allocatedAmount: '0.00', disbursedAmount: '0.00', projectCount: 0 });
    const again = await api.gql(CREATE_FUND_SOURCE, { input: { ...input, name: '编号重复的资金来源' } });
    expectRefused(again, 'CONFLICT');
  });

  it('an allocation moves the project total, the source total and starts with all of it remaining', async () => {
    const project = await createProject(api);
    const source = await createFundSource(api);
    const allocation = await createAllocation(api, {
      projectId: project.id,
      fundSourceId: source.id,
      amount: '123456.78',
      allocatedOn: '2024-02-01',
    });
    expect(allocation).toMatchObject({
      amount: '123456.78',
      disbursedAmount: '0.00',
      remainingAmount: '123456.78',
      executionRate: '0.0000',
      allocatedOn: '2024-02-01',
      version: 1,
      disbursementCount: 0,
    });
    expect(allocation.fundSource).toEqual({ id: source.id, name: source.name });
    expect(await getProject(api, project.id)).toMatchObject({
      allocatedAmount: '123456.78',
      disbursedAmount: '0.00',
      executionRate: '0.0000',
    });
    expect((await api.gql(SOURCE, { id: source.id })).data?.fundSource).toMatchObject({
      allocatedAmount: '123456.78',
      disbursedAmount: '0.00',
      projectCount: 1,
    });

    // A second source on the same project adds to the project's total.
    await createAllocation(api, { projectId: project.id, amount: '0.22' });
    expect((await getProject(api, project.id)).allocatedAmount).toBe('123457.00');
  });

  it('payments add up exactly to the fen: 0.10 + 0.20 = 0.30', async () => {
    const { project, allocation } = await fundedProject(api, '1.00');
    await recordDisbursement(api, allocation.id, '0.10');
    await recordDisbursement(api, allocation.id, '0.20');
    expect(await getAllocation(api, allocation.id)).toMatchObject({
      disbursedAmount: '0.30',
      remainingAmount: '0.70',
      executionRate: '0.3000',
      disbursementCount: 2,
    });
    expect(await getProject(api, project.id)).toMatchObject({
      allocatedAmount: '1.00',
      disbursedAmount: '0.30',
      executionRate: '0.3000',
    });
  });

  it('a hundred payments of 0.01 add up to 1.00 and close the allocation', async () => {
    const { project, allocation } = await fundedProject(api, '1.00');
    for (let i = 0; i < 100; i++) await recordDisbursement(api, allocation.id, '0.01');
    expect(await getAllocation(api, allocation.id)).toMatchObject({
      disbursedAmount: '1.00',
      remainingAmount: '0.00',
      executionRate: '1.0000',
      disbursementCount: 100,
    });
    expect((await getProject(api, project.id)).disbursedAmount).toBe('1.00');
  });

  it('execution rate is rounded half up to four places from the exact amounts', async () => {
    const { project, allocation } = await fundedProject(api, '3.00');
    await recordDisbursement(api, allocation.id, '2.00');
    expect((await getProject(api, project.id)).executionRate).toBe('0.6667');
    const seed = await api.gql(
      `{ fundingSummary(year: 2021, groupBy: CATEGORY, fundCategory: BRIDGING) { totals { executionRate } } }`,
    );
    expect(seed.data?.fundingSummary.totals.executionRate).toBe('0.9967');
  });

  it('the largest amount numeric(18,2) holds goes through untouched', async () => {
    const { project, allocation } = await fundedProject(api, '9999999999999999.99');
    expect(allocation.remainingAmount).toBe('9999999999999999.99');
    await recordDisbursement(api, allocation.id, '0.01');
    expect(await getAllocation(api, allocation.id)).toMatchObject({
      disbursedAmount: '0.01',
      remainingAmount: '9999999999999999.98',
      executionRate: '0.0000',
    });
    await recordDisbursement(api, allocation.id, '9999999999999999.98');
    expect(await getAllocation(api, allocation.id)).toMatchObject({
      disbursedAmount: '9999999999999999.99',
      remainingAmount: '0.00',
      executionRate: '1.0000',
    });
    expect(await getProject(api, project.id)).toMatchObject({
      allocatedAmount: '9999999999999999.99',
      disbursedAmount: '9999999999999999.99',
    });
  });

  it('an allocation that would push the project total past 16 digits is refused cleanly and changes nothing', async () => {
    const { project } = await fundedProject(api, '9999999999999999.99');
    const source = await createFundSource(api);
    const result = await api.gql(
      `mutation ($input: CreateFundAllocationInput!) { createFundAllocation(input: $input) { id } }`,
      {
        input: { projectId: project.id, fundSourceId: source.id, amount: '0.01', allocatedOn: '2024-03-15' },
      },
    );
    expectRefused(result, 'BAD_USER_INPUT');
    expect((await getProject(api, project.id)).allocatedAmount).toBe('9999999999999999.99');
    expect((await api.gql(SOURCE, { id: source.id })).data?.fundSource.projectCount).toBe(0);
  });

  it('an amount may be sent as an integer number of 元', async () => {
    const project = await createProject(api);
    const source = await createFundSource(api);
    const result = await api.gql(
      `mutation ($input: CreateFundAllocationInput!) { createFundAllocation(input: $input) { amount } }`,
      {
        input: { projectId: project.id, fundSourceId: source.id, amount: 2500, allocatedOn: '2024-03-15' },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createFundAllocation.amount).toBe('2500.00');
  });

  describe('reversal', () => {
    it('a partial then a full reversal bring the money back; the original payment stays as it was', async () => {
      const { project, allocation } = await fundedProject(api, '1000.00');
      const paid = await recordDisbursement(api, allocation.id, '400.00', { paidOn: '2024-05-20' });

      const partial = await reverseDisbursement(api, paid.id, '150.00');
      expect(partial.amount).toBe('-150.00');
      expect(partial.reverses).toEqual({ id: paid.id, amount: '400.00' });
      expect(await getAllocation(api, allocation.id)).toMatchObject({
        disbursedAmount: '250.00',
        remainingAmount: '750.00',
        disbursementCount: 2,
      });

      const rest = await reverseDisbursement(api, paid.id); // no amount: whatever is still open
      expect(rest.amount).toBe('-250.00');
      const after = await getAllocation(api, allocation.id);
      expect(after).toMatchObject({
        disbursedAmount: '0.00',
        remainingAmount: '1000.00',
        executionRate: '0.0000',
        disbursementCount: 3,
      });
      expect((await getProject(api, project.id)).disbursedAmount).toBe('0.00');

      const original = after.disbursements.find((d: { id: string }) => d.id === paid.id);
      expect(original).toMatchObject({
        amount: '400.00',
        paidOn: '2024-05-20',
        voucherNo: paid.voucherNo,
        reverses: null,
      });
      const sum = after.disbursements.reduce((n: bigint, d: { amount: string }) => n + fen(d.amount), 0n);
      expect(sum).toBe(0n);
    });

    it('money freed by a reversal can be paid again', async () => {
      const { allocation } = await fundedProject(api, '100.00');
      const paid = await recordDisbursement(api, allocation.id, '100.00');
      await reverseDisbursement(api, paid.id, '30.00');
      await recordDisbursement(api, allocation.id, '30.00');
      expect(await getAllocation(api, allocation.id)).toMatchObject({
        disbursedAmount: '100.00',
        remainingAmount: '0.00',
      });
    });
  });
});
