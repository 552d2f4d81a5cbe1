import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids';
import { loaderByKey, loaderByParent } from '../../common/loader';
import { SupervisionGroupEntity, SupervisionGroupTownEntity } from './supervision.entity';

export function createSupervisionLoaders(manager: EntityManager) {
  return {
    supervisionGroup: loaderByKey<SupervisionGroupEntity, string>(manager, SupervisionGroupEntity, 'id', isUuid),
    townsOfSupervisionGroup: loaderByParent(manager, SupervisionGroupTownEntity, 'groupId', { townCode: 'ASC' }),
  };
}
