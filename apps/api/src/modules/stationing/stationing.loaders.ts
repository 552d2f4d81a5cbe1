import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids';
import { loaderByKey, loaderByParent } from '../../common/loader';
import type { TownScope } from '../../common/viewer';
import { CadreEntity, DispatchingUnitEntity, WorkTeamEntity, WorkTeamMemberEntity } from './stationing.entity';

export function createStationingLoaders(manager: EntityManager, scope: TownScope) {
  return {
    workTeam: loaderByKey<WorkTeamEntity, string>(manager, WorkTeamEntity, 'id', isUuid, (qb) =>
      scope.apply(qb, 'x.town_code'),
    ),
    membersOfTeam: loaderByParent(manager, WorkTeamMemberEntity, 'teamId', { startedOn: 'ASC' }),
    cadre: loaderByKey<CadreEntity, string>(manager, CadreEntity, 'id', isUuid),
    dispatchingUnit: loaderByKey<DispatchingUnitEntity, string>(manager, DispatchingUnitEntity, 'id', isUuid),
  };
}
