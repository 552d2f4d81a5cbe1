import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsSince, lastAuditId } from '../../test/access';
import { errorFields, expectRefused } from '../../test/expect-error';
import {
  CREATE_ALLOCATION,
  createFundSource,
  createProject,
  disbursementInput,
  fundedProject,
  getAllocation,
  RECORD_DISBURSEMENT,
  REVERSE_DISBURSEMENT,
  recordDisbursement,
  UPDATE_ALLOCATION,
  uniqueCode,
} from '../../test/factories';
import { startTestApi, type TestApi } from '../../test/harness';
import { Role } from '../identity/identity.enums';

const INVEST = `mutation ($input: EnterpriseInvestmentInput!) { recordEnterpriseInvestment(input: $input) { id amount } }`;

/** A client that retries (a timeout, a dropped connection, a double click) must never pay twice. */
describe('idempotency keys on the mutations that create money records', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const keyedCount = async (key: string): Promise<number> =>
    Number((await api.ownerQuery('SELECT count(*)::int AS n FROM idempotency_key WHERE key = $1', [key]))[0].n);

  it('ten concurrent calls with one key: one payment, one audit row, every caller gets that payment', async () => {
    const { allocation } = await fundedProject(api, '1000.00');
    const key = randomUUID();
    const input = { ...disbursementInput(allocation.id, '120.50'), idempotencyKey: key };
    const before = await lastAuditId(api);
    const results = await Promise.all(Array.from({ length: 10 }, () => api.gql(RECORD_DISBURSEMENT, { input })));
    expect(results.map((r) => r.errors)).toEqual(Array(10).fill(undefined));
    const ids = new Set(results.map((r) => r.data?.recordDisbursement.id));
    expect(ids.size).toBe(1);
    expect(results[0].data?.recordDisbursement).toMatchObject({ amount: '120.50', voucherNo: input.voucherNo });
    expect(await getAllocation(api, allocation.id)).toMatchObject({ disbursedAmount: '120.50', disbursementCount: 1 });
    const audited = (await auditRowsSince(api, before)).filter((r) => r.action === 'disbursement.record');
    expect(audited.map((r) => r.entity_id)).toEqual([...ids]);
    expect(await keyedCount(key)).toBe(1);
  });

  it('a retry after the first call succeeded returns the same payment, even once the allocation is spent', async () => {
    const { allocation } = await fundedProject(api, '100.00');
    const input = { ...disbursementInput(allocation.id, '100.00'), idempotencyKey: randomUUID() };
    const first = await api.gql(RECORD_DISBURSEMENT, { input });
    expect(first.errors).toBeUndefined();
    const retry = await api.gql(RECORD_DISBURSEMENT, { input });
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.recordDisbursement).toEqual(first.data?.recordDisbursement);
    // Without the key the same input is a second payment, refused because nothing is left.
    const { idempotencyKey: _, ...unkeyed } = input;
    expectRefused(await api.gql(RECORD_DISBURSEMENT, { input: unkeyed }), 'CONFLICT');
    expect(await getAllocation(api, allocation.id)).toMatchObject({ disbursedAmount: '100.00', disbursementCount: 1 });
  });

  it('the same key with a different input is refused at idempotencyKey and writes nothing', async () => {
    const { allocation } = await fundedProject(api, '1000.00');
    const key = randomUUID();
    const input = { ...disbursementInput(allocation.id, '10.00'), idempotencyKey: key };
    await api.gql(RECORD_DISBURSEMENT, { input });
    const before = await lastAuditId(api);
    const changed = expectRefused(
      await api.gql(RECORD_DISBURSEMENT, { input: { ...input, amount: '20.00' } }),
      'CONFLICT',
    );
    expect(changed.extensions?.reason).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(errorFields(changed)).toEqual(['idempotencyKey']);
    expect(await getAllocation(api, allocation.id)).toMatchObject({ disbursedAmount: '10.00', disbursementCount: 1 });
    // The refusal itself is on record; no change is.
    expect((await auditRowsSince(api, before)).map((r) => r.action)).toEqual(['mutation.refused']);
  });

  it('a key used for a payment cannot be reused for a reversal', async () => {
    const { allocation } = await fundedProject(api, '1000.00');
    const key = randomUUID();
    const paid = await api.gql(RECORD_DISBURSEMENT, {
      input: { ...disbursementInput(allocation.id, '50.00'), idempotencyKey: key },
    });
    const reversal = await api.gql(REVERSE_DISBURSEMENT, {
      input: {
        disbursementId: paid.data?.recordDisbursement.id,
        paidOn: '2024-06-01',
        voucherNo: uniqueCode('CX'),
        reason: '录入错误',
        idempotencyKey: key,
      },
    });
    expect(expectRefused(reversal, 'CONFLICT').extensions?.reason).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await getAllocation(api, allocation.id)).toMatchObject({ disbursedAmount: '50.00', disbursementCount: 1 });
  });

  it('a refused call does not use up its key: the same call succeeds once the cause is fixed', async () => {
    const { allocation } = await fundedProject(api, '100.00');
    const input = { ...disbursementInput(allocation.id, '150.00'), idempotencyKey: randomUUID() };
    expectRefused(await api.gql(RECORD_DISBURSEMENT, { input }), 'CONFLICT');
    expect(await keyedCount(input.idempotencyKey)).toBe(0);
    const raised = await api.gql(UPDATE_ALLOCATION, {
      id: allocation.id,
      input: { version: allocation.version, amount: '200.00' },
    });
    expect(raised.errors).toBeUndefined();
    const again = await api.gql(RECORD_DISBURSEMENT, { input });
    expect(again.errors).toBeUndefined();
    expect(await getAllocation(api, allocation.id)).toMatchObject({ disbursedAmount: '150.00', disbursementCount: 1 });
  });

  it('reversals retried with their key reverse once', async () => {
    const { allocation } = await fundedProject(api, '1000.00');
    const paid = await recordDisbursement(api, allocation.id, '80.00');
    const input = {
      disbursementId: paid.id,
      amount: '30.00',
      paidOn: '2024-06-01',
      voucherNo: uniqueCode('CX'),
      reason: '录入错误',
      idempotencyKey: randomUUID(),
    };
    const results = await Promise.all([1, 2, 3].map(() => api.gql(REVERSE_DISBURSEMENT, { input })));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(new Set(results.map((r) => r.data?.reverseDisbursement.id)).size).toBe(1);
    expect(await getAllocation(api, allocation.id)).toMatchObject({ disbursedAmount: '50.00', disbursementCount: 2 });
  });

  it('an allocation retried with its key is returned, not refused as a duplicate', async () => {
    const project = await createProject(api);
    const source = await createFundSource(api);
    const input = {
      projectId: project.id,
      fundSourceId: source.id,
      amount: '5000.00',
      allocatedOn: '2024-03-15',
      idempotencyKey: randomUUID(),
    };
    const first = await api.gql(CREATE_ALLOCATION, { input });
    const retry = await api.gql(CREATE_ALLOCATION, { input });
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.createFundAllocation.id).toBe(first.data?.createFundAllocation.id);
    // Without a key the second call is what it always was: a duplicate.
    const { idempotencyKey: _, ...unkeyed } = input;
    expectRefused(await api.gql(CREATE_ALLOCATION, { input: unkeyed }), 'CONFLICT');
  });

  it('keys belong to one caller: another user with the same key makes a payment of their own', async () => {
    const { allocation } = await fundedProject(api, '1000.00');
    const other = await api.signInAs(Role.DISTRICT_ADMIN);
    const key = randomUUID();
    const input = { ...disbursementInput(allocation.id, '10.00'), idempotencyKey: key };
    const mine = await api.gql(RECORD_DISBURSEMENT, { input });
    const theirs = await other(RECORD_DISBURSEMENT, { input: { ...input, voucherNo: uniqueCode('PZ') } });
    expect(mine.errors).toBeUndefined();
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.recordDisbursement.id).not.toBe(mine.data?.recordDisbursement.id);
    expect(await keyedCount(key)).toBe(2);
  });

  it('East–West investments retried with their key are recorded once', async () => {
    const listed = await api.gql('{ partnerEnterprises { id } }');
    const enterpriseId = listed.data?.partnerEnterprises[0].id;
    const input = {
      enterpriseId,
      year: 2021,
      amount: '1234.56',
      description: '幂等测试投资',
      idempotencyKey: randomUUID(),
    };
    const results = await Promise.all([1, 2].map(() => api.gql(INVEST, { input })));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(results[0].data?.recordEnterpriseInvestment.id).toBe(results[1].data?.recordEnterpriseInvestment.id);
  });

  it('a malformed key is refused at idempotencyKey', async () => {
    const { allocation } = await fundedProject(api, '1000.00');
    for (const idempotencyKey of ['short', 'has spaces in it', 'x'.repeat(101), '密钥密钥密钥密钥']) {
      const result = await api.gql(RECORD_DISBURSEMENT, {
        input: { ...disbursementInput(allocation.id, '1.00'), idempotencyKey },
      });
      expect(errorFields(expectRefused(result, 'BAD_USER_INPUT')), idempotencyKey).toEqual(['idempotencyKey']);
    }
    expect(await getAllocation(api, allocation.id)).toMatchObject({ disbursementCount: 0 });
  });
});
