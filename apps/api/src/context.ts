import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from './logger';
import { createFundLoaders } from './modules/fund/fund.loaders';
import { FundService } from './modules/fund/fund.service';
import { FundingSummaryService } from './modules/fund/funding-summary.service';
import { createPlaceLoaders } from './modules/place/place.loaders';
import { PlaceService } from './modules/place/place.service';
import { createProjectLoaders } from './modules/project/project.loaders';
import { ProjectService } from './modules/project/project.service';
import { SystemService } from './modules/system/system.service';

/** Stateless services, one set per process; they hold nothing but the data source. */
export function createServices(dataSource: DataSource) {
  const place = new PlaceService(dataSource);
  return {
    place,
    project: new ProjectService(dataSource, place),
    fund: new FundService(dataSource),
    fundingSummary: new FundingSummaryService(dataSource),
    system: new SystemService(dataSource),
  };
}
export type Services = ReturnType<typeof createServices>;

/** DataLoaders live for one request, so nothing cached outlives it or leaks between callers. */
export function createLoaders(manager: EntityManager) {
  return {
    ...createPlaceLoaders(manager),
    ...createProjectLoaders(manager),
    ...createFundLoaders(manager),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  requestId: string;
  log: Logger;
  services: Services;
  loaders: Loaders;
}
