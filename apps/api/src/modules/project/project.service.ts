import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { ConflictError, type FieldError, NotFoundError, UserInputError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { type PageRequest, paginate, type SortKey } from '../../common/pagination';
import { escapeLike, inTransaction } from '../../common/sql';
import { updateVersioned } from '../../common/versioned';
import type { TownScope } from '../../common/viewer';
import { type AuditService, snapshot } from '../audit/audit.service';
import { FundAllocationEntity } from '../fund/fund.entity';
import type { PlaceService } from '../place/place.service';
import './project.constraints';
import { perDataSource } from '../../common/batch';
import { childrenJson } from '../../common/loader';
import { jsonRowOf } from '../../common/rows';
import { allocationsJson, type NestedAllocation } from '../fund/fund.loaders';
import { PerformanceTargetEntity, ProjectEntity, ProjectStatusChangeEntity } from './project.entity';
import { nextProjectStatus, PROJECT_STATUS_LABEL, ProjectCategory, ProjectStatus } from './project.enums';
import {
  type AdvanceProjectStatusInput,
  type CreateProjectInput,
  type PerformanceTargetInput,
  type ProjectFilter,
  type ProjectSort,
  ProjectSortField,
  type UpdateProjectInput,
} from './project.inputs';
import { STATUS_HISTORY_OF_PROJECT, TARGETS_OF_PROJECT } from './project.loaders';

const SORT_KEYS: Record<ProjectSortField, SortKey<ProjectEntity> & { property: keyof ProjectEntity & string }> = {
  CODE: { expression: 'p.code', property: 'code', value: (p) => p.code },
  NAME: { expression: 'p.name', property: 'name', value: (p) => p.name },
  YEAR: { expression: 'p.year', property: 'year', value: (p) => p.year },
  ALLOCATED: { expression: 'p.allocated_amount', property: 'allocatedAmount', value: (p) => p.allocatedAmount },
  DISBURSED: { expression: 'p.disbursed_amount', property: 'disbursedAmount', value: (p) => p.disbursedAmount },
  CREATED_AT: { expression: 'p.created_at', property: 'createdAt', value: (p) => p.createdAt.toISOString() },
  UPDATED_AT: { expression: 'p.updated_at', property: 'updatedAt', value: (p) => p.updatedAt.toISOString() },
};

/** Columns a clerk may change; totals and status are never written from input. */
const EDITABLE = [
  'name',
  'category',
  'industry',
  'constructionType',
  'townCode',
  'villageCode',
  'responsibleUnit',
  'tasks',
  'plannedStart',
  'plannedEnd',
  'approvalDocNo',
  'beneficiaryHouseholds',
  'beneficiaryPersons',
  'liftedHouseholds',
  'liftedPersons',
  'benefitMechanism',
] as const;
type Editable = Pick<ProjectEntity, (typeof EDITABLE)[number]>;

/** Columns an update may clear with null; for the others null is an input error. */
const CLEARABLE = new Set<keyof Editable>(['industry', 'villageCode', 'plannedStart', 'plannedEnd', 'approvalDocNo']);

/** Rules across fields, reported at the field a form should highlight. */
function checkProjectRules(p: Editable): void {
  const errors: FieldError[] = [];
  if (p.category === ProjectCategory.INDUSTRY && !p.industry) {
    errors.push({ field: 'industry', message: '产业发展类项目须选择产业' });
  }
  if (p.liftedHouseholds > p.beneficiaryHouseholds) {
    errors.push({ field: 'liftedHouseholds', message: '脱贫户数不能超过受益户数' });
  }
  if (p.liftedPersons > p.beneficiaryPersons) {
    errors.push({ field: 'liftedPersons', message: '脱贫人口数不能超过受益人数' });
  }
  if (p.beneficiaryPersons < p.beneficiaryHouseholds) {
    errors.push({ field: 'beneficiaryPersons', message: '受益人数不能少于受益户数' });
  }
  if (p.plannedStart && p.plannedEnd && p.plannedEnd < p.plannedStart) {
    errors.push({ field: 'plannedEnd', message: '计划完工日期不能早于计划开工日期' });
  }
  if (errors.length) throw new UserInputError(errors.map((e) => e.message).join('；'), errors);
}

/** The filters `project_tally` keeps (see `tallied`); a filter it does not know counts the rows. */
const TALLIED_FILTERS = new Set<string>(['year', 'townCode', 'status', 'category', 'industry']);

function onlyTallied(filter: ProjectFilter | undefined): boolean {
  return Object.entries(filter ?? {}).every(
    ([key, value]) =>
      TALLIED_FILTERS.has(key) || value == null || value === '' || (Array.isArray(value) && value.length === 0),
  );
}

/** Which children a project's detail reads with it. */
export interface ProjectDetailParts {
  targets: boolean;
  statusHistory: boolean;
  allocations: boolean;
  /** Each allocation's latest payments (only with `allocations`). */
  payments: boolean;
}

export interface ProjectDetail {
  project: ProjectEntity;
  targets?: PerformanceTargetEntity[];
  statusHistory?: ProjectStatusChangeEntity[];
  allocations?: NestedAllocation[];
}

type DetailStatement = { sql: string; read: (row: Record<string, unknown>) => ProjectDetail };

/** The detail's statement for each combination of parts, built once per data source. */
const detailStatements = perDataSource(() => new Map<string, DetailStatement>());

function detailStatementOf(dataSource: DataSource, include: ProjectDetailParts): DetailStatement {
  const key = `${+include.targets}${+include.statusHistory}${+include.allocations}${+include.payments}`;
  const built = detailStatements(dataSource);
  let statement = built.get(key);
  if (!statement) {
    statement = buildDetailStatement(dataSource, include);
    built.set(key, statement);
  }
  return statement;
}

function buildDetailStatement(dataSource: DataSource, include: ProjectDetailParts): DetailStatement {
  const project = jsonRowOf(dataSource, ProjectEntity, 'p');
  const targets = include.targets ? childrenJson(dataSource, TARGETS_OF_PROJECT, 't', 'p.id') : null;
  const history = include.statusHistory ? childrenJson(dataSource, STATUS_HISTORY_OF_PROJECT, 'h', 'p.id') : null;
  const allocations = include.allocations ? allocationsJson(dataSource, 'p.id', include.payments) : null;
  return {
    sql: `SELECT ${project.sql} AS project, ${targets?.sql ?? 'NULL'} AS targets, ${history?.sql ?? 'NULL'} AS history,
                 ${allocations?.sql ?? 'NULL'} AS allocations
            FROM project p
           WHERE p.id = $1 AND ($2::varchar[] IS NULL OR p.town_code = ANY($2::varchar[]))`,
    read: (row) => ({
      project: project.read(row.project as unknown[]),
      targets: targets?.read(row.targets),
      statusHistory: history?.read(row.history),
      allocations: allocations?.read(row.allocations),
    }),
  };
}

export class ProjectService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly places: PlaceService,
    private readonly scope: TownScope,
    private readonly audit: AuditService,
  ) {}

  /**
   * One project with the children its detail asks for, in one statement: its targets, its status
   * history, its allocations with their fund sources and, with `payments`, their latest payments,
   * each in the order its loader gives. Null when there is no such project in the viewer's towns.
   */
  async detail(id: string, include: ProjectDetailParts): Promise<ProjectDetail | null> {
    if (!isUuid(id)) return null;
    const statement = detailStatementOf(this.dataSource, include);
    const [row] = await this.dataSource.query(statement.sql, [id, this.scope.parameter]);
    return row ? statement.read(row) : null;
  }

  /**
   * 项目库. `columns`, when given, are the properties the page's fields read (and the id): only these
   * are selected, so a list of codes and names does not read every project's tasks and timestamps.
   */
  list(
    filter: ProjectFilter | undefined,
    sort: ProjectSort | undefined,
    page: PageRequest,
    columns: (keyof ProjectEntity & string)[] | null = null,
  ) {
    const key = SORT_KEYS[sort?.field ?? ProjectSortField.CODE];
    const qb = this.tallied(this.dataSource.getRepository(ProjectEntity).createQueryBuilder('p'), 'p', filter);
    if (columns) qb.select([...new Set(['id', key.property, ...columns])].map((c) => `p.${c}`));
    if (filter?.villageCode) qb.andWhere('p.village_code = :villageCode', { villageCode: filter.villageCode });
    if (filter?.fundSourceId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM fund_allocation a WHERE a.project_id = p.id AND a.fund_source_id = :fundSourceId)',
        { fundSourceId: filter.fundSourceId },
      );
    }
    if (filter?.search) {
      qb.andWhere(`(p.name ILIKE :search ESCAPE '\\' OR p.code ILIKE :search ESCAPE '\\')`, {
        search: `%${escapeLike(filter.search.trim())}%`,
      });
    }
    return paginate(qb, page, {
      sort: [key],
      idColumn: 'p.id',
      idValue: (p) => p.id,
      direction: sort?.direction ?? 'ASC',
      count: onlyTallied(filter) ? () => this.countFromTally(filter) : undefined,
    });
  }

  /**
   * The viewer's towns and the filters the tally keeps (year, town, status, category, industry), on
   * either the projects or the tally: the same conditions, so both count the same projects.
   */
  private tallied<Q extends SelectQueryBuilder<ObjectLiteral>>(
    qb: Q,
    alias: string,
    filter: ProjectFilter | undefined,
  ) {
    this.scope.apply(qb, `${alias}.town_code`);
    if (filter?.year != null) qb.andWhere(`${alias}.year = :year`, { year: filter.year });
    if (filter?.townCode) qb.andWhere(`${alias}.town_code = :townCode`, { townCode: filter.townCode });
    if (filter?.status?.length) qb.andWhere(`${alias}.status = ANY(:status)`, { status: filter.status });
    if (filter?.category) qb.andWhere(`${alias}.category = :category`, { category: filter.category });
    if (filter?.industry) qb.andWhere(`${alias}.industry = :industry`, { industry: filter.industry });
    return qb;
  }

  /** `totalCount` from `project_tally` (see its migration): exact, without counting the rows. */
  private async countFromTally(filter: ProjectFilter | undefined): Promise<number> {
    const qb = this.tallied(this.dataSource.createQueryBuilder().from('project_tally', 't'), 't', filter);
    const row = await qb.select('coalesce(sum(t.projects), 0)::int', 'n').getRawOne<{ n: number }>();
    return row?.n ?? 0;
  }

  /** Creates a project; in the caller's transaction when one is given (imports). */
  create(input: CreateProjectInput, inside?: EntityManager): Promise<ProjectEntity> {
    return inTransaction(this.dataSource, inside, async (manager) => {
      const fields: Editable = {
        name: input.name.trim(),
        category: input.category,
        industry: input.industry ?? null,
        constructionType: input.constructionType,
        townCode: input.townCode,
        villageCode: input.villageCode ?? null,
        responsibleUnit: input.responsibleUnit.trim(),
        tasks: input.tasks ?? '',
        plannedStart: input.plannedStart ?? null,
        plannedEnd: input.plannedEnd ?? null,
        approvalDocNo: input.approvalDocNo ?? null,
        beneficiaryHouseholds: input.beneficiaryHouseholds ?? 0,
        beneficiaryPersons: input.beneficiaryPersons ?? 0,
        liftedHouseholds: input.liftedHouseholds ?? 0,
        liftedPersons: input.liftedPersons ?? 0,
        benefitMechanism: input.benefitMechanism ?? '',
      };
      checkProjectRules(fields);
      if (!this.scope.includes(fields.townCode)) throw UserInputError.field('townCode', '只能在本镇办范围内新建项目');
      await this.places.assertPlace(manager, fields.townCode, fields.villageCode);
      const code = input.code ?? `HB${input.year}-${randomBytes(4).toString('hex').toUpperCase()}`;
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ProjectEntity)
        .values({ ...fields, code, year: input.year, status: ProjectStatus.RESERVED })
        .returning('id')
        .execute();
      const id = inserted.identifiers[0].id as string;
      await manager.insert(ProjectStatusChangeEntity, {
        projectId: id,
        fromStatus: null,
        toStatus: ProjectStatus.RESERVED,
        effectiveOn: bureauToday(),
        note: '',
      });
      if (input.performanceTargets) await this.replaceTargets(manager, id, input.performanceTargets);
      const project = await manager.getRepository(ProjectEntity).findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'project.create',
          entityType: 'project',
          entityId: id,
          townCode: project.townCode,
          after: snapshot(project),
        },
        manager,
      );
      return project;
    });
  }

  /** Changes the given fields; in the caller's transaction when one is given (imports). */
  update(id: string, input: UpdateProjectInput, inside?: EntityManager): Promise<ProjectEntity> {
    return inTransaction(this.dataSource, inside, async (manager) => {
      const current = await this.lockedForChange(manager, id, input.version);
      const changes: Partial<Editable> = {};
      const cleared: FieldError[] = [];
      for (const key of EDITABLE) {
        if (input[key] === undefined) continue;
        if (input[key] === null && !CLEARABLE.has(key)) cleared.push({ field: key, message: '此项不能为空' });
        else (changes as Record<string, unknown>)[key] = input[key];
      }
      if (cleared.length) throw new UserInputError('必填项不能为空', cleared);
      if (typeof changes.name === 'string') changes.name = changes.name.trim();
      if (changes.townCode && changes.townCode !== current.townCode && input.villageCode === undefined) {
        // Moving a project to another town drops a village that belonged to the old one.
        changes.villageCode = null;
      }
      const merged: Editable = { ...current, ...changes };
      checkProjectRules(merged);
      if (!this.scope.includes(merged.townCode)) throw UserInputError.field('townCode', '不能把项目移出本镇办范围');
      if (changes.townCode !== undefined || changes.villageCode !== undefined) {
        await this.places.assertPlace(manager, merged.townCode, merged.villageCode);
      }
      // Only the given columns: never the trigger-kept totals.
      await updateVersioned(manager, ProjectEntity, id, input.version, changes, '项目');
      if (input.performanceTargets) await this.replaceTargets(manager, id, input.performanceTargets);
      const project = await manager.getRepository(ProjectEntity).findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'project.update',
          entityType: 'project',
          entityId: id,
          townCode: project.townCode,
          before: snapshot(current),
          after: snapshot(project),
          details: input.performanceTargets ? { performanceTargets: input.performanceTargets.length } : null,
        },
        manager,
      );
      return project;
    });
  }

  /** Moves a project one step along 储备入库 → … → 资产移交; skipping or going back is refused. */
  advanceStatus(input: AdvanceProjectStatusInput): Promise<ProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockedForChange(manager, input.id, input.version);
      const next = nextProjectStatus(current.status);
      if (next !== input.to) {
        const message = next
          ? `项目当前为「${PROJECT_STATUS_LABEL[current.status]}」，下一步只能是「${PROJECT_STATUS_LABEL[next]}」，不能跳到「${PROJECT_STATUS_LABEL[input.to]}」`
          : `项目已「${PROJECT_STATUS_LABEL[current.status]}」，没有下一步`;
        throw new ConflictError(message, 'INVALID_TRANSITION', { from: current.status, allowed: next });
      }
      if (next === ProjectStatus.STARTED) {
        const funded = await manager.getRepository(FundAllocationEntity).exists({ where: { projectId: input.id } });
        if (!funded) throw new ConflictError('项目尚未安排资金，不能开工', 'NOT_FUNDED');
      }
      const effectiveOn = input.effectiveOn ?? bureauToday();
      if (effectiveOn > bureauToday()) throw UserInputError.field('effectiveOn', '发生日期不能晚于今天');
      await updateVersioned(manager, ProjectEntity, input.id, input.version, { status: next }, '项目');
      await manager.insert(ProjectStatusChangeEntity, {
        projectId: input.id,
        fromStatus: current.status,
        toStatus: next,
        effectiveOn,
        note: input.note ?? '',
      });
      const project = await manager.getRepository(ProjectEntity).findOneByOrFail({ id: input.id });
      await this.audit.record(
        {
          action: 'project.advance_status',
          entityType: 'project',
          entityId: input.id,
          townCode: project.townCode,
          before: { status: current.status, version: current.version },
          after: { status: project.status, version: project.version },
          details: { effectiveOn, note: input.note ?? '' },
        },
        manager,
      );
      return project;
    });
  }

  /** Reads the row under a lock for the rest of the transaction, refusing a stale version. */
  private async lockedForChange(manager: EntityManager, id: string, version: number): Promise<ProjectEntity> {
    if (!isUuid(id)) throw new NotFoundError('项目', id);
    const current = await manager
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    // Another town's project is, to a town clerk, a project that does not exist.
    if (!current || !this.scope.includes(current.townCode)) throw new NotFoundError('项目', id);
    if (current.version !== version) throw ConflictError.stale('项目');
    return current;
  }

  private async replaceTargets(manager: EntityManager, projectId: string, targets: PerformanceTargetInput[]) {
    await manager.delete(PerformanceTargetEntity, { projectId });
    if (targets.length === 0) return;
    await manager.insert(
      PerformanceTargetEntity,
      targets.map((t, position) => ({
        projectId,
        level: t.level,
        subLevel: t.subLevel.trim(),
        indicator: t.indicator.trim(),
        operator: t.operator,
        targetValue: t.targetValue,
        unit: t.unit.trim(),
        actualValue: t.actualValue ?? null,
        score: t.score ?? null,
        position,
      })),
    );
  }
}
