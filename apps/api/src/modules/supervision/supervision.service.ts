import type { DataSource, EntityManager } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { registerConstraintMessages } from '../../common/db-errors';
import { ConflictError, type FieldError, NotFoundError, UserInputError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { type PageRequest, paginate } from '../../common/pagination';
import { updateVersioned } from '../../common/versioned';
import type { TownScope } from '../../common/viewer';
import { type AuditService, snapshot } from '../audit/audit.service';
import { VillageEntity } from '../place/place.entity';
import {
  SupervisionGroupEntity,
  SupervisionGroupTownEntity,
  SupervisionStatus,
  SupervisionTaskEntity,
} from './supervision.entity';
import type {
  AssignSupervisionTaskInput,
  RecheckSupervisionTaskInput,
  RectifySupervisionTaskInput,
  SupervisionTaskFilter,
} from './supervision.inputs';

registerConstraintMessages({
  supervision_group_name_key: { message: '已有同名督查组', field: 'name', conflict: 'DUPLICATE' },
  supervision_task_code_key: { message: '督办编号重复，请重试', conflict: 'DUPLICATE' },
  supervision_task_dates_check: { message: '整改时限不能早于发现日期', field: 'deadline' },
});

interface Counts {
  tasks: number;
  assigned: number;
  rectified: number;
  closed: number;
  overdue: number;
}

export interface SupervisionSummaryRow extends Counts {
  groups: number;
  byGroup: (Counts & { group: { id: string; name: string; leaderName: string } })[];
}

/** Tasks of `t` by status; $2 is today (overdue: still assigned, past the deadline). */
const COUNTS = `count(t.id)::int AS tasks,
  count(t.id) FILTER (WHERE t.status = 'ASSIGNED')::int AS assigned,
  count(t.id) FILTER (WHERE t.status = 'RECTIFIED')::int AS rectified,
  count(t.id) FILTER (WHERE t.status = 'CLOSED')::int AS closed,
  count(t.id) FILTER (WHERE t.status = 'ASSIGNED' AND t.deadline < $2::date)::int AS overdue`;
/** $1 is the viewer's towns, null for the whole district. */
const IN_SCOPE = '($1::varchar[] IS NULL OR t.town_code = ANY($1))';

/** 督查督办: the 8 groups, and tasks from finding to closure, within the viewer's towns. */
export class SupervisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: TownScope,
    private readonly audit: AuditService,
  ) {}

  groups(): Promise<SupervisionGroupEntity[]> {
    return this.dataSource.getRepository(SupervisionGroupEntity).find({ order: { position: 'ASC' } });
  }

  list(filter: SupervisionTaskFilter | undefined, page: PageRequest) {
    const qb = this.scope.apply(
      this.dataSource.getRepository(SupervisionTaskEntity).createQueryBuilder('t'),
      't.town_code',
    );
    if (filter?.groupId) qb.andWhere('t.group_id = :groupId', { groupId: filter.groupId });
    if (filter?.townCode) qb.andWhere('t.town_code = :townCode', { townCode: filter.townCode });
    if (filter?.status) qb.andWhere('t.status = :status', { status: filter.status });
    if (filter?.overdue != null) {
      qb.andWhere(
        filter.overdue
          ? `t.status = 'ASSIGNED' AND t.deadline < :today`
          : `NOT (t.status = 'ASSIGNED' AND t.deadline < :today)`,
        {
          today: bureauToday(),
        },
      );
    }
    return paginate(qb, page, {
      sort: [{ expression: 't.deadline', value: (t) => t.deadline }],
      idColumn: 't.id',
      idValue: (t) => t.id,
      direction: 'ASC',
    });
  }

  /** One task of the viewer's towns, or null (also for a task of another town: it is not there for them). */
  get(id: string): Promise<SupervisionTaskEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    const qb = this.dataSource.getRepository(SupervisionTaskEntity).createQueryBuilder('t').where('t.id = :id', { id });
    return this.scope.apply(qb, 't.town_code').getOne();
  }

  /** Counts by status within the viewer's towns, in total and per group (the groups over those towns). */
  async summary(): Promise<SupervisionSummaryRow> {
    const params = [this.scope.parameter, bureauToday()];
    const [total] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM supervision_group)::int AS groups, ${COUNTS}
       FROM supervision_task t WHERE ${IN_SCOPE}`,
      params,
    );
    const byGroup: (Counts & { id: string; name: string; leaderName: string })[] = await this.dataSource.query(
      `SELECT g.id, g.name, g.leader_name AS "leaderName", ${COUNTS}
       FROM supervision_group g
       LEFT JOIN supervision_task t ON t.group_id = g.id AND ${IN_SCOPE}
       WHERE $1::varchar[] IS NULL
          OR EXISTS (SELECT 1 FROM supervision_group_town gt WHERE gt.group_id = g.id AND gt.town_code = ANY($1))
       GROUP BY g.id ORDER BY g.position`,
      params,
    );
    return {
      ...total,
      byGroup: byGroup.map(({ id, name, leaderName, ...counts }) => ({ group: { id, name, leaderName }, ...counts })),
    };
  }

  /** 清单交办: the task goes to the group that covers the town. */
  assign(input: AssignSupervisionTaskInput): Promise<SupervisionTaskEntity> {
    return this.dataSource.transaction(async (manager) => {
      const errors: FieldError[] = [];
      const today = bureauToday();
      if (input.foundOn > today) errors.push({ field: 'foundOn', message: '发现日期不能晚于今天' });
      if (input.deadline < input.foundOn) errors.push({ field: 'deadline', message: '整改时限不能早于发现日期' });
      if (errors.length) throw new UserInputError(errors.map((e) => e.message).join('；'), errors);
      if (!this.scope.includes(input.townCode)) throw UserInputError.field('townCode', '超出您的管辖范围');
      const link = await manager.getRepository(SupervisionGroupTownEntity).findOneBy({ townCode: input.townCode });
      if (!link) throw UserInputError.field('townCode', `该镇办未分配督查组：${input.townCode}`);
      if (input.villageCode) {
        const village = await manager.getRepository(VillageEntity).findOneBy({ code: input.villageCode });
        if (!village || village.townCode !== input.townCode) {
          throw UserInputError.field('villageCode', '村（社区）不存在或不属于所选镇办');
        }
      }
      const year = input.foundOn.slice(0, 4);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('supervision_task_code'))`);
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(substring(code from 8)::int), 0) + 1 AS next FROM supervision_task WHERE code LIKE $1`,
        [`DB${year}-%`],
      );
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(SupervisionTaskEntity)
        .values({
          code: `DB${year}-${String(next).padStart(4, '0')}`,
          groupId: link.groupId,
          townCode: input.townCode,
          villageCode: input.villageCode ?? null,
          finding: input.finding.trim(),
          foundOn: input.foundOn,
          assignedUnit: input.assignedUnit.trim(),
          deadline: input.deadline,
        })
        .returning('id')
        .execute();
      const task = await manager
        .getRepository(SupervisionTaskEntity)
        .findOneByOrFail({ id: inserted.identifiers[0].id as string });
      await this.record(manager, 'supervision_task.assign', null, task);
      return task;
    });
  }

  rectify(input: RectifySupervisionTaskInput): Promise<SupervisionTaskEntity> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.locked(manager, input.id, input.version);
      if (task.status !== SupervisionStatus.ASSIGNED) {
        throw new ConflictError(
          task.status === SupervisionStatus.CLOSED ? '任务已销号' : '整改情况已报送，等待复核',
          'INVALID_TRANSITION',
        );
      }
      if (input.rectifiedOn > bureauToday()) throw UserInputError.field('rectifiedOn', '整改日期不能晚于今天');
      if (input.rectifiedOn < task.foundOn) throw UserInputError.field('rectifiedOn', '整改日期不能早于发现日期');
      await updateVersioned(
        manager,
        SupervisionTaskEntity,
        task.id,
        input.version,
        {
          status: SupervisionStatus.RECTIFIED,
          rectification: input.rectification.trim(),
          rectifiedOn: input.rectifiedOn,
        },
        '督查任务',
      );
      const saved = await manager.getRepository(SupervisionTaskEntity).findOneByOrFail({ id: task.id });
      await this.record(manager, 'supervision_task.rectify', task, saved);
      return saved;
    });
  }

  /** 复核: passed closes the task (销号); failed sends it back to rectification, with a new deadline if given. */
  recheck(input: RecheckSupervisionTaskInput): Promise<SupervisionTaskEntity> {
    return this.dataSource.transaction(async (manager) => {
      const task = await this.locked(manager, input.id, input.version);
      if (task.status !== SupervisionStatus.RECTIFIED) {
        throw new ConflictError('只有已报送整改情况的任务才能复核', 'INVALID_TRANSITION', { status: task.status });
      }
      if (input.recheckedOn > bureauToday()) throw UserInputError.field('recheckedOn', '复核日期不能晚于今天');
      if (task.rectifiedOn && input.recheckedOn < task.rectifiedOn) {
        throw UserInputError.field('recheckedOn', '复核日期不能早于整改日期');
      }
      if (!input.passed && !input.newDeadline) {
        throw UserInputError.field('newDeadline', '复核不通过时须给出新的整改时限');
      }
      if (!input.passed && input.newDeadline && input.newDeadline < input.recheckedOn) {
        throw UserInputError.field('newDeadline', '新的整改时限不能早于复核日期');
      }
      const changes: Partial<SupervisionTaskEntity> = input.passed
        ? {
            status: SupervisionStatus.CLOSED,
            recheckNote: input.note.trim(),
            recheckedOn: input.recheckedOn,
            closedOn: input.recheckedOn,
          }
        : {
            status: SupervisionStatus.ASSIGNED,
            recheckNote: input.note.trim(),
            recheckedOn: input.recheckedOn,
            failedRechecks: task.failedRechecks + 1,
            deadline: input.newDeadline as string,
          };
      await updateVersioned(manager, SupervisionTaskEntity, task.id, input.version, changes, '督查任务');
      const saved = await manager.getRepository(SupervisionTaskEntity).findOneByOrFail({ id: task.id });
      await this.record(manager, input.passed ? 'supervision_task.close' : 'supervision_task.reopen', task, saved);
      return saved;
    });
  }

  private async locked(manager: EntityManager, id: string, version: number): Promise<SupervisionTaskEntity> {
    if (!isUuid(id)) throw new NotFoundError('督查任务', id);
    const task = await manager
      .getRepository(SupervisionTaskEntity)
      .createQueryBuilder('t')
      .where('t.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!task || !this.scope.includes(task.townCode)) throw new NotFoundError('督查任务', id);
    if (task.version !== version) throw ConflictError.stale('督查任务');
    return task;
  }

  private record(
    manager: EntityManager,
    action: string,
    before: SupervisionTaskEntity | null,
    after: SupervisionTaskEntity,
  ) {
    return this.audit.record(
      {
        action,
        entityType: 'supervision_task',
        entityId: after.id,
        townCode: after.townCode,
        before: before ? snapshot(before) : null,
        after: snapshot(after),
      },
      manager,
    );
  }
}
