import { createHash } from 'node:crypto';
import { IsOptional, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { ConflictError } from './errors';
import type { Viewer } from './viewer';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * The optional idempotency key of a mutation that creates a money record. A client that may have to
 * retry (a timeout, a dropped connection, a double click) sends the same key with the same input and
 * gets the record the first call created, never a second one.
 */
@InputType()
export abstract class IdempotentInput {
  @Field(() => String, {
    nullable: true,
    description:
      '幂等键（8 到 100 位字母、数字、- 或 _，如 UUID）：同一调用方用同一键重试，返回首次创建的记录，不会重复创建',
  })
  @IsOptional()
  @Matches(KEY, { message: '幂等键应为 8 到 100 位字母、数字、- 或 _' })
  idempotencyKey?: string | null;
}

/** Canonical JSON: object keys sorted, so the same input always hashes the same. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([k, v]) => v !== undefined && k !== 'idempotencyKey')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export function requestHash(input: object): string {
  return createHash('sha256').update(canonical(input)).digest('hex');
}

/**
 * Runs a creating mutation at most once per idempotency key of one caller (a user or a token: each
 * has a key space of its own). Built per request, like the services it is given to.
 */
export class IdempotencyGuard {
  private readonly principal: string | null;

  constructor(viewer: Viewer) {
    this.principal =
      (viewer.kind === 'user' || viewer.kind === 'token') && viewer.id ? `${viewer.kind}:${viewer.id}` : null;
  }

  /**
   * Runs `create` inside the caller's transaction (`manager`) unless this caller's key already
   * created a record of `entity`, which is then returned.
   *
   * The key is claimed with an INSERT on its primary key first: a concurrent call with the same key
   * waits on that row until the first transaction ends, then either finds the record it created
   * (committed) or claims the key itself (rolled back, so nothing was created). A key reused with a
   * different input, or for another mutation, is refused with CONFLICT/IDEMPOTENCY_KEY_REUSED.
   */
  async once<T extends { id: string }>(
    manager: EntityManager,
    operation: string,
    input: IdempotentInput,
    entity: EntityTarget<T>,
    create: () => Promise<T>,
  ): Promise<T> {
    const key = input.idempotencyKey;
    if (!key || !this.principal) return create();
    const hash = requestHash(input);
    const claimed: unknown[] = await manager.query(
      `INSERT INTO idempotency_key (principal, key, operation, request_hash)
       VALUES ($1, $2, $3, $4) ON CONFLICT (principal, key) DO NOTHING RETURNING key`,
      [this.principal, key, operation, hash],
    );
    if (claimed.length === 0) {
      const [earlier]: { operation: string; request_hash: string; result_id: string | null }[] = await manager.query(
        'SELECT operation, request_hash, result_id FROM idempotency_key WHERE principal = $1 AND key = $2',
        [this.principal, key],
      );
      if (!earlier?.result_id || earlier.operation !== operation || earlier.request_hash !== hash) {
        throw new ConflictError('该幂等键已用于另一个不同的请求，请为新请求生成新的幂等键', 'IDEMPOTENCY_KEY_REUSED', {
          fields: [{ field: 'idempotencyKey', message: '已用于另一个不同的请求' }],
        });
      }
      return manager.getRepository(entity).findOneByOrFail({ id: earlier.result_id } as FindOptionsWhere<T>);
    }
    const created = await create();
    await manager.query('UPDATE idempotency_key SET result_id = $3 WHERE principal = $1 AND key = $2', [
      this.principal,
      key,
      created.id,
    ]);
    return created;
  }
}
