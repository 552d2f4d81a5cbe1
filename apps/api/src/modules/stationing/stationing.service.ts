import type { DataSource, EntityManager } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { addDays } from '../../common/date';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { type PageRequest, paginate } from '../../common/pagination';
import { escapeLike, inTransaction } from '../../common/sql';
import { updateVersioned } from '../../common/versioned';
import type { TownScope } from '../../common/viewer';
import { type AuditService, snapshot } from '../audit/audit.service';
import { TownEntity, VillageEntity } from '../place/place.entity';
import { type VillageCategory } from '../place/place.enums';
import './stationing.constraints';
import {
  CadreEntity,
  DispatchingUnitEntity,
  FirstSecretaryEntity,
  WorkTeamEntity,
  WorkTeamMemberEntity,
} from './stationing.entity';
import { COVERED_CATEGORIES, TermEndReason } from './stationing.enums';
import type {
  AddWorkTeamMemberInput,
  AppointFirstSecretaryInput,
  CadreFilter,
  CadreInput,
  CreateWorkTeamInput,
  DispatchingUnitInput,
  DissolveWorkTeamInput,
  EndTermInput,
  StationingFilter,
} from './stationing.inputs';
import type { TownCoverage, VillageCoverage } from './stationing.type';

/**
 * 驻村帮扶: work teams and their members, first secretaries, with terms. A new term closes the old
 * one (rotation) and the history stays; a cadre holds one team place and one secretaryship at a time.
 */
