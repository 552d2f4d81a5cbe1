import type { DataSource, EntityManager } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { daysBetween } from '../../common/date';
import type { PiiCipher } from '../../common/pii';
import { DisbursementEntity, FundAllocationEntity, FundSourceEntity } from '../../modules/fund/fund.entity';
import { UserEntity } from '../../modules/identity/identity.entity';
import { hashPassword } from '../../modules/identity/password';
import {
  BenefitLinkEntity,
  EnterpriseInvestmentEntity,
  IndustrialParkEntity,
  ParkVillageEntity,
  ParkYearEntity,
  PartnerEnterpriseEntity,
} from '../../modules/industry/industry.entity';
import {
  AssistanceMeasureEntity,
  FollowUpVisitEntity,
  MonitoringAttachmentEntity,
  MonitoringCaseEntity,
  MonitoringCaseStepEntity,
  RiskEliminationEntity,
} from '../../modules/monitoring/case.entity';
import {
  HouseholdEntity,
  HouseholdYearEntity,
  MonitoringLineEntity,
  PersonEntity,
} from '../../modules/monitoring/household.entity';
import { WorkingCalendar } from '../../modules/monitoring/working-days';
import { DistrictEntity, TownEntity, VillageEntity } from '../../modules/place/place.entity';
import {
  PerformanceTargetEntity,
  ProjectEntity,
  ProjectStatusChangeEntity,
} from '../../modules/project/project.entity';
import {
  CadreEntity,
  DispatchingUnitEntity,
  FirstSecretaryEntity,
  WorkTeamEntity,
  WorkTeamMemberEntity,
} from '../../modules/stationing/stationing.entity';
import {
  SupervisionGroupEntity,
  SupervisionGroupTownEntity,
  SupervisionTaskEntity,
} from '../../modules/supervision/supervision.entity';
import { SeedRunEntity } from '../../modules/system/system.entity';
import { buildFunds } from './funds';
import { buildIndustryData } from './industry';
import { buildMonitoringData, PROCEDURE_2021_ID, PROCEDURE_2021_STEPS } from './monitoring';
import { district, seedPlaces } from './places';
import { buildProjects } from './projects';
import { Random } from './random';
import { buildStationingData } from './stationing';
import { buildSupervisionData } from './supervision';
import { DEMO_INITIAL_PASSWORD, DEMO_USERS } from './users';

export const DEMO_SEED_NAME = 'demo-2021';
const DEMO_DESCRIPTION =
  '演示数据：镇村为真实行政区划；项目、资金与人员均为按 2021 年汉滨区公开报道的汇总数字确定性生成的虚构数据；' +
  '农户、家庭成员（姓名、身份证号、电话）、收入和防返贫监测案件均为确定性生成的虚构演示数据，监测收入线为演示参数；' +
  '220 个园区中阳晨、忠诚及 5 家江苏企业中新城地产之名取自报道，其余园区、企业、带动关系和金额均为虚构。';

const DEMO_SEED = 20211231;
/** The monitoring data draws from its own sequence, so the 2021 project and fund figures stay as they are. */
const MONITORING_SEED = DEMO_SEED + 2035;
/** Parks and enterprises, likewise on their own sequence. */
const INDUSTRY_SEED = DEMO_SEED + 2036;
const STATIONING_SEED = DEMO_SEED + 2037;
const SUPERVISION_SEED = DEMO_SEED + 2038;

/** Everything the demo seed writes, built in memory first so a test can inspect it. */
export function buildDemoData(seed = DEMO_SEED) {
  const random = new Random(seed);
  const towns = seedPlaces(random);
  const projects = buildProjects(random, towns);
  const funds = buildFunds(random, projects.projects2021);
  return { towns, ...projects, ...funds };
}

async function insertChunked<T extends object>(manager: EntityManager, entity: new () => T, rows: T[] | Partial<T>[]) {
  for (let i = 0; i < rows.length; i += 500) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + 500) as never)
      .execute();
  }
}

