import { createHash } from 'node:crypto';
import { idCheckCharacter, maskIdNumber } from '../../common/id-number';
import { divideFen, fenToMoney } from '../../common/money';
import type { PiiCipher } from '../../common/pii';
import type {
  AssistanceMeasureEntity,
  FollowUpVisitEntity,
  MonitoringAttachmentEntity,
  MonitoringCaseEntity,
  MonitoringCaseStepEntity,
  RiskEliminationEntity,
} from '../../modules/monitoring/case.entity';
import type {
  HouseholdEntity,
  HouseholdYearEntity,
  MonitoringLineEntity,
  PersonEntity,
} from '../../modules/monitoring/household.entity';
import {
  AssistanceKind,
  AttachmentKind,
  CaseStatus,
  DiscoveryChannel,
  Education,
  EliminationMethod,
  Gender,
  HealthStatus,
  HouseholdCategory,
  LabourSkill,
  MonitoringType,
  Relation,
  RiskKind,
  StepOutcome,
  WorkStatus,
} from '../../modules/monitoring/monitoring.enums';
import type { WorkingCalendar } from '../../modules/monitoring/working-days';
import { VillageCategory } from '../../modules/place/place.enums';
import { cadreName, pickGivenName, pickSurname } from './names';
import type { SeedTown, SeedVillage } from './places';
import { addDays, daysBetween, earlierDate as minDate, type Random, splitExactly } from './random';
import { DEMO_USERS } from './users';

export type HouseholdRow = Omit<HouseholdEntity, 'town' | 'village'>;
export type PersonRow = Omit<PersonEntity, 'household'>;
export type HouseholdYearRow = Omit<HouseholdYearEntity, 'household'>;
export type MonitoringLineRow = MonitoringLineEntity;
export type CaseRow = Omit<MonitoringCaseEntity, 'household' | 'procedure'>;
export type CaseStepRow = Omit<MonitoringCaseStepEntity, 'case'>;
export type AttachmentRow = Omit<MonitoringAttachmentEntity, 'case' | 'step'>;
export type MeasureRow = Omit<AssistanceMeasureEntity, 'case'>;
export type EliminationRow = Omit<RiskEliminationEntity, 'case'>;
export type FollowUpRow = Omit<FollowUpVisitEntity, 'case'>;

export interface MonitoringSeed {
  households: HouseholdRow[];
  persons: PersonRow[];
  householdYears: HouseholdYearRow[];
  monitoringLines: MonitoringLineRow[];
  cases: CaseRow[];
  steps: CaseStepRow[];
  attachments: AttachmentRow[];
  measures: MeasureRow[];
  eliminations: EliminationRow[];
  followUps: FollowUpRow[];
}

/** The 2021 identification procedure, as migration MonitoringConfig inserts it (seedDemoData checks they agree). */
export const PROCEDURE_2021_ID = '00000000-0000-4000-8000-000000002021';

export interface SeedProcedureStep {
  position: number;
  code: string;
  timeLimitDays: number | null;
  minimumDays: number | null;
  canReject: boolean;
  attachment: AttachmentKind | null;
}

export const PROCEDURE_2021_STEPS: readonly SeedProcedureStep[] = [
  { position: 1, code: 'RISK_ALERT', timeLimitDays: null, minimumDays: null, canReject: false, attachment: null },
  { position: 2, code: 'HOME_VISIT', timeLimitDays: 3, minimumDays: null, canReject: false, attachment: null },
  {
    position: 3,
    code: 'CONSENT',
    timeLimitDays: 2,
    minimumDays: null,
    canReject: false,
    attachment: AttachmentKind.CONSENT_FORM,
  },
  { position: 4, code: 'DATA_CHECK', timeLimitDays: 5, minimumDays: null, canReject: false, attachment: null },
  {
    position: 5,
    code: 'VILLAGE_REVIEW',
    timeLimitDays: 3,
    minimumDays: null,
    canReject: true,
    attachment: AttachmentKind.REVIEW_MINUTES,
  },
  {
    position: 6,
    code: 'VILLAGE_NOTICE',
    timeLimitDays: 8,
    minimumDays: 5,
    canReject: true,
    attachment: AttachmentKind.NOTICE_PHOTO,
  },
  { position: 7, code: 'TOWN_REVIEW', timeLimitDays: 3, minimumDays: null, canReject: true, attachment: null },
  { position: 8, code: 'DISTRICT_APPROVAL', timeLimitDays: 3, minimumDays: null, canReject: true, attachment: null },
];

const NOTICE_POSITION = 6;
/** Days a notice stays up beyond its minimum, by weight. */
const NOTICE_EXTRA_DAYS: [number, number][] = [
  [0, 7],
  [1, 2],
  [2, 1],
];
const LAST_POSITION = PROCEDURE_2021_STEPS.length;

/** 监测收入线 by year: demo parameters, labelled as such; a real deployment enters the published ones. */
const MONITORING_LINES: [number, number][] = [
  [2021, 6000],
  [2022, 6500],
  [2023, 7000],
  [2024, 7500],
  [2025, 8000],
  [2026, 8300],
];
const LINE_DOCUMENT = '演示参数（非官方数值）';

// ---------------------------------------------------------------------------------------------
// Small helpers

