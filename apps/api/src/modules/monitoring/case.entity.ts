import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { HouseholdEntity } from './household.entity';
import {
  AssistanceKind,
  AttachmentKind,
  CaseStatus,
  DiscoveryChannel,
  EliminationMethod,
  MonitoringType,
  RiskKind,
  StepActor,
  StepOutcome,
} from './monitoring.enums';

/**
 * A version of the identification procedure (2021: the eight steps of "35845"). A case follows the
 * version in effect on the day it was opened, to its end; a later version changes only later cases.
 */
@Entity('monitoring_procedure')
export class MonitoringProcedureEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index('monitoring_procedure_code_key', { unique: true })
  @Column('varchar', { length: 40 })
  code: string;
  @Column('varchar', { length: 100 }) name: string;
  @Index('monitoring_procedure_effective_key', { unique: true })
  @Column('date', { name: 'effective_from' })
  effectiveFrom: string;
  /** The whole identification (first step to last) should finish within this many working days. */
  @Column('smallint', { name: 'total_working_days' }) totalWorkingDays: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}

/** One step of a procedure version. Position 1 is the alert that opens a case. */
@Entity('monitoring_procedure_step')
@Index('monitoring_procedure_step_code_key', ['procedureId', 'code'], { unique: true })
@Check(
  'monitoring_procedure_step_limits_check',
  'position > 0 AND (time_limit_days IS NULL OR time_limit_days > 0) AND (minimum_days IS NULL OR minimum_days > 0)',
)
export class MonitoringProcedureStepEntity {
  @PrimaryColumn('uuid', { name: 'procedure_id' }) procedureId: string;
  @ManyToOne(() => MonitoringProcedureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'procedure_id' })
  procedure?: MonitoringProcedureEntity;
  @PrimaryColumn('smallint') position: number;
  /** Stable code, e.g. HOME_VISIT; new versions may introduce new codes. */
  @Column('varchar', { length: 40 }) code: string;
  @Column('varchar', { length: 50 }) name: string;
  @Column({ type: 'enum', enum: StepActor, enumName: 'step_actor' }) actor: StepActor;
  /** Working days from the previous step's date to this one's (null: no limit). */
  @Column('smallint', { name: 'time_limit_days', nullable: true }) timeLimitDays: number | null;
  /** For a notice: how many calendar days it must stay posted. */
  @Column('smallint', { name: 'minimum_days', nullable: true }) minimumDays: number | null;
  @Column('boolean', { name: 'can_reject', default: false }) canReject: boolean;
  /** The step records a notice period (start and end dates). */
  @Column('boolean', { name: 'records_notice', default: false }) recordsNotice: boolean;
  @Column({
    type: 'enum',
    enum: AttachmentKind,
    enumName: 'attachment_kind',
    array: true,
    name: 'required_attachments',
    default: '{}',
  })
  requiredAttachments: AttachmentKind[];
}

/** 监测对象识别与帮扶: one household's case, from the alert to risk elimination. */
@Entity('monitoring_case')
@Index('monitoring_case_open_key', ['householdId'], {
  unique: true,
  where: `status IN ('IDENTIFYING', 'MONITORING')`,
})
@Index('monitoring_case_household_idx', ['householdId', 'openedOn'])
@Index('monitoring_case_town_idx', ['townCode', 'status', 'completedSteps'])
@Index('monitoring_case_due_idx', ['nextStepDueOn'])
@Check('monitoring_case_green_channel_check', `NOT green_channel OR type = 'SUDDEN_HARDSHIP'`)
export class MonitoringCaseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** 案件编号, e.g. JC2021-00017. */
  @Index('monitoring_case_code_key', { unique: true })
  @Column('varchar', { length: 20 })
  code: string;
  @Column('uuid', { name: 'household_id' }) householdId: string;
  @ManyToOne(() => HouseholdEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  household?: HouseholdEntity;
  /** The household's town and village when the case was opened (scoping and filters). */
  @Column('varchar', { length: 9, name: 'town_code' }) townCode: string;
  @Column('varchar', { length: 12, name: 'village_code' }) villageCode: string;
  @Column('uuid', { name: 'procedure_id' }) procedureId: string;
  @ManyToOne(() => MonitoringProcedureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'procedure_id' })
  procedure?: MonitoringProcedureEntity;
  @Column({ type: 'enum', enum: MonitoringType, enumName: 'monitoring_type' }) type: MonitoringType;
  @Column({ type: 'enum', enum: DiscoveryChannel, enumName: 'discovery_channel' }) channel: DiscoveryChannel;
  @Column({ type: 'enum', enum: RiskKind, enumName: 'risk_kind', array: true, name: 'risk_kinds' })
  riskKinds: RiskKind[];
  /** 风险情况: staff only; a notice shows the risk kinds, never this text. */
  @Column('varchar', { length: 500 }) reason: string;
  /** 绿色通道: assistance first, identification after (sudden hardship only). */
  @Column('boolean', { name: 'green_channel', default: false }) greenChannel: boolean;
  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.IDENTIFYING })
  status: CaseStatus;
  /** Position of the last step done (1 after the alert). */
  @Column('smallint', { name: 'completed_steps', default: 1 }) completedSteps: number;
  /** When the next step is due (working days), while identifying. */
  @Column('date', { name: 'next_step_due_on', nullable: true }) nextStepDueOn: string | null;
  @Column('date', { name: 'opened_on' }) openedOn: string;
  @Column('date', { name: 'identified_on', nullable: true }) identifiedOn: string | null;
  @Column('date', { name: 'closed_on', nullable: true }) closedOn: string | null;
  @VersionColumn({ default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}

/** A step done on a case: who, when, outcome, note; append-only. */
@Entity('monitoring_case_step')
@Index('monitoring_case_step_key', ['caseId', 'position'], { unique: true })
@Check('monitoring_case_step_notice_check', 'notice_end IS NULL OR notice_start IS NULL OR notice_end >= notice_start')
export class MonitoringCaseStepEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @ManyToOne(() => MonitoringCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: MonitoringCaseEntity;
  @Column('smallint') position: number;
  @Column('varchar', { length: 40, name: 'step_code' }) stepCode: string;
  @Column({ type: 'enum', enum: StepOutcome, enumName: 'step_outcome' }) outcome: StepOutcome;
  /** The day it was done (may be before it was recorded). */
  @Column('date', { name: 'acted_on' }) actedOn: string;
  @Column('date', { name: 'due_on', nullable: true }) dueOn: string | null;
  /** Done after its due date. */
  @Column('boolean', { default: false }) late: boolean;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('varchar', { length: 100, name: 'actor_name' }) actorName: string;
  @Column('varchar', { length: 1000, default: '' }) note: string;
  @Column('date', { name: 'notice_start', nullable: true }) noticeStart: string | null;
  @Column('date', { name: 'notice_end', nullable: true }) noticeEnd: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'recorded_at' }) recordedAt: Date;
}