/**
 * Inserts many rows in few statements: one array per column, unnested into rows (for the register's
 * tens of thousands of rows, several times faster than multi-row VALUES). Every row must carry the
 * same columns; array-valued columns are not supported (use insertChunked).
 */
async function insertColumnar<T extends object>(manager: EntityManager, entity: new () => T, rows: T[], chunk = 5000) {
  if (rows.length === 0) return;
  const metadata = manager.dataSource.getMetadata(entity);
  const columns = metadata.columns.filter((c) => c.getEntityValue(rows[0]) !== undefined);
  for (const c of columns) {
    if (c.isArray) throw new Error(`insertColumnar: ${metadata.tableName}.${c.databaseName} is an array column`);
  }
  const cast = (c: (typeof columns)[number]) => {
    if (c.enumName) return `"${c.enumName}"`;
    const type = manager.dataSource.driver.normalizeType(c);
    // Unsized: "character" alone would be char(1). The column's own type applies on assignment.
    return type === 'character varying' || type === 'character' ? 'text' : type;
  };
  const sql = `INSERT INTO "${metadata.tableName}" (${columns.map((c) => `"${c.databaseName}"`).join(', ')})
    SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${cast(c)}[]`).join(', ')})`;
  for (let i = 0; i < rows.length; i += chunk) {
    const slice = rows.slice(i, i + chunk);
    const params = columns.map((c) =>
      slice.map((row) => {
        const value = c.getEntityValue(row);
        if (value === undefined) throw new Error(`insertColumnar: ${metadata.tableName}.${c.databaseName} missing`);
        return value;
      }),
    );
    await manager.query(sql, params);
  }
}

export interface SeedReport {
  towns: number;
  villages: number;
  projects: number;
  fundSources: number;
  allocations: number;
  disbursements: number;
  households: number;
  persons: number;
  cases: number;
}

export interface SeedOptions {
  /** The bureau's date the monitoring cases are laid out around (default: today); tests may fix it. */
  today?: string;
}

/** The procedure the monitoring seed follows must be the one the migration inserted. */
async function checkProcedure(manager: EntityManager) {
  const rows: { position: number; code: string; limit: number | null }[] = await manager.query(
    'SELECT position, code, time_limit_days AS limit FROM monitoring_procedure_step WHERE procedure_id = $1 ORDER BY position',
    [PROCEDURE_2021_ID],
  );
  const expected = PROCEDURE_2021_STEPS.map((s) => `${s.position}:${s.code}:${s.timeLimitDays}`).join(',');
  const actual = rows.map((r) => `${r.position}:${r.code}:${r.limit}`).join(',');
  if (actual !== expected) throw new Error(`seed: the 2021 procedure differs from the seed's copy (${actual})`);
}

