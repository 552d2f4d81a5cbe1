import DataLoader from 'dataloader';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isUuid } from '../../common/ids';
import { type ChildRows, loaderByKey, loaderByParent, orderByOf } from '../../common/loader';
import { entitiesOf, jsonRowOf } from '../../common/rows';
import type { TownScope } from '../../common/viewer';
import { ProjectEntity } from '../project/project.entity';
import { DisbursementEntity, FundAllocationEntity, FundSourceEntity } from './fund.entity';

/** How many payments `FundAllocation.disbursements` lists; the connection has the rest. */
export const DISBURSEMENTS_PER_ALLOCATION = 100;

/** A project's allocations, each with its fund source (read in the same statement). */
export const ALLOCATIONS_OF_PROJECT: ChildRows<FundAllocationEntity> = {
  entity: FundAllocationEntity,
  parentColumn: 'projectId',
  orderBy: { allocatedOn: 'ASC', id: 'ASC' },
};

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
      ALLOCATIONS_OF_PROJECT.entity,
      ALLOCATIONS_OF_PROJECT.parentColumn,
      ALLOCATIONS_OF_PROJECT.orderBy,
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

export type FundLoaders = ReturnType<typeof createFundLoaders>;

/** An allocation as a project's statement nests it: with its fund source, and its latest payments when asked. */
export interface NestedAllocation {
  allocation: FundAllocationEntity;
  source: FundSourceEntity;
  disbursements?: DisbursementEntity[];
}

/**
 * A project's allocations as `allocationsOfProject` gives them, each with its fund source and, with
 * `payments`, its latest payments as `disbursementsOfAllocation` gives them: one subquery of the
 * project's own statement (`projectRef` is the project's id there). `primeAllocations` hands what it
 * read to the loaders, so the fields resolve without another statement.
 */
export function allocationsJson(
  dataSource: DataSource,
  projectRef: string,
  payments: boolean,
): { sql: string; read: (value: unknown) => NestedAllocation[] } {
  const allocation = jsonRowOf(dataSource, FundAllocationEntity, 'na');
  const source = jsonRowOf(dataSource, FundSourceEntity, 'ns');
  const payment = jsonRowOf(dataSource, DisbursementEntity, 'nd');
  const paymentsSql = `(SELECT COALESCE(json_agg(${payment.sql} ORDER BY nd.paid_on ASC, nd.created_at ASC), '[]'::json)
      FROM (SELECT * FROM disbursement d WHERE d.allocation_id = na.id
             ORDER BY d.paid_on DESC, d.created_at DESC LIMIT ${DISBURSEMENTS_PER_ALLOCATION}) nd)`;
  return {
    sql: `(SELECT COALESCE(json_agg(json_build_array(${allocation.sql}, ${source.sql}${payments ? `, ${paymentsSql}` : ''})
                                    ORDER BY ${orderByOf(dataSource, ALLOCATIONS_OF_PROJECT, 'na')}), '[]'::json)
             FROM fund_allocation na JOIN fund_source ns ON ns.id = na.fund_source_id
            WHERE na.project_id = ${projectRef})`,
    read: (value) =>
      (value as [unknown[], unknown[], unknown[][]?][]).map(([a, s, d]) => ({
        allocation: allocation.read(a),
        source: source.read(s),
        disbursements: d?.map((values) => payment.read(values)),
      })),
  };
}

export function primeAllocations(loaders: FundLoaders, projectId: string, nested: NestedAllocation[]): void {
  loaders.allocationsOfProject.prime(
    projectId,
    nested.map((n) => n.allocation),
  );
  for (const { allocation, source, disbursements } of nested) {
    loaders.fundSource.prime(source.id, source);
    if (disbursements) loaders.disbursementsOfAllocation.prime(allocation.id, disbursements);
  }
}
