import { VillageCategory } from '../../modules/place/place.enums';
import type {
  PerformanceTargetEntity,
  ProjectEntity,
  ProjectStatusChangeEntity,
} from '../../modules/project/project.entity';
import {
  ConstructionType,
  INDUSTRY_LABEL,
  Industry,
  PROJECT_STATUS_ORDER,
  ProjectCategory,
  ProjectStatus,
  TargetLevel,
  TargetOperator,
} from '../../modules/project/project.enums';
import { FIGURES_2021 } from './figures';
import type { SeedTown, SeedVillage } from './places';
import { addDays, daysBetween, type Random } from './random';

type ProjectRow = Omit<ProjectEntity, 'town' | 'village'>;
type StatusRow = Omit<ProjectStatusChangeEntity, 'project'>;
type TargetRow = Omit<PerformanceTargetEntity, 'project'>;

/** A 2021 project with the dates the fund generator needs to stay consistent with its status. */
export interface SeedProject2021 {
  row: ProjectRow;
  approvedOn: string;
  startedOn: string;
}

const WORKS: Record<ProjectCategory, string[]> = {
  INDUSTRY: [],
  INFRASTRUCTURE: [
    '通组道路硬化',
    '产业路建设',
    '安全饮水巩固提升',
    '小型农田水利',
    '便民桥建设',
    '河堤加固',
    '人居环境整治',
  ],
  PUBLIC_SERVICE: ['村卫生室标准化建设', '村级综合服务中心', '文化广场建设', '村级幼儿园改造'],
  EMPLOYMENT: ['公益性岗位补贴', '务工交通补助', '社区工厂扶持', '职业技能培训'],
  RELOCATION_SUPPORT: ['安置社区配套设施', '安置点社区工厂', '安置点基础设施完善'],
  OTHER: ['小额信贷贴息', '雨露计划补助', '项目管理费'],
};

const INDUSTRY_WORKS: Record<Industry, string[]> = {
  LIVESTOCK: ['生猪养殖场建设', '肉牛养殖小区', '湖羊养殖基地', '家禽养殖场建设'],
  TEA: ['茶园提质增效', '茶叶加工厂房建设', '有机茶园建设'],
  WALNUT: ['核桃园提质增效', '核桃低产园改造'],
  VEGETABLE: ['蔬菜大棚建设', '设施蔬菜基地'],
  KONJAC: ['魔芋种植基地', '魔芋初加工车间'],
  SERICULTURE: ['桑园建设', '小蚕共育室建设'],
  TOBACCO: ['烤烟烤房改造', '烟叶基地建设'],
  HERBAL_MEDICINE: ['中药材种植基地', '中药材育苗基地'],
};

const DISTRICT_UNITS: Record<ProjectCategory, string[]> = {
  INDUSTRY: ['区农业农村局', '区乡村振兴局', '区林业局'],
  INFRASTRUCTURE: ['区交通运输局', '区水利局', '区住房和城乡建设局'],
  PUBLIC_SERVICE: ['区卫生健康局', '区教育体育局', '区文化和旅游广电局'],
  EMPLOYMENT: ['区人力资源和社会保障局'],
  RELOCATION_SUPPORT: ['区发展和改革局', '区乡村振兴局'],
  OTHER: ['区乡村振兴局', '区财政局'],
};

const CATEGORY_WEIGHTS: [ProjectCategory, number][] = [
  [ProjectCategory.INDUSTRY, 40],
  [ProjectCategory.INFRASTRUCTURE, 30],
  [ProjectCategory.PUBLIC_SERVICE, 8],
  [ProjectCategory.EMPLOYMENT, 10],
  [ProjectCategory.RELOCATION_SUPPORT, 8],
  [ProjectCategory.OTHER, 4],
];

const INDUSTRY_WEIGHTS: [Industry, number][] = [
  [Industry.LIVESTOCK, 22],
  [Industry.TEA, 20],
  [Industry.WALNUT, 10],
  [Industry.VEGETABLE, 14],
  [Industry.KONJAC, 12],
  [Industry.SERICULTURE, 9],
  [Industry.TOBACCO, 5],
  [Industry.HERBAL_MEDICINE, 8],
];

