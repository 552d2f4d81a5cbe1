import type { DataSource, EntityManager } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors';
import type { IdempotencyGuard } from '../../common/idempotency';
import { isUuid } from '../../common/ids';
import { fenToMoney, moneyToFen } from '../../common/money';
import { type PageRequest, paginate } from '../../common/pagination';
import { insertReturning } from '../../common/rows';
import { escapeLike, inTransaction } from '../../common/sql';
import { updateVersioned } from '../../common/versioned';
import type { TownScope } from '../../common/viewer';
import { type AuditService, snapshot } from '../audit/audit.service';
import { ProjectEntity } from '../project/project.entity';
import './fund.constraints';
import { DisbursementEntity, FundAllocationEntity, FundSourceEntity } from './fund.entity';
import type {
  CreateFundAllocationInput,
  CreateFundSourceInput,
  DisbursementFilter,
  FundAllocationFilter,
  FundSourceFilter,
  RecordDisbursementInput,
  ReverseDisbursementInput,
  UpdateFundAllocationInput,
} from './fund.inputs';

function assertNotFuture(field: string, date: string): void {
  if (date > bureauToday()) throw UserInputError.field(field, '日期不能晚于今天');
}

function positive(field: string, amount: string, label: string): bigint {
  const fen = moneyToFen(amount);
  if (fen <= 0n) throw UserInputError.field(field, `${label}必须大于 0`);
  return fen;
}

