import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids';
import { loaderByKey, loaderByParent } from '../../common/loader';
import type { TownScope } from '../../common/viewer';
import {
  EnterpriseInvestmentEntity,
  IndustrialParkEntity,
  ParkVillageEntity,
  ParkYearEntity,
  PartnerEnterpriseEntity,
} from './industry.entity';

export function createIndustryLoaders(manager: EntityManager, scope: TownScope) {
  return {
    park: loaderByKey<IndustrialParkEntity, string>(manager, IndustrialParkEntity, 'id', isUuid, (qb) =>
      scope.apply(qb, 'x.town_code'),
    ),
    villagesOfPark: loaderByParent(manager, ParkVillageEntity, 'parkId', { position: 'ASC' }),
    yearsOfPark: loaderByParent(manager, ParkYearEntity, 'parkId', { year: 'DESC' }),
    investmentsOfPark: loaderByParent(manager, EnterpriseInvestmentEntity, 'parkId', { year: 'ASC' }),
    investmentsOfEnterprise: loaderByParent(manager, EnterpriseInvestmentEntity, 'enterpriseId', { year: 'ASC' }),
    enterprise: loaderByKey<PartnerEnterpriseEntity, string>(manager, PartnerEnterpriseEntity, 'id', isUuid),
    /** Households linked to each park and the income they gained (all years), in one statement. */
    linksOfPark: new DataLoader<string, { households: number; income: string }>(async (ids) => {
      const rows: { park_id: string; households: number; income: string }[] = await manager.query(
        `SELECT park_id, count(DISTINCT household_id)::int AS households, sum(income_gained)::text AS income
         FROM benefit_link WHERE park_id = ANY($1) GROUP BY park_id`,
        [[...ids]],
      );
      return ids.map((id) => {
        const row = rows.find((r) => r.park_id === id);
        return { households: row?.households ?? 0, income: row?.income ?? '0.00' };
      });
    }),
  };
}
