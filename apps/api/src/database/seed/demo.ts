import type { DataSource, EntityManager } from 'typeorm';
import { DisbursementEntity, FundAllocationEntity, FundSourceEntity } from '../../modules/fund/fund.entity';
import { DistrictEntity, TownEntity, VillageEntity } from '../../modules/place/place.entity';
import {
  PerformanceTargetEntity,
  ProjectEntity,
  ProjectStatusChangeEntity,
} from '../../modules/project/project.entity';
import { SeedRunEntity } from '../../modules/system/system.entity';
import { UserEntity } from '../../modules/identity/identity.entity';
import { hashPassword } from '../../modules/identity/password';
import { DEMO_INITIAL_PASSWORD, DEMO_USERS } from './users';
import { district, seedPlaces } from './places';
import { buildProjects } from './projects';
import { buildFunds } from './funds';
import { Random } from './random';

export const DEMO_SEED_NAME = 'demo-2021';
const DEMO_DESCRIPTION =
  '演示数据：镇村为真实行政区划；项目、资金与人员均为按 2021 年汉滨区公开报道的汇总数字确定性生成的虚构数据。';

/** Everything the demo seed writes, built in memory first so a test can inspect it. */
export function buildDemoData(seed = 20211231) {
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

export interface SeedReport {
  towns: number;
  villages: number;
  projects: number;
  fundSources: number;
  allocations: number;
  disbursements: number;
}

/** Loads the demo data in one transaction; all or nothing. */
export async function seedDemoData(dataSource: DataSource): Promise<SeedReport> {
  const data = buildDemoData();
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
    await insertChunked(manager, ProjectEntity, data.projects);
    await insertChunked(manager, ProjectStatusChangeEntity, data.statusChanges);
    await insertChunked(manager, PerformanceTargetEntity, data.targets);
    await insertChunked(manager, FundSourceEntity, data.sources);
    await insertChunked(manager, FundAllocationEntity, data.allocations);
    // In payment order: reversals follow what they reverse, and each row passes the allocation check.
    await insertChunked(manager, DisbursementEntity, data.disbursements);
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
  };
}

/** Seeds an empty database (no district yet); leaves any other database alone. */
export async function seedDemoDataIfEmpty(dataSource: DataSource): Promise<SeedReport | null> {
  const [{ empty }] = await dataSource.query('SELECT NOT EXISTS (SELECT 1 FROM district) AS empty');
  if (!empty) return null;
  return seedDemoData(dataSource);
}
