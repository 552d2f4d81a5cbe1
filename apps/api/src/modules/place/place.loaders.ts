import type { EntityManager } from 'typeorm';
import { loaderByKey, loaderByParent } from '../../common/loader';
import { TownEntity, VillageEntity } from './place.entity';

export function createPlaceLoaders(manager: EntityManager) {
  return {
    town: loaderByKey<TownEntity, string>(manager, TownEntity, 'code', (code) => /^\d{9}$/.test(code)),
    village: loaderByKey<VillageEntity, string>(manager, VillageEntity, 'code', (code) => /^\d{12}$/.test(code)),
    villagesOfTown: loaderByParent(manager, VillageEntity, 'townCode', { code: 'ASC' }),
  };
}
