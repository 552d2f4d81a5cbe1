import { fenToMoney, moneyToFen as toFen } from '../../common/money';
import type { DisbursementEntity, FundAllocationEntity, FundSourceEntity } from '../../modules/fund/fund.entity';
import { FundCategory, FundLevel } from '../../modules/fund/fund.enums';
import { FIGURES_2021 } from './figures';
import type { SeedProject2021 } from './projects';
import { addDays, daysBetween, type Random, splitExactly } from './random';

type SourceRow = Omit<FundSourceEntity, never>;
type AllocationRow = Omit<FundAllocationEntity, 'project' | 'fundSource'>;
type DisbursementRow = Omit<DisbursementEntity, 'allocation' | 'reverses'>;

interface SourcePlan {
  code: string;
  name: string;
  category: FundCategory;
  level: FundLevel;
  fen: bigint;
  documentNo: string;
}

const YUAN = 100n;

/** 衔接资金 by level (sums to 4.3196 亿元) and the other integrated funds (3.3564 亿元). */
const SOURCES: SourcePlan[] = [
  {
    code: 'XJ2021-01',
    name: '2021年中央财政衔接推进乡村振兴补助资金',
    category: FundCategory.BRIDGING,
    level: FundLevel.CENTRAL,
    fen: 259_176_000n * YUAN,
    documentNo: '陕财办农〔2021〕12号',
  },
  {
    code: 'XJ2021-02',
    name: '2021年省级财政衔接推进乡村振兴补助资金',
    category: FundCategory.BRIDGING,
    level: FundLevel.PROVINCIAL,
    fen: 86_392_000n * YUAN,
    documentNo: '陕财办农〔2021〕27号',
  },
  {
    code: 'XJ2021-03',
    name: '2021年市级财政衔接推进乡村振兴补助资金',
    category: FundCategory.BRIDGING,
    level: FundLevel.MUNICIPAL,
    fen: 21_598_000n * YUAN,
    documentNo: '安财农〔2021〕18号',
  },
  {
    code: 'XJ2021-04',
    name: '2021年区级财政衔接推进乡村振兴资金',
    category: FundCategory.BRIDGING,
    level: FundLevel.DISTRICT,
    fen: 64_794_000n * YUAN,
    documentNo: '汉财发〔2021〕9号',
  },
  {
    code: 'TZ2021-01',
    name: '2021年中央统筹整合涉农资金（其他）',
    category: FundCategory.OTHER_INTEGRATED,
    level: FundLevel.CENTRAL,
    fen: 150_000_000n * YUAN,
    documentNo: '陕财办农〔2021〕31号',
  },
  {
    code: 'TZ2021-02',
    name: '2021年省级统筹整合涉农资金（其他）',
    category: FundCategory.OTHER_INTEGRATED,
    level: FundLevel.PROVINCIAL,
    fen: 90_000_000n * YUAN,
    documentNo: '陕财办农〔2021〕36号',
  },
  {
    code: 'TZ2021-03',
    name: '2021年区级统筹整合涉农资金（其他）',
    category: FundCategory.OTHER_INTEGRATED,
    level: FundLevel.DISTRICT,
    fen: 60_640_000n * YUAN,
    documentNo: '汉财发〔2021〕15号',
  },
  {
    code: 'SS2021-01',
    name: '2021年苏陕协作财政援助资金',
    category: FundCategory.EAST_WEST,
    level: FundLevel.PROVINCIAL,
    fen: 35_000_000n * YUAN,
    documentNo: '陕协作办发〔2021〕6号',
  },
];

const PAYEES = ['村股份经济合作社', '施工单位', '镇财政所', '合作社', '农业企业'];

