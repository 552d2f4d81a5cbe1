import type { EntityManager } from 'typeorm';
import { loaderByKey, loaderByParent } from '../../common/loader';
import type { TownScope } from '../../common/viewer';
import { TownEntity, VillageEntity } from './place.entity';

/** A town clerk (or a token limited to some towns) sees only those towns and their villages. */
export function createPlaceLoaders(manager: EntityManager, scope: TownScope) {
  return {
    town: loaderByKey<TownEntity, string>(
      manager,
      TownEntity,
      'code',
      (code) => /^\d{9}$/.test(code),
      (qb) => scope.apply(qb, 'x.code'),
    ),
    village: loaderByKey<VillageEntity, string>(
      manager,
      VillageEntity,
      'code',
      (code) => /^\d{12}$/.test(code),
      (qb) => scope.apply(qb, 'x.town_code'),
    ),
    villagesOfTown: loaderByParent(manager, VillageEntity, 'townCode', { code: 'ASC' }),
  };
}
