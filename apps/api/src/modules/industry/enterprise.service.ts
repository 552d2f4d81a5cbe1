import type { DataSource } from 'typeorm';
import { NotFoundError, UserInputError } from '../../common/errors';
import type { IdempotencyGuard } from '../../common/idempotency';
import { isUuid } from '../../common/ids';
import { moneyToFen } from '../../common/money';
import { updateVersioned } from '../../common/versioned';
import { type AuditService, snapshot } from '../audit/audit.service';
import { ProjectEntity } from '../project/project.entity';
import './industry.constraints';
import { EnterpriseInvestmentEntity, IndustrialParkEntity, PartnerEnterpriseEntity } from './industry.entity';
import type { EnterpriseInvestmentInput, PartnerEnterpriseInput } from './industry.inputs';

/**
 * East–West cooperation (苏陕协作): partner enterprises, their investment into parks and projects, and
 * the jobs they give poverty-lifted workers. District work: writing needs east-west:write.
 */
export class EnterpriseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyGuard,
  ) {}

  list(): Promise<PartnerEnterpriseEntity[]> {
    return this.dataSource.getRepository(PartnerEnterpriseEntity).find({ order: { settledYear: 'ASC', name: 'ASC' } });
  }

  async summary() {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM partner_enterprise)::int AS enterprises,
              (SELECT coalesce(sum(amount), 0) FROM enterprise_investment)::text AS investment,
              (SELECT coalesce(sum(jobs), 0) FROM partner_enterprise)::int AS jobs,
              (SELECT coalesce(sum(lifted_jobs), 0) FROM partner_enterprise)::int AS "liftedJobs"`,
    );
    return row as { enterprises: number; investment: string; jobs: number; liftedJobs: number };
  }

  save(id: string | null, input: PartnerEnterpriseInput): Promise<PartnerEnterpriseEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (input.liftedJobs > input.jobs) throw UserInputError.field('liftedJobs', '脱贫劳动力岗位不能超过岗位总数');
      const fields = {
        name: input.name.trim(),
        origin: input.origin.trim(),
        sector: input.sector.trim(),
        settledYear: input.settledYear,
        jobs: input.jobs,
        liftedJobs: input.liftedJobs,
      };
      const repo = manager.getRepository(PartnerEnterpriseEntity);
      let before: PartnerEnterpriseEntity | null = null;
      if (id) {
        before = isUuid(id) ? await repo.findOneBy({ id }) : null;
        if (!before) throw new NotFoundError('协作企业', id);
        if (input.version == null) throw UserInputError.field('version', '修改时须带上版本号');
        await updateVersioned(manager, PartnerEnterpriseEntity, id, input.version, fields, '协作企业');
      } else {
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(PartnerEnterpriseEntity)
          .values(fields)
          .returning('id')
          .execute();
        id = inserted.identifiers[0].id as string;
      }
      const saved = await repo.findOneByOrFail({ id });
      await this.audit.record(
        {
          action: before ? 'partner_enterprise.update' : 'partner_enterprise.create',
          entityType: 'partner_enterprise',
          entityId: id,
          before: before ? snapshot(before) : null,
          after: snapshot(saved),
        },
        manager,
      );
      return saved;
    });
  }

  invest(input: EnterpriseInvestmentInput): Promise<EnterpriseInvestmentEntity> {
    return this.dataSource.transaction((manager) =>
      this.idempotency.once(manager, 'recordEnterpriseInvestment', input, EnterpriseInvestmentEntity, async () => {
        if (moneyToFen(input.amount) <= 0n) throw UserInputError.field('amount', '投资金额须大于 0');
        if (input.parkId && input.projectId)
          throw UserInputError.field('projectId', '一笔投资只能投向一个园区或一个项目');
        const enterprise = isUuid(input.enterpriseId)
          ? await manager.getRepository(PartnerEnterpriseEntity).findOneBy({ id: input.enterpriseId })
          : null;
        if (!enterprise) throw UserInputError.field('enterpriseId', `协作企业不存在：${input.enterpriseId}`);
        if (input.parkId && !(await manager.getRepository(IndustrialParkEntity).existsBy({ id: input.parkId }))) {
          throw UserInputError.field('parkId', `园区不存在：${input.parkId}`);
        }
        if (input.projectId && !(await manager.getRepository(ProjectEntity).existsBy({ id: input.projectId }))) {
          throw UserInputError.field('projectId', `项目不存在：${input.projectId}`);
        }
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(EnterpriseInvestmentEntity)
          .values({
            enterpriseId: enterprise.id,
            year: input.year,
            amount: input.amount,
            parkId: input.parkId ?? null,
            projectId: input.projectId ?? null,
            description: input.description.trim(),
          })
          .returning('id')
          .execute();
        const saved = await manager
          .getRepository(EnterpriseInvestmentEntity)
          .findOneByOrFail({ id: inserted.identifiers[0].id as string });
        await this.audit.record(
          {
            action: 'enterprise_investment.create',
            entityType: 'partner_enterprise',
            entityId: enterprise.id,
            after: snapshot(saved),
          },
          manager,
        );
        return saved;
      }),
    );
  }
}
