import type { DataSource, EntityManager } from 'typeorm';
import { IdempotencyGuard } from './common/idempotency';
import type { PiiCipher } from './common/pii';
import type { Viewer } from './common/viewer';
import type { Logger } from './logger';
import { AuditService } from './modules/audit/audit.service';
import { ExportService } from './modules/exchange/export.service';
import { ImportService } from './modules/exchange/import.service';
import { createFundLoaders } from './modules/fund/fund.loaders';
import { FundService } from './modules/fund/fund.service';
import { FundingSummaryService } from './modules/fund/funding-summary.service';
import { ApiTokenService } from './modules/identity/api-token.service';
import { type SessionSettings, userViewer } from './modules/identity/authenticate';
import type { UserEntity } from './modules/identity/identity.entity';
import { createIdentityLoaders } from './modules/identity/identity.loaders';
import type { ViewerInfo } from './modules/identity/identity.type';
import { type SessionCookie, SessionService } from './modules/identity/session.service';
import { UserService } from './modules/identity/user.service';
import { EnterpriseService } from './modules/industry/enterprise.service';
import { createIndustryLoaders } from './modules/industry/industry.loaders';
import { ParkService } from './modules/industry/park.service';
import { MonitoringCaseService } from './modules/monitoring/case.service';
import { HouseholdService } from './modules/monitoring/household.service';
import { createMonitoringLoaders } from './modules/monitoring/monitoring.loaders';
import { MonitoringParameterService, ProcedureService } from './modules/monitoring/procedure.service';
import { MonitoringReportService } from './modules/monitoring/report.service';
import { createPlaceLoaders } from './modules/place/place.loaders';
import { PlaceService } from './modules/place/place.service';
import { createProjectLoaders } from './modules/project/project.loaders';
import { ProjectService } from './modules/project/project.service';
import { createStationingLoaders } from './modules/stationing/stationing.loaders';
import { StationingService } from './modules/stationing/stationing.service';
import { createSupervisionLoaders } from './modules/supervision/supervision.loaders';
import { SupervisionService } from './modules/supervision/supervision.service';
import { SystemService } from './modules/system/system.service';

export interface RequestInfo {
  requestId: string;
  viewer: Viewer;
  cookie: SessionCookie;
  userAgent: string;
  settings: SessionSettings;
  /** Seals and looks up personal identifiers (one key for every process, from PII_KEY). */
  pii: PiiCipher;
  /** Tells this process's export worker that a job was queued (others find it when they poll). */
  exportQueued?: () => void;
  importQueued?: () => void;
}

/**
 * The services one request uses, bound to its viewer: the viewer's towns and the audit trail's
 * "who" travel with them, so scoping is enforced where data is read and written.
 */
export function createServices(dataSource: DataSource, request: RequestInfo) {
  const { viewer } = request;
  const audit = new AuditService(dataSource, viewer, request.requestId);
  const place = new PlaceService(dataSource, viewer.scope);
  const household = new HouseholdService(dataSource, viewer.scope, audit, request.pii);
  const procedure = new ProcedureService(dataSource, audit);
  const idempotency = new IdempotencyGuard(viewer);
  const project = new ProjectService(dataSource, place, viewer.scope, audit);
  const fund = new FundService(dataSource, viewer.scope, audit, idempotency);
  const stationing = new StationingService(dataSource, viewer.scope, audit);
  return {
    audit,
    place,
    project,
    fund,
    fundingSummary: new FundingSummaryService(dataSource, viewer.scope),
    system: new SystemService(dataSource),
    household,
    procedure,
    monitoringCase: new MonitoringCaseService(dataSource, viewer, household, procedure, audit),
    monitoringParameter: new MonitoringParameterService(dataSource, audit),
    monitoringReport: new MonitoringReportService(dataSource, viewer.scope, procedure),
    park: new ParkService(dataSource, viewer.scope, audit),
    enterprise: new EnterpriseService(dataSource, audit, idempotency),
    stationing,
    supervision: new SupervisionService(dataSource, viewer.scope, audit),
    session: new SessionService(dataSource, viewer, audit, request.cookie, request.settings, request.userAgent),
    user: new UserService(dataSource, audit),
    apiToken: new ApiTokenService(dataSource, viewer, audit),
    export: new ExportService(dataSource, viewer, audit),
    import: new ImportService(dataSource, viewer, audit, {
      projects: project,
      fund,
      households: household,
      stationing,
    }),
    exportQueued: request.exportQueued ?? (() => undefined),
    importQueued: request.importQueued ?? (() => undefined),
    /** `me`: what the signed-in viewer is and may do (a user just signed in or changed password, if given). */
    viewerInfo(user?: UserEntity): ViewerInfo | null {
      const v = user ? userViewer(user, viewer.ip) : viewer;
      if (v.kind !== 'user' && v.kind !== 'token') return null;
      return {
        role: v.role as ViewerInfo['role'],
        userId: v.kind === 'user' ? v.id : null,
        townCode: v.kind === 'user' && v.scope.towns?.length === 1 ? v.scope.towns[0] : null,
        name: v.name,
        mustChangePassword: v.mustChangePassword,
        sessionExpiresAt: user
          ? new Date(Date.now() + request.settings.maxAgeSeconds * 1000)
          : (v.sessionExpiresAt ?? null),
        idleTimeoutSeconds: request.settings.idleTimeoutSeconds,
        permissions: [...v.permissions].sort(),
      };
    },
  };
}
export type Services = ReturnType<typeof createServices>;

