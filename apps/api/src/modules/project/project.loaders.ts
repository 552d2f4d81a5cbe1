import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids';
import { type ChildRows, loaderByKey, loaderOfChildren } from '../../common/loader';
import type { TownScope } from '../../common/viewer';
import { PerformanceTargetEntity, ProjectEntity, ProjectStatusChangeEntity } from './project.entity';

/** A project's performance targets, as its loader reads them and its detail's statement nests them. */
export const TARGETS_OF_PROJECT: ChildRows<PerformanceTargetEntity> = {
  entity: PerformanceTargetEntity,
  parentColumn: 'projectId',
  orderBy: { position: 'ASC' },
};

/** A project's status changes, in the order they happened. */
export const STATUS_HISTORY_OF_PROJECT: ChildRows<ProjectStatusChangeEntity> = {
  entity: ProjectStatusChangeEntity,
  parentColumn: 'projectId',
  orderBy: { changedAt: 'ASC' },
};

export function createProjectLoaders(manager: EntityManager, scope: TownScope) {
  return {
    project: loaderByKey<ProjectEntity, string>(manager, ProjectEntity, 'id', isUuid, (qb) =>
      scope.apply(qb, 'x.town_code'),
    ),
    performanceTargetsOfProject: loaderOfChildren(manager, TARGETS_OF_PROJECT),
    statusHistoryOfProject: loaderOfChildren(manager, STATUS_HISTORY_OF_PROJECT),
  };
}