/** Fund sources, allocations and disbursements: where the money comes from and where it went. */
export class FundService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: TownScope,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyGuard,
  ) {}

  sources(filter: FundSourceFilter | undefined, page: PageRequest) {
    const qb = this.dataSource.getRepository(FundSourceEntity).createQueryBuilder('s');
    if (filter?.year != null) qb.andWhere('s.year = :year', { year: filter.year });
    if (filter?.category) qb.andWhere('s.category = :category', { category: filter.category });
    return paginate(qb, page, {
      // Newest year first; 衔接资金 before other funds, central before local (enum order).
      sort: [
        { expression: '-s.year', value: (s) => -s.year },
        { expression: 's.category', value: (s) => s.category },
        { expression: 's.level', value: (s) => s.level },
        { expression: 's.code', value: (s) => s.code },
      ],
      idColumn: 's.id',
      idValue: (s) => s.id,
      direction: 'ASC',
    });
  }

  async createSource(input: CreateFundSourceInput): Promise<FundSourceEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(FundSourceEntity);
      const { id } = await repo.save(
        repo.create({ ...input, name: input.name.trim(), documentNo: input.documentNo ?? null }),
      );
      const source = await repo.findOneByOrFail({ id });
      await this.audit.record(
        { action: 'fund_source.create', entityType: 'fund_source', entityId: id, after: snapshot(source) },
        manager,
      );
      return source;
    });
  }

  allocations(filter: FundAllocationFilter | undefined, page: PageRequest) {
    const qb = this.dataSource.getRepository(FundAllocationEntity).createQueryBuilder('a');
    if (filter?.projectId) qb.andWhere('a.project_id = :projectId', { projectId: filter.projectId });
    if (filter?.fundSourceId) qb.andWhere('a.fund_source_id = :fundSourceId', { fundSourceId: filter.fundSourceId });
    if (filter?.year != null || filter?.townCode || this.scope.towns) {
      qb.innerJoin(ProjectEntity, 'p', 'p.id = a.project_id');
      this.scope.apply(qb, 'p.town_code');
      if (filter?.year != null) qb.andWhere('p.year = :year', { year: filter.year });
      if (filter?.townCode) qb.andWhere('p.town_code = :townCode', { townCode: filter.townCode });
    }
    return paginate(qb, page, {
      sort: [{ expression: 'a.created_at', value: (a) => a.createdAt.toISOString() }],
      idColumn: 'a.id',
      idValue: (a) => a.id,
      direction: 'DESC',
    });
  }

  /** Assigns money to a project; in the caller's transaction when one is given (imports). */
  createAllocation(input: CreateFundAllocationInput, inside?: EntityManager): Promise<FundAllocationEntity> {
    positive('amount', input.amount, '安排金额');
    return inTransaction(this.dataSource, inside, (manager) =>
      this.idempotency.once(manager, 'createFundAllocation', input, FundAllocationEntity, async () => {
        const project = await manager.getRepository(ProjectEntity).findOneBy({ id: input.projectId });
        if (!project || !this.scope.includes(project.townCode)) {
          throw UserInputError.field('projectId', `项目不存在：${input.projectId}`);
        }
        const source = await manager.getRepository(FundSourceEntity).findOneBy({ id: input.fundSourceId });
        if (!source) throw UserInputError.field('fundSourceId', `资金来源不存在：${input.fundSourceId}`);
        const repo = manager.getRepository(FundAllocationEntity);
        const { id } = await repo.save(
          repo.create({
            projectId: input.projectId,
            fundSourceId: input.fundSourceId,
            amount: input.amount,
            allocatedOn: input.allocatedOn,
            documentNo: input.documentNo ?? null,
          }),
        );
        const allocation = await repo.findOneByOrFail({ id });
        await this.audit.record(
          {
            action: 'fund_allocation.create',
            entityType: 'fund_allocation',
            entityId: id,
            townCode: project.townCode,
            after: snapshot(allocation),
          },
          manager,
        );
        return allocation;
      }),
    );
  }

  /** Changes an allocation; in the caller's transaction when one is given (imports). */
  updateAllocation(
    id: string,
    input: UpdateFundAllocationInput,
    inside?: EntityManager,
  ): Promise<FundAllocationEntity> {
    if (input.amount != null) positive('amount', input.amount, '安排金额');
    return inTransaction(this.dataSource, inside, async (manager) => {
      const current = await this.lockAllocation(manager, id);
      if (current.version !== input.version) throw ConflictError.stale('资金安排');
      if (input.amount != null && moneyToFen(input.amount) < moneyToFen(current.disbursedAmount)) {
        throw new ConflictError(`安排金额不能小于已支出的 ${current.disbursedAmount} 元`, 'BELOW_DISBURSED', {
          fields: [{ field: 'amount', message: `不能小于已支出的 ${current.disbursedAmount} 元` }],
        });
      }
      if (input.allocatedOn != null && input.allocatedOn !== current.allocatedOn) {
        const [{ first }] = await manager.query(
          'SELECT MIN(paid_on)::text AS first FROM disbursement WHERE allocation_id = $1',
          [id],
        );
        if (first && input.allocatedOn > first) {
          throw UserInputError.field('allocatedOn', `下达日期不能晚于已有支出的最早支付日期 ${first}`);
        }
      }
      const changes: Partial<FundAllocationEntity> = {};
      if (input.amount != null) changes.amount = input.amount;
      if (input.allocatedOn != null) changes.allocatedOn = input.allocatedOn;
      if (input.documentNo !== undefined) changes.documentNo = input.documentNo;
      await updateVersioned(manager, FundAllocationEntity, id, input.version, changes, '资金安排');
      const allocation = await manager.getRepository(FundAllocationEntity).findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'fund_allocation.update',
          entityType: 'fund_allocation',
          entityId: id,
          townCode: current.townCode,
          before: snapshot(current),
          after: snapshot(allocation),
        },
        manager,
      );
      return allocation;
    });
  }

  disbursements(filter: DisbursementFilter | undefined, page: PageRequest) {
    const qb = this.dataSource.getRepository(DisbursementEntity).createQueryBuilder('d');
    if (filter?.allocationId) qb.andWhere('d.allocation_id = :allocationId', { allocationId: filter.allocationId });
    if (filter?.paidFrom) qb.andWhere('d.paid_on >= :paidFrom', { paidFrom: filter.paidFrom });
    if (filter?.paidTo) qb.andWhere('d.paid_on <= :paidTo', { paidTo: filter.paidTo });
    if (filter?.voucherNo)
      qb.andWhere(`d.voucher_no ILIKE :voucher ESCAPE '\\'`, { voucher: `%${escapeLike(filter.voucherNo)}%` });
    if (filter?.projectId || filter?.fundSourceId || filter?.townCode || filter?.year != null || this.scope.towns) {
      qb.innerJoin(FundAllocationEntity, 'a', 'a.id = d.allocation_id');
      if (filter?.projectId) qb.andWhere('a.project_id = :projectId', { projectId: filter.projectId });
      if (filter?.fundSourceId) qb.andWhere('a.fund_source_id = :fundSourceId', { fundSourceId: filter.fundSourceId });
      if (filter?.townCode || filter?.year != null || this.scope.towns) {
        qb.innerJoin(ProjectEntity, 'p', 'p.id = a.project_id');
        this.scope.apply(qb, 'p.town_code');
        if (filter?.townCode) qb.andWhere('p.town_code = :townCode', { townCode: filter.townCode });
        if (filter?.year != null) qb.andWhere('p.year = :year', { year: filter.year });
      }
    }
    return paginate(qb, page, {
      sort: [{ expression: 'd.created_at', value: (d) => d.createdAt.toISOString() }],
      idColumn: 'd.id',
      idValue: (d) => d.id,
      direction: 'DESC',
    });
  }

  /**
   * Records a payment. The allocation row is locked first, so two clerks paying from the same
   * allocation are served one after the other and the second sees what the first left; the
   * database's own check is the last line if anything bypasses this path.
   */
  recordDisbursement(input: RecordDisbursementInput, inside?: EntityManager): Promise<DisbursementEntity> {
    const fen = positive('amount', input.amount, '支出金额');
    assertNotFuture('paidOn', input.paidOn);
    return inTransaction(this.dataSource, inside, (manager) =>
      this.idempotency.once(manager, 'recordDisbursement', input, DisbursementEntity, async () => {
        const allocation = await this.lockAllocation(manager, input.allocationId, 'allocationId');
        if (input.paidOn < allocation.allocatedOn) {
          throw UserInputError.field('paidOn', `支付日期不能早于资金下达日期 ${allocation.allocatedOn}`);
        }
        const remaining = moneyToFen(allocation.amount) - moneyToFen(allocation.disbursedAmount);
        if (fen > remaining) {
          throw new ConflictError(
            `支出金额超过该资金安排的剩余额度（剩余 ${fenToMoney(remaining)} 元）`,
            'EXCEEDS_ALLOCATION',
            {
              remaining: fenToMoney(remaining),
              fields: [{ field: 'amount', message: `超过剩余额度 ${fenToMoney(remaining)} 元` }],
            },
          );
        }
        return this.insertDisbursement(manager, allocation.townCode, {
          allocationId: allocation.id,
          paidOn: input.paidOn,
          amount: input.amount,
          voucherNo: input.voucherNo.trim(),
          payee: input.payee?.trim() ?? '',
          note: input.note?.trim() ?? '',
          reversesId: null,
        });
      }),
    );
  }

  /** Corrects a payment by a negative entry that names it; the original stays as it was. */
  reverseDisbursement(input: ReverseDisbursementInput): Promise<DisbursementEntity> {
    assertNotFuture('paidOn', input.paidOn);
    return this.dataSource.transaction((manager) =>
      this.idempotency.once(manager, 'reverseDisbursement', input, DisbursementEntity, async () => {
        const qb = manager
          .getRepository(DisbursementEntity)
          .createQueryBuilder('d')
          .where('d.id = :id', { id: input.disbursementId })
          .setLock('pessimistic_write', undefined, ['d']);
        if (this.scope.towns) {
          // Another town's payment does not exist for a town clerk: not even its amount or date shows.
          qb.innerJoin(FundAllocationEntity, 'a', 'a.id = d.allocation_id').innerJoin(
            ProjectEntity,
            'p',
            'p.id = a.project_id',
          );
          this.scope.apply(qb, 'p.town_code');
        }
        const original = isUuid(input.disbursementId) ? await qb.getOne() : null;
        if (!original) throw UserInputError.field('disbursementId', `支出记录不存在：${input.disbursementId}`);
        if (original.reversesId) throw UserInputError.field('disbursementId', '冲销记录本身不能再冲销');
        const [{ reversed }] = await manager.query(
          'SELECT COALESCE(SUM(amount), 0)::text AS reversed FROM disbursement WHERE reverses_id = $1',
          [original.id],
        );
        const open = moneyToFen(original.amount) + moneyToFen(reversed);
        if (open === 0n) throw new ConflictError('该笔支出已全部冲销', 'ALREADY_REVERSED');
        const fen = input.amount == null ? open : positive('amount', input.amount, '冲销金额');
        if (fen > open) {
          throw new ConflictError(`冲销金额超过未冲销部分（${fenToMoney(open)} 元）`, 'EXCEEDS_PAYMENT', {
            fields: [{ field: 'amount', message: `最多可冲销 ${fenToMoney(open)} 元` }],
          });
        }
        if (input.paidOn < original.paidOn) throw UserInputError.field('paidOn', '冲销日期不能早于原支付日期');
        const allocation = await this.lockAllocation(manager, original.allocationId, 'disbursementId');
        return this.insertDisbursement(manager, allocation.townCode, {
          allocationId: original.allocationId,
          paidOn: input.paidOn,
          amount: fenToMoney(-fen),
          voucherNo: input.voucherNo.trim(),
          payee: original.payee,
          note: input.reason.trim(),
          reversesId: original.id,
        });
      }),
    );
  }

  private async insertDisbursement(
    manager: EntityManager,
    townCode: string,
    row: Omit<DisbursementEntity, 'id' | 'createdAt'>,
  ) {
    const disbursement = await insertReturning(manager, DisbursementEntity, row);
    const { id } = disbursement;
    await this.audit.record(
      {
        action: row.reversesId ? 'disbursement.reverse' : 'disbursement.record',
        entityType: 'disbursement',
        entityId: id,
        townCode,
        after: snapshot(disbursement),
        details: { allocationId: row.allocationId, reverses: row.reversesId },
      },
      manager,
    );
    return disbursement;
  }

  /**
   * Locks an allocation for the rest of the transaction (FOR UPDATE OF the allocation only) and
   * returns it with its project's town; one outside the viewer's towns does not exist for them.
   */
  private async lockAllocation(
    manager: EntityManager,
    id: string,
    field?: string,
  ): Promise<FundAllocationEntity & { townCode: string }> {
    const found = !isUuid(id)
      ? undefined
      : await this.scope
          .apply(
            manager
              .getRepository(FundAllocationEntity)
              .createQueryBuilder('a')
              .innerJoin(ProjectEntity, 'p', 'p.id = a.project_id')
              .addSelect('p.town_code', 'town_code')
              .where('a.id = :id', { id })
              .setLock('pessimistic_write', undefined, ['a']),
            'p.town_code',
          )
          .getRawAndEntities();
    const allocation = found?.entities[0];
    if (!allocation) {
      if (field) throw UserInputError.field(field, `资金安排不存在：${id}`);
      throw new NotFoundError('资金安排', id);
    }
    return Object.assign(allocation, { townCode: found.raw[0].town_code as string });
  }
}
