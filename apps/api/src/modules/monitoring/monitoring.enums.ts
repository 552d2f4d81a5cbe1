import { registerLabelledEnum } from '../../common/enums';

/** 户类别. */
export enum HouseholdCategory {
  LIFTED = 'LIFTED',
  ORDINARY = 'ORDINARY',
}

/** 与户主关系. */
export enum Relation {
  HEAD = 'HEAD',
  SPOUSE = 'SPOUSE',
  CHILD = 'CHILD',
  CHILD_IN_LAW = 'CHILD_IN_LAW',
  GRANDCHILD = 'GRANDCHILD',
  PARENT = 'PARENT',
  GRANDPARENT = 'GRANDPARENT',
  SIBLING = 'SIBLING',
  OTHER = 'OTHER',
}

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/** 健康状况 (sensitive: never on a notice, not for partners). */
export enum HealthStatus {
  HEALTHY = 'HEALTHY',
  CHRONIC_ILLNESS = 'CHRONIC_ILLNESS',
  SERIOUS_ILLNESS = 'SERIOUS_ILLNESS',
  DISABLED = 'DISABLED',
}

/** 文化程度 / 在校情况. */
export enum Education {
  PRESCHOOL = 'PRESCHOOL',
  IN_SCHOOL = 'IN_SCHOOL',
  ILLITERATE = 'ILLITERATE',
  PRIMARY = 'PRIMARY',
  JUNIOR_HIGH = 'JUNIOR_HIGH',
  SENIOR_HIGH = 'SENIOR_HIGH',
  VOCATIONAL = 'VOCATIONAL',
  COLLEGE = 'COLLEGE',
}

/** 劳动技能. */
export enum LabourSkill {
  SKILLED = 'SKILLED',
  ORDINARY = 'ORDINARY',
  WEAK = 'WEAK',
  NONE = 'NONE',
}

/** 务工情况. */
export enum WorkStatus {
  LOCAL = 'LOCAL',
  MIGRANT = 'MIGRANT',
  PUBLIC_WELFARE_JOB = 'PUBLIC_WELFARE_JOB',
  FARMING = 'FARMING',
  STUDENT = 'STUDENT',
  NOT_WORKING = 'NOT_WORKING',
}

/** 监测对象类型 (3). */
export enum MonitoringType {
  UNSTABLE_LIFTED = 'UNSTABLE_LIFTED',
  MARGINAL_AT_RISK = 'MARGINAL_AT_RISK',
  SUDDEN_HARDSHIP = 'SUDDEN_HARDSHIP',
}

/** 发现渠道 (5). */
export enum DiscoveryChannel {
  SELF_REPORT = 'SELF_REPORT',
  CADRE_VISIT = 'CADRE_VISIT',
  AGENCY_SCREENING = 'AGENCY_SCREENING',
  SUPERVISION_FEEDBACK = 'SUPERVISION_FEEDBACK',
  PLATFORM_ANALYSIS = 'PLATFORM_ANALYSIS',
}

/** 风险类型. */
export enum RiskKind {
  ILLNESS = 'ILLNESS',
  DISABILITY = 'DISABILITY',
  EDUCATION_COST = 'EDUCATION_COST',
  DISASTER = 'DISASTER',
  ACCIDENT = 'ACCIDENT',
  INCOME_DROP = 'INCOME_DROP',
  UNEMPLOYMENT = 'UNEMPLOYMENT',
  HOUSING = 'HOUSING',
  WATER = 'WATER',
  OTHER = 'OTHER',
}

/** Where a case stands. */
export enum CaseStatus {
  /** Going through the identification steps. */
  IDENTIFYING = 'IDENTIFYING',
  /** Identified (区级审定 passed): under assistance until the risk is eliminated. */
  MONITORING = 'MONITORING',
  /** Not identified: a review step rejected it. */
  REJECTED = 'REJECTED',
  /** 风险消除: closed. */
  CLOSED = 'CLOSED',
}

/** Open cases: a household has at most one. */
export const OPEN_CASE_STATUSES = [CaseStatus.IDENTIFYING, CaseStatus.MONITORING] as const;

export enum StepOutcome {
  PASSED = 'PASSED',
  REJECTED = 'REJECTED',
}

/** Who records a step: the town (with its village cadres) or the district bureau. */
export enum StepActor {
  TOWN = 'TOWN',
  DISTRICT = 'DISTRICT',
}

export enum AttachmentKind {
  CONSENT_FORM = 'CONSENT_FORM',
  REVIEW_MINUTES = 'REVIEW_MINUTES',
  NOTICE_PHOTO = 'NOTICE_PHOTO',
  VISIT_RECORD = 'VISIT_RECORD',
  OTHER = 'OTHER',
}

/** 帮扶措施类型. */
export enum AssistanceKind {
  INDUSTRY = 'INDUSTRY',
  EMPLOYMENT = 'EMPLOYMENT',
  PUBLIC_WELFARE_JOB = 'PUBLIC_WELFARE_JOB',
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  HOUSING = 'HOUSING',
  WATER = 'WATER',
  SOCIAL_SECURITY = 'SOCIAL_SECURITY',
  SMALL_CREDIT = 'SMALL_CREDIT',
  TEMPORARY_RELIEF = 'TEMPORARY_RELIEF',
  OTHER = 'OTHER',
}

/** 风险消除方式. */
export enum EliminationMethod {
  ASSISTANCE = 'ASSISTANCE',
  NATURAL = 'NATURAL',
}

/** Which automatic rule raised a warning. */
export enum WarningRule {
  STEP_OVERDUE = 'STEP_OVERDUE',
  NO_ASSISTANCE = 'NO_ASSISTANCE',
  INCOME_BELOW_LINE = 'INCOME_BELOW_LINE',
}