function at(date: string, hour: number, minute = 0): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000+08:00`);
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

/** The `n`-th working day before `day` (the inverse of addWorkingDays for a working day). */
function subtractWorkingDays(calendar: WorkingCalendar, day: string, n: number): string {
  let d = day;
  let left = n;
  while (left > 0) {
    d = addDays(d, -1);
    if (calendar.isWorkingDay(d)) left--;
  }
  return d;
}

function workingDayOnOrBefore(calendar: WorkingCalendar, day: string): string {
  let d = day;
  while (!calendar.isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

function workingDayOnOrAfter(calendar: WorkingCalendar, day: string): string {
  let d = day;
  while (!calendar.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

/** A minimal one-page PDF that says "Demo data": every demo attachment carries it. */
function buildDemoPdf(): Buffer {
  const stream = 'BT /F1 24 Tf 40 60 Td (Demo data) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 240 140] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const DEMO_PDF = buildDemoPdf();
const DEMO_PDF_SHA256 = createHash('sha256').update(DEMO_PDF).digest('hex');

const ATTACHMENT_FILE: Record<AttachmentKind, string> = {
  CONSENT_FORM: '承诺授权书.pdf',
  REVIEW_MINUTES: '民主评议会议记录.pdf',
  NOTICE_PHOTO: '村级公示照片.pdf',
  VISIT_RECORD: '入户核查记录表.pdf',
  OTHER: '其他材料.pdf',
};

// ---------------------------------------------------------------------------------------------
// Families

interface Member {
  relation: Relation;
  gender: Gender;
  birthYear: number;
  surname: string;
  /** For grandchildren and children-in-law: the child they belong to. */
  child?: Member;
}

const RELATION_ORDER: Relation[] = [
  Relation.HEAD,
  Relation.SPOUSE,
  Relation.PARENT,
  Relation.GRANDPARENT,
  Relation.SIBLING,
  Relation.CHILD,
  Relation.CHILD_IN_LAW,
  Relation.GRANDCHILD,
  Relation.OTHER,
];

const SIZE_WEIGHTS: [number, number][] = [
  [1, 12],
  [2, 24],
  [3, 24],
  [4, 20],
  [5, 12],
  [6, 6],
  [7, 2],
];

const HEAD_AGE_BANDS: [[number, number], number][] = [
  [[25, 34], 9],
  [[35, 44], 17],
  [[45, 54], 26],
  [[55, 64], 25],
  [[65, 74], 16],
  [[75, 86], 7],
];

const opposite = (g: Gender) => (g === Gender.MALE ? Gender.FEMALE : Gender.MALE);

function otherSurname(random: Random, not: string): string {
  let s = pickSurname(random);
  while (s === not) s = pickSurname(random);
  return s;
}

/** Who lives in a household of `size`: relations and birth years that fit together. */
function buildFamily(random: Random, size: number, year: number): Member[] {
  const maxBirthYear = year - 1;
  const [lo, hi] = random.weighted(HEAD_AGE_BANDS);
  const headAge = random.int(lo, hi);
  const head: Member = {
    relation: Relation.HEAD,
    gender: random.next() < 0.86 ? Gender.MALE : Gender.FEMALE,
    birthYear: year - headAge,
    surname: pickSurname(random),
  };
  const members: Member[] = [head];
  let spouse: Member | null = null;
  const spouseChance = headAge < 30 ? 0.7 : headAge < 70 ? 0.92 : 0.62;
  if (size >= 2 && random.next() < spouseChance) {
    const gap = random.int(-2, 6);
    const birthYear = Math.min(head.gender === Gender.MALE ? head.birthYear + gap : head.birthYear - gap, year - 20);
    spouse = {
      relation: Relation.SPOUSE,
      gender: opposite(head.gender),
      birthYear,
      surname: otherSurname(random, head.surname),
    };
    members.push(spouse);
  }
  const children: Member[] = [];
  const parents: Member[] = [];
  const inLaws = new Set<Member>();
  const grandchildren = new Map<Member, number>();
  let guard = 0;
  while (members.length < size && guard++ < 50) {
    const childLo = Math.max(head.birthYear, spouse?.birthYear ?? head.birthYear) + 20;
    const childHi = Math.min(Math.min(head.birthYear, spouse?.birthYear ?? head.birthYear) + 40, maxBirthYear);
    const adultChildren = children.filter((c) => year - c.birthYear >= 21);
    const canParent = parents.length < 2 && head.birthYear - 22 >= year - 94;
    const options: [Relation, number][] = [];
    if (childLo <= childHi && children.length < 4) options.push([Relation.CHILD, headAge >= 65 ? 4 : 10]);
    if (adultChildren.some((c) => c.birthYear + 20 <= maxBirthYear && (grandchildren.get(c) ?? 0) < 3))
      options.push([Relation.GRANDCHILD, headAge >= 55 ? 12 : 5]);
    if (adultChildren.some((c) => !inLaws.has(c))) options.push([Relation.CHILD_IN_LAW, headAge >= 55 ? 8 : 3]);
    if (canParent) options.push([Relation.PARENT, headAge < 40 ? 9 : headAge < 55 ? 5 : 2]);
    if (headAge < 60) options.push([Relation.SIBLING, 0.4]);
    options.push([Relation.OTHER, 0.1]);
    const relation = random.weighted(options);
    if (relation === Relation.CHILD) {
      const gender = random.next() < 0.52 ? Gender.MALE : Gender.FEMALE;
      const surname = random.next() < 0.9 || !spouse ? head.surname : spouse.surname;
      const child: Member = { relation, gender, birthYear: random.int(childLo, childHi), surname };
      children.push(child);
      members.push(child);
    } else if (relation === Relation.GRANDCHILD) {
      const parent = random.pick(
        adultChildren.filter((c) => c.birthYear + 20 <= maxBirthYear && (grandchildren.get(c) ?? 0) < 3),
      );
      grandchildren.set(parent, (grandchildren.get(parent) ?? 0) + 1);
      const surname = parent.gender === Gender.MALE || random.next() < 0.6 ? head.surname : otherSurname(random, '');
      members.push({
        relation,
        gender: random.next() < 0.52 ? Gender.MALE : Gender.FEMALE,
        birthYear: random.int(parent.birthYear + 20, Math.min(parent.birthYear + 38, maxBirthYear)),
        surname,
        child: parent,
      });
    } else if (relation === Relation.CHILD_IN_LAW) {
      const partner = random.pick(adultChildren.filter((c) => !inLaws.has(c)));
      inLaws.add(partner);
      members.push({
        relation,
        gender: opposite(partner.gender),
        birthYear: Math.min(partner.birthYear + random.int(-3, 4), year - 20),
        surname: otherSurname(random, head.surname),
        child: partner,
      });
    } else if (relation === Relation.PARENT) {
      const gender = parents.length ? opposite(parents[0].gender) : random.next() < 0.45 ? Gender.MALE : Gender.FEMALE;
      const birthYear = Math.max(head.birthYear - random.int(22, 36), year - 94);
      const parent: Member = {
        relation,
        gender,
        birthYear,
        surname: gender === Gender.MALE ? head.surname : otherSurname(random, head.surname),
      };
      parents.push(parent);
      members.push(parent);
    } else if (relation === Relation.SIBLING) {
      members.push({
        relation,
        gender: random.next() < 0.6 ? Gender.MALE : Gender.FEMALE,
        birthYear: Math.min(head.birthYear + random.int(-8, 8), year - 16),
        surname: head.surname,
      });
    } else {
      members.push({
        relation: Relation.OTHER,
        gender: random.next() < 0.5 ? Gender.MALE : Gender.FEMALE,
        birthYear: random.int(Math.max(head.birthYear - 10, year - 90), year - 16),
        surname: pickSurname(random),
      });
    }
  }
  return members.sort(
    (a, b) => RELATION_ORDER.indexOf(a.relation) - RELATION_ORDER.indexOf(b.relation) || a.birthYear - b.birthYear,
  );
}

/** Whole years between a birth date and `today`. */
function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

const MIGRANT_PLACES: [string, number][] = [
  ['江苏省常州市', 8],
  ['江苏省苏州市', 8],
  ['江苏省无锡市', 4],
  ['浙江省宁波市', 5],
  ['浙江省杭州市', 3],
  ['广东省东莞市', 5],
  ['广东省深圳市', 3],
  ['福建省晋江市', 3],
  ['上海市松江区', 2],
  ['陕西省西安市', 8],
  ['新疆维吾尔自治区乌鲁木齐市', 1],
  ['山西省太原市', 1],
];

function localPlace(random: Random, townName: string): string {
  return random.weighted([
    ['汉滨区某新社区工厂', 5],
    [`汉滨区${townName}社区工厂`, 4],
    [`汉滨区${townName}茶叶专业合作社`, 3],
    [`汉滨区${townName}现代农业园区`, 3],
    ['汉滨区城区（建筑务工）', 3],
    ['汉滨区城区（餐饮服务）', 2],
  ]);
}

// ---------------------------------------------------------------------------------------------
// Cases

interface CasePlan {
  status: CaseStatus;
  completedSteps: number;
  /** IDENTIFYING: whether the next step is already overdue. */
  overdue?: boolean;
  green?: boolean;
  /** MONITORING: identified over a month ago and still no measure (feeds a warning). */
  noMeasure?: boolean;
}

interface StepDraft {
  position: number;
  actedOn: string;
  noticeStart: string | null;
  noticeEnd: string | null;
}

interface CaseDraft {
  plan: CasePlan;
  steps: StepDraft[];
  openedOn: string;
  identifiedOn: string | null;
  closedOn: string | null;
  nextStepDueOn: string | null;
}

const CHANNEL_WEIGHTS: [DiscoveryChannel, number][] = [
  [DiscoveryChannel.CADRE_VISIT, 40],
  [DiscoveryChannel.SELF_REPORT, 20],
  [DiscoveryChannel.AGENCY_SCREENING, 20],
  [DiscoveryChannel.PLATFORM_ANALYSIS, 12],
  [DiscoveryChannel.SUPERVISION_FEEDBACK, 8],
];

const CHANNEL_NOTE: Record<DiscoveryChannel, string> = {
  SELF_REPORT: '农户自主申报，村委会受理并录入风险预警',
  CADRE_VISIT: '镇村干部走访排查发现风险，录入预警',
  AGENCY_SCREENING: '行业部门数据筛查推送预警，镇上核实后录入',
  SUPERVISION_FEEDBACK: '监督渠道反馈线索，镇上核实后录入预警',
  PLATFORM_ANALYSIS: '监测平台数据分析预警，镇上核实后录入',
};

const SUDDEN_RISKS: [RiskKind, number][] = [
  [RiskKind.ILLNESS, 35],
  [RiskKind.ACCIDENT, 25],
  [RiskKind.DISASTER, 25],
  [RiskKind.HOUSING, 5],
  [RiskKind.UNEMPLOYMENT, 5],
];

const STEADY_RISKS: [RiskKind, number][] = [
  [RiskKind.ILLNESS, 30],
  [RiskKind.DISABILITY, 12],
  [RiskKind.EDUCATION_COST, 12],
  [RiskKind.INCOME_DROP, 15],
  [RiskKind.UNEMPLOYMENT, 12],
  [RiskKind.DISASTER, 7],
  [RiskKind.HOUSING, 5],
  [RiskKind.WATER, 3],
  [RiskKind.OTHER, 3],
];

const REASONS: Record<RiskKind, string[]> = {
  ILLNESS: [
    '{who}突发脑梗住院，医疗支出大',
    '{who}确诊肺癌，需长期化疗，自付费用高',
    '{who}患尿毒症需定期透析，医疗支出大',
    '{who}心脏病手术住院，自付医疗费用较多',
    '{who}患重度类风湿，长期服药，无法务工',
  ],
  DISABILITY: ['{who}因病致残（肢体二级），丧失劳动能力', '{who}视力残疾，无法外出务工，家庭收入下降'],
  EDUCATION_COST: ['{who}考入大学，学费和生活费支出大', '{who}就读高职，家庭教育支出大，收入较低'],
  DISASTER: [
    '强降雨引发山体滑坡，房屋及茶园受损',
    '暴雨冲毁养殖圈舍，生猪损失较大',
    '洪水冲毁农田和魔芋种植地，当年绝收',
  ],
  ACCIDENT: ['{who}务工时从高处坠落受伤，住院治疗', '{who}遭遇交通事故受伤，家庭主要劳动力暂时丧失劳动能力'],
  INCOME_DROP: [
    '生猪价格下跌，养殖亏损，家庭收入骤减',
    '茶叶销售不畅，经营性收入大幅下降',
    '魔芋遭受软腐病减产，收入骤减',
  ],
  UNEMPLOYMENT: ['{who}所在务工企业停产，失业返乡，工资性收入中断', '{who}务工合同到期后未能再就业，家庭收入下降'],
  HOUSING: ['房屋墙体开裂，经鉴定为C级危房', '房屋年久失修，屋面漏雨，存在安全隐患'],
  WATER: ['持续干旱导致水源枯竭，饮水安全无保障', '供水管网损坏，季节性缺水'],
  OTHER: ['家庭成员变故，收入难以覆盖刚性支出', '赡养老人负担重，家庭收支不平衡'],
};

interface MeasureTemplate {
  kind: AssistanceKind;
  description: string;
  unit: string;
  /** 元, or null for a measure without money (a loan arranged, a job found). */
  amount: [number, number] | null;
}

const MEASURES: Record<RiskKind, MeasureTemplate[]> = {
  ILLNESS: [
    {
      kind: AssistanceKind.HEALTH,
      description: '落实基本医保、大病保险、医疗救助三重保障，住院费用一站式结算',
      unit: '区医疗保障局',
      amount: [3000, 30000],
    },
    {
      kind: AssistanceKind.SOCIAL_SECURITY,
      description: '纳入农村最低生活保障',
      unit: '区民政局',
      amount: [2400, 7200],
    },
    { kind: AssistanceKind.TEMPORARY_RELIEF, description: '发放临时救助金', unit: '{town}', amount: [1000, 5000] },
    { kind: AssistanceKind.HEALTH, description: '家庭医生签约履约，定期上门随访', unit: '{town}卫生院', amount: null },
  ],
  DISABILITY: [
    {
      kind: AssistanceKind.SOCIAL_SECURITY,
      description: '落实困难残疾人生活补贴和重度残疾人护理补贴',
      unit: '区残疾人联合会',
      amount: [1200, 2400],
    },
    {
      kind: AssistanceKind.PUBLIC_WELFARE_JOB,
      description: '安排家庭成员担任村级公益性岗位（保洁员）',
      unit: '{town}',
      amount: [4800, 7200],
    },
  ],
  EDUCATION_COST: [
    {
      kind: AssistanceKind.EDUCATION,
      description: '落实雨露计划职业教育补助',
      unit: '区乡村振兴局',
      amount: [3000, 3000],
    },
    { kind: AssistanceKind.EDUCATION, description: '办理生源地信用助学贷款', unit: '区教育体育局', amount: null },
    {
      kind: AssistanceKind.EMPLOYMENT,
      description: '推荐家庭劳动力到社区工厂就业',
      unit: '区人力资源和社会保障局',
      amount: null,
    },
  ],
  DISASTER: [
    {
      kind: AssistanceKind.HOUSING,
      description: '实施灾后房屋维修加固',
      unit: '区住房和城乡建设局',
      amount: [8000, 30000],
    },
    {
      kind: AssistanceKind.TEMPORARY_RELIEF,
      description: '发放受灾群众生活救助',
      unit: '区应急管理局',
      amount: [1000, 3000],
    },
    {
      kind: AssistanceKind.INDUSTRY,
      description: '补种茶苗、修复受损圈舍，给予产业奖补',
      unit: '区农业农村局',
      amount: [2000, 8000],
    },
  ],
  ACCIDENT: [
    { kind: AssistanceKind.TEMPORARY_RELIEF, description: '发放临时救助金', unit: '区民政局', amount: [2000, 6000] },
    {
      kind: AssistanceKind.SOCIAL_SECURITY,
      description: '纳入农村最低生活保障',
      unit: '区民政局',
      amount: [2400, 7200],
    },
    {
      kind: AssistanceKind.EMPLOYMENT,
      description: '伤愈后推荐就近就业',
      unit: '区人力资源和社会保障局',
      amount: null,
    },
  ],
  INCOME_DROP: [
    {
      kind: AssistanceKind.INDUSTRY,
      description: '发放产业奖补，扩大茶园和养殖规模',
      unit: '区农业农村局',
      amount: [2000, 10000],
    },
    {
      kind: AssistanceKind.SMALL_CREDIT,
      description: '发放脱贫人口小额信贷5万元，财政贴息',
      unit: '区乡村振兴局',
      amount: null,
    },
    {
      kind: AssistanceKind.EMPLOYMENT,
      description: '组织参加职业技能培训并推荐就业',
      unit: '区人力资源和社会保障局',
      amount: null,
    },
  ],
  UNEMPLOYMENT: [
    {
      kind: AssistanceKind.EMPLOYMENT,
      description: '推荐到新社区工厂就业',
      unit: '区人力资源和社会保障局',
      amount: null,
    },
    {
      kind: AssistanceKind.EMPLOYMENT,
      description: '落实一次性交通补助和稳岗补贴',
      unit: '区人力资源和社会保障局',
      amount: [300, 1000],
    },
    {
      kind: AssistanceKind.PUBLIC_WELFARE_JOB,
      description: '安排乡村公益性岗位（护林员）',
      unit: '{town}',
      amount: [4800, 7200],
    },
  ],
  HOUSING: [
    {
      kind: AssistanceKind.HOUSING,
      description: '实施农村危房改造',
      unit: '区住房和城乡建设局',
      amount: [15000, 35000],
    },
  ],
  WATER: [
    { kind: AssistanceKind.WATER, description: '新建集中供水工程入户管网', unit: '区水利局', amount: [1500, 8000] },
  ],
  OTHER: [
    {
      kind: AssistanceKind.SOCIAL_SECURITY,
      description: '落实临时救助和低保政策',
      unit: '区民政局',
      amount: [1000, 5000],
    },
    { kind: AssistanceKind.OTHER, description: '帮扶责任人结对帮扶，定期走访', unit: '{town}', amount: null },
  ],
};

const GREEN_MEASURE: MeasureTemplate = {
  kind: AssistanceKind.TEMPORARY_RELIEF,
  description: '启动绿色通道，先行发放临时救助金',
  unit: '区民政局',
  amount: [2000, 8000],
};

const PASS_NOTES: Record<string, string[]> = {
  HOME_VISIT: ['入户核实家庭人口、收入、支出及“三保障”情况，情况属实', '入户核查，风险情况属实，填写入户核查表'],
  CONSENT: ['户主签署承诺授权书', '家庭成员签署承诺授权书，同意查询家庭经济状况'],
  DATA_CHECK: [
    '经民政、医保、住建、人社、公安等部门数据比对，无异常',
    '部门数据比对完成，家庭无商品房、车辆和工商登记',
  ],
  VILLAGE_REVIEW: ['村民代表会议民主评议，同意纳入监测对象', '民主评议通过，参会代表一致同意'],
  VILLAGE_NOTICE: ['在村务公开栏公示，公示期内无异议', '村级公示期满，群众无异议'],
  TOWN_REVIEW: ['镇级审核通过，报区级审定', '镇党委会研究，同意上报'],
  DISTRICT_APPROVAL: ['区级审定，同意纳入监测对象', '区乡村振兴局审定通过，录入监测系统'],
};

const REJECT_NOTES: Record<string, string[]> = {
  VILLAGE_REVIEW: [
    '民主评议认为家庭收入较高、风险可自行化解，不同意纳入',
    '评议代表反映家庭有稳定务工收入，未通过评议',
  ],
  VILLAGE_NOTICE: [
    '公示期间群众反映该户有经营性车辆，经核实属实，退回',
    '公示期间收到异议，核实家庭收入高于监测线较多',
  ],
  TOWN_REVIEW: ['镇审核发现家庭存款较多，不符合纳入条件', '镇审核认为风险已消除，不予上报'],
  DISTRICT_APPROVAL: [
    '区级审定不予认定：收入测算高于监测线较多',
    '区级审定不予认定：部门比对发现家庭成员有财政供养人员',
  ],
};

const ELIMINATION_NOTES = [
  '家庭人均纯收入稳定超过监测线，“三保障”和饮水安全持续巩固，经村级评议、公示和镇级审核，风险消除',
  '帮扶措施落实到位，务工收入稳定，风险已稳定消除',
  '医疗费用得到有效报销，家庭收支恢复平衡，风险消除',
];

const FOLLOW_UP_FINDINGS: [string, boolean][] = [
  ['家庭收入稳定，无返贫风险', true],
  ['务工收入稳定，“三保障”均已落实', true],
  ['产业发展良好，家庭生活稳定', true],
  ['务工收入有所减少，持续关注', false],
];

function relationLabel(relation: Relation, gender: Gender): string {
  const male = gender === Gender.MALE;
  switch (relation) {
    case Relation.HEAD:
      return '户主';
    case Relation.SPOUSE:
      return male ? '丈夫' : '妻子';
    case Relation.CHILD:
      return male ? '儿子' : '女儿';
    case Relation.CHILD_IN_LAW:
      return male ? '女婿' : '儿媳';
    case Relation.GRANDCHILD:
      return male ? '孙子' : '孙女';
    case Relation.PARENT:
      return male ? '父亲' : '母亲';
    case Relation.GRANDPARENT:
      return male ? '祖父' : '祖母';
    case Relation.SIBLING:
      return male ? '兄弟' : '姐妹';
    default:
      return '家庭成员';
  }
}

// ---------------------------------------------------------------------------------------------
// The builder

interface RiskPeriod {
  from: number;
  until: number;
  housing: boolean;
  water: boolean;
}

interface HouseholdState {
  row: HouseholdRow;
  village: SeedVillage;
  town: SeedTown;
  persons: PersonRow[];
  cases: CaseDraft[];
  warning: boolean;
}

/**
 * Synthetic households, persons, yearly incomes and monitoring cases over the real villages, built
 * in memory (plain rows with their ids) so a test can inspect them. `random` must be the monitoring
 * seed's own sequence; `today` is the bureau's date the demo is built for.
 */
export function buildMonitoringData(
  random: Random,
  towns: SeedTown[],
  pii: PiiCipher,
  calendar: WorkingCalendar,
  today: string,
): MonitoringSeed {
  const todayYear = Number(today.slice(0, 4));
  const latestYear = todayYear - 1;
  if (latestYear < 2021) throw new Error('seed: monitoring data needs a date in 2022 or later');
  const lineFen = (year: number) => {
    const known = MONITORING_LINES.filter(([y]) => y <= year);
    return BigInt((known.length ? known[known.length - 1] : MONITORING_LINES[0])[1]) * 100n;
  };
  const registeredAt = at('2021-01-04', 9);

  // ----- households and persons ---------------------------------------------------------------
  const townOf = new Map(towns.map((t) => [t.code, t]));
  const villages = towns.flatMap((t) => t.villages);
  const weights = villages.map((v) => {
    const rural = v.name.endsWith('村');
    let w = rural ? 10 : 3;
    if (v.categories.includes(VillageCategory.FORMER_POVERTY)) w = 16;
    if (v.categories.includes(VillageCategory.RELOCATION_COMMUNITY)) w = 14;
    return w * (0.7 + 0.6 * random.next());
  });
  const perVillage = splitExactly(6000n, weights, 2n).map(Number);

  const states: HouseholdState[] = [];
  const persons: PersonRow[] = [];
  const usedIds = new Set<string>();

  const idNumber = (birthDate: string, gender: Gender): string => {
    const year = Number(birthDate.slice(0, 4));
    for (;;) {
      const region = year < 1980 && random.next() < 0.4 ? '612401' : '610902';
      const sequence = random.int(0, 498) * 2 + (gender === Gender.MALE ? 1 : 2);
      const first17 = `${region}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
      const id = first17 + idCheckCharacter(first17);
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };

  const birthDateIn = (year: number): string => {
    const start = `${year}-01-01`;
    const end = minDate(`${year}-12-31`, addDays(today, -1));
    return addDays(start, random.int(0, Math.max(0, daysBetween(start, end))));
  };

  villages.forEach((village, vi) => {
    const town = townOf.get(village.townCode)!;
    const rural = village.name.endsWith('村');
    const relocationCommunity = village.categories.includes(VillageCategory.RELOCATION_COMMUNITY);
    const formerPoverty = village.categories.includes(VillageCategory.FORMER_POVERTY);
    const groups = rural ? random.int(4, 12) : random.int(2, 6);
    for (let seq = 1; seq <= perVillage[vi]; seq++) {
      const relocated = random.next() < (relocationCommunity ? 0.85 : rural ? 0.1 : 0.04);
      const liftedChance = relocated ? 0.92 : formerPoverty ? 0.76 : rural ? 0.66 : 0.45;
      const category = random.next() < liftedChance ? HouseholdCategory.LIFTED : HouseholdCategory.ORDINARY;
      const groupName = `${CHINESE_NUMBERS[random.int(1, groups) - 1]}组`;
      const address =
        relocationCommunity && relocated
          ? `${village.name}安置小区${random.int(1, 24)}号楼${random.int(1, 3)}单元${random.int(1, 18)}0${random.int(1, 4)}室`
          : `${village.name}${groupName}${random.int(1, 80)}号`;
      let phoneSealed: Buffer | null = null;
      let phoneMasked: string | null = null;
      if (random.next() < 0.8) {
        const phone = `1${random.pick(['3', '5', '7', '8', '9', '3', '5', '8'])}${Array.from({ length: 9 }, () => random.int(0, 9)).join('')}`;
        phoneSealed = pii.seal(phone);
        phoneMasked = `${phone.slice(0, 3)}****${phone.slice(7)}`;
      }
      const household: HouseholdRow = {
        id: random.uuid(),
        code: `${village.code}${String(seq).padStart(4, '0')}`,
        townCode: town.code,
        villageCode: village.code,
        groupName,
        address,
        category,
        relocated,
        phoneSealed,
        phoneMasked,
        headName: '',
        memberCount: 0,
        version: 1,
        createdAt: registeredAt,
        updatedAt: registeredAt,
      };
      const lifted = category === HouseholdCategory.LIFTED;
      const members = buildFamily(random, random.weighted(SIZE_WEIGHTS), todayYear);
      const householdPersons: PersonRow[] = members.map((m) => {
        const birthDate = birthDateIn(m.birthYear);
        const id = idNumber(birthDate, m.gender);
        const age = ageOn(birthDate, today);
        const sickness = lifted ? 1.3 : 1;
        const health: HealthStatus =
          age < 16
            ? random.weighted([
                [HealthStatus.HEALTHY, 97],
                [HealthStatus.CHRONIC_ILLNESS, 1.5 * sickness],
                [HealthStatus.SERIOUS_ILLNESS, 0.5 * sickness],
                [HealthStatus.DISABLED, 1 * sickness],
              ])
            : age < 60
              ? random.weighted([
                  [HealthStatus.HEALTHY, 88],
                  [HealthStatus.CHRONIC_ILLNESS, 7 * sickness],
                  [HealthStatus.SERIOUS_ILLNESS, 2 * sickness],
                  [HealthStatus.DISABLED, 3 * sickness],
                ])
              : random.weighted([
                  [HealthStatus.HEALTHY, 60],
                  [HealthStatus.CHRONIC_ILLNESS, 30 * sickness],
                  [HealthStatus.SERIOUS_ILLNESS, 4 * sickness],
                  [HealthStatus.DISABLED, 6 * sickness],
                ]);
        let education: Education;
        if (age < 6) education = Education.PRESCHOOL;
        else if (age <= 15) education = Education.IN_SCHOOL;
        else if (age <= 18 && random.next() < 0.85) education = Education.IN_SCHOOL;
        else if (age <= 22 && random.next() < 0.45) education = Education.IN_SCHOOL;
        else if (age < 40)
          education = random.weighted([
            [Education.JUNIOR_HIGH, 38],
            [Education.SENIOR_HIGH, 20],
            [Education.VOCATIONAL, 24],
            [Education.COLLEGE, 16],
            [Education.PRIMARY, 2],
          ]);
        else if (age < 65)
          education = random.weighted([
            [Education.PRIMARY, 30],
            [Education.JUNIOR_HIGH, 48],
            [Education.SENIOR_HIGH, 12],
            [Education.VOCATIONAL, 5],
            [Education.COLLEGE, 2],
            [Education.ILLITERATE, 3],
          ]);
        else
          education = random.weighted([
            [Education.ILLITERATE, 35],
            [Education.PRIMARY, 45],
            [Education.JUNIOR_HIGH, 20],
          ]);
        let labourSkill: LabourSkill;
        let workStatus: WorkStatus;
        if (education === Education.PRESCHOOL || education === Education.IN_SCHOOL) {
          labourSkill = LabourSkill.NONE;
          workStatus = education === Education.IN_SCHOOL ? WorkStatus.STUDENT : WorkStatus.NOT_WORKING;
        } else {
          if (health === HealthStatus.DISABLED || health === HealthStatus.SERIOUS_ILLNESS)
            labourSkill = random.next() < 0.7 ? LabourSkill.NONE : LabourSkill.WEAK;
          else if (age >= 75) labourSkill = LabourSkill.NONE;
          else if (age >= 65)
            labourSkill = random.weighted([
              [LabourSkill.WEAK, 60],
              [LabourSkill.NONE, 30],
              [LabourSkill.ORDINARY, 10],
            ]);
          else if (age >= 60)
            labourSkill = random.weighted([
              [LabourSkill.ORDINARY, 40],
              [LabourSkill.WEAK, 50],
              [LabourSkill.NONE, 10],
            ]);
          else
            labourSkill = random.weighted([
              [LabourSkill.SKILLED, 20],
              [LabourSkill.ORDINARY, 68],
              [LabourSkill.WEAK, health === HealthStatus.CHRONIC_ILLNESS ? 40 : 12],
            ]);
          if (labourSkill === LabourSkill.NONE) workStatus = WorkStatus.NOT_WORKING;
          else if (labourSkill === LabourSkill.WEAK)
            workStatus = random.weighted([
              [WorkStatus.FARMING, 45],
              [WorkStatus.PUBLIC_WELFARE_JOB, 20],
              [WorkStatus.LOCAL, 10],
              [WorkStatus.NOT_WORKING, 25],
            ]);
          else
            workStatus = random.weighted([
              [WorkStatus.MIGRANT, labourSkill === LabourSkill.SKILLED ? 50 : 40],
              [WorkStatus.LOCAL, 28],
              [WorkStatus.FARMING, age >= 50 ? 35 : 18],
              [WorkStatus.PUBLIC_WELFARE_JOB, 3],
              [WorkStatus.NOT_WORKING, 5],
            ]);
        }
        const workPlace =
          workStatus === WorkStatus.MIGRANT
            ? random.weighted(MIGRANT_PLACES)
            : workStatus === WorkStatus.LOCAL
              ? localPlace(random, town.name)
              : '';
        const adult = age >= 16 && education !== Education.IN_SCHOOL;
        return {
          id: random.uuid(),
          householdId: household.id,
          name: m.surname + pickGivenName(random, m.gender, m.birthYear),
          idNumberSealed: pii.seal(id),
          idNumberHash: pii.lookupHash(id),
          idNumberMasked: maskIdNumber(id),
          gender: m.gender,
          birthDate,
          relation: m.relation,
          health,
          education,
          labourSkill,
          workStatus,
          workPlace,
          medicalInsured: random.next() < 0.99,
          pensionInsured: adult && random.next() < (age >= 60 ? 0.92 : 0.83),
          familyDoctor: random.next() < (lifted ? 0.78 : 0.5),
          version: 1,
          createdAt: registeredAt,
          updatedAt: registeredAt,
        };
      });
      household.headName = householdPersons[0].name;
      household.memberCount = householdPersons.length;
      persons.push(...householdPersons);
      states.push({ row: household, village, town, persons: householdPersons, cases: [], warning: false });
    }
  });

  // ----- case timelines -----------------------------------------------------------------------
  const lastWorkingDay = workingDayOnOrBefore(calendar, today);
  const firstOpening = workingDayOnOrAfter(calendar, '2021-01-04');

  /** Working days from one step to the next, usually within the limit, now and then late. */
  const stepGap = (limit: number) =>
    random.next() < 0.07
      ? limit + random.int(1, 4)
      : random.weighted(Array.from({ length: limit }, (_, i) => [i + 1, limit - i] as [number, number]));

  /** How long a notice stays posted: the minimum, sometimes a day or two more. */
  const noticeDays = (minimum: number) => minimum + random.weighted(NOTICE_EXTRA_DAYS);

  const forward = (openedOn: string, last: number): StepDraft[] => {
    const steps: StepDraft[] = [{ position: 1, actedOn: openedOn, noticeStart: null, noticeEnd: null }];
    let prev = openedOn;
    for (let position = 2; position <= last; position++) {
      const spec = PROCEDURE_2021_STEPS[position - 1];
      if (position === NOTICE_POSITION) {
        const noticeStart = addDays(prev, random.int(1, 2));
        const noticeEnd = addDays(noticeStart, noticeDays(spec.minimumDays!) - 1);
        const actedOn =
          calendar.isWorkingDay(noticeEnd) && random.next() < 0.3 ? noticeEnd : calendar.addWorkingDays(noticeEnd, 1);
        steps.push({ position, actedOn, noticeStart, noticeEnd });
        prev = actedOn;
      } else {
        prev = calendar.addWorkingDays(prev, stepGap(spec.timeLimitDays!));
        steps.push({ position, actedOn: prev, noticeStart: null, noticeEnd: null });
      }
    }
    return steps;
  };

  /** The same, built back from the day the last step was done (for cases still identifying today). */
  const backward = (lastActedOn: string, last: number): StepDraft[] => {
    const steps: StepDraft[] = [];
    let actedOn = lastActedOn;
    for (let position = last; position >= 2; position--) {
      const spec = PROCEDURE_2021_STEPS[position - 1];
      if (position === NOTICE_POSITION) {
        const noticeEnd = random.next() < 0.3 ? actedOn : addDays(actedOn, -1);
        const noticeStart = addDays(noticeEnd, -(noticeDays(spec.minimumDays!) - 1));
        steps.unshift({ position, actedOn, noticeStart, noticeEnd });
        actedOn = subtractWorkingDays(calendar, noticeStart, 1);
      } else {
        steps.unshift({ position, actedOn, noticeStart: null, noticeEnd: null });
        actedOn = subtractWorkingDays(calendar, actedOn, stepGap(spec.timeLimitDays!));
      }
    }
    steps.unshift({ position: 1, actedOn, noticeStart: null, noticeEnd: null });
    return steps;
  };

  const randomWorkingDay = (from: string, to: string) =>
    workingDayOnOrBefore(calendar, addDays(from, random.int(0, Math.max(0, daysBetween(from, to)))));

  const draftCase = (plan: CasePlan): CaseDraft => {
    if (plan.status === CaseStatus.IDENTIFYING) {
      const nextLimit = PROCEDURE_2021_STEPS[plan.completedSteps].timeLimitDays!;
      const back = plan.overdue ? nextLimit + random.int(1, 15) : random.int(0, nextLimit - 1);
      const steps = backward(subtractWorkingDays(calendar, lastWorkingDay, back), plan.completedSteps);
      const nextStepDueOn = calendar.addWorkingDays(steps[steps.length - 1].actedOn, nextLimit);
      return { plan, steps, openedOn: steps[0].actedOn, identifiedOn: null, closedOn: null, nextStepDueOn };
    }
    for (let attempt = 0; ; attempt++) {
      let openedOn: string;
      if (plan.status === CaseStatus.MONITORING) {
        const back = plan.noMeasure
          ? random.int(70, 330)
          : random.next() < 0.55
            ? random.int(35, 330)
            : random.int(260, Math.max(261, daysBetween(firstOpening, today)));
        openedOn = maxDate(firstOpening, workingDayOnOrBefore(calendar, addDays(today, -back)));
      } else {
        openedOn = randomWorkingDay(firstOpening, addDays(today, plan.status === CaseStatus.CLOSED ? -150 : -40));
        if (openedOn < firstOpening) openedOn = firstOpening;
      }
      const steps = forward(openedOn, plan.completedSteps);
      const lastActed = steps[steps.length - 1].actedOn;
      const limit = plan.noMeasure ? addDays(today, -35) : today;
      if (lastActed > limit) {
        if (attempt > 50) throw new Error('seed: could not place a case before today');
        continue;
      }
      if (plan.status === CaseStatus.MONITORING)
        return { plan, steps, openedOn, identifiedOn: lastActed, closedOn: null, nextStepDueOn: null };
      if (plan.status === CaseStatus.REJECTED)
        return { plan, steps, openedOn, identifiedOn: null, closedOn: lastActed, nextStepDueOn: null };
      // CLOSED: identified, then the risk eliminated months later.
      const earliest = addDays(lastActed, 90);
      const latest = minDate(addDays(lastActed, 540), addDays(lastWorkingDay, -1));
      if (earliest > latest) {
        if (attempt > 50) throw new Error('seed: could not place a closed case before today');
        continue;
      }
      const closedOn = workingDayOnOrAfter(calendar, randomWorkingDay(earliest, latest));
      if (closedOn > today) continue;
      return { plan, steps, openedOn, identifiedOn: lastActed, closedOn, nextStepDueOn: null };
    }
  };

  const plans: CasePlan[] = [];
  for (let k = 1; k < LAST_POSITION; k++) {
    for (let i = 0; i < 3; i++) plans.push({ status: CaseStatus.IDENTIFYING, completedSteps: k, overdue: true });
    for (let i = 0; i < 3; i++) plans.push({ status: CaseStatus.IDENTIFYING, completedSteps: k, overdue: false });
  }
  for (let i = 0; i < 5; i++)
    plans.push({
      status: CaseStatus.IDENTIFYING,
      completedSteps: random.int(2, 6),
      overdue: random.next() < 0.4,
      green: true,
    });
  for (let i = 0; i < 172; i++)
    plans.push({ status: CaseStatus.MONITORING, completedSteps: LAST_POSITION, noMeasure: i < 6 });
  const rejectAt: [number, number][] = [
    [5, 20],
    [6, 10],
    [7, 15],
    [8, 10],
  ];
  for (let i = 0; i < 54; i++) plans.push({ status: CaseStatus.REJECTED, completedSteps: random.weighted(rejectAt) });
  for (let i = 0; i < 4; i++) plans.push({ status: CaseStatus.REJECTED, completedSteps: 5 + i });
  for (let i = 0; i < 280; i++) plans.push({ status: CaseStatus.CLOSED, completedSteps: LAST_POSITION });

  const drafts = plans.map(draftCase);
  drafts.sort((a, b) => (a.openedOn < b.openedOn ? -1 : a.openedOn > b.openedOn ? 1 : 0));

  // ----- which households: mostly 脱贫户; some have an older finished case before this one --------
  const pool = random.shuffle([...states]);
  const liftedPool = pool.filter((s) => s.row.category === HouseholdCategory.LIFTED);
  const ordinaryPool = pool.filter((s) => s.row.category === HouseholdCategory.ORDINARY);
  const takeFrom = (village: SeedVillage): HouseholdState | undefined => {
    for (const list of [liftedPool, ordinaryPool]) {
      const i = list.findIndex((s) => s.village === village);
      if (i >= 0) return list.splice(i, 1)[0];
    }
    return undefined;
  };
  // The demo's town clerks (users.ts) find every warning rule in the first village of their town: a
  // household below the line with no case, a step overdue, and a case with no assistance a month on.
  const focusTowns = new Set<string>(DEMO_USERS.flatMap((u) => (u.townCode ? [u.townCode] : [])));
  const showcase = towns
    .filter((t) => focusTowns.has(t.code) && t.villages.length > 0)
    .map((t) => t.villages.find((v) => v.name.endsWith('村')) ?? t.villages[0]);
  const warnings: HouseholdState[] = [];
  const claimed = new Map<CaseDraft, SeedVillage>();
  for (const village of showcase) {
    const warned = takeFrom(village);
    if (warned) warnings.push(warned);
    const overdue = drafts.find(
      (d) => !claimed.has(d) && d.plan.status === CaseStatus.IDENTIFYING && d.plan.overdue && !d.plan.green,
    );
    const idle = drafts.find((d) => !claimed.has(d) && d.plan.noMeasure);
    for (const d of [overdue, idle]) if (d) claimed.set(d, village);
  }
  const draftHousehold = new Map<CaseDraft, HouseholdState>();
  const finishedBy = new Map<HouseholdState, string>();
  for (const draft of drafts) {
    const village = claimed.get(draft);
    let chosen = village ? takeFrom(village) : undefined;
    if (!chosen && random.next() < 0.1) {
      const eligible = [...finishedBy].filter(([, end]) => addDays(end, 60) < draft.openedOn).map(([s]) => s);
      if (eligible.length) chosen = random.pick(eligible);
    }
    if (!chosen) chosen = (random.next() < 0.78 ? liftedPool : ordinaryPool).pop() ?? liftedPool.pop()!;
    finishedBy.delete(chosen);
    chosen.cases.push(draft);
    draftHousehold.set(draft, chosen);
    if (draft.closedOn) finishedBy.set(chosen, draft.closedOn);
  }
  // Households whose latest income fell below the line with no case open: the automatic warning's work.
  warnings.push(...random.shuffle([...liftedPool, ...ordinaryPool]).slice(0, 20 - warnings.length));
  for (const s of warnings) s.warning = true;

  // ----- case rows ----------------------------------------------------------------------------
  const clerks = new Map(towns.map((t) => [t.code, [0, 1, 2].map(() => `${t.name} ${cadreName(random)}（演示）`)]));
  const DISTRICT_ACTOR = '区乡村振兴局（演示）';
  const cases: CaseRow[] = [];
  const steps: CaseStepRow[] = [];
  const attachments: AttachmentRow[] = [];
  const measures: MeasureRow[] = [];
  const eliminations: EliminationRow[] = [];
  const followUps: FollowUpRow[] = [];
  const sequenceByYear = new Map<number, number>();
  /** Per household: years whose figures must be above the line, and years depressed by an open risk. */
  const mustAbove = new Map<HouseholdState, Set<number>>();
  const riskPeriods = new Map<HouseholdState, RiskPeriod[]>();
  const closedCases: { row: CaseRow; state: HouseholdState; elimination: EliminationRow }[] = [];

  for (const draft of drafts) {
    const state = draftHousehold.get(draft)!;
    const { plan } = draft;
    const lifted = state.row.category === HouseholdCategory.LIFTED;
    let type: MonitoringType;
    if (plan.green) type = MonitoringType.SUDDEN_HARDSHIP;
    else if (random.next() < 0.25) type = MonitoringType.SUDDEN_HARDSHIP;
    else type = lifted ? MonitoringType.UNSTABLE_LIFTED : MonitoringType.MARGINAL_AT_RISK;
    const students = state.persons.filter(
      (p) => p.education === Education.IN_SCHOOL && ageOn(p.birthDate, draft.openedOn) >= 15,
    );
    let primary = random.weighted(type === MonitoringType.SUDDEN_HARDSHIP ? SUDDEN_RISKS : STEADY_RISKS);
    if (primary === RiskKind.EDUCATION_COST && students.length === 0) primary = RiskKind.ILLNESS;
    const riskKinds = [primary];
    if (random.next() < 0.35) {
      const second = random.pick([RiskKind.ILLNESS, RiskKind.INCOME_DROP, RiskKind.UNEMPLOYMENT, RiskKind.OTHER]);
      if (second !== primary) riskKinds.push(second);
    }
    const adults = state.persons.filter((p) => ageOn(p.birthDate, draft.openedOn) >= 18);
    const who =
      primary === RiskKind.EDUCATION_COST
        ? random.pick(students)
        : random.next() < 0.5 || adults.length === 0
          ? state.persons[0]
          : random.pick(adults);
    const reason = random.pick(REASONS[primary]).replace('{who}', relationLabel(who.relation, who.gender));
    // Green channel: sudden hardship only; never on the cases kept without any measure.
    const green =
      plan.green === true || (!plan.noMeasure && type === MonitoringType.SUDDEN_HARDSHIP && random.next() < 0.25);
    const openedYear = Number(draft.openedOn.slice(0, 4));
    const seq = (sequenceByYear.get(openedYear) ?? 0) + 1;
    sequenceByYear.set(openedYear, seq);
    const lastStep = draft.steps[draft.steps.length - 1];
    const lastEvent = draft.closedOn ?? lastStep.actedOn;
    const row: CaseRow = {
      id: random.uuid(),
      code: `JC${openedYear}-${String(seq).padStart(5, '0')}`,
      householdId: state.row.id,
      townCode: state.row.townCode,
      villageCode: state.row.villageCode,
      procedureId: PROCEDURE_2021_ID,
      type,
      channel: random.weighted(CHANNEL_WEIGHTS),
      riskKinds,
      reason,
      greenChannel: green,
      status: plan.status,
      completedSteps: plan.completedSteps,
      nextStepDueOn: draft.nextStepDueOn,
      openedOn: draft.openedOn,
      identifiedOn: draft.identifiedOn,
      closedOn: draft.closedOn,
      version: draft.steps.length + (draft.closedOn && plan.status === CaseStatus.CLOSED ? 1 : 0),
      createdAt: at(draft.openedOn, random.int(9, 11), random.int(0, 59)),
      updatedAt: at(lastEvent, random.int(14, 17), random.int(0, 59)),
    };
    cases.push(row);
    const clerk = random.pick(clerks.get(state.row.townCode)!);

    let prev: string | null = null;
    for (const s of draft.steps) {
      const spec = PROCEDURE_2021_STEPS[s.position - 1];
      const rejected = plan.status === CaseStatus.REJECTED && s.position === plan.completedSteps;
      const dueOn = prev && spec.timeLimitDays ? calendar.addWorkingDays(prev, spec.timeLimitDays) : null;
      const note =
        s.position === 1
          ? CHANNEL_NOTE[row.channel]
          : random.pick((rejected ? REJECT_NOTES : PASS_NOTES)[spec.code]) +
            (s.position === NOTICE_POSITION ? `（${daysBetween(s.noticeStart!, s.noticeEnd!) + 1}天）` : '');
      const step: CaseStepRow = {
        id: random.uuid(),
        caseId: row.id,
        position: s.position,
        stepCode: spec.code,
        outcome: rejected ? StepOutcome.REJECTED : StepOutcome.PASSED,
        actedOn: s.actedOn,
        dueOn,
        late: dueOn !== null && s.actedOn > dueOn,
        actorId: null,
        actorName: s.position === LAST_POSITION ? DISTRICT_ACTOR : clerk,
        note,
        noticeStart: s.noticeStart,
        noticeEnd: s.noticeEnd,
        recordedAt: at(s.actedOn, random.int(15, 18), random.int(0, 59)),
      };
      steps.push(step);
      const kinds: AttachmentKind[] = [];
      if (spec.attachment) kinds.push(spec.attachment);
      if (s.position === 2 && random.next() < 0.3) kinds.push(AttachmentKind.VISIT_RECORD);
      for (const kind of kinds) {
        attachments.push({
          id: random.uuid(),
          caseId: row.id,
          stepId: step.id,
          kind,
          fileName: ATTACHMENT_FILE[kind],
          contentType: 'application/pdf',
          size: DEMO_PDF.length,
          sha256: DEMO_PDF_SHA256,
          content: DEMO_PDF,
          uploadedBy: null,
          uploadedAt: at(s.actedOn, random.int(9, 14), random.int(0, 59)),
        });
      }
      prev = s.actedOn;
    }

    // Measures: green-channel help before identification, and the regular ones after it.
    const townName = state.town.name;
    const townUnit = townName.endsWith('街道') ? `${townName}办事处` : `${townName}人民政府`;
    const templates = [...MEASURES[primary], ...(riskKinds[1] ? MEASURES[riskKinds[1]] : [])];
    const addMeasure = (startOn: string, endBy: string | null, before: boolean, template: MeasureTemplate) => {
      let endOn: string | null = null;
      if (endBy && endBy > startOn && random.next() < 0.6)
        endOn = addDays(startOn, random.int(0, daysBetween(startOn, endBy)));
      const yuan = template.amount && random.next() < 0.85 ? random.int(template.amount[0], template.amount[1]) : null;
      measures.push({
        id: random.uuid(),
        caseId: row.id,
        kind: template.kind,
        description: template.description,
        responsiblePerson: cadreName(random),
        responsibleUnit: template.unit.replace('{town}', template.unit === '{town}' ? townUnit : townName),
        startOn,
        endOn,
        amount: yuan === null ? null : fenToMoney(BigInt(yuan) * 100n + (random.next() < 0.2 ? 50n : 0n)),
        beforeIdentification: before,
        createdAt: at(startOn, random.int(10, 17), random.int(0, 59)),
      });
    };
    if (green) {
      const until = draft.identifiedOn ? addDays(draft.identifiedOn, -1) : today;
      const extra = random.next() < 0.5 ? [random.pick(templates)] : [];
      for (const template of [GREEN_MEASURE, ...extra]) {
        const startOn = minDate(addDays(draft.openedOn, random.int(0, 3)), until);
        addMeasure(startOn, draft.closedOn, true, template);
      }
    }
    if (draft.identifiedOn && !plan.noMeasure) {
      const n = random.weighted([
        [1, 4],
        [2, 4],
        [3, 2],
      ] as [number, number][]);
      const startLimit = minDate(draft.closedOn ? addDays(draft.closedOn, -30) : today, today);
      for (const template of random.shuffle([...templates]).slice(0, n)) {
        const span = Math.max(0, daysBetween(draft.identifiedOn, startLimit));
        const startOn = addDays(draft.identifiedOn, random.int(0, Math.min(span, 30)));
        addMeasure(startOn, draft.closedOn ?? (random.next() < 0.5 ? today : null), false, template);
      }
    }

    // Income consequences of the case.
    const incomeYear = draft.closedOn ? Math.min(Number(draft.closedOn.slice(0, 4)), latestYear) : null;
    if (plan.status === CaseStatus.CLOSED && incomeYear !== null) {
      const above = mustAbove.get(state) ?? new Set<number>();
      above.add(incomeYear);
      mustAbove.set(state, above);
      const elimination: EliminationRow = {
        caseId: row.id,
        method: random.next() < 0.85 ? EliminationMethod.ASSISTANCE : EliminationMethod.NATURAL,
        eliminatedOn: draft.closedOn!,
        incomeYear,
        netIncomePerPerson: '',
        monitoringLine: fenToMoney(lineFen(incomeYear)),
        note: random.pick(ELIMINATION_NOTES),
        recordedBy: clerk,
        recordedAt: at(draft.closedOn!, random.int(15, 18), random.int(0, 59)),
      };
      eliminations.push(elimination);
      closedCases.push({ row, state, elimination });
      if (random.next() < 0.75) {
        let visitedOn = draft.closedOn!;
        const n = random.int(1, 3);
        for (let i = 0; i < n; i++) {
          visitedOn = workingDayOnOrAfter(calendar, addDays(visitedOn, random.int(30, 180)));
          if (visitedOn > today) break;
          const [finding, stable] = random.weighted(
            FOLLOW_UP_FINDINGS.map((f, j) => [f, j === 3 ? 1 : 6] as [[string, boolean], number]),
          );
          followUps.push({
            id: random.uuid(),
            caseId: row.id,
            visitedOn,
            visitor: clerk,
            stable,
            finding,
            recordedAt: at(visitedOn, random.int(15, 18), random.int(0, 59)),
          });
        }
      }
    }
    // The years the risk weighed on the household's income (until the figures a closure rests on).
    // A rejected case changed nothing: the household was found above the line.
    const from = Number(draft.openedOn.slice(0, 4));
    const until = plan.status === CaseStatus.CLOSED ? incomeYear! - 1 : latestYear;
    if (plan.status !== CaseStatus.REJECTED && from <= until) {
      const periods = riskPeriods.get(state) ?? [];
      periods.push({
        from,
        until,
        housing: riskKinds.includes(RiskKind.HOUSING) || (primary === RiskKind.DISASTER && random.next() < 0.5),
        water: riskKinds.includes(RiskKind.WATER),
      });
      riskPeriods.set(state, periods);
    }
  }

  // ----- yearly incomes -----------------------------------------------------------------------
  const householdYears: HouseholdYearRow[] = [];
  for (const state of states) {
    const { persons: members, row } = state;
    const m = members.length;
    const earners = members.filter((p) =>
      [WorkStatus.MIGRANT, WorkStatus.LOCAL, WorkStatus.PUBLIC_WELFARE_JOB].includes(p.workStatus),
    ).length;
    const farmers = members.filter((p) => p.workStatus === WorkStatus.FARMING).length;
    const elderly = members.filter((p) => ageOn(p.birthDate, today) >= 60).length;
    const lifted = row.category === HouseholdCategory.LIFTED;
    const base = Math.min(32000, Math.max(7800, (lifted ? 10000 : 11500) * random.skewed() ** 0.45));
    const growth = 1.04 + random.next() * 0.05;
    const above = mustAbove.get(state) ?? new Set<number>();
    const periods = riskPeriods.get(state) ?? [];
    for (let year = 2021; year <= latestYear; year++) {
      const line = Number(lineFen(year) / 100n);
      let target = base * growth ** (year - 2021) * (0.95 + random.next() * 0.1);
      const risk = above.has(year) ? undefined : periods.find((p) => year >= p.from && year <= p.until);
      if (state.warning && year === latestYear) target = line * (0.72 + random.next() * 0.25);
      else if (risk) target = line * (0.8 + random.next() * 0.5);
      else if (target < line * (above.has(year) ? 1.15 : 1.1)) target = line * (1.15 + random.next() * 0.4);
      const netYuan = BigInt(Math.round(target * m));
      const [wage, operatingNet, property, transfer] = splitExactly(
        netYuan,
        [
          earners ? 50 + 12 * earners : 3,
          farmers ? 24 + 4 * farmers : 10,
          row.relocated ? 3 : 1.5,
          6 + 7 * elderly + (lifted ? 6 : 0) + (risk ? 8 : 0),
        ].map((w) => w * (0.85 + random.next() * 0.3)),
        0n,
      );
      const ratio = 0.2 + random.next() * 0.25;
      const expenses = (operatingNet * BigInt(Math.round(ratio * 1000))) / BigInt(Math.round((1 - ratio) * 1000));
      const operating = operatingNet + expenses;
      const incomesFen = (wage + operating + property + transfer) * 100n;
      const expensesFen = expenses * 100n;
      const perPerson = divideFen(incomesFen - expensesFen, m);
      householdYears.push({
        householdId: row.id,
        year,
        wageIncome: fenToMoney(wage * 100n),
        operatingIncome: fenToMoney(operating * 100n),
        propertyIncome: fenToMoney(property * 100n),
        transferIncome: fenToMoney(transfer * 100n),
        compliantExpenses: fenToMoney(expensesFen),
        memberCount: m,
        netIncomePerPerson: fenToMoney(perPerson),
        foodClothingSecure: true,
        educationSecure: true,
        medicalSecure: true,
        housingSecure: !risk?.housing,
        waterSecure: !risk?.water,
        version: 1,
        updatedAt: at(minDate(`${year + 1}-03-31`, today), 10),
      });
    }
  }

  const figures = new Map(householdYears.map((y) => [`${y.householdId}/${y.year}`, y]));
  for (const { row, elimination } of closedCases) {
    const figure = figures.get(`${row.householdId}/${elimination.incomeYear}`)!;
    elimination.netIncomePerPerson = figure.netIncomePerPerson;
  }

  const monitoringLines: MonitoringLineRow[] = MONITORING_LINES.filter(([year]) => year <= todayYear).map(
    ([year, amount]) => ({
      year,
      amount: fenToMoney(BigInt(amount) * 100n),
      effectiveOn: `${year}-01-01`,
      document: LINE_DOCUMENT,
      updatedAt: at(`${year - 1}-12-20`, 10),
    }),
  );

  return {
    households: states.map((s) => s.row),
    persons,
    householdYears,
    monitoringLines,
    cases,
    steps,
    attachments,
    measures,
    eliminations,
    followUps,
  };
}