export function buildFunds(random: Random, projects: SeedProject2021[]) {
  const bridging = SOURCES.filter((s) => s.category === FundCategory.BRIDGING);
  const others = SOURCES.filter((s) => s.category !== FundCategory.BRIDGING);
  const sumOf = (plans: SourcePlan[]) => plans.reduce((n, s) => n + s.fen, 0n);
  if (sumOf(bridging) !== FIGURES_2021.bridgingFen || sumOf(SOURCES) !== FIGURES_2021.integratedFen) {
    throw new Error('seed: fund source totals do not match the 2021 figures');
  }

  const sources: SourceRow[] = SOURCES.map((s) => ({
    id: random.uuid(),
    code: s.code,
    name: s.name,
    year: 2021,
    category: s.category,
    level: s.level,
    documentNo: s.documentNo,
    version: 1,
    createdAt: new Date('2021-01-04T09:00:00.000+08:00'),
  }));
  const sourceId = new Map(SOURCES.map((s, i) => [s.code, sources[i].id]));

  // Which projects draw on which source: 683 on 衔接资金 (some on two levels), the rest on other funds only.
  const order = random.shuffle([...projects]);
  const members = new Map<string, SeedProject2021[]>(SOURCES.map((s) => [s.code, []]));
  const bridgingWeights = [55, 20, 8, 17].map((w, i) => [bridging[i], w] as const);
  order.forEach((project, index) => {
    if (index < FIGURES_2021.bridgingProjects) {
      const first = random.weighted(bridgingWeights);
      members.get(first.code)?.push(project);
      if (random.next() < 0.18) {
        const second = random.weighted(bridgingWeights.filter(([s]) => s !== first));
        members.get(second.code)?.push(project);
      }
      if (random.next() < 0.17) members.get(random.pick(others).code)?.push(project);
    } else {
      members.get(random.pick(others).code)?.push(project);
    }
  });

  const allocations: (AllocationRow & { plan: SourcePlan; startedOn: string })[] = [];
  for (const plan of SOURCES) {
    const list = members.get(plan.code) ?? [];
    const shares = splitExactly(
      plan.fen / (100n * YUAN),
      list.map(() => random.skewed()),
      50n,
    ).map((x) => x * 100n * YUAN);
    list.forEach((project, i) => {
      const allocatedOn = addDays(
        project.approvedOn,
        random.int(1, Math.max(1, daysBetween(project.approvedOn, project.startedOn) - 1)),
      );
      allocations.push({
        id: random.uuid(),
        projectId: project.row.id,
        fundSourceId: sourceId.get(plan.code) as string,
        amount: fenToMoney(shares[i]),
        disbursedAmount: '0.00',
        allocatedOn,
        documentNo: `${plan.documentNo.replace(/号$/, '')}-${String(i + 1).padStart(3, '0')}号`,
        version: 1,
        createdAt: new Date(`${allocatedOn}T11:00:00.000+08:00`),
        updatedAt: new Date(`${allocatedOn}T11:00:00.000+08:00`),
        plan,
        startedOn: project.startedOn,
      });
    });
  }

  // How much of each allocation is spent: 衔接资金 all but 1,440,000 元, left on ten large allocations.
  const spent = new Map<string, bigint>();
  const bridgingAllocations = allocations.filter((a) => a.plan.category === FundCategory.BRIDGING);
  for (const a of bridgingAllocations) spent.set(a.id, toFen(a.amount));
  const shortfall = FIGURES_2021.bridgingFen - FIGURES_2021.bridgingDisbursedFen;
  const large = random.shuffle(bridgingAllocations.filter((a) => toFen(a.amount) > 600_000n * YUAN)).slice(0, 10);
  const unspent = splitExactly(
    shortfall / YUAN,
    large.map(() => 1),
    0n,
  );
  large.forEach((a, i) => {
    spent.set(a.id, toFen(a.amount) - unspent[i] * YUAN);
  });
  for (const a of allocations) {
    if (a.plan.category === FundCategory.BRIDGING) continue;
    const fen = toFen(a.amount);
    spent.set(a.id, random.next() < 0.85 ? fen : ((fen * BigInt(random.int(50, 95))) / 100n / YUAN) * YUAN);
  }

  const disbursements: DisbursementRow[] = [];
  let voucher = 0;
  const nextVoucher = () => `PZ2021-${String(++voucher).padStart(5, '0')}`;
  const corrected = new Set(
    random
      .shuffle([...bridgingAllocations])
      .slice(0, 3)
      .map((a) => a.id),
  );
  for (const a of allocations) {
    const total = spent.get(a.id) ?? 0n;
    if (total === 0n) continue;
    const first = [a.startedOn, a.allocatedOn].sort()[1];
    const span = Math.max(1, daysBetween(first, '2021-12-28'));
    const count = total < 200_000n * YUAN ? 1 : random.int(2, 4);
    const parts = splitExactly(
      total / YUAN,
      Array.from({ length: count }, () => 0.5 + random.next()),
      1n,
    ).map((x) => x * YUAN);
    const dates = parts.map(() => addDays(first, random.int(0, span))).sort();
    const payee = a.plan.category === FundCategory.EAST_WEST ? '苏陕协作项目实施单位' : random.pick(PAYEES);
    const rows = parts.map((fen, i) => ({
      id: random.uuid(),
      allocationId: a.id,
      paidOn: dates[i],
      amount: fenToMoney(fen),
      voucherNo: nextVoucher(),
      payee,
      note: '',
      reversesId: null as string | null,
      createdAt: new Date(`${dates[i]}T15:00:00.000+08:00`),
    }));
    disbursements.push(...rows);
    if (corrected.has(a.id)) {
      // A payment keyed in too high by 10%: reversed, then paid again at the right amount. Net unchanged.
      const wrong = rows[0];
      const part = (toFen(wrong.amount) / 10n / YUAN) * YUAN;
      const on = addDays(wrong.paidOn, 3);
      disbursements.push(
        {
          id: random.uuid(),
          allocationId: a.id,
          paidOn: on,
          amount: fenToMoney(-part),
          voucherNo: nextVoucher(),
          payee,
          note: '凭证金额录入错误，冲销',
          reversesId: wrong.id,
          createdAt: new Date(`${on}T10:00:00.000+08:00`),
        },
        {
          id: random.uuid(),
          allocationId: a.id,
          paidOn: on,
          amount: fenToMoney(part),
          voucherNo: nextVoucher(),
          payee,
          note: '冲销后按正确金额重新支付',
          reversesId: null,
          createdAt: new Date(`${on}T10:30:00.000+08:00`),
        },
      );
    }
  }
  disbursements.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime() || x.voucherNo.localeCompare(y.voucherNo));
  return { sources, allocations: allocations.map(({ plan, startedOn, ...row }) => row), disbursements };
}
