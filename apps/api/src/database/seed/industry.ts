import { fenToMoney } from '../../common/money';
import type {
  BenefitLinkEntity,
  EnterpriseInvestmentEntity,
  IndustrialParkEntity,
  ParkVillageEntity,
  ParkYearEntity,
  PartnerEnterpriseEntity,
} from '../../modules/industry/industry.entity';
import { BenefitLinkMode, OperatorKind, ParkLevel } from '../../modules/industry/industry.enums';
import type { HouseholdEntity } from '../../modules/monitoring/household.entity';
import { HouseholdCategory } from '../../modules/monitoring/monitoring.enums';
import { INDUSTRY_LABEL, Industry } from '../../modules/project/project.enums';
import type { SeedTown } from './places';
import { type Random, splitExactly } from './random';

/** 2021 report: 220 modern agricultural parks (阳晨 and 忠诚 among them). */
export const PARKS = 220;
/** 2021 report: 5 Jiangsu enterprises (新城地产 among them) invested 1.05 亿元. */
export const EAST_WEST_INVESTMENT_FEN = 105_000_000_00n;

type Row<T> = Omit<T, 'park' | 'town' | 'village' | 'household' | 'enterprise' | 'project'>;

const INDUSTRY_WEIGHTS: [Industry, number][] = [
  [Industry.TEA, 50],
  [Industry.LIVESTOCK, 45],
  [Industry.WALNUT, 25],
  [Industry.VEGETABLE, 30],
  [Industry.KONJAC, 30],
  [Industry.SERICULTURE, 18],
  [Industry.TOBACCO, 8],
  [Industry.HERBAL_MEDICINE, 14],
];
const OPERATOR_WEIGHTS: [OperatorKind, number][] = [
  [OperatorKind.ENTERPRISE, 40],
  [OperatorKind.COOPERATIVE, 35],
  [OperatorKind.FAMILY_FARM, 15],
  [OperatorKind.VILLAGE_COLLECTIVE, 10],
];
const OPERATOR_SUFFIX: Record<OperatorKind, string> = {
  ENTERPRISE: '农业科技有限公司',
  COOPERATIVE: '专业合作社',
  FAMILY_FARM: '家庭农场',
  VILLAGE_COLLECTIVE: '村股份经济合作社',
};
const MODE_WEIGHTS: [BenefitLinkMode, number][] = [
  [BenefitLinkMode.EMPLOYMENT, 35],
  [BenefitLinkMode.LAND_TRANSFER, 25],
  [BenefitLinkMode.ASSET_INCOME, 15],
  [BenefitLinkMode.EQUITY_SHARE, 10],
  [BenefitLinkMode.CONSIGNMENT_SALES, 10],
  [BenefitLinkMode.PRODUCTION_TRUSTEESHIP, 5],
];
const WORDS = [
  '富硒',
  '秦巴',
  '汉江',
  '瀛湖',
  '凤凰',
  '双龙',
  '青山',
  '绿源',
  '丰泽',
  '兴农',
  '金川',
  '云雾',
  '龙泉',
  '福临',
  '聚源',
  '安康',
  '恒丰',
  '新田',
];

/** The five Jiangsu enterprises of the report: 新城地产 is named there; the other names are synthetic. */
const ENTERPRISES = [
  { name: '新城地产', origin: '江苏省常州市', sector: '房地产与社区工厂', jobs: 180, liftedJobs: 62 },
  { name: '苏汉毛绒玩具有限公司（演示）', origin: '江苏省常州市', sector: '毛绒玩具加工', jobs: 320, liftedJobs: 141 },
  { name: '江南茶业有限公司（演示）', origin: '江苏省无锡市', sector: '茶叶加工', jobs: 96, liftedJobs: 40 },
  { name: '吴中电子装配有限公司（演示）', origin: '江苏省苏州市', sector: '电子装配', jobs: 210, liftedJobs: 88 },
  { name: '常武食品有限公司（演示）', origin: '江苏省常州市', sector: '魔芋食品', jobs: 75, liftedJobs: 33 },
] as const;

export interface IndustrySeed {
  parks: Row<IndustrialParkEntity>[];
  parkVillages: Row<ParkVillageEntity>[];
  parkYears: Row<ParkYearEntity>[];
  links: Row<BenefitLinkEntity>[];
  enterprises: Row<PartnerEnterpriseEntity>[];
  investments: Row<EnterpriseInvestmentEntity>[];
}

/**
 * Parks over the real villages, households of the demo register linked to them by the six modes,
 * yearly figures, and the five East–West enterprises whose investments sum to exactly 1.05 亿元.
 */
