import type { Dataset } from '../../gql/graphql';
import type { ExampleGroup } from './examples';
import { API_LIMITS as L } from './limits';

/** The public header of /guide and /explorer. */
export const publicText = {
  bureau: '汉滨区乡村振兴局',
  product: '数据接口',
  guide: '接口说明',
  explorer: '接口调试台',
  enterSystem: '进入管理系统',
};

export const datasetLabel: Record<Dataset, string> = {
  PLACES: '地区',
  PROJECTS: '项目库',
  FUNDS: '资金',
  MONITORING: '防返贫监测',
  INDUSTRY: '产业',
  STATIONING: '驻村帮扶',
};

export const groupLabel: Record<ExampleGroup, string> = {
  ...datasetLabel,
  BI: 'BI 汇总',
  ERRORS: '错误示例',
};

/** Town codes that the examples' tokens are limited to. */
export const townLabel: Record<string, string> = { '610902102': '瀛湖镇' };

/** 接口说明 (/guide) strings. */
export const guideText = {
  title: '数据接口说明（合作单位）',
  sub: '汉滨区巩固衔接数据平台 · GraphQL 接口',
  intro:
    '本页写给合作单位（卫健、教育、民政、水利、住建等部门，江苏协作方）和 BI 工具的技术人员：怎样取得令牌、怎样调用、怎样分页、出错时看什么。下面每个示例都在系统自带的演示数据上实际运行，“响应（节选）”就是它返回内容的一部分。',
  quickTitle: '半小时上手',
  quickSteps: [
    { title: '申请令牌', content: '向区乡村振兴局说明用途、数据集和镇办范围，取得 hb_ 开头的令牌。' },
    { title: '运行一个示例', content: '在终端执行 export HANBIN_TOKEN=你的令牌，再复制下面任一 curl 命令运行。' },
    {
      title: '写自己的查询',
      content: '在接口调试台粘贴令牌，对照文档（调试台左侧的书本图标）补全字段，确认结果后再写进程序。',
    },
  ],
  toc: '目录',

  tokenTitle: '获取令牌',
  tokenIssued:
    '令牌由区级管理员在本系统“系统管理 → 接口令牌”中签发。申请时请说明：用途（单位和系统名称）、需要的数据集、镇办范围、到期日。',
  tokenOnce:
    '令牌只在签发时显示一次，形如 hb_ 加 40 位字符。请当场复制，保存在安全的地方（服务器环境变量或密钥管理系统），不要写进代码仓库或发到群里；遗失后无法找回，只能吊销后重新签发。',
  tokenKinds: '两类令牌',
  kindColumn: '类型',
  readsColumn: '能读什么',
  partnerKind: '合作单位令牌',
  partnerReads: '所选数据集的明细，个人信息一律脱敏。可选数据集：',
  biKind: 'BI 令牌',
  biReads:
    '只读汇总：名称以 Summary 结尾的汇总字段（如 fundingSummary、industrySummary、monitoringSummary、stationingSummary）和 BI 数据集（CSV），读不到任何一户、一人或一个项目的记录。有“资金”数据集的合作单位令牌也可以读汇总。',
  datasetDescriptions: {
    PLACES: '镇办、村（社区）及村类型',
    PROJECTS: '项目、状态变更、绩效目标（含地区）',
    FUNDS: '资金来源、资金安排、支出记录及资金汇总',
    MONITORING: '农户台账、家庭成员、监测案件（个人信息脱敏，健康状况不提供）',
    INDUSTRY: '现代农业园区、利益联结、东西部协作企业',
    STATIONING: '驻村工作队、第一书记、全覆盖情况',
  } satisfies Record<Dataset, string>,
  tokenTowns:
    '镇办范围：可限定为一个或几个镇办，只能看到这些镇办的数据，问其他镇办得到 FORBIDDEN / OUT_OF_SCOPE，汇总只包含这些镇办；不限定即为全区。',
  tokenExpiry: `到期：签发时选定到期日，最长 ${L.tokenMaxValidityYears} 年，到期日北京时间 24 时后失效（返回 UNAUTHENTICATED / BAD_TOKEN）。需要继续使用的，请在到期前申请新令牌并替换。`,
  tokenRevoke: '吊销：令牌泄露或不再使用时，请立即通知区乡村振兴局吊销，吊销即时生效。',
  tokenReadOnly: '令牌只能读取数据，不能修改任何数据。',

  authTitle: '接口地址与认证',
  endpoint: '接口地址',
  endpointNote: '只用 POST；一次请求一个操作（不支持批量）。',
  headers: '请求头',
  body: '请求体（JSON）',
  bodyNote: 'variables 和 operationName 可以省略。',
  answer:
    '响应为 JSON：{"data": …, "errors": […]}。某个字段出错时 HTTP 状态仍为 200，该字段为 null，errors 说明原因；整个请求被拒绝时（见“限制”）为 HTTP 400，没有 data。',
  amounts:
    '金额是字符串，单位元、两位小数，如 "431960000.00"。请按定点小数处理（Python 的 Decimal、Java 的 BigDecimal），不要转成浮点数。比率（如支出进度 executionRate）是 4 位小数的字符串，如 "0.9967"；日期为 "YYYY-MM-DD"（北京时间）。',
  schema:
    '正式环境关闭内省（introspection）。全部类型、字段及其说明在接口调试台的文档（Docs）里，它使用的就是服务器的 schema。',
  requestId:
    '每个响应都带 x-request-id 响应头；也可以在请求中自带 x-request-id（1 到 64 位字母、数字、点、下划线或连字符）。报告问题时请提供它。',
  tokenVariable: '下面的 curl 命令从环境变量读取令牌，先执行：',

  pagingTitle: '分页',
  paging1: `列表都是分页的连接（connection）：参数 first 为每页条数（默认 ${L.defaultPageSize}，最多 ${L.maxPageSize}），after 为游标；返回 totalCount（符合条件的总数）、pageInfo（hasNextPage、endCursor）和 edges（每条的 node）。`,
  paging2:
    '读下一页：把上一页的 pageInfo.endCursor 作为 after 传入，其余参数不变，直到 hasNextPage 为 false。第一页 after 传 null 或不传。',
  paging3: '游标是不透明的字符串，不要自己构造或解析，也不要跨查询条件使用。镇办列表等少量固定数据不分页。',
  pagingExample: '示例见“项目库”中的“2021 年项目库，逐页读取”。',

  errorsTitle: '错误与代码',
  errorsIntro:
    '每个错误有中文的 message（可直接给业务人员看）和 extensions.code；程序请按 code 和 reason 判断，不要解析 message。path 指出出错的字段。',
  codeColumn: 'extensions.code',
  extraColumn: '附加字段',
  meaningColumn: '含义',
  actionColumn: '怎么办',
  errorsStaffOnly:
    '系统用户登录相关的代码（ACCOUNT_LOCKED、PASSWORD_CHANGE_REQUIRED、TRUSTED_DOCUMENT_REQUIRED）不会出现在令牌调用中。BI 数据集（CSV）出错时返回 JSON {"error": {"code", "message", "fields"}} 和相应的 HTTP 状态码（400、401、403、404）。',
  errorExamples: '常见错误的实际响应',

  limitsTitle: '限制',
  limitsIntro: '每个请求都要在下列限制之内，这是本系统的设置。超出时整个请求被拒绝，什么都不执行。',
  limitColumn: '项目',
  maxColumn: '上限',
  refusedColumn: '超出时',

  privacyTitle: '个人信息',
  privacy: [
    '合作单位令牌读到的个人信息一律脱敏：姓名只显示部分字（如 “范*莉”），身份证号只显示前 6 位和后 4 位（如 “610902********0692”），电话只显示前 3 位和后 4 位（如 “158****1819”），住址不提供（null）。',
    '健康状况属于敏感个人信息，对任何令牌都不提供（health 一律为 null）。查看完整身份证号是系统内单独授权、逐次登记的操作，令牌不能进行。',
    '可以用完整的 18 位身份证号查找农户（例如核对本单位的名单，校验码须正确），返回的仍是脱敏信息；不支持按部分号码查找。',
    '汇总中 1 到 4 的户数显示为 "<5"（SuppressedCount 的 display），以免指认到具体农户。',
    '每一次读取都记入审计日志：哪个令牌、什么时间、读了哪个字段、用了什么参数、来自哪个 IP。请只把数据用于申请时说明的用途，妥善保管。',
  ],

  biTitle: 'BI 数据集（CSV）',
  bi: [
    '不会调用 GraphQL 的工具（Excel、Power BI 等）可以直接下载 CSV：先取目录 GET /api/bi/v1/feeds（JSON：每个数据集的标题、参数、列和 CSV 地址），再取某个数据集 GET /api/bi/v1/feeds/<id>.csv?year=2021。',
    '认证与 GraphQL 相同：Authorization: Bearer 加 BI 令牌（或有“资金”数据集的合作单位令牌），数据范围也与令牌相同。',
    "CSV 为 UTF-8 带 BOM（Excel 直接打开不乱码）、CRLF 换行，表头是英文键（加 &header=label 为中文列名），金额是精确小数，不含合计行；以 = + - @ 开头的文本前面加 '，以免被表格软件当作公式。",
    '每个 CSV 与目录里给出的 GraphQL 查询的结果逐行一致。参数不对时返回 JSON 错误和 HTTP 状态码，不会返回空文件。',
  ],

  examplesTitle: '示例',
  examplesIntro: '每个示例标明所需的令牌。“在调试台中打开”会把查询和变量带到接口调试台，粘贴令牌即可运行。',
  needs: '所需令牌',
  partnerNeeds: (datasets: string) => `合作单位令牌 · 数据集：${datasets}`,
  biNeeds: 'BI 令牌',
  invalidNeeds: '无效的令牌',
  onlyTowns: (towns: string) => `限 ${towns}`,
  query: '查询',
  variables: '变量',
  curl: 'curl 命令',
  excerpt: '响应（节选）',
  excerptNote: '只列出部分字段；列表只列前几项。',
  openInExplorer: '在调试台中打开',
  copy: '复制',
  copied: '已复制',
};