/** A file kept with a case (consent form, review minutes, notice photo), in the database. */
@Entity('monitoring_attachment')
@Index('monitoring_attachment_case_idx', ['caseId'])
@Check('monitoring_attachment_size_check', 'size > 0 AND size <= 5242880')
export class MonitoringAttachmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @ManyToOne(() => MonitoringCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: MonitoringCaseEntity;
  /** The step it was filed with; null until a step uses it. */
  @Column('uuid', { name: 'step_id', nullable: true }) stepId: string | null;
  @ManyToOne(() => MonitoringCaseStepEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'step_id' })
  step?: MonitoringCaseStepEntity;
  @Column({ type: 'enum', enum: AttachmentKind, enumName: 'attachment_kind' }) kind: AttachmentKind;
  @Column('varchar', { length: 200, name: 'file_name' }) fileName: string;
  @Column('varchar', { length: 50, name: 'content_type' }) contentType: string;
  @Column('integer') size: number;
  @Column('char', { length: 64 }) sha256: string;
  @Column('bytea', { select: false }) content: Buffer;
  @Column('uuid', { name: 'uploaded_by', nullable: true }) uploadedBy: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'uploaded_at' }) uploadedAt: Date;
}

/** 帮扶措施. */
@Entity('assistance_measure')
@Index('assistance_measure_case_idx', ['caseId', 'startOn'])
@Check('assistance_measure_dates_check', 'end_on IS NULL OR end_on >= start_on')
@Check('assistance_measure_amount_check', 'amount IS NULL OR amount >= 0')
export class AssistanceMeasureEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @ManyToOne(() => MonitoringCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: MonitoringCaseEntity;
  @Column({ type: 'enum', enum: AssistanceKind, enumName: 'assistance_kind' }) kind: AssistanceKind;
  @Column('varchar', { length: 500 }) description: string;
  @Column('varchar', { length: 50, name: 'responsible_person' }) responsiblePerson: string;
  @Column('varchar', { length: 100, name: 'responsible_unit', default: '' }) responsibleUnit: string;
  @Column('date', { name: 'start_on' }) startOn: string;
  @Column('date', { name: 'end_on', nullable: true }) endOn: string | null;
  /** Money spent on the measure, if any. */
  @Column('numeric', { precision: 18, scale: 2, nullable: true }) amount: string | null;
  /** Given through the green channel, before identification finished. */
  @Column('boolean', { name: 'before_identification', default: false }) beforeIdentification: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' }) createdAt: Date;
}

/** 风险消除 (动态销号): the conditions as they stood when the case was closed. */
@Entity('risk_elimination')
export class RiskEliminationEntity {
  @PrimaryColumn('uuid', { name: 'case_id' }) caseId: string;
  @ManyToOne(() => MonitoringCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: MonitoringCaseEntity;
  @Column({ type: 'enum', enum: EliminationMethod, enumName: 'elimination_method' }) method: EliminationMethod;
  @Column('date', { name: 'eliminated_on' }) eliminatedOn: string;
  /** The year of the figures the decision rests on. */
  @Column('smallint', { name: 'income_year' }) incomeYear: number;
  @Column('numeric', { precision: 18, scale: 2, name: 'net_income_per_person' }) netIncomePerPerson: string;
  @Column('numeric', { precision: 18, scale: 2, name: 'monitoring_line' }) monitoringLine: string;
  @Column('varchar', { length: 1000, default: '' }) note: string;
  @Column('varchar', { length: 100, name: 'recorded_by' }) recordedBy: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'recorded_at' }) recordedAt: Date;
}

/** 回访: a visit after the risk was eliminated. */
@Entity('follow_up_visit')
@Index('follow_up_visit_case_idx', ['caseId', 'visitedOn'])
export class FollowUpVisitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @ManyToOne(() => MonitoringCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: MonitoringCaseEntity;
  @Column('date', { name: 'visited_on' }) visitedOn: string;
  @Column('varchar', { length: 50 }) visitor: string;
  /** Still stable (no new risk). */
  @Column('boolean') stable: boolean;
  @Column('varchar', { length: 500, default: '' }) finding: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'recorded_at' }) recordedAt: Date;
}

/** Exceptions to the Monday–Friday week: public holidays and the weekend days worked instead (调休). */
@Entity('calendar_day')
export class CalendarDayEntity {
  @PrimaryColumn('date') day: string;
  @Column('boolean') working: boolean;
  @Column('varchar', { length: 50, default: '' }) name: string;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' }) updatedAt: Date;
}
