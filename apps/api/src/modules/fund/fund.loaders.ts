import DataLoader from 'dataloader';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isUuid } from '../../common/ids';
import { loaderByKey, loaderByParent } from '../../common/loader';
import { entitiesOf } from '../../common/rows';
import type { TownScope } from '../../common/viewer';
import { ProjectEntity } from '../project/project.entity';
import { DisbursementEntity, FundAllocationEntity, FundSourceEntity } from './fund.entity';

/** How many payments `FundAllocation.disbursements` lists; the connection has the rest. */
export const DISBURSEMENTS_PER_ALLOCATION = 100;

export interface FundSourceTotals {
  allocated: string;
  disbursed: string;
  projectCount: number;
}

/** Joins an allocation (alias `x` or given) to its project and keeps the viewer's towns. */
function inScope(scope: TownScope, allocationAlias: string) {
  return <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) => {
    if (scope.towns === null) return;
    qb.innerJoin(ProjectEntity, 'scope_p', `scope_p.id = ${allocationAlias}.project_id`);
    scope.apply(qb, 'scope_p.town_code');
  };
}

export function createFundLoaders(manager: EntityManager, scope: TownScope) {
  const fundSource = loaderByKey<FundSourceEntity, string>(manager, FundSourceEntity, 'id', isUuid);
  return {
    fundSource,
    allocation: loaderByKey<FundAllocationEntity, string>(
      manager,
      FundAllocationEntity,
      'id',
      isUuid,
      inScope(scope, 'x'),
    ),
    disbursement: loaderByKey<DisbursementEntity, string>(manager, DisbursementEntity, 'id', isUuid, (qb) => {
      if (scope.towns === null) return;
      qb.innerJoin(FundAllocationEntity, 'scope_a', 'scope_a.id = x.allocation_id');
      inScope(scope, 'scope_a')(qb);
    }),
    /** Each project's allocations, with their fund sources read in the same statement (into `fundSource`). */
    allocationsOfProject: loaderByParent<FundAllocationEntity, FundSourceEntity>(
      manager,
      FundAllocationEntity,
      'projectId',
      { allocatedOn: 'ASC', id: 'ASC' },
      { relation: 'fundSource', seen: (source) => fundSource.prime(source.id, source) },
    ),
    /** The latest payments of each allocation, at most DISBURSEMENTS_PER_ALLOCATION, in one statement. */
    disbursementsOfAllocation: new DataLoader<string, DisbursementEntity[]>(async (ids) => {
      const rows = await entitiesOf(
        manager
          .getRepository(DisbursementEntity)
          .createQueryBuilder('d')
          .where(
            `d.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY allocation_id ORDER BY paid_on DESC, created_at DESC) AS n
             FROM disbursement WHERE allocation_id = ANY(:ids)) ranked WHERE n <= :limit)`,
            { ids: [...ids], limit: DISBURSEMENTS_PER_ALLOCATION },
          )
          .orderBy('d.paid_on', 'ASC')
          .addOrderBy('d.created_at', 'ASC'),
      );
      const groups = new Map<string, DisbursementEntity[]>(ids.map((id) => [id, []]));
      for (const row of rows) groups.get(row.allocationId)?.push(row);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    disbursementCountOfAllocation: new DataLoader<string, number>(async (ids) => {
      const rows: { id: string; n: number }[] = await manager.query(
        'SELECT allocation_id AS id, COUNT(*)::int AS n FROM disbursement WHERE allocation_id = ANY($1) GROUP BY allocation_id',
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.id, r.n]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    /** What has been taken back from each payment by reversals, as a positive amount. */
    reversedOfDisbursement: new DataLoader<string, string>(async (ids) => {
      const rows: { id: string; reversed: string }[] = await manager.query(
        'SELECT reverses_id AS id, (-SUM(amount))::text AS reversed FROM disbursement WHERE reverses_id = ANY($1) GROUP BY reverses_id',
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.id, r.reversed]));
      return ids.map((id) => byId.get(id) ?? '0.00');
    }),
    totalsOfFundSource: new DataLoader<string, FundSourceTotals>(async (ids) => {
      // From the funding tally (one allocation per project and source, so its allocations are its projects).
      const rows: ({ id: string } & FundSourceTotals)[] = await manager.query(
        `SELECT t.fund_source_id AS id, SUM(t.allocated)::text AS allocated, SUM(t.disbursed)::text AS disbursed,
                SUM(t.allocations)::int AS "projectCount"
           FROM fund_tally t
          WHERE t.fund_source_id = ANY($1) AND ($2::varchar[] IS NULL OR t.town_code = ANY($2::varchar[]))
          GROUP BY t.fund_source_id
         HAVING SUM(t.allocations) > 0`,
        [[...ids], scope.parameter],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? { allocated: '0.00', disbursed: '0.00', projectCount: 0 });
    }),
  };
}