/** Every 2021 project had started by year end ("项目已全部开工"); most went further. */
const STATUS_WEIGHTS_2021: [ProjectStatus, number][] = [
  [ProjectStatus.STARTED, 12],
  [ProjectStatus.COMPLETED, 25],
  [ProjectStatus.ACCEPTED, 33],
  [ProjectStatus.HANDED_OVER, 30],
];

const YEAR_END = '2021-12-31';

function at(date: string, hour: number): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:00:00.000+08:00`);
}

export function buildProjects(random: Random, towns: SeedTown[]) {
  const townWeights = towns.map((t) => [t, t.villages.length + 2] as const);
  const projects: ProjectRow[] = [];
  const projects2021: SeedProject2021[] = [];
  const statusChanges: StatusRow[] = [];
  const targets: TargetRow[] = [];

  const place = (category: ProjectCategory): { town: SeedTown; village: SeedVillage | null } => {
    const town = random.weighted(townWeights);
    if (category === ProjectCategory.RELOCATION_SUPPORT) {
      const communities = town.villages.filter((v) => v.categories.includes(VillageCategory.RELOCATION_COMMUNITY));
      return { town, village: communities.length ? random.pick(communities) : null };
    }
    // About one project in ten is run at town level, without a village.
    return { town, village: random.next() < 0.1 || town.villages.length === 0 ? null : random.pick(town.villages) };
  };

  const makeProject = (year: number, seq: number, status: ProjectStatus, reservedOn: string): ProjectRow => {
    const category = random.weighted(CATEGORY_WEIGHTS);
    const industry = category === ProjectCategory.INDUSTRY ? random.weighted(INDUSTRY_WEIGHTS) : null;
    const { town, village } = place(category);
    const work = industry ? random.pick(INDUSTRY_WORKS[industry]) : random.pick(WORKS[category]);
    const where = village ? village.name : town.name;
    const households = random.int(15, 480);
    const persons = (households * random.int(25, 36)) / 10;
    const lifted = Math.round(households * (0.3 + random.next() * 0.4));
    const townUnit = town.name.endsWith('街道') ? `${town.name}办事处` : `${town.name}人民政府`;
    const plannedStart = addDays(`${year}-03-01`, random.int(0, 120));
    return {
      id: random.uuid(),
      code: `HB${year}-${String(seq).padStart(4, '0')}`,
      name: `${year}年${where}${work}项目`,
      year,
      category,
      industry,
      constructionType: random.next() < 0.7 ? ConstructionType.NEW : ConstructionType.EXPANSION,
      status,
      townCode: town.code,
      villageCode: village?.code ?? null,
      responsibleUnit: random.next() < 0.6 ? townUnit : random.pick(DISTRICT_UNITS[category]),
      tasks: `${work}${industry ? `，发展${INDUSTRY_LABEL[industry]}产业` : ''}，带动${lifted}户脱贫户增收。`,
      plannedStart,
      plannedEnd: addDays(plannedStart, random.int(90, 270)),
      approvalDocNo: status === ProjectStatus.RESERVED ? null : `汉衔接发〔${year}〕${random.int(1, 120)}号`,
      beneficiaryHouseholds: households,
      beneficiaryPersons: Math.round(persons),
      liftedHouseholds: lifted,
      liftedPersons: Math.round(lifted * (persons / households)),
      benefitMechanism: random.pick([
        '资产收益：项目资产归村集体，收益按比例分配给脱贫户',
        '务工就业：优先吸纳脱贫劳动力务工',
        '土地流转：流转脱贫户土地并支付租金',
        '资金入股：折股量化到户，按年分红',
        '产品代销：企业保底收购农户产品',
      ]),
      allocatedAmount: '0.00',
      disbursedAmount: '0.00',
      version: 1,
      createdAt: at(reservedOn, 10),
      updatedAt: at(reservedOn, 10),
    };
  };

  const addTargets = (p: ProjectRow) => {
    const done = PROJECT_STATUS_ORDER.indexOf(p.status) >= PROJECT_STATUS_ORDER.indexOf(ProjectStatus.ACCEPTED);
    const rows: Omit<TargetRow, 'id' | 'projectId' | 'position'>[] = [
      {
        level: TargetLevel.OUTPUT,
        subLevel: '数量指标',
        indicator: '受益户数',
        operator: TargetOperator.GTE,
        targetValue: String(p.beneficiaryHouseholds),
        unit: '户',
        actualValue: done ? String(p.beneficiaryHouseholds) : null,
        score: done ? '30.00' : null,
      },
      {
        level: TargetLevel.BENEFIT,
        subLevel: '经济效益指标',
        indicator: '带动脱贫户户均增收',
        operator: TargetOperator.GTE,
        targetValue: String(random.int(5, 30) * 100),
        unit: '元',
        actualValue: null,
        score: null,
      },
      {
        level: TargetLevel.SATISFACTION,
        subLevel: '受益对象满意度指标',
        indicator: '受益群众满意度',
        operator: TargetOperator.GTE,
        targetValue: '90',
        unit: '%',
        actualValue: done ? String(random.int(92, 99)) : null,
        score: done ? '10.00' : null,
      },
    ];
    rows.forEach((t, position) => {
      targets.push({ ...t, id: random.uuid(), projectId: p.id, position });
    });
  };

  for (let seq = 1; seq <= FIGURES_2021.projects; seq++) {
    const reservedOn = addDays('2020-10-08', random.int(0, 70));
    const approvedOn = addDays('2021-01-06', random.int(0, 110));
    const startedOn = addDays(approvedOn, random.int(20, 75));
    const dates = [reservedOn, approvedOn, startedOn];
    let last = startedOn;
    for (const gap of [
      [60, 170],
      [10, 30],
      [10, 40],
    ]) {
      last = addDays(last, random.int(gap[0], gap[1]));
      dates.push(last);
    }
    const wanted = random.weighted(STATUS_WEIGHTS_2021);
    let reached = PROJECT_STATUS_ORDER.indexOf(wanted);
    while (dates[reached] > YEAR_END) reached--;
    const status = PROJECT_STATUS_ORDER[Math.max(reached, 2)];
    const row = makeProject(2021, seq, status, reservedOn);
    for (let i = 0; i <= PROJECT_STATUS_ORDER.indexOf(status); i++) {
      statusChanges.push({
        id: random.uuid(),
        projectId: row.id,
        fromStatus: i === 0 ? null : PROJECT_STATUS_ORDER[i - 1],
        toStatus: PROJECT_STATUS_ORDER[i],
        effectiveOn: dates[i],
        note: '',
        changedAt: at(dates[i], 16),
      });
      row.updatedAt = at(dates[i], 16);
    }
    projects.push(row);
    projects2021.push({ row, approvedOn, startedOn });
    addTargets(row);
  }

  // The 2022 library: entries waiting for money, so the lifecycle has its first steps in the demo.
  for (let seq = 1; seq <= 40; seq++) {
    const reservedOn = addDays('2021-10-11', random.int(0, 60));
    const status = seq <= 15 ? ProjectStatus.APPROVED : ProjectStatus.RESERVED;
    const row = makeProject(2022, seq, status, reservedOn);
    statusChanges.push({
      id: random.uuid(),
      projectId: row.id,
      fromStatus: null,
      toStatus: ProjectStatus.RESERVED,
      effectiveOn: reservedOn,
      note: '',
      changedAt: at(reservedOn, 16),
    });
    if (status === ProjectStatus.APPROVED) {
      const approvedOn = addDays(reservedOn, random.int(5, 20));
      statusChanges.push({
        id: random.uuid(),
        projectId: row.id,
        fromStatus: ProjectStatus.RESERVED,
        toStatus: ProjectStatus.APPROVED,
        effectiveOn: approvedOn,
        note: '',
        changedAt: at(approvedOn, 16),
      });
      row.updatedAt = at(approvedOn, 16);
    }
    projects.push(row);
    addTargets(row);
  }
  if (projects2021.some((p) => daysBetween(p.approvedOn, p.startedOn) < 2))
    throw new Error('seed: start too close to approval');
  return { projects, projects2021, statusChanges, targets };
}
