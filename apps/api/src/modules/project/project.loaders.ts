import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids';
import { loaderByKey, loaderByParent } from '../../common/loader';
import { PerformanceTargetEntity, ProjectEntity, ProjectStatusChangeEntity } from './project.entity';

export function createProjectLoaders(manager: EntityManager) {
  return {
    project: loaderByKey<ProjectEntity, string>(manager, ProjectEntity, 'id', isUuid),
    performanceTargetsOfProject: loaderByParent(manager, PerformanceTargetEntity, 'projectId', { position: 'ASC' }),
    statusHistoryOfProject: loaderByParent(manager, ProjectStatusChangeEntity, 'projectId', { changedAt: 'ASC' }),
  };
}
