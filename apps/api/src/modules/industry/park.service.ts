import type { DataSource, EntityManager } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { ConflictError, type FieldError, NotFoundError, UserInputError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { fenToMoney, moneyToFen } from '../../common/money';
import { type PageRequest, paginate, type SortKey } from '../../common/pagination';
import { escapeLike } from '../../common/sql';
import { exactCount, type ShownCount, suppressCounts, suppressed } from '../../common/suppression';
import { updateVersioned } from '../../common/versioned';
import type { TownScope } from '../../common/viewer';
import { type AuditService, snapshot } from '../audit/audit.service';
import { HouseholdEntity } from '../monitoring/household.entity';
import { TownEntity, VillageEntity } from '../place/place.entity';
import { INDUSTRY_LABEL, Industry } from '../project/project.enums';
import './industry.constraints';
import { BenefitLinkEntity, IndustrialParkEntity, ParkVillageEntity, ParkYearEntity } from './industry.entity';
import {
  type BenefitLinkFilter,
  type BenefitLinkInput,
  type CreateIndustrialParkInput,
  type IndustrialParkFilter,
  type IndustrialParkSort,
  IndustrialParkSortField,
  type ParkYearInput,
  type UpdateIndustrialParkInput,
} from './industry.inputs';
import type { IndustryGroup } from './industry.type';

const SORT_KEYS: Record<IndustrialParkSortField, SortKey<IndustrialParkEntity>> = {
  CODE: { expression: 'p.code', value: (p) => p.code },
  NAME: { expression: 'p.name', value: (p) => p.name },
  INVESTMENT: { expression: 'p.investment', value: (p) => p.investment },
  JOBS: { expression: 'p.jobs', value: (p) => p.jobs },
  ESTABLISHED_YEAR: { expression: 'p.established_year', value: (p) => p.establishedYear },
};

/** Refuses amounts below zero, naming each field (the Money scalar allows negatives for reversals). */
function nonNegative(amounts: Record<string, string | undefined>): void {
  const errors: FieldError[] = Object.entries(amounts)
    .filter(([, v]) => v !== undefined && moneyToFen(v) < 0n)
    .map(([field]) => ({ field, message: '金额不能为负数' }));
  if (errors.length) throw new UserInputError(errors.map((e) => e.message).join('；'), errors);
}

/** Industrial parks, their yearly figures and the households they carry, within the viewer's towns. */
export class ParkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: TownScope,
    private readonly audit: AuditService,
  ) {}

  list(filter: IndustrialParkFilter | undefined, sort: IndustrialParkSort | undefined, page: PageRequest) {
    const qb = this.scope.apply(
      this.dataSource.getRepository(IndustrialParkEntity).createQueryBuilder('p'),
      'p.town_code',
    );
    if (filter?.townCode) qb.andWhere('p.town_code = :townCode', { townCode: filter.townCode });
    if (filter?.villageCode) {
      qb.andWhere('EXISTS (SELECT 1 FROM park_village v WHERE v.park_id = p.id AND v.village_code = :villageCode)', {
        villageCode: filter.villageCode,
      });
    }
    if (filter?.industry) qb.andWhere('p.industry = :industry', { industry: filter.industry });
    if (filter?.level) qb.andWhere('p.level = :level', { level: filter.level });
    if (filter?.operatorKind) qb.andWhere('p.operator_kind = :operatorKind', { operatorKind: filter.operatorKind });
    if (filter?.search?.trim()) {
      qb.andWhere(
        `(p.name ILIKE :s ESCAPE '\\' OR p.code ILIKE :s ESCAPE '\\' OR p.operator_name ILIKE :s ESCAPE '\\')`,
        { s: `%${escapeLike(filter.search.trim())}%` },
      );
    }
    return paginate(qb, page, {
      sort: [SORT_KEYS[sort?.field ?? IndustrialParkSortField.CODE]],
      idColumn: 'p.id',
      idValue: (p) => p.id,
      direction: sort?.direction ?? 'ASC',
    });
  }

  create(input: CreateIndustrialParkInput): Promise<IndustrialParkEntity> {
    return this.dataSource.transaction(async (manager) => {
      const errors: FieldError[] = [];
      for (const key of ['level', 'industry', 'operatorName', 'operatorKind', 'villageCodes'] as const) {
        if (input[key] == null) errors.push({ field: key, message: '此项必填' });
      }
      if (errors.length) throw new UserInputError('请填写必填项', errors);
      if (!this.scope.includes(input.townCode)) throw UserInputError.field('townCode', '只能在本镇办范围内登记园区');
      nonNegative({ investment: input.investment });
      await this.assertVillages(manager, input.townCode, input.villageCodes as string[]);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('industrial_park_code'))`);
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(substring(code from 4)::int), 0) + 1 AS next FROM industrial_park WHERE code ~ '^YQ-\\d+$'`,
      );
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(IndustrialParkEntity)
        .values({
          code: `YQ-${String(next).padStart(4, '0')}`,
          name: input.name.trim(),
          level: input.level,
          industry: input.industry,
          operatorName: (input.operatorName as string).trim(),
          operatorKind: input.operatorKind,
          townCode: input.townCode,
          areaMu: input.areaMu ?? '0',
          investment: input.investment ?? '0.00',
          jobs: input.jobs ?? 0,
          establishedYear: input.establishedYear ?? Number(bureauToday().slice(0, 4)),
        })
        .returning('id')
        .execute();
      const id = inserted.identifiers[0].id as string;
      await this.replaceVillages(manager, id, input.villageCodes as string[]);
      const park = await manager.getRepository(IndustrialParkEntity).findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'industrial_park.create',
          entityType: 'industrial_park',
          entityId: id,
          townCode: park.townCode,
          after: { ...snapshot(park), villageCodes: input.villageCodes },
        },
        manager,
      );
      return park;
    });
  }

  update(id: string, input: UpdateIndustrialParkInput): Promise<IndustrialParkEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockedPark(manager, id);
      if (current.version !== input.version) throw ConflictError.stale('园区');
      nonNegative({ investment: input.investment });
      const changes: Partial<IndustrialParkEntity> = {};
      for (const key of [
        'level',
        'industry',
        'operatorKind',
        'areaMu',
        'investment',
        'jobs',
        'establishedYear',
      ] as const) {
        if (input[key] != null) (changes as Record<string, unknown>)[key] = input[key];
      }
      if (input.name != null) changes.name = input.name.trim();
      if (input.operatorName != null) changes.operatorName = input.operatorName.trim();
      const villagesBefore = await this.villageCodes(manager, id);
      if (input.villageCodes) {
        await this.assertVillages(manager, current.townCode, input.villageCodes);
        await this.replaceVillages(manager, id, input.villageCodes);
      }
      await updateVersioned(manager, IndustrialParkEntity, id, input.version, changes, '园区');
      const park = await manager.getRepository(IndustrialParkEntity).findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'industrial_park.update',
          entityType: 'industrial_park',
          entityId: id,
          townCode: park.townCode,
          before: { ...snapshot(current), villageCodes: villagesBefore },
          after: { ...snapshot(park), villageCodes: input.villageCodes ?? villagesBefore },
        },
        manager,
      );
      return park;
    });
  }

  recordYear(input: ParkYearInput): Promise<ParkYearEntity> {
    return this.dataSource.transaction(async (manager) => {
      const park = await this.lockedPark(manager, input.parkId);
      nonNegative({ outputValue: input.outputValue, dividends: input.dividends });
      if (input.year > Number(bureauToday().slice(0, 4))) throw UserInputError.field('year', '不能登记未来年度');
      const repo = manager.getRepository(ParkYearEntity);
      const current = await repo.findOneBy({ parkId: park.id, year: input.year });
      const row = { outputValue: input.outputValue, dividends: input.dividends, liftedJobs: input.liftedJobs };
      if (current) {
        if (input.version == null) throw new ConflictError(`${input.year} 年度已登记；更正请带上版本号`, 'DUPLICATE');
        const result = await manager
          .createQueryBuilder()
          .update(ParkYearEntity)
          .set({ ...row, version: () => 'version + 1', updatedAt: () => 'now()' })
          .where('park_id = :p AND year = :y AND version = :v', { p: park.id, y: input.year, v: input.version })
          .execute();
        if (result.affected !== 1) throw ConflictError.stale('园区年度情况');
      } else {
        await manager.insert(ParkYearEntity, { parkId: park.id, year: input.year, ...row });
      }
      const saved = await repo.findOneByOrFail({ parkId: park.id, year: input.year });
      await this.audit.record(
        {
          action: current ? 'park_year.update' : 'park_year.create',
          entityType: 'industrial_park',
          entityId: park.id,
          townCode: park.townCode,
          before: current ? snapshot(current) : null,
          after: snapshot(saved),
        },
        manager,
      );
      return saved;
    });
  }

  /** 带动农户: the household must exist in the viewer's towns; one link per park, household, mode and year. */
  addLink(input: BenefitLinkInput): Promise<BenefitLinkEntity> {
    return this.dataSource.transaction(async (manager) => {
      const park = await this.lockedPark(manager, input.parkId);
      nonNegative({ incomeGained: input.incomeGained });
      const household = isUuid(input.householdId)
        ? await manager.getRepository(HouseholdEntity).findOneBy({ id: input.householdId })
        : null;
      if (!household || !this.scope.includes(household.townCode)) {
        throw UserInputError.field('householdId', `农户不存在：${input.householdId}`);
      }
      if (input.year > Number(bureauToday().slice(0, 4))) throw UserInputError.field('year', '不能登记未来年度');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(BenefitLinkEntity)
        .values({
          parkId: park.id,
          householdId: household.id,
          mode: input.mode,
          year: input.year,
          incomeGained: input.incomeGained,
          note: input.note?.trim() ?? '',
        })
        .returning('id')
        .execute();
      const link = await manager
        .getRepository(BenefitLinkEntity)
        .findOneByOrFail({ id: inserted.identifiers[0].id as string });
      await this.audit.record(
        {
          action: 'benefit_link.create',
          entityType: 'industrial_park',
          entityId: park.id,
          townCode: park.townCode,
          after: snapshot(link),
        },
        manager,
      );
      return link;
    });
  }

  links(filter: BenefitLinkFilter | undefined, page: PageRequest) {
    const qb = this.dataSource
      .getRepository(BenefitLinkEntity)
      .createQueryBuilder('l')
      .innerJoin(IndustrialParkEntity, 'p', 'p.id = l.park_id');
    this.scope.apply(qb, 'p.town_code');
    if (filter?.parkId) qb.andWhere('l.park_id = :parkId', { parkId: filter.parkId });
    if (filter?.householdId) qb.andWhere('l.household_id = :householdId', { householdId: filter.householdId });
    if (filter?.townCode) qb.andWhere('p.town_code = :townCode', { townCode: filter.townCode });
    if (filter?.mode) qb.andWhere('l.mode = :mode', { mode: filter.mode });
    if (filter?.year != null) qb.andWhere('l.year = :year', { year: filter.year });
    return paginate(qb, page, {
      sort: [{ expression: 'l.year', value: (l) => l.year }],
      idColumn: 'l.id',
      idValue: (l) => l.id,
      direction: 'DESC',
    });
  }

  /**
   * Parks, linked households, income gained, investment and jobs: in all and by industry and town.
   * A household linked to several parks counts once in each group it falls in, and once in the total.
   *
   * `exact` is for viewers who may read the household register. For anyone else a group carried by
   * 1 to 4 households could single them out (its income gained is theirs), so its households and
   * income are withheld; in each breakdown a second group is withheld when the total would give a
   * lone hidden one away, and the total itself is withheld when it is that small.
   */
  async summary(year: number | null, { exact }: { exact: boolean }) {
    type Key = { industry: Industry | null; town_code: string | null };
    const parks: (Key & { parks: number; investment: string; jobs: number })[] = await this.dataSource.query(
      `SELECT p.industry, p.town_code, count(*)::int AS parks, sum(p.investment)::text AS investment, sum(p.jobs)::int AS jobs
       FROM industrial_park p WHERE ($1::varchar[] IS NULL OR p.town_code = ANY($1))
       GROUP BY GROUPING SETS ((p.industry), (p.town_code), ())`,
      [this.scope.parameter],
    );
    const links: (Key & { households: number; income: string })[] = await this.dataSource.query(
      `SELECT p.industry, p.town_code, count(DISTINCT b.household_id)::int AS households, sum(b.income_gained)::text AS income
       FROM benefit_link b JOIN industrial_park p ON p.id = b.park_id
       WHERE ($1::varchar[] IS NULL OR p.town_code = ANY($1)) AND ($2::int IS NULL OR b.year = $2)
       GROUP BY GROUPING SETS ((p.industry), (p.town_code), ())`,
      [this.scope.parameter, year],
    );
    const group = (key: string, label: string, pick: (r: Key) => boolean) => {
      const p = parks.find(pick);
      const l = links.find(pick);
      return {
        key,
        label,
        parks: p?.parks ?? 0,
        households: l?.households ?? 0,
        incomeGained: fenToMoney(moneyToFen(l?.income ?? '0')),
        investment: fenToMoney(moneyToFen(p?.investment ?? '0')),
        jobs: p?.jobs ?? 0,
      };
    };
    type Counted = ReturnType<typeof group>;
    const publish = ({ households, incomeGained, ...g }: Counted, shown: ShownCount): IndustryGroup => ({
      ...g,
      linkedHouseholds: shown.value,
      linkedHouseholdsShown: shown,
      incomeGained: shown.suppressed ? null : incomeGained,
      suppressed: shown.suppressed,
    });
    const breakdown = (groups: Counted[]): IndustryGroup[] => {
      const counts = groups.map((g) => g.households);
      const shown = exact ? counts.map(exactCount) : suppressCounts(counts);
      return groups.map((g, i) => publish(g, shown[i]));
    };
    const towns = await this.dataSource.getRepository(TownEntity).find({ order: { code: 'ASC' } });
    const total = group('ALL', '合计', (r) => r.industry === null && r.town_code === null);
    return {
      year,
      total: publish(total, exact ? exactCount(total.households) : suppressed(total.households)),
      byIndustry: breakdown(Object.values(Industry).map((i) => group(i, INDUSTRY_LABEL[i], (r) => r.industry === i))),
      byTown: breakdown(
        towns
          .filter((t) => this.scope.includes(t.code))
          .map((t) => group(t.code, t.name, (r) => r.town_code === t.code)),
      ),
    };
  }

  private async lockedPark(manager: EntityManager, id: string): Promise<IndustrialParkEntity> {
    if (!isUuid(id)) throw new NotFoundError('园区', id);
    const park = await manager
      .getRepository(IndustrialParkEntity)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!park || !this.scope.includes(park.townCode)) throw new NotFoundError('园区', id);
    return park;
  }

  private async assertVillages(manager: EntityManager, townCode: string, codes: string[]) {
    const unique = [...new Set(codes)];
    const villages = await manager
      .getRepository(VillageEntity)
      .createQueryBuilder('v')
      .where('v.code = ANY(:codes)', { codes: unique })
      .getMany();
    for (const code of unique) {
      const village = villages.find((v) => v.code === code);
      if (!village) throw UserInputError.field('villageCodes', `村（社区）代码不存在：${code}`);
      if (village.townCode !== townCode)
        throw UserInputError.field('villageCodes', `${village.name}不属于园区所在镇办`);
    }
  }

  private async villageCodes(manager: EntityManager, parkId: string): Promise<string[]> {
    const rows = await manager.getRepository(ParkVillageEntity).find({ where: { parkId }, order: { position: 'ASC' } });
    return rows.map((r) => r.villageCode);
  }

  private async replaceVillages(manager: EntityManager, parkId: string, codes: string[]) {
    await manager.delete(ParkVillageEntity, { parkId });
    await manager.insert(
      ParkVillageEntity,
      [...new Set(codes)].map((villageCode, position) => ({ parkId, villageCode, position })),
    );
  }
}

/** The exact sum of decimal amounts. */
export function sumMoney(values: string[]): string {
  return fenToMoney(values.reduce((n, v) => n + moneyToFen(v), 0n));
}
