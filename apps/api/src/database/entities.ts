import { AuditLogEntity } from '../modules/audit/audit.entity';
import { ExportFileChunkEntity, ExportJobEntity, ImportBatchEntity } from '../modules/exchange/exchange.entity';
import { DisbursementEntity, FundAllocationEntity, FundSourceEntity } from '../modules/fund/fund.entity';
import { ApiTokenEntity, SessionEntity, UserEntity } from '../modules/identity/identity.entity';
import {
  BenefitLinkEntity,
  EnterpriseInvestmentEntity,
  IndustrialParkEntity,
  ParkVillageEntity,
  ParkYearEntity,
  PartnerEnterpriseEntity,
} from '../modules/industry/industry.entity';
import {
  AssistanceMeasureEntity,
  CalendarDayEntity,
  FollowUpVisitEntity,
  MonitoringAttachmentEntity,
  MonitoringCaseEntity,
  MonitoringCaseStepEntity,
  MonitoringProcedureEntity,
  MonitoringProcedureStepEntity,
  RiskEliminationEntity,
} from '../modules/monitoring/case.entity';
import {
  HouseholdEntity,
  HouseholdYearEntity,
  MonitoringLineEntity,
  PersonEntity,
} from '../modules/monitoring/household.entity';
import { DistrictEntity, TownEntity, VillageEntity } from '../modules/place/place.entity';
import { PerformanceTargetEntity, ProjectEntity, ProjectStatusChangeEntity } from '../modules/project/project.entity';
import {
  CadreEntity,
  DispatchingUnitEntity,
  FirstSecretaryEntity,
  WorkTeamEntity,
  WorkTeamMemberEntity,
} from '../modules/stationing/stationing.entity';
import {
  SupervisionGroupEntity,
  SupervisionGroupTownEntity,
  SupervisionTaskEntity,
} from '../modules/supervision/supervision.entity';
import { IdempotencyKeyEntity, SeedRunEntity } from '../modules/system/system.entity';

/** Every entity the data source knows; a new module adds its own here. */
export const entities = [
  ExportJobEntity,
  ExportFileChunkEntity,
  ImportBatchEntity,
  DistrictEntity,
  TownEntity,
  VillageEntity,
  ProjectEntity,
  ProjectStatusChangeEntity,
  PerformanceTargetEntity,
  FundSourceEntity,
  FundAllocationEntity,
  DisbursementEntity,
  SeedRunEntity,
  IdempotencyKeyEntity,
  UserEntity,
  SessionEntity,
  ApiTokenEntity,
  AuditLogEntity,
  HouseholdEntity,
  PersonEntity,
  HouseholdYearEntity,
  MonitoringLineEntity,
  MonitoringProcedureEntity,
  MonitoringProcedureStepEntity,
  MonitoringCaseEntity,
  MonitoringCaseStepEntity,
  MonitoringAttachmentEntity,
  AssistanceMeasureEntity,
  RiskEliminationEntity,
  FollowUpVisitEntity,
  CalendarDayEntity,
  IndustrialParkEntity,
  ParkVillageEntity,
  ParkYearEntity,
  BenefitLinkEntity,
  PartnerEnterpriseEntity,
  EnterpriseInvestmentEntity,
  DispatchingUnitEntity,
  CadreEntity,
  FirstSecretaryEntity,
  WorkTeamEntity,
  WorkTeamMemberEntity,
  SupervisionGroupEntity,
  SupervisionGroupTownEntity,
  SupervisionTaskEntity,
];
