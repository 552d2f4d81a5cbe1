import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ActorKind {
  USER = 'USER',
  TOKEN = 'TOKEN',
  ANONYMOUS = 'ANONYMOUS',
  SYSTEM = 'SYSTEM',
}

/**
 * One thing that happened: a change (with its before and after), a sign-in or a failed one, a reveal
 * of personal data, a partner's read. Append-only: a trigger refuses UPDATE, and DELETE of anything
 * younger than the retention period (180 days).
 */
@Entity('audit_log')
@Index('audit_log_at_idx', ['at'])
@Index('audit_log_entity_idx', ['entityType', 'entityId', 'at'])
@Index('audit_log_actor_idx', ['actorId', 'at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) at: Date;
  @Column({ type: 'enum', enum: ActorKind, enumName: 'actor_kind', name: 'actor_kind' }) actorKind: ActorKind;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('varchar', { length: 100, name: 'actor_name' }) actorName: string;
  /** What happened, e.g. project.update, auth.sign_in_failed, pii.reveal, partner.read. */
  @Column('varchar', { length: 60 }) action: string;
  @Column('varchar', { length: 40, name: 'entity_type', nullable: true }) entityType: string | null;
  @Column('varchar', { length: 64, name: 'entity_id', nullable: true }) entityId: string | null;
  @Column('varchar', { length: 9, name: 'town_code', nullable: true }) townCode: string | null;
  @Column('jsonb', { nullable: true }) before: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) after: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) details: Record<string, unknown> | null;
  @Column('varchar', { length: 64, name: 'request_id', nullable: true }) requestId: string | null;
  @Column('varchar', { length: 64, nullable: true }) ip: string | null;
}