export function buildIndustryData(
  random: Random,
  towns: SeedTown[],
  households: Pick<HouseholdEntity, 'id' | 'townCode' | 'villageCode' | 'category'>[],
  projectIds: string[],
  today: string,
): IndustrySeed {
  const lastYear = Number(today.slice(0, 4)) - 1;
  const rural = towns.filter((t) => t.villages.some((v) => v.name.endsWith('村')));
  const parks: Row<IndustrialParkEntity>[] = [];
  const parkVillages: Row<ParkVillageEntity>[] = [];
  const parkYears: Row<ParkYearEntity>[] = [];
  const names = new Set<string>();
  for (let i = 0; i < PARKS; i++) {
    const town = rural[i % rural.length];
    const villages = random.shuffle(town.villages.filter((v) => v.name.endsWith('村'))).slice(0, random.int(1, 3));
    const industry = i === 0 ? Industry.LIVESTOCK : i === 1 ? Industry.TEA : random.weighted(INDUSTRY_WEIGHTS);
    const base =
      i === 0
        ? '阳晨现代农业园区'
        : i === 1
          ? '忠诚现代农业园区'
          : `${town.name.replace(/(镇|街道|办)$/, '')}${random.pick(WORDS)}${INDUSTRY_LABEL[industry]}园区`;
    let name = base;
    for (let n = 2; names.has(name); n++) name = base.replace(/园区$/, `${n}号园区`);
    names.add(name);
    const operatorKind = random.weighted(OPERATOR_WEIGHTS);
    const level =
      i < 2
        ? ParkLevel.PROVINCIAL
        : random.weighted([
            [ParkLevel.PROVINCIAL, 4],
            [ParkLevel.CITY, 26],
            [ParkLevel.DISTRICT, 70],
          ] as const);
    const id = random.uuid();
    const investmentWan = Math.round(30 + random.skewed() * (level === ParkLevel.DISTRICT ? 120 : 600));
    parks.push({
      id,
      code: `YQ-${String(i + 1).padStart(4, '0')}`,
      name,
      level,
      industry,
      operatorName: `汉滨区${random.pick(WORDS)}${INDUSTRY_LABEL[industry]}${OPERATOR_SUFFIX[operatorKind]}`,
      operatorKind,
      townCode: town.code,
      areaMu: String(random.int(100, 5000)),
      investment: fenToMoney(BigInt(investmentWan) * 1_000_000n),
      jobs: random.int(8, 160),
      establishedYear: random.int(2012, 2021),
      version: 1,
      createdAt: new Date(`${today}T08:00:00+08:00`),
      updatedAt: new Date(`${today}T08:00:00+08:00`),
    });
    for (const [position, v] of villages.entries()) parkVillages.push({ parkId: id, villageCode: v.code, position });
    for (let year = 2021; year <= lastYear; year++) {
      parkYears.push({
        parkId: id,
        year,
        outputValue: fenToMoney(BigInt(Math.round(investmentWan * (0.4 + random.next()))) * 1_000_000n),
        dividends: fenToMoney(BigInt(random.int(0, 40)) * 1_000_000n),
        liftedJobs: random.int(2, 40),
        version: 1,
        updatedAt: new Date(`${year + 1}-03-31T08:00:00+08:00`),
      });
    }
  }

  // 带动农户: households of the park's town, mostly 脱贫户, one to three modes a year.
  const byTown = new Map<string, typeof households>();
  for (const h of households) byTown.set(h.townCode, [...(byTown.get(h.townCode) ?? []), h]);
  const links: Row<BenefitLinkEntity>[] = [];
  for (const park of parks) {
    const pool = (byTown.get(park.townCode) ?? []).filter(
      (h) => h.category === HouseholdCategory.LIFTED || random.next() < 0.2,
    );
    const chosen = random.shuffle([...pool]).slice(0, random.int(3, 15));
    for (const h of chosen) {
      const mode = random.weighted(MODE_WEIGHTS);
      for (let year = 2021; year <= lastYear; year++) {
        if (random.next() < 0.15) continue;
        links.push({
          id: random.uuid(),
          parkId: park.id,
          householdId: h.id,
          mode,
          year,
          incomeGained: fenToMoney(BigInt(random.int(600, 9000)) * 100n),
          note: '',
          createdAt: new Date(`${year + 1}-01-15T08:00:00+08:00`),
        });
      }
    }
  }

  // East–West: five enterprises, investments in 2021 splitting 1.05 亿元 exactly.
  const enterprises: Row<PartnerEnterpriseEntity>[] = ENTERPRISES.map((e) => ({
    id: random.uuid(),
    ...e,
    settledYear: 2021,
    version: 1,
    createdAt: new Date('2021-12-31T08:00:00+08:00'),
    updatedAt: new Date('2021-12-31T08:00:00+08:00'),
  }));
  const shares = splitExactly(EAST_WEST_INVESTMENT_FEN, [38, 24, 12, 16, 10], 1_000_000_00n);
  const investments: Row<EnterpriseInvestmentEntity>[] = [];
  enterprises.forEach((e, i) => {
    const [a, b] = splitExactly(shares[i], [random.next() + 0.5, random.next() + 0.5], 100_00n);
    const park = parks[random.int(0, parks.length - 1)];
    investments.push(
      {
        id: random.uuid(),
        enterpriseId: e.id,
        year: 2021,
        amount: fenToMoney(a),
        parkId: park.id,
        projectId: null,
        description: `投资${park.name}建设`,
        createdAt: new Date('2021-12-31T08:00:00+08:00'),
      },
      {
        id: random.uuid(),
        enterpriseId: e.id,
        year: 2021,
        amount: fenToMoney(b),
        parkId: null,
        projectId: projectIds.length ? random.pick(projectIds) : null,
        description: i === 0 ? '新社区工厂厂房建设' : '苏陕协作项目配套投资',
        createdAt: new Date('2021-12-31T08:00:00+08:00'),
      },
    );
  });
  return { parks, parkVillages, parkYears, links, enterprises, investments };
}
