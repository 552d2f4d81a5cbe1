import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { bureauToday } from '../../common/clock';
import { daysBetween } from '../../common/date';
import { ConflictError, type FieldError, ForbiddenError, NotFoundError, UserInputError } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { moneyToFen } from '../../common/money';
import { type PageRequest, paginate, type SortKey } from '../../common/pagination';
import { updateVersioned } from '../../common/versioned';
import type { Viewer } from '../../common/viewer';
import { type AuditService, snapshot } from '../audit/audit.service';
import { Permission } from '../identity/identity.enums';
import {
  AssistanceMeasureEntity,
  FollowUpVisitEntity,
  MonitoringAttachmentEntity,
  MonitoringCaseEntity,
  MonitoringCaseStepEntity,
  type MonitoringProcedureStepEntity,
  RiskEliminationEntity,
} from './case.entity';
import { HouseholdYearEntity, MonitoringLineEntity } from './household.entity';
import type { HouseholdService } from './household.service';
import './monitoring.constraints';
import {
  ATTACHMENT_KIND_LABEL,
  AttachmentKind,
  CaseStatus,
  EliminationMethod,
  MonitoringType,
  OPEN_CASE_STATUSES,
  StepActor,
  StepOutcome,
} from './monitoring.enums';
import {
  type AssistanceMeasureInput,
  type EliminateRiskInput,
  type FollowUpVisitInput,
  type MonitoringCaseFilter,
  type MonitoringCaseSort,
  MonitoringCaseSortField,
  type OpenMonitoringCaseInput,
  type RecordMonitoringStepInput,
} from './monitoring.inputs';
import type { ProcedureService } from './procedure.service';
import { WorkingCalendar } from './working-days';

const SORT_KEYS: Record<MonitoringCaseSortField, SortKey<MonitoringCaseEntity>> = {
  OPENED_ON: { expression: 'c.opened_on', value: (c) => c.openedOn },
  DUE_ON: {
    expression: `coalesce(c.next_step_due_on, '9999-12-31'::date)`,
    value: (c) => c.nextStepDueOn ?? '9999-12-31',
  },
  CODE: { expression: 'c.code', value: (c) => c.code },
  UPDATED_AT: { expression: 'c.updated_at', value: (c) => c.updatedAt.toISOString() },
};

