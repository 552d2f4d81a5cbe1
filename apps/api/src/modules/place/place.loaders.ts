import type { EntityManager } from 'typeorm';
import { loaderByKey, loaderByParent } from '../../common/loader';
import { TownEntity, VillageEntity } from './place.entity';

export function createPlaceLoaders(manager: EntityManager) {
  return {
    town: loaderByKey<TownEntity, string>(manager, TownEntity, 'code'),
    village: loaderByKey<VillageEntity, string>(manager, VillageEntity, 'code'),
    villagesOfTown: loaderByParent(manager, VillageEntity, 'townCode', { code: 'ASC' }),
  };
}