export class StationingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: TownScope,
    private readonly audit: AuditService,
  ) {}

  units(): Promise<DispatchingUnitEntity[]> {
    return this.dataSource.getRepository(DispatchingUnitEntity).find({ order: { kind: 'ASC', name: 'ASC' } });
  }

  createUnit(input: DispatchingUnitInput): Promise<DispatchingUnitEntity> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(DispatchingUnitEntity)
        .values({ name: input.name.trim(), kind: input.kind })
        .returning('id')
        .execute();
      const unit = await manager
        .getRepository(DispatchingUnitEntity)
        .findOneByOrFail({ id: inserted.identifiers[0].id as string });
      await this.audit.record(
        { action: 'dispatching_unit.create', entityType: 'dispatching_unit', entityId: unit.id, after: snapshot(unit) },
        manager,
      );
      return unit;
    });
  }

  teams(filter: StationingFilter | undefined, page: PageRequest) {
    const qb = this.scope.apply(this.dataSource.getRepository(WorkTeamEntity).createQueryBuilder('t'), 't.town_code');
    if (filter?.townCode) qb.andWhere('t.town_code = :townCode', { townCode: filter.townCode });
    if (filter?.villageCode) qb.andWhere('t.village_code = :villageCode', { villageCode: filter.villageCode });
    if (filter?.unitId) qb.andWhere('t.lead_unit_id = :unitId', { unitId: filter.unitId });
    if (filter?.active !== false) qb.andWhere('t.dissolved_on IS NULL');
    else qb.andWhere('t.dissolved_on IS NOT NULL');
    return paginate(qb, page, {
      sort: [{ expression: 't.village_code', value: (t) => t.villageCode }],
      idColumn: 't.id',
      idValue: (t) => t.id,
      direction: 'ASC',
    });
  }

  secretaries(filter: StationingFilter | undefined, page: PageRequest) {
    const qb = this.scope.apply(
      this.dataSource.getRepository(FirstSecretaryEntity).createQueryBuilder('s'),
      's.town_code',
    );
    if (filter?.townCode) qb.andWhere('s.town_code = :townCode', { townCode: filter.townCode });
    if (filter?.villageCode) qb.andWhere('s.village_code = :villageCode', { villageCode: filter.villageCode });
    if (filter?.unitId) {
      qb.andWhere('EXISTS (SELECT 1 FROM cadre c WHERE c.id = s.cadre_id AND c.unit_id = :unitId)', {
        unitId: filter.unitId,
      });
    }
    // With a village, its whole history (newest first) unless asked otherwise; elsewhere those in post.
    if (filter?.active === true || (filter?.active == null && !filter?.villageCode)) qb.andWhere('s.ended_on IS NULL');
    else if (filter?.active === false) qb.andWhere('s.ended_on IS NOT NULL');
    return paginate(qb, page, {
      sort: [
        { expression: 's.village_code', value: (s) => s.villageCode },
        { expression: 's.started_on', value: (s) => s.startedOn },
      ],
      idColumn: 's.id',
      idValue: (s) => s.id,
      direction: 'ASC',
    });
  }

  /**
   * Registered cadres by name, to pick one instead of registering the same person twice. A town sees
   * those who serve or served in its villages, and those in no post at all (free to be stationed).
   */
  cadres(filter: CadreFilter | undefined, page: PageRequest) {
    const qb = this.dataSource.getRepository(CadreEntity).createQueryBuilder('c');
    if (this.scope.parameter) {
      qb.andWhere(
        `(EXISTS (SELECT 1 FROM work_team_member m JOIN work_team t ON t.id = m.team_id
                   WHERE m.cadre_id = c.id AND t.town_code = ANY(:scopeTowns))
          OR EXISTS (SELECT 1 FROM first_secretary s WHERE s.cadre_id = c.id AND s.town_code = ANY(:scopeTowns))
          OR (NOT EXISTS (SELECT 1 FROM work_team_member m WHERE m.cadre_id = c.id AND m.ended_on IS NULL)
              AND NOT EXISTS (SELECT 1 FROM first_secretary s WHERE s.cadre_id = c.id AND s.ended_on IS NULL)))`,
        { scopeTowns: this.scope.parameter },
      );
    }
    if (filter?.search?.trim()) {
      qb.andWhere(`c.name ILIKE :s ESCAPE '\\'`, { s: `%${escapeLike(filter.search.trim())}%` });
    }
    if (filter?.unitId) qb.andWhere('c.unit_id = :unitId', { unitId: filter.unitId });
    return paginate(qb, page, {
      sort: [{ expression: 'c.name', value: (c) => c.name }],
      idColumn: 'c.id',
      idValue: (c) => c.id,
      direction: 'ASC',
    });
  }

  createTeam(input: CreateWorkTeamInput): Promise<WorkTeamEntity> {
    return this.dataSource.transaction(async (manager) => {
      const village = await this.villageInScope(manager, input.villageCode);
      await this.unit(manager, input.leadUnitId, 'leadUnitId');
      if (input.formedOn > bureauToday()) throw UserInputError.field('formedOn', '组建日期不能晚于今天');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(WorkTeamEntity)
        .values({
          name: input.name.trim(),
          townCode: village.townCode,
          villageCode: village.code,
          leadUnitId: input.leadUnitId,
          formedOn: input.formedOn,
        })
        .returning('id')
        .execute();
      const team = await manager
        .getRepository(WorkTeamEntity)
        .findOneByOrFail({ id: inserted.identifiers[0].id as string });
      await this.audit.record(
        {
          action: 'work_team.create',
          entityType: 'work_team',
          entityId: team.id,
          townCode: team.townCode,
          after: snapshot(team),
        },
        manager,
      );
      return team;
    });
  }

  /**
   * A member takes up post; with `replacesMemberId`, the member they replace leaves the day before.
   * In the caller's transaction when one is given (imports).
   */
  addMember(input: AddWorkTeamMemberInput, inside?: EntityManager): Promise<WorkTeamMemberEntity> {
    return inTransaction(this.dataSource, inside, async (manager) => {
      const team = await this.lockedTeam(manager, input.teamId);
      if (team.dissolvedOn) throw new ConflictError('该工作队已撤销，不能再增加队员', 'INVALID_TRANSITION');
      if (input.startedOn < team.formedOn)
        throw UserInputError.field('startedOn', `到岗日期不能早于工作队组建日期（${team.formedOn}）`);
      if (input.startedOn > bureauToday()) throw UserInputError.field('startedOn', '到岗日期不能晚于今天');
      const cadre = await this.cadre(manager, input.cadre);
      let replaced: WorkTeamMemberEntity | null = null;
      if (input.replacesMemberId) {
        replaced = await manager.getRepository(WorkTeamMemberEntity).findOneBy({ id: input.replacesMemberId });
        if (!replaced || replaced.teamId !== team.id)
          throw UserInputError.field('replacesMemberId', '被轮换的队员不在本工作队');
        if (replaced.endedOn) throw UserInputError.field('replacesMemberId', '被轮换的队员已离队');
        const endedOn = addDays(input.startedOn, -1);
        if (endedOn < replaced.startedOn) {
          throw UserInputError.field('startedOn', `新队员到岗日期须晚于原队员到岗日期（${replaced.startedOn}）`);
        }
        await updateVersioned(
          manager,
          WorkTeamMemberEntity,
          replaced.id,
          replaced.version,
          { endedOn, endReason: TermEndReason.ROTATED },
          '队员',
        );
      }
      const [busy] = await manager.query(
        `SELECT v.name AS village, t.town_code FROM work_team_member m JOIN work_team t ON t.id = m.team_id JOIN village v ON v.code = t.village_code
         WHERE m.cadre_id = $1 AND m.ended_on IS NULL`,
        [cadre.id],
      );
      if (busy) {
        // Where someone serves outside the viewer's towns is not the viewer's to learn.
        const where = this.scope.includes(busy.town_code) ? busy.village : '其他镇办的';
        throw new ConflictError(`${cadre.name}已在${where}工作队，同一人不能同时在两个工作队`, 'DUPLICATE', {
          fields: [{ field: 'cadre', message: '该干部已在其他工作队' }],
        });
      }
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(WorkTeamMemberEntity)
        .values({ teamId: team.id, cadreId: cadre.id, role: input.role, startedOn: input.startedOn })
        .returning('id')
        .execute();
      const member = await manager
        .getRepository(WorkTeamMemberEntity)
        .findOneByOrFail({ id: inserted.identifiers[0].id as string });
      await this.audit.record(
        {
          action: 'work_team_member.add',
          entityType: 'work_team',
          entityId: team.id,
          townCode: team.townCode,
          after: { ...snapshot(member), cadreName: cadre.name },
          details: replaced ? { replaces: replaced.id } : null,
        },
        manager,
      );
      return member;
    });
  }

  /** A member leaves post; in the caller's transaction when one is given (imports). */
  endMember(input: EndTermInput, inside?: EntityManager): Promise<WorkTeamMemberEntity> {
    return inTransaction(this.dataSource, inside, async (manager) => {
      const member = isUuid(input.id)
        ? await manager.getRepository(WorkTeamMemberEntity).findOneBy({ id: input.id })
        : null;
      if (!member) throw new NotFoundError('队员', input.id);
      const team = await this.lockedTeam(manager, member.teamId);
      if (member.endedOn) throw new ConflictError('该队员已离队', 'INVALID_TRANSITION');
      this.checkEnd(member.startedOn, input.endedOn);
      await updateVersioned(
        manager,
        WorkTeamMemberEntity,
        member.id,
        input.version,
        { endedOn: input.endedOn, endReason: input.reason },
        '队员',
      );
      const saved = await manager.getRepository(WorkTeamMemberEntity).findOneByOrFail({ id: member.id });
      await this.audit.record(
        {
          action: 'work_team_member.end',
          entityType: 'work_team',
          entityId: team.id,
          townCode: team.townCode,
          before: snapshot(member),
          after: snapshot(saved),
        },
        manager,
      );
      return saved;
    });
  }

  /**
   * 撤销工作队: the team is withdrawn on `dissolvedOn` and every member still in post leaves that day
   * (term completed); the village then lacks a team until a new one is formed. The history stays.
   */
  dissolveTeam(input: DissolveWorkTeamInput): Promise<WorkTeamEntity> {
    return this.dataSource.transaction(async (manager) => {
      const team = await this.lockedTeam(manager, input.id);
      if (team.dissolvedOn) throw new ConflictError('该工作队已撤销', 'INVALID_TRANSITION');
      if (input.dissolvedOn < team.formedOn) {
        throw UserInputError.field('dissolvedOn', `撤销日期不能早于组建日期（${team.formedOn}）`);
      }
      if (input.dissolvedOn > bureauToday()) throw UserInputError.field('dissolvedOn', '撤销日期不能晚于今天');
      const [{ latest }] = await manager.query(
        'SELECT max(started_on)::text AS latest FROM work_team_member WHERE team_id = $1 AND ended_on IS NULL',
        [team.id],
      );
      if (latest && input.dissolvedOn < latest) {
        throw UserInputError.field('dissolvedOn', `撤销日期不能早于在岗队员的到岗日期（${latest}）`);
      }
      await updateVersioned(
        manager,
        WorkTeamEntity,
        team.id,
        input.version,
        { dissolvedOn: input.dissolvedOn },
        '工作队',
      );
      const ended: { id: string }[] = await manager.query(
        `UPDATE work_team_member SET ended_on = $2, end_reason = $3, version = version + 1, updated_at = now()
          WHERE team_id = $1 AND ended_on IS NULL RETURNING id`,
        [team.id, input.dissolvedOn, TermEndReason.TERM_COMPLETED],
      );
      const saved = await manager.getRepository(WorkTeamEntity).findOneByOrFail({ id: team.id });
      await this.audit.record(
        {
          action: 'work_team.dissolve',
          entityType: 'work_team',
          entityId: team.id,
          townCode: team.townCode,
          before: snapshot(team),
          after: snapshot(saved),
          details: { membersEnded: ended.map((m) => m.id) },
        },
        manager,
      );
      return saved;
    });
  }

  /** 选派第一书记: the one in post (if any) leaves the day before the new one starts. */
  appointSecretary(input: AppointFirstSecretaryInput): Promise<FirstSecretaryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const village = await this.villageInScope(manager, input.villageCode);
      if (input.startedOn > bureauToday()) throw UserInputError.field('startedOn', '到任日期不能晚于今天');
      const cadre = await this.cadre(manager, input.cadre);
      const repo = manager.getRepository(FirstSecretaryEntity);
      const current = await repo
        .createQueryBuilder('s')
        .where('s.village_code = :v AND s.ended_on IS NULL', { v: village.code })
        .setLock('pessimistic_write')
        .getOne();
      if (current?.cadreId === cadre.id) throw new ConflictError(`${cadre.name}已是该村第一书记`, 'DUPLICATE');
      const [elsewhere] = await manager.query(
        `SELECT v.name AS village, s.town_code FROM first_secretary s JOIN village v ON v.code = s.village_code WHERE s.cadre_id = $1 AND s.ended_on IS NULL`,
        [cadre.id],
      );
      if (elsewhere) {
        const where = this.scope.includes(elsewhere.town_code) ? elsewhere.village : '其他镇办的村';
        throw new ConflictError(`${cadre.name}已在${where}担任第一书记`, 'DUPLICATE', {
          fields: [{ field: 'cadre', message: '该干部已在其他村担任第一书记' }],
        });
      }
      if (current) {
        const endedOn = addDays(input.startedOn, -1);
        if (endedOn < current.startedOn) {
          throw UserInputError.field('startedOn', `新书记到任日期须晚于现任书记到任日期（${current.startedOn}）`);
        }
        await updateVersioned(
          manager,
          FirstSecretaryEntity,
          current.id,
          current.version,
          { endedOn, endReason: TermEndReason.ROTATED },
          '第一书记',
        );
      }
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(FirstSecretaryEntity)
        .values({
          cadreId: cadre.id,
          townCode: village.townCode,
          villageCode: village.code,
          startedOn: input.startedOn,
        })
        .returning('id')
        .execute();
      const saved = await repo.findOneByOrFail({ id: inserted.identifiers[0].id as string });
      await this.audit.record(
        {
          action: 'first_secretary.appoint',
          entityType: 'first_secretary',
          entityId: saved.id,
          townCode: saved.townCode,
          before: current ? snapshot(current) : null,
          after: { ...snapshot(saved), cadreName: cadre.name },
        },
        manager,
      );
      return saved;
    });
  }

  endSecretary(input: EndTermInput): Promise<FirstSecretaryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const term = isUuid(input.id)
        ? await manager.getRepository(FirstSecretaryEntity).findOneBy({ id: input.id })
        : null;
      if (!term || !this.scope.includes(term.townCode)) throw new NotFoundError('第一书记任期', input.id);
      if (term.endedOn) throw new ConflictError('该第一书记已离任', 'INVALID_TRANSITION');
      this.checkEnd(term.startedOn, input.endedOn);
      await updateVersioned(
        manager,
        FirstSecretaryEntity,
        term.id,
        input.version,
        { endedOn: input.endedOn, endReason: input.reason },
        '第一书记',
      );
      const saved = await manager.getRepository(FirstSecretaryEntity).findOneByOrFail({ id: term.id });
      await this.audit.record(
        {
          action: 'first_secretary.end',
          entityType: 'first_secretary',
          entityId: term.id,
          townCode: term.townCode,
          before: snapshot(term),
          after: snapshot(saved),
        },
        manager,
      );
      return saved;
    });
  }

  /** Every village of a covered kind, with whether it has a team and a first secretary in post. */
  async coverage(townCode: string | undefined) {
    if (townCode && !this.scope.includes(townCode)) throw new NotFoundError('镇办', townCode);
    // A team with nobody in post is not stationed there: the village counts as lacking a team.
    const rows: {
      code: string;
      name: string;
      town_code: string;
      categories: string;
      team_id: string | null;
      members: number;
      has_secretary: boolean;
    }[] = await this.dataSource.query(
      `SELECT v.code, v.name, v.town_code, array_to_string(v.categories, ',') AS categories,
              t.id AS team_id, coalesce(m.n, 0)::int AS members,
              EXISTS (SELECT 1 FROM first_secretary s WHERE s.village_code = v.code AND s.ended_on IS NULL) AS has_secretary
       FROM village v
       LEFT JOIN work_team t ON t.village_code = v.code AND t.dissolved_on IS NULL
       LEFT JOIN LATERAL (SELECT count(*) AS n FROM work_team_member m WHERE m.team_id = t.id AND m.ended_on IS NULL) m ON true
       WHERE v.categories && $1::village_category[]
         AND ($2::varchar[] IS NULL OR v.town_code = ANY($2)) AND ($3::varchar IS NULL OR v.town_code = $3)
       ORDER BY v.code`,
      [COVERED_CATEGORIES, this.scope.parameter, townCode ?? null],
    );
    const towns = await this.dataSource.getRepository(TownEntity).find({ order: { code: 'ASC' } });
    const villages: (VillageCoverage & { townCode: string })[] = rows.map((r) => ({
      townCode: r.town_code,
      villageCode: r.code,
      villageName: r.name,
      categories: r.categories.split(',') as VillageCategory[],
      hasTeam: r.team_id !== null && r.members > 0,
      teamId: r.team_id,
      members: r.members,
      hasFirstSecretary: r.has_secretary,
    }));
    const byTown: TownCoverage[] = towns
      .filter((t) => this.scope.includes(t.code) && (!townCode || t.code === townCode))
      .map((t) => {
        const mine = villages.filter((v) => v.townCode === t.code);
        return {
          townCode: t.code,
          townName: t.name,
          covered: mine.length,
          withTeam: mine.filter((v) => v.hasTeam).length,
          withFirstSecretary: mine.filter((v) => v.hasFirstSecretary).length,
          villages: mine,
          gaps: mine.filter((v) => !v.hasTeam || !v.hasFirstSecretary),
        };
      });
    return {
      categories: [...COVERED_CATEGORIES],
      covered: villages.length,
      withTeam: villages.filter((v) => v.hasTeam).length,
      withFirstSecretary: villages.filter((v) => v.hasFirstSecretary).length,
      towns: byTown,
    };
  }

  async summary() {
    const [row] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM first_secretary s WHERE s.ended_on IS NULL AND ($1::varchar[] IS NULL OR s.town_code = ANY($1)))::int AS "firstSecretaries",
              (SELECT count(*) FROM work_team t WHERE t.dissolved_on IS NULL AND ($1::varchar[] IS NULL OR t.town_code = ANY($1)))::int AS "workTeams",
              (SELECT count(*) FROM work_team_member m JOIN work_team t ON t.id = m.team_id
                WHERE m.ended_on IS NULL AND ($1::varchar[] IS NULL OR t.town_code = ANY($1)))::int AS members`,
      [this.scope.parameter],
    );
    return row as { firstSecretaries: number; workTeams: number; members: number };
  }

  private checkEnd(startedOn: string, endedOn: string) {
    if (endedOn < startedOn) throw UserInputError.field('endedOn', `离任（离队）日期不能早于到任日期（${startedOn}）`);
    if (endedOn > bureauToday()) throw UserInputError.field('endedOn', '离任（离队）日期不能晚于今天');
  }

  private async villageInScope(manager: EntityManager, code: string): Promise<VillageEntity> {
    const village = await manager.getRepository(VillageEntity).findOneBy({ code });
    if (!village) throw UserInputError.field('villageCode', `村（社区）代码不存在：${code}`);
    if (!this.scope.includes(village.townCode)) throw UserInputError.field('villageCode', '只能在本镇办范围内办理');
    return village;
  }

  private async unit(manager: EntityManager, id: string, field: string): Promise<DispatchingUnitEntity> {
    const unit = isUuid(id) ? await manager.getRepository(DispatchingUnitEntity).findOneBy({ id }) : null;
    if (!unit) throw UserInputError.field(field, `派出单位不存在：${id}`);
    return unit;
  }

  /** An existing cadre, or a new one registered with their dispatching unit. */
  private async cadre(manager: EntityManager, input: CadreInput): Promise<CadreEntity> {
    if (input.cadreId) {
      const cadre = await manager.getRepository(CadreEntity).findOneBy({ id: input.cadreId });
      if (!cadre) throw UserInputError.field('cadre.cadreId', `干部不存在：${input.cadreId}`);
      return cadre;
    }
    if (!input.name || !input.unitId)
      throw UserInputError.field('cadre.name', '请选择已登记的干部，或填写姓名和派出单位');
    await this.unit(manager, input.unitId, 'cadre.unitId');
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(CadreEntity)
      .values({ name: input.name.trim(), unitId: input.unitId, title: input.title?.trim() ?? '' })
      .returning('id')
      .execute();
    return manager.getRepository(CadreEntity).findOneByOrFail({ id: inserted.identifiers[0].id as string });
  }

  private async lockedTeam(manager: EntityManager, id: string): Promise<WorkTeamEntity> {
    if (!isUuid(id)) throw new NotFoundError('工作队', id);
    const team = await manager
      .getRepository(WorkTeamEntity)
      .createQueryBuilder('t')
      .where('t.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!team || !this.scope.includes(team.townCode)) throw new NotFoundError('工作队', id);
    return team;
  }
}