/** Loads the demo data in one transaction; all or nothing. Personal identifiers are sealed with `pii`. */
export async function seedDemoData(
  dataSource: DataSource,
  pii: PiiCipher,
  options: SeedOptions = {},
): Promise<SeedReport> {
  const data = buildDemoData();
  const today = options.today ?? bureauToday();
  let counts = { households: 0, persons: 0, cases: 0 };
  // Built before the insert: TypeORM rewrites the village rows' category arrays as it writes them.
  const stationing = buildStationingData(new Random(STATIONING_SEED), data.towns, today);
  const supervision = buildSupervisionData(new Random(SUPERVISION_SEED), data.towns, today);
  await dataSource.transaction(async (manager) => {
    await manager.insert(DistrictEntity, district);
    await insertChunked(
      manager,
      TownEntity,
      data.towns.map((t) => ({ code: t.code, name: t.name, districtCode: district.code })),
    );
    await insertChunked(
      manager,
      VillageEntity,
      data.towns.flatMap((t) => t.villages),
    );
    await checkProcedure(manager);
    const calendar = await WorkingCalendar.load(manager, '2021-01-01', daysBetween('2021-01-01', today) + 60);
    const monitoring = buildMonitoringData(new Random(MONITORING_SEED), data.towns, pii, calendar, today);
    await insertColumnar(manager, HouseholdEntity, monitoring.households);
    await insertColumnar(manager, PersonEntity, monitoring.persons);
    await insertColumnar(manager, HouseholdYearEntity, monitoring.householdYears);
    await insertChunked(manager, MonitoringLineEntity, monitoring.monitoringLines);
    await insertChunked(manager, MonitoringCaseEntity, monitoring.cases);
    await insertColumnar(manager, MonitoringCaseStepEntity, monitoring.steps);
    await insertColumnar(manager, MonitoringAttachmentEntity, monitoring.attachments);
    await insertColumnar(manager, AssistanceMeasureEntity, monitoring.measures);
    await insertColumnar(manager, RiskEliminationEntity, monitoring.eliminations);
    await insertColumnar(manager, FollowUpVisitEntity, monitoring.followUps);
    counts = {
      households: monitoring.households.length,
      persons: monitoring.persons.length,
      cases: monitoring.cases.length,
    };
    await insertChunked(manager, ProjectEntity, data.projects);
    await insertChunked(manager, ProjectStatusChangeEntity, data.statusChanges);
    await insertChunked(manager, PerformanceTargetEntity, data.targets);
    await insertChunked(manager, FundSourceEntity, data.sources);
    await insertChunked(manager, FundAllocationEntity, data.allocations);
    // In payment order: reversals follow what they reverse, and each row passes the allocation check.
    await insertChunked(manager, DisbursementEntity, data.disbursements);
    const industry = buildIndustryData(
      new Random(INDUSTRY_SEED),
      data.towns,
      monitoring.households,
      data.projects2021.map((p) => p.row.id as string),
      today,
    );
    await insertColumnar(manager, IndustrialParkEntity, industry.parks);
    await insertColumnar(manager, ParkVillageEntity, industry.parkVillages);
    await insertColumnar(manager, ParkYearEntity, industry.parkYears);
    await insertColumnar(manager, BenefitLinkEntity, industry.links);
    await insertColumnar(manager, PartnerEnterpriseEntity, industry.enterprises);
    await insertColumnar(manager, EnterpriseInvestmentEntity, industry.investments);
    await insertColumnar(manager, DispatchingUnitEntity, stationing.units);
    await insertColumnar(manager, CadreEntity, stationing.cadres);
    await insertColumnar(manager, WorkTeamEntity, stationing.teams);
    await insertColumnar(manager, WorkTeamMemberEntity, stationing.members);
    await insertColumnar(manager, FirstSecretaryEntity, stationing.secretaries);
    await insertColumnar(manager, SupervisionGroupEntity, supervision.groups);
    await insertColumnar(manager, SupervisionGroupTownEntity, supervision.groupTowns);
    await insertColumnar(manager, SupervisionTaskEntity, supervision.tasks);
    const passwordHash = await hashPassword(DEMO_INITIAL_PASSWORD);
    await manager.insert(
      UserEntity,
      DEMO_USERS.map((u) => ({ ...u, passwordHash, mustChangePassword: true })),
    );
    await manager.insert(SeedRunEntity, { name: DEMO_SEED_NAME, description: DEMO_DESCRIPTION });
  });
  return {
    towns: data.towns.length,
    villages: data.towns.reduce((n, t) => n + t.villages.length, 0),
    projects: data.projects.length,
    fundSources: data.sources.length,
    allocations: data.allocations.length,
    disbursements: data.disbursements.length,
    ...counts,
  };
}

/** Seeds an empty database (no district yet); leaves any other database alone. */
export async function seedDemoDataIfEmpty(
  dataSource: DataSource,
  pii: PiiCipher,
  options: SeedOptions = {},
): Promise<SeedReport | null> {
  const [{ empty }] = await dataSource.query('SELECT NOT EXISTS (SELECT 1 FROM district) AS empty');
  if (!empty) return null;
  return seedDemoData(dataSource, pii, options);
}
