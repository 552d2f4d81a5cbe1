import type { DataSource, EntityManager } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors';
import { moneyToFen } from '../../common/money';
import type { AuditService } from '../audit/audit.service';
import { CalendarDayEntity, MonitoringProcedureEntity, MonitoringProcedureStepEntity } from './case.entity';
import { MonitoringLineEntity } from './household.entity';
import './monitoring.constraints';
import type { CalendarDayInput, MonitoringLineInput, MonitoringProcedureInput } from './monitoring.inputs';

export interface Procedure extends MonitoringProcedureEntity {
  steps: MonitoringProcedureStepEntity[];
}

/**
 * The identification procedure as versioned configuration. Versions never change once cases use
 * them; a new version applies to cases opened from its effective date on.
 */
export class ProcedureService {
  /** Versions read in this request (they do not change while it runs). */
  private readonly cache = new Map<string, Procedure>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Procedure[]> {
    const versions = await this.dataSource
      .getRepository(MonitoringProcedureEntity)
      .find({ order: { effectiveFrom: 'DESC' } });
    return Promise.all(versions.map((v) => this.byId(this.dataSource.manager, v.id)));
  }

  /** The version in effect on a day: the latest that started on or before it. */
  async effectiveOn(manager: EntityManager, day: string = bureauToday()): Promise<Procedure> {
    const [row] = await manager.query(
      'SELECT id FROM monitoring_procedure WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1',
      [day],
    );
    if (!row) throw new UserInputError(`${day} 没有生效的识别程序版本，请先配置`);
    return this.byId(manager, row.id);
  }

  get(id: string): Promise<Procedure> {
    return this.byId(this.dataSource.manager, id);
  }

  async byId(manager: EntityManager, id: string): Promise<Procedure> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const procedure = await manager.getRepository(MonitoringProcedureEntity).findOneBy({ id });
    if (!procedure) throw new NotFoundError('识别程序版本', id);
    const steps = await manager
      .getRepository(MonitoringProcedureStepEntity)
      .find({ where: { procedureId: id }, order: { position: 'ASC' } });
    const full = Object.assign(procedure, { steps });
    this.cache.set(id, full);
    return full;
  }

  /** A later version; it cannot start in the past, so no open case changes its rules. */
  create(input: MonitoringProcedureInput): Promise<Procedure> {
    return this.dataSource.transaction(async (manager) => {
      if (input.effectiveFrom <= bureauToday()) {
        throw UserInputError.field('effectiveFrom', '新版本的生效日期须晚于今天');
      }
      const codes = input.steps.map((s) => s.code);
      if (new Set(codes).size !== codes.length) throw UserInputError.field('steps', '同一版本中步骤代码不能重复');
      if (input.steps[0].timeLimitDays != null) {
        throw UserInputError.field('steps.0.timeLimitDays', '第 1 步在建档时完成，不设时限');
      }
      input.steps.forEach((s, i) => {
        if (s.recordsNotice && !s.minimumDays) {
          throw UserInputError.field(`steps.${i}.minimumDays`, '登记公示的步骤须设置最短公示天数');
        }
      });
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MonitoringProcedureEntity)
        .values({
          code: input.code,
          name: input.name.trim(),
          effectiveFrom: input.effectiveFrom,
          totalWorkingDays: input.totalWorkingDays,
        })
        .returning('id')
        .execute();
      const id = inserted.identifiers[0].id as string;
      await manager.insert(
        MonitoringProcedureStepEntity,
        input.steps.map((s, i) => ({
          procedureId: id,
          position: i + 1,
          code: s.code,
          name: s.name.trim(),
          actor: s.actor,
          timeLimitDays: s.timeLimitDays ?? null,
          minimumDays: s.minimumDays ?? null,
          canReject: s.canReject ?? false,
          recordsNotice: s.recordsNotice ?? false,
          requiredAttachments: [...new Set(s.requiredAttachments ?? [])],
        })),
      );
      await this.audit.record(
        {
          action: 'monitoring_procedure.create',
          entityType: 'monitoring_procedure',
          entityId: id,
          after: { ...input, steps: input.steps.map((s) => ({ ...s })) } as unknown as Record<string, unknown>,
        },
        manager,
      );
      return this.byId(manager, id);
    });
  }
}

/** Yearly parameters: the monitoring line, and the working calendar's exceptions. */
export class MonitoringParameterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  lines(): Promise<MonitoringLineEntity[]> {
    return this.dataSource.getRepository(MonitoringLineEntity).find({ order: { year: 'DESC' } });
  }

  setLine(input: MonitoringLineInput): Promise<MonitoringLineEntity> {
    return this.dataSource.transaction(async (manager) => {
      if (moneyToFen(input.amount) <= 0n) throw UserInputError.field('amount', '监测收入线须大于 0');
      if (
        Number(input.effectiveOn.slice(0, 4)) > input.year + 1 ||
        Number(input.effectiveOn.slice(0, 4)) < input.year - 1
      ) {
        throw UserInputError.field('effectiveOn', '生效日期应在该年度前后一年之内');
      }
      const repo = manager.getRepository(MonitoringLineEntity);
      const before = await repo.findOneBy({ year: input.year });
      await manager
        .createQueryBuilder()
        .insert()
        .into(MonitoringLineEntity)
        .values({
          year: input.year,
          amount: input.amount,
          effectiveOn: input.effectiveOn,
          document: input.document.trim(),
        })
        .orUpdate(['amount', 'effective_on', 'document', 'updated_at'], ['year'])
        .execute();
      const saved = await repo.findOneByOrFail({ year: input.year });
      await this.audit.record(
        {
          action: before ? 'monitoring_line.update' : 'monitoring_line.create',
          entityType: 'monitoring_line',
          entityId: String(input.year),
          before: before ? { amount: before.amount, effectiveOn: before.effectiveOn, document: before.document } : null,
          after: { amount: saved.amount, effectiveOn: saved.effectiveOn, document: saved.document },
        },
        manager,
      );
      return saved;
    });
  }

  calendar(year: number): Promise<CalendarDayEntity[]> {
    return this.dataSource
      .getRepository(CalendarDayEntity)
      .createQueryBuilder('d')
      .where(`d.day BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)`, { year })
      .orderBy('d.day')
      .getMany();
  }

  /** Sets holidays and make-up working days; deadlines already computed keep their dates. */
  setCalendarDays(days: CalendarDayInput[]): Promise<CalendarDayEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      if (days.length === 0 || days.length > 400) throw UserInputError.field('days', '一次设置 1 到 400 天');
      const unique = new Set(days.map((d) => d.day));
      if (unique.size !== days.length) throw new ConflictError('同一天不能设置两次', 'DUPLICATE');
      await manager
        .createQueryBuilder()
        .insert()
        .into(CalendarDayEntity)
        .values(days.map((d) => ({ day: d.day, working: d.working, name: d.name.trim() })))
        .orUpdate(['working', 'name', 'updated_at'], ['day'])
        .execute();
      await this.audit.record(
        {
          action: 'calendar.set',
          entityType: 'calendar_day',
          details: { days: days.map((d) => ({ ...d })) },
        },
        manager,
      );
      return manager
        .getRepository(CalendarDayEntity)
        .createQueryBuilder('d')
        .where('d.day = ANY(:days)', { days: [...unique] })
        .orderBy('d.day')
        .getMany();
    });
  }
}
