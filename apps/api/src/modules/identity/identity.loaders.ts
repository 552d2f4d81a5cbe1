import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids';
import { loaderByKey } from '../../common/loader';
import { UserEntity } from './identity.entity';

export function createIdentityLoaders(manager: EntityManager) {
  return {
    user: loaderByKey<UserEntity, string>(manager, UserEntity, 'id', isUuid),
  };
}
