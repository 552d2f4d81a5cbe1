import { type ExportList, enumOf, int, money, type Node, PAGE, text } from '../export-columns';

/** 现代农业园区 (ParkListPage), with its filter and sort. */
export const INDUSTRIAL_PARK_LIST: ExportList = {
  connection: 'industrialParks',
  variables: ['filter', 'sort'],
  filterLabels: {
    townCode: '镇办',
    villageCode: '村',
    industry: '主导产业',
    level: '园区级别',
    operatorKind: '经营主体类型',
    search: '关键词',
  },
  query: `query ExportIndustrialParks($filter: IndustrialParkFilter, $sort: IndustrialParkSort, $first: Int, $after: String) {
  industrialParks(filter: $filter, sort: $sort, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      code name level industry operatorName operatorKind investment jobs establishedYear linkedHouseholds
      town { code name } villages { code name }
    } }
  }
}`,
  columns: [
    text('园区编号', (n) => n.code, 14),
    text('园区名称', (n) => n.name, 32),
    enumOf('级别', 'ParkLevel', (n) => n.level, 8),
    enumOf('主导产业', 'Industry', (n) => n.industry, 10),
    text('镇办代码', (n) => n.town.code, 12),
    text('镇办', (n) => n.town.name, 12),
    // The first village is where the park is; the others are the villages it also covers.
    text('所在村代码', (n) => n.villages[0]?.code, 14),
    text('所在村（社区）', (n) => n.villages[0]?.name, 14),
    text(
      '其他覆盖村（社区）',
      (n) =>
        n.villages
          .slice(1)
          .map((v: Node) => v.name)
          .join('、'),
      30,
    ),
    text('经营主体', (n) => n.operatorName, 28),
    enumOf('主体类型', 'OperatorKind', (n) => n.operatorKind, 10),
    money('累计投资（元）', (n) => n.investment),
    int('就业岗位', (n) => n.jobs, 8),
    int('建园年份', (n) => n.establishedYear, 8),
    int('带动农户（户）', (n) => n.linkedHouseholds, 10),
  ],
};

/**
 * 带动农户 (a park's benefit links, on ParkDetailPage). As on the page, the household is asked for
 * only with `withHousehold` (the page sends it when the viewer may read the register); without it
 * its columns stay empty.
 */
export const BENEFIT_LINK_LIST: ExportList = {
  connection: 'benefitLinks',
  variables: ['filter', 'withHousehold'],
  filterLabels: { parkId: '园区', householdId: '农户', townCode: '镇办', mode: '联结模式', year: '年度' },
  query: `query ExportBenefitLinks($filter: BenefitLinkFilter, $withHousehold: Boolean = false, $first: Int, $after: String) {
  benefitLinks(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    edges { node {
      year mode incomeGained note
      park { code name town { code name } }
      household @include(if: $withHousehold) { code headName village { code name } }
    } }
  }
}`,
  columns: [
    text('园区编号', (n) => n.park.code, 14),
    text('园区名称', (n) => n.park.name, 32),
    text('镇办', (n) => n.park.town.name, 12),
    int('年度', (n) => n.year, 8),
    enumOf('联结模式', 'BenefitLinkMode', (n) => n.mode, 10),
    text('户编号', (n) => n.household?.code, 20),
    text('户主', (n) => n.household?.headName, 10),
    text('村代码', (n) => n.household?.village.code, 14),
    text('村（社区）', (n) => n.household?.village.name, 14),
    money('户增收（元）', (n) => n.incomeGained),
    text('备注', (n) => n.note, 30),
  ],
};
