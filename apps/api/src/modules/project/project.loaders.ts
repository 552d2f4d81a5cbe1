import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids';
import { loaderByKey, loaderByParent } from '../../common/loader';
import type { TownScope } from '../../common/viewer';
import { PerformanceTargetEntity, ProjectEntity, ProjectStatusChangeEntity } from './project.entity';

export function createProjectLoaders(manager: EntityManager, scope: TownScope) {
  return {
    project: loaderByKey<ProjectEntity, string>(manager, ProjectEntity, 'id', isUuid, (qb) =>
      scope.apply(qb, 'x.town_code'),
    ),
    performanceTargetsOfProject: loaderByParent(manager, PerformanceTargetEntity, 'projectId', { position: 'ASC' }),
    statusHistoryOfProject: loaderByParent(manager, ProjectStatusChangeEntity, 'projectId', { changedAt: 'ASC' }),
  };
}