/** Each module's loaders, made together when a request first uses one of them. */
const LOADER_GROUPS = [
  (manager: EntityManager, viewer: Viewer) => createPlaceLoaders(manager, viewer.scope),
  (manager: EntityManager, viewer: Viewer) => createProjectLoaders(manager, viewer.scope),
  (manager: EntityManager, viewer: Viewer) => createFundLoaders(manager, viewer.scope),
  (manager: EntityManager) => createIdentityLoaders(manager),
  (manager: EntityManager, viewer: Viewer) => createMonitoringLoaders(manager, viewer.scope),
  (manager: EntityManager, viewer: Viewer) => createIndustryLoaders(manager, viewer.scope),
  (manager: EntityManager, viewer: Viewer) => createStationingLoaders(manager, viewer.scope),
  (manager: EntityManager) => createSupervisionLoaders(manager),
] as const;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
export type Loaders = UnionToIntersection<ReturnType<(typeof LOADER_GROUPS)[number]>>;

const MANAGER = Symbol('manager');
const VIEWER = Symbol('viewer');
interface LazyLoaders {
  [MANAGER]: EntityManager;
  [VIEWER]: Viewer;
}
let LazyLoadersClass: (new (manager: EntityManager, viewer: Viewer) => LazyLoaders) | null = null;

/**
 * A request's DataLoaders: they live for one request, so nothing cached outlives it or leaks between
 * viewers. A module's loaders are made when the request first reads one of them (a request uses one
 * or two modules of eight), behind getters defined once per process.
 */
export function createLoaders(manager: EntityManager, viewer: Viewer): Loaders {
  if (!LazyLoadersClass) LazyLoadersClass = lazyLoadersClass(manager, viewer);
  return new LazyLoadersClass(manager, viewer) as unknown as Loaders;
}

function lazyLoadersClass(manager: EntityManager, viewer: Viewer) {
  class Lazy implements LazyLoaders {
    [MANAGER]: EntityManager;
    [VIEWER]: Viewer;
    constructor(manager: EntityManager, viewer: Viewer) {
      this[MANAGER] = manager;
      this[VIEWER] = viewer;
    }
  }
  const seen = new Set<string>();
  for (const group of LOADER_GROUPS) {
    // The names a group makes (making its loaders touches no database).
    for (const name of Object.keys(group(manager, viewer))) {
      if (seen.has(name)) throw new Error(`two modules name a loader ${name}`);
      seen.add(name);
      Object.defineProperty(Lazy.prototype, name, {
        get(this: Lazy) {
          const made: Record<string, unknown> = group(this[MANAGER], this[VIEWER]);
          for (const [own, loader] of Object.entries(made))
            Object.defineProperty(this, own, { value: loader, enumerable: true });
          return made[name];
        },
      });
    }
  }
  return Lazy;
}

export interface Context {
  requestId: string;
  log: Logger;
  viewer: Viewer;
  services: Services;
  loaders: Loaders;
}
