import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { TownEntity } from '../place/place.entity';
import { Dataset, Role, TokenKind } from './identity.enums';

/** A member of staff who signs in with a password. */
@Entity('app_user')
@Check('app_user_town_check', `(role = 'TOWN_STAFF') = (town_code IS NOT NULL)`)
@Check('app_user_staff_role_check', `role IN ('DISTRICT_ADMIN', 'DISTRICT_STAFF', 'TOWN_STAFF', 'AUDITOR')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Lower case; compared case-insensitively by storing it so. */
  @Index('app_user_username_key', { unique: true })
  @Column('varchar', { length: 50 })
  username: string;
  @Column('varchar', { length: 50, name: 'display_name' }) displayName: string;
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' }) role: Role;
  @Column('varchar', { length: 9, name: 'town_code', nullable: true }) townCode: string | null;
  @ManyToOne(() => TownEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'town_code' })
  town?: TownEntity;
  /** Personal data: never in an output type unmasked. */
  @Column('varchar', { length: 20, nullable: true }) phone: string | null;
  @Column('varchar', { length: 200, name: 'password_hash' }) passwordHash: string;
  @Column('boolean', { name: 'must_change_password', default: true }) mustChangePassword: boolean;
  @Column('integer', { name: 'failed_attempts', default: 0 }) failedAttempts: number;
  @Column('timestamptz', { name: 'locked_until', nullable: true }) lockedUntil: Date | null;
  @Column('timestamptz', { name: 'last_sign_in_at', nullable: true }) lastSignInAt: Date | null;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt: Date | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** A signed-in browser. The cookie holds a random secret; only its SHA-256 is stored. */
@Entity('user_session')
@Index('user_session_user_idx', ['userId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('user_session_token_hash_key', { unique: true })
  @Column('varchar', { length: 64, name: 'token_hash' })
  tokenHash: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'last_seen_at' }) lastSeenAt: Date;
  /** Absolute end of the session, however active it is. */
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('varchar', { length: 64, default: '' }) ip: string;
  @Column('varchar', { length: 300, name: 'user_agent', default: '' }) userAgent: string;
}

/** A credential for a machine: a partner agency's system or a BI tool. Shown once, stored hashed. */
@Entity('api_token')
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('varchar', { length: 100 }) name: string;
  @Column({ type: 'enum', enum: TokenKind, enumName: 'token_kind' }) kind: TokenKind;
  @Column({ type: 'enum', enum: Dataset, enumName: 'dataset', array: true, default: '{}' }) datasets: Dataset[];
  /** The towns it may see; empty means the whole district. */
  @Column('varchar', { length: 9, array: true, name: 'town_codes', default: '{}' }) townCodes: string[];
  @Column('boolean', { name: 'aggregates_only', default: false }) aggregatesOnly: boolean;
  /** The first characters of the secret, to recognise a token in lists and logs. */
  @Column('varchar', { length: 16 }) prefix: string;
  @Index('api_token_token_hash_key', { unique: true })
  @Column('varchar', { length: 64, name: 'token_hash' })
  tokenHash: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('timestamptz', { name: 'last_used_at', nullable: true }) lastUsedAt: Date | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}