export const MONITORING_TYPE_LABEL: Record<MonitoringType, string> = {
  UNSTABLE_LIFTED: '脱贫不稳定户',
  MARGINAL_AT_RISK: '边缘易致贫户',
  SUDDEN_HARDSHIP: '突发严重困难户',
};

export const RISK_KIND_LABEL: Record<RiskKind, string> = {
  ILLNESS: '因病',
  DISABILITY: '因残',
  EDUCATION_COST: '因学',
  DISASTER: '因灾',
  ACCIDENT: '因意外事故',
  INCOME_DROP: '收入骤减',
  UNEMPLOYMENT: '因失业',
  HOUSING: '住房安全',
  WATER: '饮水安全',
  OTHER: '其他',
};

export const ATTACHMENT_KIND_LABEL: Record<AttachmentKind, string> = {
  CONSENT_FORM: '承诺授权书',
  REVIEW_MINUTES: '评议会议记录',
  NOTICE_PHOTO: '公示照片',
  VISIT_RECORD: '入户核查记录',
  OTHER: '其他材料',
};

registerLabelledEnum(HouseholdCategory, 'HouseholdCategory', '户类别', { LIFTED: '脱贫户', ORDINARY: '一般农户' });
registerLabelledEnum(Relation, 'Relation', '与户主关系', {
  HEAD: '户主',
  SPOUSE: '配偶',
  CHILD: '子女',
  CHILD_IN_LAW: '儿媳 / 女婿',
  GRANDCHILD: '孙辈',
  PARENT: '父母',
  GRANDPARENT: '祖父母',
  SIBLING: '兄弟姐妹',
  OTHER: '其他',
});
registerLabelledEnum(Gender, 'Gender', '性别（由身份证号得出）', { MALE: '男', FEMALE: '女' });
registerLabelledEnum(HealthStatus, 'HealthStatus', '健康状况（敏感信息）', {
  HEALTHY: '健康',
  CHRONIC_ILLNESS: '长期慢性病',
  SERIOUS_ILLNESS: '大病',
  DISABLED: '残疾',
});
registerLabelledEnum(Education, 'Education', '文化程度 / 在校情况', {
  PRESCHOOL: '学龄前',
  IN_SCHOOL: '在校生',
  ILLITERATE: '文盲或半文盲',
  PRIMARY: '小学',
  JUNIOR_HIGH: '初中',
  SENIOR_HIGH: '高中',
  VOCATIONAL: '中专 / 职高',
  COLLEGE: '大专及以上',
});
registerLabelledEnum(LabourSkill, 'LabourSkill', '劳动技能', {
  SKILLED: '技能劳动力',
  ORDINARY: '普通劳动力',
  WEAK: '弱劳动力或半劳动力',
  NONE: '无劳动力',
});
registerLabelledEnum(WorkStatus, 'WorkStatus', '务工情况', {
  LOCAL: '县内务工',
  MIGRANT: '县外务工',
  PUBLIC_WELFARE_JOB: '公益性岗位',
  FARMING: '务农',
  STUDENT: '在校',
  NOT_WORKING: '未就业',
});
registerLabelledEnum(MonitoringType, 'MonitoringType', '监测对象类型', MONITORING_TYPE_LABEL);
registerLabelledEnum(DiscoveryChannel, 'DiscoveryChannel', '发现渠道', {
  SELF_REPORT: '农户自主申报',
  CADRE_VISIT: '镇村干部排查',
  AGENCY_SCREENING: '行业部门筛查预警',
  SUPERVISION_FEEDBACK: '各类监督渠道反馈',
  PLATFORM_ANALYSIS: '平台监测分析',
});
registerLabelledEnum(RiskKind, 'RiskKind', '风险类型', RISK_KIND_LABEL);
registerLabelledEnum(CaseStatus, 'CaseStatus', '监测案件状态', {
  IDENTIFYING: '识别中',
  MONITORING: '已纳入监测（帮扶中）',
  REJECTED: '未通过识别',
  CLOSED: '风险已消除',
});
registerLabelledEnum(StepOutcome, 'StepOutcome', '步骤结果', { PASSED: '通过', REJECTED: '不通过（退回）' });
registerLabelledEnum(StepActor, 'StepActor', '办理层级', { TOWN: '镇村', DISTRICT: '区级' });
registerLabelledEnum(AttachmentKind, 'AttachmentKind', '附件类型', ATTACHMENT_KIND_LABEL);
registerLabelledEnum(AssistanceKind, 'AssistanceKind', '帮扶措施类型', {
  INDUSTRY: '产业帮扶',
  EMPLOYMENT: '就业帮扶',
  PUBLIC_WELFARE_JOB: '公益性岗位',
  HEALTH: '健康帮扶',
  EDUCATION: '教育帮扶',
  HOUSING: '住房保障',
  WATER: '饮水安全',
  SOCIAL_SECURITY: '综合保障（低保、特困、临时救助）',
  SMALL_CREDIT: '小额信贷',
  TEMPORARY_RELIEF: '临时救助',
  OTHER: '其他',
});
registerLabelledEnum(EliminationMethod, 'EliminationMethod', '风险消除方式', {
  ASSISTANCE: '帮扶消除',
  NATURAL: '自然消除',
});
registerLabelledEnum(WarningRule, 'WarningRule', '预警规则', {
  STEP_OVERDUE: '步骤超时',
  NO_ASSISTANCE: '识别满一个月仍无帮扶措施',
  INCOME_BELOW_LINE: '人均纯收入低于当年监测线',
});