/** What an uploaded file may be, recognised by its first bytes, not by what the client says. */
const FILE_TYPES: { contentType: string; magic: number[]; extension: string }[] = [
  { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], extension: 'pdf' },
  { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff], extension: 'jpg' },
  { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extension: 'png' },
];
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** Monitoring cases: the identification procedure, assistance, risk elimination and follow-up. */
export class MonitoringCaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
    private readonly households: HouseholdService,
    private readonly procedures: ProcedureService,
    private readonly audit: AuditService,
  ) {}

  private get scope() {
    return this.viewer.scope;
  }

  list(filter: MonitoringCaseFilter | undefined, sort: MonitoringCaseSort | undefined, page: PageRequest) {
    const qb = this.scope.apply(
      this.dataSource.getRepository(MonitoringCaseEntity).createQueryBuilder('c'),
      'c.town_code',
    );
    if (filter?.townCode) qb.andWhere('c.town_code = :townCode', { townCode: filter.townCode });
    if (filter?.villageCode) qb.andWhere('c.village_code = :villageCode', { villageCode: filter.villageCode });
    if (filter?.householdId) qb.andWhere('c.household_id = :householdId', { householdId: filter.householdId });
    if (filter?.type) qb.andWhere('c.type = :type', { type: filter.type });
    if (filter?.channel) qb.andWhere('c.channel = :channel', { channel: filter.channel });
    if (filter?.status?.length) qb.andWhere('c.status = ANY(:status)', { status: filter.status });
    if (filter?.greenChannel != null) qb.andWhere('c.green_channel = :green', { green: filter.greenChannel });
    if (filter?.year != null) {
      qb.andWhere(`c.opened_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)`, { year: filter.year });
    }
    if (filter?.stepCode) {
      qb.andWhere(
        `c.status = 'IDENTIFYING' AND EXISTS (SELECT 1 FROM monitoring_procedure_step s WHERE s.procedure_id = c.procedure_id AND s.position = c.completed_steps + 1 AND s.code = :stepCode)`,
        { stepCode: filter.stepCode },
      );
    }
    if (filter?.overdue != null) {
      qb.andWhere(
        filter.overdue
          ? `c.status = 'IDENTIFYING' AND c.next_step_due_on < :today`
          : `NOT (c.status = 'IDENTIFYING' AND c.next_step_due_on < :today)`,
        { today: bureauToday() },
      );
    }
    return paginate(qb, page, {
      sort: [SORT_KEYS[sort?.field ?? MonitoringCaseSortField.OPENED_ON]],
      idColumn: 'c.id',
      idValue: (c) => c.id,
      direction: sort?.direction ?? (sort?.field ? 'ASC' : 'DESC'),
    });
  }

  /** 建档: records the alert (step 1) and starts the clock for the next step. */
  open(input: OpenMonitoringCaseInput): Promise<MonitoringCaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const household = await this.households.lockedHousehold(manager, input.householdId);
      const today = bureauToday();
      const discoveredOn = input.discoveredOn ?? today;
      if (discoveredOn > today) throw UserInputError.field('discoveredOn', '发现日期不能晚于今天');
      if (input.greenChannel && input.type !== MonitoringType.SUDDEN_HARDSHIP) {
        throw UserInputError.field('greenChannel', '绿色通道仅适用于突发严重困难户');
      }
      const [open] = await manager.query(
        'SELECT code FROM monitoring_case WHERE household_id = $1 AND status = ANY($2)',
        [household.id, [...OPEN_CASE_STATUSES]],
      );
      if (open) {
        throw new ConflictError(`该户已有未结束的监测案件（${open.code}），不能重复建档`, 'DUPLICATE', {
          caseCode: open.code,
        });
      }
      const procedure = await this.procedures.effectiveOn(manager, discoveredOn);
      const [first, second] = procedure.steps;
      const calendar = await WorkingCalendar.load(manager, discoveredOn);
      const year = discoveredOn.slice(0, 4);
      // Numbers run per year; the advisory lock makes two clerks take different ones.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('monitoring_case_code'))`);
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(substring(code from 8)::int), 0) + 1 AS next FROM monitoring_case WHERE code LIKE $1`,
        [`JC${year}-%`],
      );
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MonitoringCaseEntity)
        .values({
          code: `JC${year}-${String(next).padStart(5, '0')}`,
          householdId: household.id,
          townCode: household.townCode,
          villageCode: household.villageCode,
          procedureId: procedure.id,
          type: input.type,
          channel: input.channel,
          riskKinds: [...new Set(input.riskKinds)],
          reason: input.reason.trim(),
          greenChannel: input.greenChannel ?? false,
          status: CaseStatus.IDENTIFYING,
          completedSteps: 1,
          nextStepDueOn: second?.timeLimitDays ? calendar.addWorkingDays(discoveredOn, second.timeLimitDays) : null,
          openedOn: discoveredOn,
        })
        .returning('id')
        .execute();
      const id = inserted.identifiers[0].id as string;
      await manager.insert(MonitoringCaseStepEntity, {
        caseId: id,
        position: first.position,
        stepCode: first.code,
        outcome: StepOutcome.PASSED,
        actedOn: discoveredOn,
        dueOn: null,
        late: false,
        actorId: this.viewer.id,
        actorName: this.viewer.name.slice(0, 100),
        note: input.note?.trim() ?? '',
      });
      const created = await manager.getRepository(MonitoringCaseEntity).findOneByOrFail({ id });
      await this.audit.record(
        {
          action: 'monitoring_case.open',
          entityType: 'monitoring_case',
          entityId: id,
          townCode: created.townCode,
          after: snapshot(created),
        },
        manager,
      );
      return created;
    });
  }

  /** Does the next step of the procedure: in order, by the right level, with its materials. */
  recordStep(input: RecordMonitoringStepInput): Promise<MonitoringCaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockedCase(manager, input.caseId, input.version);
      if (current.status !== CaseStatus.IDENTIFYING) {
        throw new ConflictError(`案件${STATUS_TEXT[current.status]}，没有待办理的识别步骤`, 'INVALID_TRANSITION', {
          status: current.status,
        });
      }
      const procedure = await this.procedures.byId(manager, current.procedureId);
      const step = procedure.steps[current.completedSteps];
      if (!step) throw new ConflictError('识别程序已全部完成', 'INVALID_TRANSITION');
      if (input.stepCode !== step.code) {
        const asked = procedure.steps.find((s) => s.code === input.stepCode);
        throw new ConflictError(
          asked
            ? `当前应办理「${step.name}」，不能${asked.position <= current.completedSteps ? '重复办理' : '跳到'}「${asked.name}」`
            : `当前应办理「${step.name}」，该程序版本没有步骤 ${input.stepCode}`,
          'INVALID_TRANSITION',
          { expected: step.code },
        );
      }
      this.assertActor(step);
      const errors: FieldError[] = [];
      if (input.outcome === StepOutcome.REJECTED) {
        if (!step.canReject) errors.push({ field: 'outcome', message: `「${step.name}」不能作出不通过决定` });
        if ((input.note?.trim().length ?? 0) < 4)
          errors.push({ field: 'note', message: '不通过时须写明理由（至少 4 个字）' });
      }
      const today = bureauToday();
      const actedOn = input.actedOn ?? today;
      const [previous] = await manager.query(
        `SELECT acted_on::text AS "actedOn" FROM monitoring_case_step WHERE case_id = $1 ORDER BY position DESC LIMIT 1`,
        [current.id],
      );
      if (actedOn > today) errors.push({ field: 'actedOn', message: '办理日期不能晚于今天' });
      if (actedOn < previous.actedOn) {
        errors.push({ field: 'actedOn', message: `办理日期不能早于上一步的办理日期（${previous.actedOn}）` });
      }
      let notice: { noticeStart: string | null; noticeEnd: string | null } = { noticeStart: null, noticeEnd: null };
      if (step.recordsNotice) {
        if (!input.noticeStart) errors.push({ field: 'noticeStart', message: '请填写公示开始日期' });
        if (!input.noticeEnd) errors.push({ field: 'noticeEnd', message: '请填写公示结束日期' });
        if (input.noticeStart && input.noticeEnd) {
          const days = daysBetween(input.noticeStart, input.noticeEnd) + 1;
          if (input.noticeStart < previous.actedOn) {
            errors.push({ field: 'noticeStart', message: '公示不能早于上一步（民主评议）开始' });
          }
          if (days < (step.minimumDays ?? 1)) {
            errors.push({
              field: 'noticeEnd',
              message: `公示期不少于 ${step.minimumDays} 天（现为 ${Math.max(days, 0)} 天）`,
            });
          }
          if (actedOn < input.noticeEnd) errors.push({ field: 'actedOn', message: '公示期满后才能办结本步' });
          notice = { noticeStart: input.noticeStart, noticeEnd: input.noticeEnd };
        }
      }
      const attachments = await this.attachmentsFor(manager, current.id, input.attachmentIds ?? [], errors);
      const missing = step.requiredAttachments.filter((kind) => !attachments.some((a) => a.kind === kind));
      for (const kind of missing)
        errors.push({ field: 'attachmentIds', message: `请上传「${ATTACHMENT_KIND_LABEL[kind]}」` });
      if (errors.length) throw new UserInputError(errors.map((e) => e.message).join('；'), errors);

      const calendar = await WorkingCalendar.load(manager, previous.actedOn);
      const dueOn = step.timeLimitDays ? calendar.addWorkingDays(previous.actedOn, step.timeLimitDays) : null;
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MonitoringCaseStepEntity)
        .values({
          caseId: current.id,
          position: step.position,
          stepCode: step.code,
          outcome: input.outcome,
          actedOn,
          dueOn,
          late: dueOn !== null && actedOn > dueOn,
          actorId: this.viewer.id,
          actorName: this.viewer.name.slice(0, 100),
          note: input.note?.trim() ?? '',
          ...notice,
        })
        .returning('id')
        .execute();
      const stepId = inserted.identifiers[0].id as string;
      if (attachments.length) {
        await manager.update(
          MonitoringAttachmentEntity,
          attachments.map((a) => a.id),
          { stepId },
        );
      }
      const last = step.position === procedure.steps.length;
      const following = procedure.steps[step.position];
      const changes: Partial<MonitoringCaseEntity> =
        input.outcome === StepOutcome.REJECTED
          ? { status: CaseStatus.REJECTED, completedSteps: step.position, nextStepDueOn: null, closedOn: actedOn }
          : last
            ? {
                status: CaseStatus.MONITORING,
                completedSteps: step.position,
                nextStepDueOn: null,
                identifiedOn: actedOn,
              }
            : {
                completedSteps: step.position,
                nextStepDueOn: following.timeLimitDays
                  ? (await WorkingCalendar.load(manager, actedOn)).addWorkingDays(actedOn, following.timeLimitDays)
                  : null,
              };
      await updateVersioned(manager, MonitoringCaseEntity, current.id, input.version, changes, '监测案件');
      const saved = await manager.getRepository(MonitoringCaseEntity).findOneByOrFail({ id: current.id });
      await this.audit.record(
        {
          action: 'monitoring_case.step',
          entityType: 'monitoring_case',
          entityId: current.id,
          townCode: current.townCode,
          before: snapshot(current),
          after: snapshot(saved),
          details: {
            step: step.code,
            outcome: input.outcome,
            actedOn,
            dueOn,
            attachments: attachments.map((a) => ({ id: a.id, kind: a.kind, sha256: a.sha256 })),
          },
        },
        manager,
      );
      return saved;
    });
  }

  /** 精准帮扶: after identification, or before it through the green channel. */
  addAssistance(input: AssistanceMeasureInput): Promise<AssistanceMeasureEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockedCase(manager, input.caseId);
      const early = current.status === CaseStatus.IDENTIFYING && current.greenChannel;
      if (current.status !== CaseStatus.MONITORING && !early) {
        throw new ConflictError(
          current.status === CaseStatus.IDENTIFYING
            ? '识别通过（区级审定）后才能落实帮扶措施；突发严重困难户可走绿色通道先帮扶后识别'
            : `案件${STATUS_TEXT[current.status]}，不能再添加帮扶措施`,
          'INVALID_TRANSITION',
          { status: current.status },
        );
      }
      const errors: FieldError[] = [];
      if (input.startOn < current.openedOn) errors.push({ field: 'startOn', message: '开始日期不能早于建档日期' });
      if (input.endOn && input.endOn < input.startOn)
        errors.push({ field: 'endOn', message: '结束日期不能早于开始日期' });
      if (input.amount != null && moneyToFen(input.amount) < 0n)
        errors.push({ field: 'amount', message: '投入资金不能为负数' });
      if (errors.length) throw new UserInputError(errors.map((e) => e.message).join('；'), errors);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(AssistanceMeasureEntity)
        .values({
          caseId: current.id,
          kind: input.kind,
          description: input.description.trim(),
          responsiblePerson: input.responsiblePerson.trim(),
          responsibleUnit: input.responsibleUnit?.trim() ?? '',
          startOn: input.startOn,
          endOn: input.endOn ?? null,
          amount: input.amount ?? null,
          beforeIdentification: early,
        })
        .returning('id')
        .execute();
      const measure = await manager
        .getRepository(AssistanceMeasureEntity)
        .findOneByOrFail({ id: inserted.identifiers[0].id as string });
      await this.audit.record(
        {
          action: 'monitoring_case.assistance',
          entityType: 'monitoring_case',
          entityId: current.id,
          townCode: current.townCode,
          after: snapshot(measure),
        },
        manager,
      );
      return measure;
    });
  }

  /** 风险消除: only when the year's figures show income above the line and every guarantee secure. */
  eliminate(input: EliminateRiskInput): Promise<MonitoringCaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockedCase(manager, input.caseId, input.version);
      if (current.status !== CaseStatus.MONITORING) {
        throw new ConflictError(
          `案件${STATUS_TEXT[current.status]}，只有已纳入监测的案件才能销号`,
          'INVALID_TRANSITION',
          {
            status: current.status,
          },
        );
      }
      const today = bureauToday();
      const eliminatedOn = input.eliminatedOn ?? today;
      if (eliminatedOn > today) throw UserInputError.field('eliminatedOn', '销号日期不能晚于今天');
      if (current.identifiedOn && eliminatedOn < current.identifiedOn) {
        throw UserInputError.field('eliminatedOn', '销号日期不能早于纳入监测的日期');
      }
      const figures = await manager
        .getRepository(HouseholdYearEntity)
        .findOneBy({ householdId: current.householdId, year: input.incomeYear });
      if (!figures) throw UserInputError.field('incomeYear', `尚未登记该户 ${input.incomeYear} 年度收入，无法核验`);
      const line = await manager.getRepository(MonitoringLineEntity).findOneBy({ year: input.incomeYear });
      if (!line) throw UserInputError.field('incomeYear', `尚未设置 ${input.incomeYear} 年度监测收入线`);
      const unmet: string[] = [];
      if (moneyToFen(figures.netIncomePerPerson) <= moneyToFen(line.amount)) {
        unmet.push(`人均纯收入 ${figures.netIncomePerPerson} 元未高于监测线 ${line.amount} 元`);
      }
      if (!figures.foodClothingSecure) unmet.push('吃穿未保障');
      if (!figures.educationSecure) unmet.push('义务教育未保障');
      if (!figures.medicalSecure) unmet.push('基本医疗未保障');
      if (!figures.housingSecure) unmet.push('住房安全未保障');
      if (!figures.waterSecure) unmet.push('饮水安全未保障');
      if (input.method === EliminationMethod.ASSISTANCE) {
        const helped = await manager.getRepository(AssistanceMeasureEntity).exists({ where: { caseId: current.id } });
        if (!helped) unmet.push('没有帮扶措施，不能按"帮扶消除"销号');
      }
      if (unmet.length) {
        throw new ConflictError(`不满足风险消除条件：${unmet.join('；')}`, 'CONDITIONS_NOT_MET', { unmet });
      }
      await manager.insert(RiskEliminationEntity, {
        caseId: current.id,
        method: input.method,
        eliminatedOn,
        incomeYear: input.incomeYear,
        netIncomePerPerson: figures.netIncomePerPerson,
        monitoringLine: line.amount,
        note: input.note?.trim() ?? '',
        recordedBy: this.viewer.name.slice(0, 100),
      });
      await updateVersioned(
        manager,
        MonitoringCaseEntity,
        current.id,
        input.version,
        { status: CaseStatus.CLOSED, closedOn: eliminatedOn },
        '监测案件',
      );
      const saved = await manager.getRepository(MonitoringCaseEntity).findOneByOrFail({ id: current.id });
      await this.audit.record(
        {
          action: 'monitoring_case.eliminate',
          entityType: 'monitoring_case',
          entityId: current.id,
          townCode: current.townCode,
          before: snapshot(current),
          after: snapshot(saved),
          details: {
            method: input.method,
            incomeYear: input.incomeYear,
            net: figures.netIncomePerPerson,
            line: line.amount,
          },
        },
        manager,
      );
      return saved;
    });
  }

  followUp(input: FollowUpVisitInput): Promise<FollowUpVisitEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockedCase(manager, input.caseId);
      if (current.status !== CaseStatus.CLOSED) {
        throw new ConflictError('销号后才能登记回访', 'INVALID_TRANSITION', { status: current.status });
      }
      if (input.visitedOn > bureauToday()) throw UserInputError.field('visitedOn', '回访日期不能晚于今天');
      if (current.closedOn && input.visitedOn < current.closedOn) {
        throw UserInputError.field('visitedOn', '回访日期不能早于销号日期');
      }
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(FollowUpVisitEntity)
        .values({
          caseId: current.id,
          visitedOn: input.visitedOn,
          visitor: input.visitor.trim(),
          stable: input.stable,
          finding: input.finding?.trim() ?? '',
        })
        .returning('id')
        .execute();
      const visit = await manager
        .getRepository(FollowUpVisitEntity)
        .findOneByOrFail({ id: inserted.identifiers[0].id as string });
      await this.audit.record(
        {
          action: 'monitoring_case.follow_up',
          entityType: 'monitoring_case',
          entityId: current.id,
          townCode: current.townCode,
          after: snapshot(visit),
        },
        manager,
      );
      return visit;
    });
  }

  /** Stores an uploaded file for a case; the type is judged by its content. */
  upload(caseId: string, kind: string, fileName: string, content: Buffer): Promise<MonitoringAttachmentEntity> {
    if (!Object.values(AttachmentKind).includes(kind as AttachmentKind)) {
      throw UserInputError.field('kind', '材料类型不正确');
    }
    if (content.length === 0) throw UserInputError.field('file', '文件为空');
    if (content.length > MAX_ATTACHMENT_BYTES) throw UserInputError.field('file', '文件不能超过 5 MB');
    const type = FILE_TYPES.find((t) => t.magic.every((byte, i) => content[i] === byte));
    if (!type) throw UserInputError.field('file', '只接受 PDF、JPG 或 PNG 文件');
    const name = cleanFileName(fileName, `${ATTACHMENT_KIND_LABEL[kind as AttachmentKind]}.${type.extension}`);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockedCase(manager, caseId);
      if (current.status !== CaseStatus.IDENTIFYING) {
        throw new ConflictError(`案件${STATUS_TEXT[current.status]}，不能再上传识别材料`, 'INVALID_TRANSITION');
      }
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MonitoringAttachmentEntity)
        .values({
          caseId: current.id,
          kind: kind as AttachmentKind,
          fileName: name,
          contentType: type.contentType,
          size: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
          uploadedBy: this.viewer.id,
        })
        .returning('id')
        .execute();
      const saved = await manager
        .getRepository(MonitoringAttachmentEntity)
        .findOneByOrFail({ id: inserted.identifiers[0].id as string });
      await this.audit.record(
        {
          action: 'monitoring_attachment.upload',
          entityType: 'monitoring_case',
          entityId: current.id,
          townCode: current.townCode,
          after: snapshot(saved),
        },
        manager,
      );
      return saved;
    });
  }

  /** A file's content for download, if its case is in the viewer's towns; each download is audited. */
  async download(id: string): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
    if (!isUuid(id)) return null;
    const row = await this.dataSource
      .getRepository(MonitoringAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.content')
      .innerJoin(MonitoringCaseEntity, 'c', 'c.id = a.case_id')
      .addSelect('c.town_code', 'town_code')
      .where('a.id = :id', { id })
      .getRawAndEntities();
    const attachment = row.entities[0];
    const townCode = row.raw[0]?.town_code as string | undefined;
    if (!attachment || !townCode || !this.scope.includes(townCode)) return null;
    await this.audit.record({
      action: 'monitoring_attachment.download',
      entityType: 'monitoring_case',
      entityId: attachment.caseId,
      townCode,
      details: { attachmentId: id, sha256: attachment.sha256 },
    });
    return { fileName: attachment.fileName, contentType: attachment.contentType, content: attachment.content };
  }

  private assertActor(step: MonitoringProcedureStepEntity) {
    if (step.actor === StepActor.DISTRICT) {
      if (!this.viewer.permissions.has(Permission.MONITORING_APPROVE) || this.scope.towns !== null) {
        throw new ForbiddenError('NO_PERMISSION', `「${step.name}」须由区乡村振兴局办理`);
      }
    } else if (!this.viewer.permissions.has(Permission.MONITORING_WRITE)) {
      throw new ForbiddenError('NO_PERMISSION', `无权办理「${step.name}」`);
    }
  }

  private async attachmentsFor(manager: EntityManager, caseId: string, ids: string[], errors: FieldError[]) {
    if (ids.length === 0) return [];
    const rows = await manager
      .getRepository(MonitoringAttachmentEntity)
      .createQueryBuilder('a')
      .where('a.id = ANY(:ids)', { ids: [...new Set(ids)] })
      .getMany();
    for (const id of new Set(ids)) {
      const row = rows.find((r) => r.id === id);
      if (!row || row.caseId !== caseId)
        errors.push({ field: 'attachmentIds', message: `材料不存在或不属于本案件：${id}` });
      else if (row.stepId) errors.push({ field: 'attachmentIds', message: `材料「${row.fileName}」已用于其他步骤` });
    }
    return rows.filter((r) => r.caseId === caseId && !r.stepId);
  }

  private async lockedCase(manager: EntityManager, id: string, version?: number): Promise<MonitoringCaseEntity> {
    if (!isUuid(id)) throw new NotFoundError('监测案件', id);
    const current = await manager
      .getRepository(MonitoringCaseEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!current || !this.scope.includes(current.townCode)) throw new NotFoundError('监测案件', id);
    if (version !== undefined && current.version !== version) throw ConflictError.stale('监测案件');
    return current;
  }
}

const STATUS_TEXT: Record<CaseStatus, string> = {
  IDENTIFYING: '正在识别',
  MONITORING: '已纳入监测',
  REJECTED: '未通过识别、已结束',
  CLOSED: '已销号',
};

/** Keeps a file name printable and short; falls back when nothing is left. */
function cleanFileName(raw: string, fallback: string): string {
  const name = [...raw.replace(/[\\/]/g, '_')]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && !'"<>|:*?'.includes(ch))
    .join('')
    .trim()
    .slice(-150);
  return name || fallback;
}
