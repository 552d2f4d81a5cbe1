import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ProjectEntity } from '../project/project.entity';
import { FundCategory, FundLevel } from './fund.enums';

/** 资金来源: one year's money of one category and level, e.g. 2021年中央财政衔接推进乡村振兴补助资金. */
@Entity('fund_source')
@Index('fund_source_year_idx', ['year', 'category'])
export class FundSourceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('fund_source_code_key', { unique: true })
  @Column('varchar', { length: 32 })
  code: string;
  @Column('varchar', { length: 100 }) name: string;
  @Column('smallint') year: number;
  @Column({ type: 'enum', enum: FundCategory, enumName: 'fund_category' }) category: FundCategory;
  @Column({ type: 'enum', enum: FundLevel, enumName: 'fund_level' }) level: FundLevel;
  /** 下达文号 of the budget that created the source. */
  @Column('varchar', { length: 100, name: 'document_no', nullable: true }) documentNo: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}

/**
 * 资金安排: money of one source assigned to one project. `disbursedAmount` is kept by a trigger on
 * `disbursement`, and the check below makes the database refuse any payment beyond the allocation,
 * however many requests race for it (the trigger's UPDATE serialises them on this row).
 */
@Entity('fund_allocation')
@Unique('fund_allocation_project_source_key', ['projectId', 'fundSourceId'])
@Index('fund_allocation_source_idx', ['fundSourceId'])
@Check('fund_allocation_amount_check', `amount > 0`)
@Check('fund_allocation_disbursed_check', `disbursed_amount >= 0 AND disbursed_amount <= amount`)
export class FundAllocationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'project_id' }) projectId: string;
  @ManyToOne(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id' })
  project?: ProjectEntity;
  @Column('uuid', { name: 'fund_source_id' }) fundSourceId: string;
  @ManyToOne(() => FundSourceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fund_source_id' })
  fundSource?: FundSourceEntity;
  @Column('numeric', { precision: 18, scale: 2 }) amount: string;
  @Column('numeric', { precision: 18, scale: 2, name: 'disbursed_amount', default: 0 }) disbursedAmount: string;
  @Column('date', { name: 'allocated_on' }) allocatedOn: string;
  @Column('varchar', { length: 100, name: 'document_no', nullable: true }) documentNo: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/**
 * 资金支出: a payment against an allocation. Rows are never updated or deleted (a trigger refuses it);
 * a correction is a new row with a negative amount that names the payment it reverses.
 */
@Entity('disbursement')
@Index('disbursement_allocation_idx', ['allocationId', 'paidOn'])
@Index('disbursement_paid_on_idx', ['paidOn'])
@Index('disbursement_reverses_idx', ['reversesId'])
@Check('disbursement_amount_check', `amount <> 0`)
@Check('disbursement_reversal_sign_check', `(reverses_id IS NULL) = (amount > 0)`)
export class DisbursementEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'allocation_id' }) allocationId: string;
  @ManyToOne(() => FundAllocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'allocation_id' })
  allocation?: FundAllocationEntity;
  @Column('date', { name: 'paid_on' }) paidOn: string;
  @Column('numeric', { precision: 18, scale: 2 }) amount: string;
  /** 凭证号, unique: the natural key an import matches on. */
  @Index('disbursement_voucher_no_key', { unique: true })
  @Column('varchar', { name: 'voucher_no', length: 64 })
  voucherNo: string;
  @Column('varchar', { length: 100, default: '' }) payee: string;
  @Column('varchar', { length: 500, default: '' }) note: string;
  @Column('uuid', { name: 'reverses_id', nullable: true }) reversesId: string | null;
  @ManyToOne(() => DisbursementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reverses_id' })
  reverses?: DisbursementEntity;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}
