import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Which data sets were loaded into this database, so the UI can label demo data as such. */
@Entity('seed_run')
export class SeedRunEntity {
  @PrimaryColumn('varchar', { length: 50 }) name: string;
  @Column('varchar', { length: 500 }) description: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'seeded_at' }) seededAt: Date;
}

/**
 * A client's idempotency key for a mutation that creates a money record: the first call claims the
 * key and stores what it created; a retry with the same key and the same input gets that record back
 * instead of a second one. Keys belong to one caller (a user or a token) and are kept for good: the
 * rows are small and a late retry must never pay twice.
 */
@Entity('idempotency_key')
export class IdempotencyKeyEntity {
  /** `user:<id>` or `token:<id>`. */
  @PrimaryColumn('varchar', { length: 60 }) principal: string;
  @PrimaryColumn('varchar', { length: 100 }) key: string;
  /** The mutation the key was first used with. */
  @Column('varchar', { length: 60 }) operation: string;
  /** SHA-256 of the input's canonical JSON (without the key). */
  @Column('char', { length: 64, name: 'request_hash' }) requestHash: string;
  /** The record the first call created; set in the same transaction. */
  @Column('uuid', { name: 'result_id', nullable: true }) resultId: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}
