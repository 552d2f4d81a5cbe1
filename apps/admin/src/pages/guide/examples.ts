// The partner guide's examples: what the page shows (query, curl, excerpt of the answer) and what
// the tests run against the built API on the demo data (e2e/guide-examples.test.ts). An excerpt is
// part of the real answer: its objects name some of the fields, its arrays the first few rows.
// Only values that the demo data gives whatever the day are used (the monitoring register and the
// cases are laid out around the date the demo was loaded, so their names and dates are not).
import type { Dataset } from '../../gql/graphql';

/** Where an example appears: under a dataset, with the BI feeds, or with the errors. */
export type ExampleGroup = Dataset | 'BI' | 'ERRORS';

/** The token an example runs with, as a district administrator would issue it. */
export type ExampleToken =
  | { kind: 'PARTNER'; datasets: Dataset[]; townCodes?: string[] }
  | { kind: 'BI' }
  /** A token the API does not know (revoked, expired or mistyped). */
  | { kind: 'INVALID' };

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

interface ExampleBase {
  /** Stable; the explorer opens `/explorer?example=<id>`. */
  id: string;
  group: ExampleGroup;
  title: string;
  /** The question the example answers, for the partner's engineer. */
  answers: string;
  token: ExampleToken;
}

/** A GraphQL operation, sent as `POST /graphql`. */
export interface GraphqlExample extends ExampleBase {
  kind: 'graphql';
  query: string;
  variables?: Record<string, Json>;
  /** Part of the JSON answer. */
  excerpt: Json;
}

/** A BI feed over plain HTTP: `GET <path>`. */
export interface FeedExample extends ExampleBase {
  kind: 'feed';
  path: string;
  /** Part of the JSON answer, or the first lines of the CSV (without the byte-order mark). */
  excerpt: Json;
  format: 'json' | 'csv';
}

export type GuideExample = GraphqlExample | FeedExample;

const YINGHU = '610902102';
const TIANZHUSHAN = '610902102200';

