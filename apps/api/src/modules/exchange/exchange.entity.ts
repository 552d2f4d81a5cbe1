import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity/identity.entity';

export enum ExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/**
 * One export a person asked for: what (dataset, filters and sort as the list page had them), whose
 * (the file is theirs alone), and how far it got. Any API process may run it (claimed with SKIP
 * LOCKED, kept alive by a heartbeat) and any may serve the finished file, which lives in
 * export_file_chunk: nothing about an export is held in one process's memory or disk.
 */
@Entity('export_job')
@Index('export_job_queue_idx', ['status', 'createdAt'])
@Index('export_job_owner_idx', ['userId', 'createdAt'])
export class ExportJobEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('varchar', { length: 40 }) dataset: string;
  @Column('jsonb') variables: Record<string, unknown>;
  @Column({ type: 'enum', enum: ExportStatus, enumName: 'export_status', default: ExportStatus.QUEUED })
  status: ExportStatus;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @Column('int', { name: 'total_rows', nullable: true }) totalRows: number | null;
  @Column('int', { name: 'done_rows', default: 0 }) doneRows: number;
  @Column('varchar', { length: 200, name: 'file_name' }) fileName: string;
  @Column('bigint', { name: 'byte_size', nullable: true }) byteSize: string | null;
  @Column('char', { length: 64, nullable: true }) sha256: string | null;
  @Column('varchar', { length: 500, nullable: true }) error: string | null;
  @Column('int', { default: 0 }) attempts: number;
  @Column('varchar', { length: 64, name: 'request_id', nullable: true }) requestId: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'started_at', nullable: true }) startedAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'heartbeat_at', nullable: true }) heartbeatAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'finished_at', nullable: true }) finishedAt: Date | null;
  @Column({ type: 'timestamptz', precision: 3, name: 'expires_at' }) expiresAt: Date;
}

/** The finished file, in pieces of up to 1 MiB, in order. */
@Entity('export_file_chunk')
export class ExportFileChunkEntity {
  @PrimaryColumn('uuid', { name: 'job_id' }) jobId: string;
  @ManyToOne(() => ExportJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: ExportJobEntity;
  @PrimaryColumn('int') seq: number;
  @Column('bytea') data: Buffer;
}

export enum ImportStatus {
  /** Uploaded; its check (a dry run) is waiting or running in the background. */
  CHECKING = 'CHECKING',
  /** Checked without problems: may be committed. */
  CHECKED = 'CHECKED',
  /** Checked with problems (or, at commit, the data had moved on): fix the file and upload it again. */
  REJECTED = 'REJECTED',
  /** Its commit is waiting or running in the background. */
  COMMITTING = 'COMMITTING',
  COMMITTED = 'COMMITTED',
  /** Stopped by something other than the file (its owner's account, repeated interruptions). */
  FAILED = 'FAILED',
}

/**
 * One uploaded file and what its check found; committing applies it all or nothing. The file is
 * kept (up to 20 MB) so the commit applies exactly what was checked, and its SHA-256 is audited.
 */
@Entity('import_batch')
@Index('import_batch_owner_idx', ['userId', 'createdAt'])
@Index('import_batch_queue_idx', ['status', 'createdAt'])
export class ImportBatchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('varchar', { length: 40 }) dataset: string;
  @Column('varchar', { length: 200, name: 'file_name' }) fileName: string;
  @Column('char', { length: 64 }) sha256: string;
  @Column('int', { name: 'byte_size' }) byteSize: number;
  @Column('bytea', { select: false }) file: Buffer;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @Column({ type: 'enum', enum: ImportStatus, enumName: 'import_status' }) status: ImportStatus;
  @Column('int') rows: number;
  @Column('int', { default: 0 }) created: number;
  @Column('int', { default: 0 }) updated: number;
  @Column('int', { default: 0 }) unchanged: number;
  @Column('int', { name: 'problem_count', default: 0 }) problemCount: number;
  /** The first 1,000 problems: row, column, message. */
  @Column('jsonb', { default: () => "'[]'" }) problems: { row: number; column: string; message: string }[];
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @Column({ type: 'timestamptz', precision: 3, name: 'committed_at', nullable: true }) committedAt: Date | null;
  /** Rows gone through by the check or commit in hand, of `total_rows` (null until the file is read). */
  @Column('int', { name: 'done_rows', default: 0 }) doneRows: number;
  @Column('int', { name: 'total_rows', nullable: true }) totalRows: number | null;
  /** Runs of the check or commit in hand: a process that died is taken over, up to three times. */
  @Column('smallint', { default: 0 }) attempts: number;
  @Column({ type: 'timestamptz', precision: 3, name: 'heartbeat_at', nullable: true }) heartbeatAt: Date | null;
  /** Why a commit was refused after its check, or why the batch failed. */
  @Column('varchar', { length: 500, nullable: true }) error: string | null;
}
