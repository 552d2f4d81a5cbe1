import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../../common/ids';
import { loaderByKey, loaderByParent } from '../../common/loader';
import type { TownScope } from '../../common/viewer';
import {
  AssistanceMeasureEntity,
  FollowUpVisitEntity,
  MonitoringAttachmentEntity,
  MonitoringCaseEntity,
  MonitoringCaseStepEntity,
  RiskEliminationEntity,
} from './case.entity';
import { HouseholdEntity, HouseholdYearEntity, MonitoringLineEntity, PersonEntity } from './household.entity';

export function createMonitoringLoaders(manager: EntityManager, scope: TownScope) {
  return {
    household: loaderByKey<HouseholdEntity, string>(manager, HouseholdEntity, 'id', isUuid, (qb) =>
      scope.apply(qb, 'x.town_code'),
    ),
    /** The head first (enum order), then by age. */
    personsOfHousehold: loaderByParent(manager, PersonEntity, 'householdId', { relation: 'ASC', birthDate: 'ASC' }),
    yearsOfHousehold: loaderByParent(manager, HouseholdYearEntity, 'householdId', { year: 'DESC' }),
    casesOfHousehold: loaderByParent(manager, MonitoringCaseEntity, 'householdId', { openedOn: 'DESC' }),
    monitoringCase: loaderByKey<MonitoringCaseEntity, string>(manager, MonitoringCaseEntity, 'id', isUuid, (qb) =>
      scope.apply(qb, 'x.town_code'),
    ),
    stepsOfCase: loaderByParent(manager, MonitoringCaseStepEntity, 'caseId', { position: 'ASC' }),
    attachmentsOfCase: loaderByParent(manager, MonitoringAttachmentEntity, 'caseId', { uploadedAt: 'ASC' }),
    assistanceOfCase: loaderByParent(manager, AssistanceMeasureEntity, 'caseId', { startOn: 'ASC', createdAt: 'ASC' }),
    eliminationOfCase: loaderByKey<RiskEliminationEntity, string>(manager, RiskEliminationEntity, 'caseId', isUuid),
    followUpsOfCase: loaderByParent(manager, FollowUpVisitEntity, 'caseId', { visitedOn: 'ASC' }),
    /** The lines are a handful of rows: one read serves every year a request asks about. */
    monitoringLine: new DataLoader<number, MonitoringLineEntity | null>(async (years) => {
      const rows = await manager.getRepository(MonitoringLineEntity).find();
      return years.map((year) => rows.find((r) => r.year === year) ?? null);
    }),
  };
}