export interface ErrorRow {
  code: string;
  extra: string;
  meaning: string;
  action: string;
}

/** The codes a partner meets, as apps/api/src/common/errors.ts, format-error.ts and limits/ give them. */
export const errorRows: ErrorRow[] = [
  {
    code: 'UNAUTHENTICATED',
    extra: 'reason：BAD_TOKEN（令牌无效、过期或已吊销）、NOT_SIGNED_IN（没有带令牌）',
    meaning: '没有可用的凭据',
    action: '检查 Authorization 头是否为 “Bearer ” 加完整令牌；过期或吊销的请重新申请。',
  },
  {
    code: 'FORBIDDEN',
    extra: 'reason：NO_PERMISSION（令牌没有这个数据集）、OUT_OF_SCOPE（超出令牌的镇办范围）、NO_RULE（该字段未开放）',
    meaning: '凭据有效，但无权读取',
    action: '按 path 找到字段；需要时申请相应数据集或镇办范围。',
  },
  {
    code: 'BAD_USER_INPUT',
    extra: 'fields：[{ field, message }]，逐项指出参数',
    meaning: '参数不正确，如 first 超过 100、身份证号校验码不对',
    action: '按 fields 的提示修改参数。',
  },
  {
    code: 'NOT_FOUND',
    extra: '—',
    meaning: '要找的记录或 BI 数据集不存在（按 ID 查询的字段找不到时返回 null）',
    action: '核对 ID、代码或数据集名称。',
  },
  {
    code: 'CONFLICT',
    extra: 'reason，如 STALE_VERSION',
    meaning: '写操作与数据的当前状态冲突（令牌只读，一般遇不到）',
    action: '—',
  },
  {
    code: 'SERVICE_UNAVAILABLE',
    extra: 'retryable: true；超时另有 reason: TIMEOUT（HTTP 503）',
    meaning: `系统繁忙、数据库暂时不可用，或请求超过 ${L.requestTimeoutSeconds} 秒未完成`,
    action: '稍后按原样重试，间隔逐次加长（如 1、2、4 秒）。',
  },
  {
    code: 'INTERNAL_SERVER_ERROR',
    extra: 'requestId（请求编号）',
    meaning: '服务器内部错误，不含任何内部细节',
    action: '把 requestId 告诉区乡村振兴局。',
  },
  {
    code: 'QUERY_TOO_COMPLEX',
    extra: 'limit（哪项限制）、value（本次的值）、max（上限）',
    meaning: '超过下面“限制”中的一项，整个请求被拒绝（HTTP 400）',
    action: '减少每页条数、嵌套层数或字段，分几次查询。',
  },
  {
    code: 'GRAPHQL_VALIDATION_FAILED、GRAPHQL_PARSE_FAILED',
    extra: '内省时 reason: INTROSPECTION_DISABLED',
    meaning: '查询写错（语法、字段名、参数类型），或请求了内省',
    action: '对照调试台中的文档修改；调试台会标出错误位置。',
  },
  {
    code: 'BAD_REQUEST',
    extra: '—',
    meaning: '请求体不是有效的 JSON，或超过 1 MB（HTTP 413）',
    action: '检查 JSON 的引号和转义；大数据请分页读取。',
  },
];

