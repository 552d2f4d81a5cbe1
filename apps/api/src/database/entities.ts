import { FundAllocationEntity, DisbursementEntity, FundSourceEntity } from '../modules/fund/fund.entity';
import { DistrictEntity, TownEntity, VillageEntity } from '../modules/place/place.entity';
import { SeedRunEntity } from '../modules/system/system.entity';
import { PerformanceTargetEntity, ProjectEntity, ProjectStatusChangeEntity } from '../modules/project/project.entity';

/** Every entity the data source knows; a new module adds its own here. */
export const entities = [
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
];
