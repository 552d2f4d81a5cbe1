import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFields, expectRefused } from '../../test/expect-error';
import {
  type Allocation,
  CREATE_ALLOCATION,
  createFundSource,
  createProject,
  disbursementInput,
  fundedProject,
  getAllocation,
  getProject,
  RECORD_DISBURSEMENT,
  recordDisbursement,
} from '../../test/factories';
import { type GqlResult, startTestApi, type TestApi } from '../../test/harness';

/** Money is a decimal string with at most two places; anything else is refused before it is stored. */
describe('bad money input', () => {
  let api: TestApi;
  let allocation: Allocation;
  let projectId: string;
  beforeAll(async () => {
    api = await startTestApi();
    const funded = await fundedProject(api, '1000.00');
    allocation = funded.allocation;
    projectId = funded.project.id;
    await recordDisbursement(api, allocation.id, '100.00', { paidOn: '2024-04-01' });
  });
  afterAll(() => api?.close());

  /** A refused payment leaves the allocation, its payments and the project exactly as they were. */
  async function expectNothingWritten() {
    expect(await getAllocation(api, allocation.id)).toMatchObject({
      disbursedAmount: '100.00',
      remainingAmount: '900.00',
      disbursementCount: 1,
    });
    expect((await getProject(api, projectId)).disbursedAmount).toBe('100.00');
  }

  const pay = (amount: unknown, overrides: Record<string, unknown> = {}) =>
    api.gql(RECORD_DISBURSEMENT, { input: disbursementInput(allocation.id, amount as string, overrides) });

  /** The same payment written into the query text, as a hand-written call would. */
  const payLiteral = (amountLiteral: string) =>
    api.gql(`mutation {
      recordDisbursement(input: { allocationId: "${allocation.id}", paidOn: "2024-05-01", voucherNo: "LIT-${Date.now()}", amount: ${amountLiteral} }) { id }
    }`);

  async function refusedAt(result: GqlResult, field: string, code = 'BAD_USER_INPUT') {
    const error = expectRefused(result, code);
    expect(errorFields(error)).toContain(field);
    await expectNothingWritten();
    return error;
  }

  describe('amount, as a variable', () => {
    it.each([
      ['negative', '-5.00'],
      ['zero', '0'],
      ['zero with decimals', '0.00'],
      ['a third decimal', '0.001'],
      ['text', 'abc'],
      ['an exponent', '1e3'],
      ['a comma', '1,000.00'],
      ['17 integer digits', '10000000000000000.00'],
      ['empty', ''],
    ])('%s (%s) is refused at amount', async (_label, amount) => {
      await refusedAt(await pay(amount), 'amount');
    });

    it.each([
      ['a fraction as a JSON number', 12.5],
      ['a float that looks whole but is not safe', 2 ** 60],
    ])('%s is refused: money travels as a string', async (_label, amount) => {
      await refusedAt(await pay(amount), 'amount');
    });
  });

  describe('amount, written into the query', () => {
    it.each([
      ['the float 12.5', '12.5'],
      ['the float 0.001', '0.001'],
      ['the string "0.001"', '"0.001"'],
      ['the string "abc"', '"abc"'],
      ['a boolean', 'true'],
    ])('%s is refused before anything runs', async (_label, literal) => {
      const result = await payLiteral(literal);
      expectRefused(result, 'GRAPHQL_VALIDATION_FAILED');
      expect(result.status).toBe(400);
      await expectNothingWritten();
    });

    it('a negative integer literal reaches the rule and is refused at amount', async () => {
      await refusedAt(await payLiteral('-3'), 'amount');
    });
  });

  describe('what is left, dates, vouchers, the allocation', () => {
    it('a payment above what is left is a CONFLICT EXCEEDS_ALLOCATION, and nothing is written', async () => {
      const error = await refusedAt(await pay('900.01'), 'amount', 'CONFLICT');
      expect(error.extensions?.reason).toBe('EXCEEDS_ALLOCATION');
      expect(error.extensions?.remaining).toBe('900.00');
    });

    it('a voucher number already used is a CONFLICT, and nothing is written', async () => {
      const used = (await getAllocation(api, allocation.id)).disbursements[0].voucherNo;
      const error = expectRefused(await pay('1.00', { voucherNo: used }), 'CONFLICT');
      expect(error.message).toContain('凭证号');
      await expectNothingWritten();
    });

    it('a payment dated before the money was allocated is refused at paidOn', async () => {
      await refusedAt(await pay('1.00', { paidOn: '2024-03-14' }), 'paidOn'); // allocated on 2024-03-15
    });

    it('a payment dated in the future is refused at paidOn', async () => {
      const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      await refusedAt(await pay('1.00', { paidOn: future }), 'paidOn');
    });

    it('an impossible date is refused at paidOn', async () => {
      await refusedAt(await pay('1.00', { paidOn: '2024-02-30' }), 'paidOn');
    });

    it('an allocation that does not exist is refused at allocationId', async () => {
      await refusedAt(await pay('1.00', { allocationId: '00000000-0000-4000-8000-000000000000' }), 'allocationId');
      await refusedAt(await pay('1.00', { allocationId: 'XJ2021-01' }), 'allocationId');
    });

    it('a voucher number with characters outside the rule is refused at voucherNo', async () => {
      await refusedAt(await pay('1.00', { voucherNo: 'A 1; DROP TABLE' }), 'voucherNo');
    });
  });

  describe('allocations', () => {
    const allocate = async (amount: unknown) => {
      const source = await createFundSource(api);
      const project = await createProject(api);
      const result = await api.gql(CREATE_ALLOCATION, {
        input: { projectId: project.id, fundSourceId: source.id, amount, allocatedOn: '2024-03-15' },
      });
      return { result, project };
    };

    it.each([['-1.00'], ['0'], ['0.001'], ['abc'], [12.5]])(
      'amount %s is refused at amount and the project gets nothing',
      async (amount) => {
        const { result, project } = await allocate(amount);
        expect(errorFields(expectRefused(result, 'BAD_USER_INPUT'))).toContain('amount');
        expect((await getProject(api, project.id)).allocatedAmount).toBe('0.00');
      },
    );

    it('a second allocation from the same source to the same project is a CONFLICT', async () => {
      const project = await createProject(api);
      const source = await createFundSource(api);
      const input = { projectId: project.id, fundSourceId: source.id, amount: '10.00', allocatedOn: '2024-03-15' };
      expect((await api.gql(CREATE_ALLOCATION, { input })).errors).toBeUndefined();
      expectRefused(await api.gql(CREATE_ALLOCATION, { input: { ...input, amount: '5.00' } }), 'CONFLICT');
      expect((await getProject(api, project.id)).allocatedAmount).toBe('10.00');
    });

    it('an unknown project or fund source is refused at its field', async () => {
      const source = await createFundSource(api);
      const noProject = await api.gql(CREATE_ALLOCATION, {
        input: {
          projectId: '00000000-0000-4000-8000-000000000000',
          fundSourceId: source.id,
          amount: '1.00',
          allocatedOn: '2024-03-15',
        },
      });
      expect(errorFields(expectRefused(noProject, 'BAD_USER_INPUT'))).toEqual(['projectId']);
      const noSource = await api.gql(CREATE_ALLOCATION, {
        input: {
          projectId,
          fundSourceId: '00000000-0000-4000-8000-000000000000',
          amount: '1.00',
          allocatedOn: '2024-03-15',
        },
      });
      expect(errorFields(expectRefused(noSource, 'BAD_USER_INPUT'))).toEqual(['fundSourceId']);
    });
  });
});
