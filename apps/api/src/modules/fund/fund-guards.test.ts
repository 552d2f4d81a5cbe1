import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorFields, expectRefused } from '../../test/expect-error';
import {
  type Allocation,
  createAllocation,
  disbursementInput,
  fen,
  fundedProject,
  getAllocation,
  getProject,
  RECORD_DISBURSEMENT,
  REVERSE_DISBURSEMENT,
  recordDisbursement,
  reverseDisbursement,
  UPDATE_ALLOCATION,
  uniqueCode,
} from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';

/** The rules that keep the books right: no overspending, append-only payments, exact reversals. */
describe('money guards', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const pay = (allocationId: string, amount: string) =>
    api.gql(RECORD_DISBURSEMENT, { input: disbursementInput(allocationId, amount) });
  const reverse = (disbursementId: string, extra: Record<string, unknown> = {}) =>
    api.gql(REVERSE_DISBURSEMENT, {
      input: { disbursementId, paidOn: '2024-06-01', voucherNo: uniqueCode('CX'), reason: '录入错误', ...extra },
    });

  describe('concurrent payments', () => {
    it('ten clerks each paying 30% at once: exactly three are accepted, the rest are CONFLICT', async () => {
      const { project, allocation } = await fundedProject(api, '1000.00');
      const results = await Promise.all(Array.from({ length: 10 }, () => pay(allocation.id, '300.00')));
      const accepted = results.filter((r) => !r.errors);
      expect(accepted).toHaveLength(3);
      for (const refused of results.filter((r) => r.errors)) expectRefused(refused, 'CONFLICT');

      const paid = accepted.reduce((n, r) => n + fen(r.data?.recordDisbursement.amount), 0n);
      const after = await getAllocation(api, allocation.id);
      expect(fen(after.disbursedAmount)).toBe(paid);
      expect(after).toMatchObject({ disbursedAmount: '900.00', remainingAmount: '100.00', disbursementCount: 3 });
      expect((await getProject(api, project.id)).disbursedAmount).toBe('900.00');
    });

    it('two clerks each paying 60% at once: exactly one is accepted', async () => {
      const { allocation } = await fundedProject(api, '500.00');
      const results = await Promise.all([pay(allocation.id, '300.00'), pay(allocation.id, '300.00')]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expectRefused(results.find((r) => r.errors) ?? results[0], 'CONFLICT');
      expect(await getAllocation(api, allocation.id)).toMatchObject({
        disbursedAmount: '300.00',
        disbursementCount: 1,
      });
    });

    it('payments racing on two allocations of one project all land in the project total', async () => {
      const { project, allocation: first } = await fundedProject(api, '100.00');
      const second = await createAllocation(api, { projectId: project.id, amount: '100.00' });
      const amounts = ['0.01', '0.02', '0.03', '0.04', '0.05', '0.06', '0.07', '0.08', '0.09', '0.10'];
      const results = await Promise.all(amounts.map((a, i) => pay(i % 2 ? first.id : second.id, a)));
      expect(results.filter((r) => r.errors)).toEqual([]);
      expect((await getProject(api, project.id)).disbursedAmount).toBe('0.55');
    });

    it('two clerks reversing the same payment in full at once: one reversal, the money comes back once', async () => {
      const { allocation } = await fundedProject(api, '100.00');
      const paid = await recordDisbursement(api, allocation.id, '80.00');
      const results = await Promise.all([reverse(paid.id), reverse(paid.id)]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expectRefused(results.find((r) => r.errors) ?? results[0], 'CONFLICT');
      expect(await getAllocation(api, allocation.id)).toMatchObject({ disbursedAmount: '0.00', disbursementCount: 2 });
    });
  });

  describe('reversals that are refused', () => {
    let allocation: Allocation;
    let paidId: string;
    beforeAll(async () => {
      allocation = (await fundedProject(api, '1000.00')).allocation;
      paidId = (await recordDisbursement(api, allocation.id, '200.00', { paidOn: '2024-05-20' })).id;
      await reverseDisbursement(api, paidId, '50.00');
    });

    async function expectBooksUnchanged() {
      expect(await getAllocation(api, allocation.id)).toMatchObject({
        disbursedAmount: '150.00',
        disbursementCount: 2,
      });
    }

    it('reversing more than is still open is a CONFLICT', async () => {
      const error = expectRefused(await reverse(paidId, { amount: '150.01' }), 'CONFLICT');
      expect(error.extensions?.reason).toBe('EXCEEDS_PAYMENT');
      await expectBooksUnchanged();
    });

    it('reversing a reversal is refused at disbursementId', async () => {
      const reversal = (await getAllocation(api, allocation.id)).disbursements.find(
        (d: { reverses: unknown }) => d.reverses,
      );
      expect(errorFields(expectRefused(await reverse(reversal.id), 'BAD_USER_INPUT'))).toEqual(['disbursementId']);
      await expectBooksUnchanged();
    });

    it('a zero or negative reversal amount is refused at amount', async () => {
      for (const amount of ['0', '-10.00']) {
        expect(errorFields(expectRefused(await reverse(paidId, { amount }), 'BAD_USER_INPUT')), amount).toEqual([
          'amount',
        ]);
      }
      await expectBooksUnchanged();
    });

    it('a reversal dated before the payment is refused at paidOn', async () => {
      expect(errorFields(expectRefused(await reverse(paidId, { paidOn: '2024-05-19' }), 'BAD_USER_INPUT'))).toEqual([
        'paidOn',
      ]);
      await expectBooksUnchanged();
    });

    it('reversing a payment that does not exist is refused at disbursementId', async () => {
      expect(
        errorFields(expectRefused(await reverse('00000000-0000-4000-8000-000000000000'), 'BAD_USER_INPUT')),
      ).toEqual(['disbursementId']);
    });

    it('a payment reversed in full cannot be reversed again', async () => {
      const { allocation: other } = await fundedProject(api, '10.00');
      const paid = await recordDisbursement(api, other.id, '10.00');
      await reverseDisbursement(api, paid.id);
      expect(expectRefused(await reverse(paid.id), 'CONFLICT').extensions?.reason).toBe('ALREADY_REVERSED');
    });
  });

  describe('the database itself refuses', () => {
    let allocation: Allocation;
    let paidId: string;
    beforeAll(async () => {
      allocation = (await fundedProject(api, '300.00')).allocation;
      paidId = (await recordDisbursement(api, allocation.id, '100.00')).id;
    });
    const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);

    async function expectBooksUnchanged() {
      const after = await getAllocation(api, allocation.id);
      expect(after).toMatchObject({
        amount: '300.00',
        disbursedAmount: '100.00',
        remainingAmount: '200.00',
        disbursementCount: 1,
      });
      expect(after.disbursements[0]).toMatchObject({ id: paidId, amount: '100.00' });
    }

    it('to edit a payment', async () => {
      await expect(sql('UPDATE disbursement SET amount = 1 WHERE id = $1', [paidId])).rejects.toMatchObject({
        constraint: 'disbursement_append_only',
      });
      await expect(sql(`UPDATE disbursement SET note = '改' WHERE id = $1`, [paidId])).rejects.toThrow();
      await expectBooksUnchanged();
    });

    it('to delete a payment', async () => {
      await expect(sql('DELETE FROM disbursement WHERE id = $1', [paidId])).rejects.toMatchObject({
        constraint: 'disbursement_append_only',
      });
      await expectBooksUnchanged();
    });

    it('an overspend inserted behind the API', async () => {
      await expect(
        sql(
          `INSERT INTO disbursement (allocation_id, paid_on, amount, voucher_no) VALUES ($1, '2024-05-21', 200.01, $2)`,
          [allocation.id, uniqueCode('RAW')],
        ),
      ).rejects.toMatchObject({ constraint: 'fund_allocation_disbursed_check' });
      await expectBooksUnchanged();
    });

    it('a reversal larger than its payment, inserted behind the API', async () => {
      await expect(
        sql(
          `INSERT INTO disbursement (allocation_id, paid_on, amount, voucher_no, reverses_id) VALUES ($1, '2024-05-21', -100.01, $2, $3)`,
          [allocation.id, uniqueCode('RAW'), paidId],
        ),
      ).rejects.toMatchObject({ constraint: 'disbursement_reversal_amount_check' });
      await expectBooksUnchanged();
    });

    it('an allocation cut below what it already paid, behind the API', async () => {
      await expect(
        sql('UPDATE fund_allocation SET amount = 99.99 WHERE id = $1', [allocation.id]),
      ).rejects.toMatchObject({ constraint: 'fund_allocation_disbursed_check' });
      await expectBooksUnchanged();
    });
  });

  describe('updateFundAllocation', () => {
    const update = (allocation: { id: string }, input: Record<string, unknown>) =>
      api.gql(UPDATE_ALLOCATION, { id: allocation.id, input });

    it('raising the amount moves the version, the remaining amount and the project total', async () => {
      const { project, allocation } = await fundedProject(api, '100.00');
      await recordDisbursement(api, allocation.id, '40.00');
      const result = await update(allocation, { version: 1, amount: '250.50', documentNo: '汉衔接发〔2024〕9号' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.updateFundAllocation).toMatchObject({
        amount: '250.50',
        remainingAmount: '210.50',
        version: 2,
        documentNo: '汉衔接发〔2024〕9号',
      });
      expect(await getProject(api, project.id)).toMatchObject({
        allocatedAmount: '250.50',
        disbursedAmount: '40.00',
        executionRate: '0.1597',
      });
    });

    it('cutting it to exactly what was paid is allowed; below that is a CONFLICT and nothing changes', async () => {
      const { project, allocation } = await fundedProject(api, '100.00');
      await recordDisbursement(api, allocation.id, '40.00');
      const below = expectRefused(await update(allocation, { version: 1, amount: '39.99' }), 'CONFLICT');
      expect(below.extensions?.reason).toBe('BELOW_DISBURSED');
      expect(await getAllocation(api, allocation.id)).toMatchObject({ amount: '100.00', version: 1 });
      expect((await getProject(api, project.id)).allocatedAmount).toBe('100.00');

      const exact = await update(allocation, { version: 1, amount: '40.00' });
      expect(exact.data?.updateFundAllocation).toMatchObject({
        amount: '40.00',
        remainingAmount: '0.00',
        executionRate: '1.0000',
      });
    });

    it('a stale version is a CONFLICT and nothing changes', async () => {
      const { allocation } = await fundedProject(api, '100.00');
      expect((await update(allocation, { version: 1, amount: '120.00' })).errors).toBeUndefined();
      const error = expectRefused(await update(allocation, { version: 1, amount: '90.00' }), 'CONFLICT');
      expect(error.extensions?.reason).toBe('STALE_VERSION');
      expect(await getAllocation(api, allocation.id)).toMatchObject({ amount: '120.00', version: 2 });
    });

    it('a zero amount is refused at amount', async () => {
      const { allocation } = await fundedProject(api, '100.00');
      expect(
        errorFields(expectRefused(await update(allocation, { version: 1, amount: '0' }), 'BAD_USER_INPUT')),
      ).toEqual(['amount']);
    });

    // recordDisbursement refuses a payment dated before its allocation; an edit must not create one.
    it('moving the allocation date after a payment it already made is refused', async () => {
      const { allocation } = await fundedProject(api, '100.00');
      await recordDisbursement(api, allocation.id, '10.00', { paidOn: '2024-05-20' });
      const result = await update(allocation, { version: 1, allocatedOn: '2024-06-01' });
      const code = result.errors?.[0]?.extensions?.code;
      expect(['BAD_USER_INPUT', 'CONFLICT'], JSON.stringify(result.data)).toContain(code);
      expectRefused(result, code);
      expect(await getAllocation(api, allocation.id)).toMatchObject({ allocatedOn: '2024-03-15', version: 1 });
    });
  });
});