export const GUIDE_EXAMPLES: readonly GuideExample[] = [
  // ----- 地区 PLACES -----
  {
    kind: 'graphql',
    id: 'towns',
    group: 'PLACES',
    title: '全区镇办（街道）',
    answers: '汉滨区 28 个镇办及其 9 位行政区划代码。其他查询按镇办筛选时用的就是这里的代码。',
    token: { kind: 'PARTNER', datasets: ['PLACES'] },
    query: `query Towns {
  towns {
    code
    name
  }
}`,
    excerpt: {
      data: {
        towns: [
          { code: '610902001', name: '老城街道' },
          { code: '610902002', name: '新城街道' },
          { code: '610902003', name: '江北街道' },
        ],
      },
    },
  },
  {
    kind: 'graphql',
    id: 'villages-of-town',
    group: 'PLACES',
    title: '一个镇办的村（社区）和村类型',
    answers: '瀛湖镇有哪些村和社区，各是什么类型（脱贫村、示范村等），各自的 12 位区划代码。',
    token: { kind: 'PARTNER', datasets: ['PLACES'] },
    query: `query VillagesOfTown($townCode: ID!, $first: Int) {
  villages(filter: { townCode: $townCode }, first: $first) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        code
        name
        categories
      }
    }
  }
}`,
    variables: { townCode: YINGHU, first: 5 },
    excerpt: {
      data: {
        villages: {
          totalCount: 27,
          pageInfo: { hasNextPage: true },
          edges: [
            { node: { code: '610902102001', name: '瀛湖社区', categories: ['OTHER'] } },
            { node: { code: TIANZHUSHAN, name: '天柱山村', categories: ['OTHER'] } },
          ],
        },
      },
    },
  },

  // ----- 项目库 PROJECTS -----
  {
    kind: 'graphql',
    id: 'projects-2021',
    group: 'PROJECTS',
    title: '2021 年项目库，逐页读取',
    answers:
      '2021 年全部 775 个项目的编号、名称、类别、状态和所在镇村。每页最多 100 个：第一页 after 传 null，之后传上一页的 pageInfo.endCursor，直到 hasNextPage 为 false。',
    token: { kind: 'PARTNER', datasets: ['PROJECTS'] },
    query: `query Projects2021($after: String) {
  projects(filter: { year: 2021 }, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        code
        name
        category
        status
        town {
          code
          name
        }
        village {
          code
          name
        }
      }
    }
  }
}`,
    variables: { after: null },
    excerpt: {
      data: {
        projects: {
          totalCount: 775,
          pageInfo: { hasNextPage: true },
          edges: [
            {
              node: {
                code: 'HB2021-0001',
                name: '2021年陈家营村（大）安置点社区工厂项目',
                category: 'RELOCATION_SUPPORT',
                status: 'HANDED_OVER',
                town: { code: '610902107', name: '恒口镇' },
                village: { name: '陈家营村（大）' },
              },
            },
          ],
        },
      },
    },
  },
  {
    kind: 'graphql',
    id: 'tea-projects-yinghu',
    group: 'PROJECTS',
    title: '瀛湖镇 2021 年的茶叶项目及其资金来源',
    answers:
      '瀛湖镇 2021 年茶叶类项目按安排资金从多到少排列，每个项目的安排、支出、支出进度和各笔资金的来源。读资金明细需要令牌同时有“资金”数据集。',
    token: { kind: 'PARTNER', datasets: ['PROJECTS', 'FUNDS'] },
    query: `query TeaProjects($after: String) {
  projects(
    filter: { year: 2021, townCode: "${YINGHU}", industry: TEA }
    sort: { field: ALLOCATED, direction: DESC }
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        code
        name
        status
        village {
          name
        }
        allocatedAmount
        disbursedAmount
        executionRate
        allocations {
          fundSource {
            name
            category
            level
          }
          amount
          disbursedAmount
        }
      }
    }
  }
}`,
    variables: { after: null },
    excerpt: {
      data: {
        projects: {
          totalCount: 6,
          pageInfo: { hasNextPage: false },
          edges: [
            {
              node: {
                code: 'HB2021-0674',
                name: '2021年东坡村茶叶加工厂房建设项目',
                village: { name: '东坡村' },
                allocatedAmount: '1755200.00',
                disbursedAmount: '1755200.00',
                executionRate: '1.0000',
                allocations: [
                  {
                    fundSource: {
                      name: '2021年省级统筹整合涉农资金（其他）',
                      category: 'OTHER_INTEGRATED',
                      level: 'PROVINCIAL',
                    },
                    amount: '1755200.00',
                  },
                ],
              },
            },
          ],
        },
      },
    },
  },

  // ----- 资金 FUNDS -----
  {
    kind: 'graphql',
    id: 'funding-by-town',
    group: 'FUNDS',
    title: '2021 年衔接资金，按镇办汇总',
    answers:
      '2021 年衔接资金下达多少、支出多少、支出进度，全区合计和每个镇办各一行。金额是字符串（元，两位小数），支出进度是 4 位小数。',
    token: { kind: 'PARTNER', datasets: ['FUNDS'] },
    query: `query FundingByTown {
  fundingSummary(year: 2021, groupBy: TOWN, fundCategory: BRIDGING) {
    totals {
      allocated
      disbursed
      executionRate
      projectCount
    }
    rows {
      key
      label
      allocated
      disbursed
      executionRate
      projectCount
    }
  }
}`,
    excerpt: {
      data: {
        fundingSummary: {
          totals: {
            allocated: '431960000.00',
            disbursed: '430520000.00',
            executionRate: '0.9967',
            projectCount: 683,
          },
          rows: [
            {
              key: '610902001',
              label: '老城街道',
              allocated: '2852300.00',
              disbursed: '2852300.00',
              executionRate: '1.0000',
              projectCount: 5,
            },
          ],
        },
      },
    },
  },
  {
    kind: 'graphql',
    id: 'fund-sources-2021',
    group: 'FUNDS',
    title: '2021 年的资金来源',
    answers:
      '2021 年有哪些资金来源（中央、省、市、区各级衔接资金和其他统筹整合资金），各安排给多少项目、支出进度如何。',
    token: { kind: 'PARTNER', datasets: ['FUNDS'] },
    query: `query FundSources2021 {
  fundSources(filter: { year: 2021 }, first: 20) {
    totalCount
    edges {
      node {
        code
        name
        category
        level
        allocatedAmount
        disbursedAmount
        executionRate
        projectCount
      }
    }
  }
}`,
    excerpt: {
      data: {
        fundSources: {
          totalCount: 8,
          edges: [
            {
              node: {
                code: 'XJ2021-01',
                name: '2021年中央财政衔接推进乡村振兴补助资金',
                category: 'BRIDGING',
                level: 'CENTRAL',
                allocatedAmount: '259176000.00',
                disbursedAmount: '258312000.00',
                executionRate: '0.9967',
                projectCount: 408,
              },
            },
          ],
        },
      },
    },
  },

  // ----- 防返贫监测 MONITORING -----
  {
    kind: 'graphql',
    id: 'households-of-village',
    group: 'MONITORING',
    title: '一个村的农户台账（个人信息已脱敏）',
    answers:
      '天柱山村登记了多少户，每户的户编号、户主和家庭成员。姓名、身份证号、电话只以脱敏形式返回，健康状况对令牌一律为 null；每次读取都记入审计日志。',
    token: { kind: 'PARTNER', datasets: ['MONITORING'] },
    query: `query HouseholdsOfVillage($villageCode: ID!, $after: String) {
  households(filter: { villageCode: $villageCode }, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        code
        headName
        category
        phone
        address
        village {
          name
        }
        members {
          name
          relation
          idNumber
          health
        }
      }
    }
  }
}`,
    variables: { villageCode: TIANZHUSHAN, after: null },
    excerpt: {
      data: {
        households: {
          totalCount: 11,
          pageInfo: { hasNextPage: false },
          edges: [{ node: { code: '6109021022000001', village: { name: '天柱山村' } } }],
        },
      },
    },
  },

  // ----- 产业 INDUSTRY -----
  {
    kind: 'graphql',
    id: 'park-by-name',
    group: 'INDUSTRY',
    title: '按名称查找产业园区',
    answers:
      '阳晨现代农业园区的级别、主导产业、经营主体、所在镇办和村、累计投资与就业岗位。search 按园区名称中的字查找，还可按镇办、产业、级别筛选。',
    token: { kind: 'PARTNER', datasets: ['INDUSTRY'] },
    query: `query ParkByName($search: String) {
  industrialParks(filter: { search: $search }, first: 20) {
    totalCount
    edges {
      node {
        code
        name
        level
        industry
        operatorKind
        operatorName
        investment
        jobs
        town {
          name
        }
        villages {
          name
        }
      }
    }
  }
}`,
    variables: { search: '阳晨' },
    excerpt: {
      data: {
        industrialParks: {
          totalCount: 1,
          edges: [
            {
              node: {
                code: 'YQ-0001',
                name: '阳晨现代农业园区',
                level: 'PROVINCIAL',
                industry: 'LIVESTOCK',
                operatorName: '汉滨区凤凰畜牧专业合作社',
                investment: '5500000.00',
                jobs: 105,
                town: { name: '新城街道' },
                villages: [{ name: '油坊村' }, { name: '大树岭村' }],
              },
            },
          ],
        },
      },
    },
  },
  {
    kind: 'graphql',
    id: 'east-west',
    group: 'INDUSTRY',
    title: '东西部协作（苏陕协作）企业',
    answers: '落户汉滨的江苏企业有几家、完成投资多少、提供多少岗位，以及每家企业的来源地、行业和投资。',
    token: { kind: 'PARTNER', datasets: ['INDUSTRY'] },
    query: `query EastWest {
  eastWestSummary {
    enterprises
    investment
    jobs
    liftedJobs
  }
  partnerEnterprises {
    name
    origin
    sector
    totalInvestment
    jobs
  }
}`,
    excerpt: {
      data: {
        eastWestSummary: { enterprises: 5, investment: '105000000.00', jobs: 881, liftedJobs: 364 },
        partnerEnterprises: [
          { name: '吴中电子装配有限公司（演示）', origin: '江苏省苏州市', totalInvestment: '17000000.00' },
          { name: '常武食品有限公司（演示）', origin: '江苏省常州市', totalInvestment: '11000000.00' },
          { name: '新城地产', origin: '江苏省常州市', totalInvestment: '39000000.00' },
        ],
      },
    },
  },

  // ----- 驻村帮扶 STATIONING -----
  {
    kind: 'graphql',
    id: 'stationing-coverage',
    group: 'STATIONING',
    title: '驻村帮扶人数与一个镇办的全覆盖情况',
    answers:
      '全区在任第一书记、在驻工作队、在岗队员各多少；瀛湖镇应覆盖的村是否都有在驻工作队和在任第一书记，缺的列在 gaps 里。',
    token: { kind: 'PARTNER', datasets: ['STATIONING'] },
    query: `query StationingCoverage($townCode: ID) {
  stationingSummary {
    firstSecretaries
    workTeams
    members
  }
  stationingCoverage(townCode: $townCode) {
    covered
    withTeam
    withFirstSecretary
    towns {
      townName
      covered
      withTeam
      withFirstSecretary
      gaps {
        villageName
      }
    }
  }
}`,
    variables: { townCode: YINGHU },
    excerpt: {
      data: {
        stationingSummary: { firstSecretaries: 271, workTeams: 410, members: 1492 },
        stationingCoverage: {
          covered: 8,
          withTeam: 8,
          withFirstSecretary: 8,
          towns: [{ townName: '瀛湖镇', covered: 8, withTeam: 8, withFirstSecretary: 8, gaps: [] }],
        },
      },
    },
  },
  {
    kind: 'graphql',
    id: 'work-teams-of-town',
    group: 'STATIONING',
    title: '一个镇办的驻村工作队',
    answers: '瀛湖镇有哪些在驻工作队，各驻哪个村、由哪个单位牵头派出、在岗几人。',
    token: { kind: 'PARTNER', datasets: ['STATIONING'] },
    query: `query WorkTeamsOfTown($townCode: ID) {
  workTeams(filter: { townCode: $townCode }, first: 50) {
    totalCount
    edges {
      node {
        name
        village {
          name
        }
        leadUnit {
          name
        }
        memberCount
      }
    }
  }
}`,
    variables: { townCode: YINGHU },
    excerpt: {
      data: {
        workTeams: {
          totalCount: 24,
          edges: [
            {
              node: {
                name: '区卫生健康局驻天柱山村工作队',
                village: { name: '天柱山村' },
                leadUnit: { name: '区卫生健康局' },
                memberCount: 4,
              },
            },
          ],
        },
      },
    },
  },

  // ----- BI -----
  {
    kind: 'graphql',
    id: 'bi-funding-by-category',
    group: 'BI',
    title: 'BI 令牌：2021 年统筹整合资金，按项目类别',
    answers:
      'BI 令牌只能读汇总：2021 年统筹整合资金 7.676 亿元在各项目类别之间怎么分。它读不到任何一条项目、农户或人员记录。',
    token: { kind: 'BI' },
    query: `query FundingByCategory {
  fundingSummary(year: 2021, groupBy: CATEGORY) {
    totals {
      allocated
      disbursed
      projectCount
    }
    rows {
      key
      label
      allocated
      projectCount
    }
  }
}`,
    excerpt: {
      data: {
        fundingSummary: {
          totals: { allocated: '767600000.00', disbursed: '758584113.00', projectCount: 775 },
          rows: [
            { key: 'INDUSTRY', label: '产业发展', allocated: '358890300.00', projectCount: 336 },
            { key: 'INFRASTRUCTURE', label: '基础设施', allocated: '197378800.00', projectCount: 210 },
          ],
        },
      },
    },
  },
  {
    kind: 'graphql',
    id: 'bi-district-headline',
    group: 'BI',
    title: 'BI 令牌：驻村帮扶与东西部协作的全区数字',
    answers: '在任第一书记、在驻工作队、在岗队员人数，东西部协作企业数、完成投资、提供岗位和其中脱贫劳动力就业。',
    token: { kind: 'BI' },
    query: `query DistrictHeadline {
  stationingSummary {
    firstSecretaries
    workTeams
    members
  }
  eastWestSummary {
    enterprises
    investment
    jobs
    liftedJobs
  }
}`,
    excerpt: {
      data: {
        stationingSummary: { firstSecretaries: 271, workTeams: 410, members: 1492 },
        eastWestSummary: { enterprises: 5, investment: '105000000.00', jobs: 881, liftedJobs: 364 },
      },
    },
  },
  {
    kind: 'feed',
    id: 'bi-feed-catalog',
    group: 'BI',
    title: 'BI 数据集目录',
    answers: '有哪些 CSV 数据集，每个的参数、列（英文键、中文列名、类型）、CSV 地址和它所运行的 GraphQL 查询。',
    token: { kind: 'BI' },
    path: '/api/bi/v1/feeds',
    format: 'json',
    excerpt: {
      feeds: [
        {
          id: 'funding-by-town',
          title: '资金安排与支出（按镇办）',
          parameters: [
            { name: 'year', type: 'YEAR', required: true },
            { name: 'fundCategory', type: 'FUND_CATEGORY', required: false },
          ],
          columns: [
            { key: 'key', label: '镇办代码', type: 'TEXT' },
            { key: 'label', label: '镇办', type: 'TEXT' },
            { key: 'allocated', label: '已安排（元）', type: 'MONEY' },
          ],
          csvPath: '/api/bi/v1/feeds/funding-by-town.csv',
        },
      ],
    },
  },
  {
    kind: 'feed',
    id: 'bi-feed-funding-by-town',
    group: 'BI',
    title: 'CSV：2021 年衔接资金，按镇办',
    answers:
      '与上面“按镇办汇总”同一组数字，以 CSV 给不会调用 GraphQL 的工具（如 Excel、BI 软件）；加 &header=label 时表头为中文。',
    token: { kind: 'BI' },
    path: '/api/bi/v1/feeds/funding-by-town.csv?year=2021&fundCategory=BRIDGING',
    format: 'csv',
    excerpt: [
      'key,label,allocated,disbursed,execution_rate,project_count,started_project_count',
      '610902001,老城街道,2852300.00,2852300.00,1.0000,5,5',
      '610902002,新城街道,35854700.00,35710700.00,0.9960,46,46',
    ].join('\n'),
  },

  // ----- 错误 -----
  {
    kind: 'graphql',
    id: 'error-bad-token',
    group: 'ERRORS',
    title: '令牌无效、过期或已吊销',
    answers: 'UNAUTHENTICATED，reason 为 BAD_TOKEN：检查请求头是否为 “Bearer ” 加完整令牌，或请区级管理员重新签发。',
    token: { kind: 'INVALID' },
    query: `query Towns {
  towns {
    code
  }
}`,
    excerpt: {
      errors: [
        {
          message: '接口令牌无效、已过期或已吊销',
          extensions: { code: 'UNAUTHENTICATED', reason: 'BAD_TOKEN' },
        },
      ],
      data: null,
    },
  },
  {
    kind: 'graphql',
    id: 'error-no-permission',
    group: 'ERRORS',
    title: '令牌没有这个数据集',
    answers: '只有“资金”数据集的令牌去读农户台账：FORBIDDEN / NO_PERMISSION，path 指出是哪个字段。',
    token: { kind: 'PARTNER', datasets: ['FUNDS'] },
    query: `query Households {
  households(first: 1) {
    totalCount
  }
}`,
    excerpt: {
      errors: [
        {
          message: '无权进行此操作',
          path: ['households'],
          extensions: { code: 'FORBIDDEN', reason: 'NO_PERMISSION' },
        },
      ],
      data: null,
    },
  },
  {
    kind: 'graphql',
    id: 'error-out-of-scope',
    group: 'ERRORS',
    title: '超出令牌的镇办范围',
    answers: '只限瀛湖镇的令牌去读老城街道的资金：FORBIDDEN / OUT_OF_SCOPE。不指定镇办时，汇总只包含令牌范围内的镇办。',
    token: { kind: 'PARTNER', datasets: ['FUNDS'], townCodes: [YINGHU] },
    query: `query OtherTown {
  fundingSummary(year: 2021, groupBy: TOWN, townCode: "610902001") {
    totals {
      allocated
    }
  }
}`,
    excerpt: {
      errors: [
        {
          message: '超出您的管辖范围',
          extensions: { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' },
        },
      ],
      data: null,
    },
  },
  {
    kind: 'graphql',
    id: 'error-page-too-large',
    group: 'ERRORS',
    title: '每页超过 100 条',
    answers: 'BAD_USER_INPUT，extensions.fields 逐项指出哪个参数不对、为什么。',
    token: { kind: 'PARTNER', datasets: ['PROJECTS'] },
    query: `query TooManyProjects {
  projects(first: 101) {
    totalCount
  }
}`,
    excerpt: {
      errors: [
        {
          message: '每页条数须在 0 到 100 之间',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'first', message: '每页条数须在 0 到 100 之间' }],
          },
        },
      ],
      data: null,
    },
  },
  {
    kind: 'graphql',
    id: 'error-too-costly',
    group: 'ERRORS',
    title: '查询代价过高',
    answers:
      '一次取 100 个项目连同资金、绩效目标和状态记录，估算代价超过上限：整个请求被拒绝（HTTP 400），什么都不执行。改为 first: 50 分页取即可。',
    token: { kind: 'PARTNER', datasets: ['PROJECTS', 'FUNDS'] },
    query: `query ProjectsInDetail {
  projects(filter: { year: 2021 }, first: 100) {
    edges {
      node {
        code
        name
        allocations {
          amount
          disbursedAmount
          fundSource {
            name
          }
        }
        performanceTargets {
          indicator
          targetValue
          actualValue
        }
        statusHistory {
          toStatus
          effectiveOn
          note
        }
      }
    }
  }
}`,
    excerpt: {
      errors: [
        {
          message: '查询代价过高：估算 20701，上限 20000；请减少每页条数或所选字段',
          extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost', value: 20701, max: 20000 },
        },
      ],
    },
  },
];

/** The example of this id, if there is one. */
export function exampleById(id: string | null | undefined): GuideExample | undefined {
  return id ? GUIDE_EXAMPLES.find((e) => e.id === id) : undefined;
}