export interface LimitRow {
  what: string;
  max: string;
  refused: string;
}

export const limitRows: LimitRow[] = [
  {
    what: '每页条数 first',
    max: `最多 ${L.maxPageSize}，不传为 ${L.defaultPageSize}`,
    refused: 'BAD_USER_INPUT（field: first）',
  },
  { what: '嵌套层数', max: `${L.maxDepth} 层`, refused: 'QUERY_TOO_COMPLEX，limit: depth' },
  {
    what: '估算代价',
    max: `${L.maxCost}：每个字段记 1，列表里的字段乘以该列表的 first；不带 first 的列表按 ${L.defaultListSize} 计，以变量传入的 first 按 ${L.maxPageSize} 计`,
    refused: 'QUERY_TOO_COMPLEX，limit: cost',
  },
  { what: '别名（alias）', max: `${L.maxAliases} 个`, refused: 'QUERY_TOO_COMPLEX，limit: aliases' },
  { what: '指令（@include 等）', max: `${L.maxDirectives} 个`, refused: 'QUERY_TOO_COMPLEX，limit: directives' },
  {
    what: '查询文本',
    max: `${L.maxSourceLength} 个字符、${L.maxTokens} 个记号`,
    refused: 'QUERY_TOO_COMPLEX，limit: sourceLength 或 tokens',
  },
  { what: '请求体', max: '1 MB', refused: 'HTTP 413，BAD_REQUEST “请求体过大”' },
  {
    what: '处理时间',
    max: `${L.requestTimeoutSeconds} 秒`,
    refused: 'HTTP 503，SERVICE_UNAVAILABLE（reason: TIMEOUT，retryable: true）',
  },
  { what: '每次请求的操作数', max: '1 个（不支持批量）', refused: 'HTTP 400' },
];
