/**
 * The PostGraphile 5 equivalents of our canonical operations (bench/operations.mjs and the benchmark
 * issue's list), for the peer started by ./postgraphile.mjs. Keys match ours where ours exist.
 *
 * Naming is PostGraphile's default (Amber preset, no simplify-inflection): `allProjects`,
 * `townByTownCode`, `fundAllocationsByProjectId`, ...; the table's `id` column is `rowId` (the Amber
 * preset names the global Node ID `id`). Money (numeric) is `BigFloat`, a decimal string as PostgreSQL
 * prints numeric(18,2), e.g. "497200.00", the same text as our Money scalar.
 *
 * Ours are in bench/operations.mjs and bench/canonical.mjs; these select the same data.
 *
 * Differences from our answers, field by field:
 * - `executionRate` (ours: disbursed ÷ allocated, 4 places, computed in the API) has no column; the peer
 *   returns both amounts and the client divides. `allocatedAmount`/`disbursedAmount` of a project ARE
 *   columns (project.allocated_amount/disbursed_amount, kept equal to the sums of its allocations by the
 *   trigger fund_allocation_sync_project), so the peer returns them as ours does; the allocations'
 *   `amount`/`disbursedAmount` come along too, as in ours.
 * - Our `allocations` and `disbursements` are plain lists; the peer's are connections (`nodes`).
 * - A performance target's `targetValue` (numeric(18,4)) is PostgreSQL's text in the peer ("294.0000");
 *   ours trims the trailing zeros ("294"). Same value.
 * - Our `project(id)` returns an allocation's latest payments (at most 100) oldest first; the peer asks
 *   for the latest `$payments` (default 20) newest first (`first` counts from the start of the order,
 *   so the order is reversed; the client flips it). The demo data has at most 5 per allocation.
 *   `remainingAmount` is computed by the client; `reverses { id }` is the relation
 *   `disbursementByReversesId { rowId }`.
 * - The dashboard aggregate needs the aggregates preset (@graphile/pg-aggregates) and is folded into our
 *   shape on the client (foldPeerFundingSummary); see FUNDING_SUMMARY below for what it cannot say.
 */

export const PAGE_SIZE = 50;

/** (a) ours: projectsNested. Same rows, same order (code, then id), same page size. */
const PROJECTS_NESTED = `query PeerProjectsNested {
  allProjects(condition: { year: 2021 }, orderBy: [CODE_ASC], first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { rowId code name status allocatedAmount disbursedAmount
      townByTownCode { code name } villageByVillageCode { code name }
      fundAllocationsByProjectId(orderBy: [ALLOCATED_ON_ASC, PRIMARY_KEY_ASC]) {
        nodes { amount disbursedAmount fundSourceByFundSourceId { code name category level } } } } }
  }
}`;

/**
 * (b) ours: projectDetail (bench/canonical.mjs). Three levels by id: the project with its performance
 * targets (ours: by position), its allocations (ours: by allocated_on, id) with their fund source, and
 * each allocation's latest payments with the payment each reverses. `$payments` defaults to 20; ours
 * returns up to 100 (DISBURSEMENTS_PER_ALLOCATION): pass 100 to fetch as many. `remainingAmount`
 * (amount − disbursed) and `executionRate` are computed by the client.
 */
const PROJECT_DETAIL = `query PeerProjectDetail($id: UUID!, $payments: Int = 20) {
  projectByRowId(rowId: $id) {
    rowId code name status year tasks allocatedAmount disbursedAmount
    townByTownCode { name } villageByVillageCode { name }
    performanceTargetsByProjectId(orderBy: [POSITION_ASC, PRIMARY_KEY_ASC]) { nodes { level indicator targetValue unit } }
    fundAllocationsByProjectId(orderBy: [ALLOCATED_ON_ASC, PRIMARY_KEY_ASC]) {
      nodes { rowId amount disbursedAmount
        fundSourceByFundSourceId { name category level }
        disbursementsByAllocationId(orderBy: [PAID_ON_DESC, CREATED_AT_DESC, PRIMARY_KEY_DESC], first: $payments) {
          nodes { rowId paidOn amount voucherNo payee disbursementByReversesId { rowId } } } } }
  }
}`;

/**
 * (c) ours: fundingSummary(year: 2021, groupBy: TOWN) and (..., groupBy: SOURCE, fundCategory: BRIDGING).
 * With @graphile/pg-aggregates:
 * - all funds by town: sums of the projects' allocated/disbursed columns (equal to the sums of their
 *   allocations, see above) over the year's projects, in total and grouped by town_code; town names and
 *   the towns without projects (ours lists all 28) come from `allTowns`; `startedProjectCount` is the
 *   sum over statuses STARTED and later of a count grouped by status. Ours counts projects that have an
 *   allocation; the peer counts the year's projects, the same number only where every project has one
 *   (true of the demo data).
 * - 衔接资金 by source: the peer cannot filter allocations by their project's year (a condition applies
 *   to a table's own columns; relation filters need postgraphile-plugin-connection-filter, not
 *   installed), so it takes the BRIDGING sources of year 2021 and their allocations. That is ours only
 *   where 2021 sources fund only 2021 projects (true of the demo data). Its `projectCount` total cannot be
 *   had either: the per-source distinct counts are summed, which counts twice a project funded by two
 *   bridging sources.
 */
const FUNDING_SUMMARY = `query PeerFundingSummary {
  towns: allTowns(orderBy: [CODE_ASC]) { nodes { code name } }
  all: allProjects(condition: { year: 2021 }) {
    aggregates { sum { allocatedAmount disbursedAmount } distinctCount { rowId } }
    byStatus: groupedAggregates(groupBy: [STATUS]) { keys distinctCount { rowId } }
    byTown: groupedAggregates(groupBy: [TOWN_CODE]) { keys sum { allocatedAmount disbursedAmount } distinctCount { rowId } }
  }
  bridging: allFundSources(condition: { year: 2021, category: BRIDGING }, orderBy: [CODE_ASC]) {
    nodes { rowId code name
      fundAllocationsByFundSourceId { aggregates { sum { amount disbursedAmount } distinctCount { projectId } } } }
  }
}`;

/**
 * (d) ours: projectsPage1 / projectsPage1000 (bench/canonical.mjs): a page of the year's projects by
 * code, after a cursor. Keyset pagination as ours does it (the cursor carries the code and id of the
 * previous page's last row); peerCursorForPage gives the cursor for page N (null for page 1).
 */
const PROJECTS_PAGE = `query PeerProjectsByCode($after: Cursor) {
  allProjects(condition: { year: 2021 }, orderBy: [CODE_ASC], first: 50, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { rowId code name status allocatedAmount townByTownCode { name } } }
  }
}`;

/**
 * (e) ours: recordDisbursement. PostGraphile's generated insert. Ours also locks the allocation row
 * (SELECT ... FOR UPDATE), checks the amount against what remains and the date against the allocation's
 * date and today, handles the idempotency key and writes an audit row (disbursement.record), in one
 * transaction; the peer does none of that. The table's triggers fire for both (MoneyGuards migration):
 * disbursement_apply adds the amount to fund_allocation.disbursed_amount, whose CHECK refuses
 * overspending (so the peer's insert fails with a check violation where ours answers EXCEEDS_ALLOCATION),
 * and fund_allocation_sync_project moves project.disbursed_amount.
 * voucher_no is unique: under load every request needs its own (peerDisbursementVariables).
 */
const RECORD_DISBURSEMENT = `mutation PeerRecordDisbursement($input: CreateDisbursementInput!) {
  createDisbursement(input: $input) {
    disbursement { rowId allocationId paidOn amount voucherNo payee note reversesId createdAt }
  }
}`;

export const peerOperations = {
  projectsNested: {
    description: 'allProjects(first: 50) with town, village, allocations and fund sources',
    query: PROJECTS_NESTED,
  },
  projectDetail: {
    description: 'projectByRowId: targets, allocations with fund source, latest payments',
    query: PROJECT_DETAIL,
    variables: (projectId, payments = 20) => ({ id: projectId, payments }),
  },
  fundingSummary: {
    description: 'dashboard aggregate for 2021 (pg-aggregates), folded on the client',
    query: FUNDING_SUMMARY,
  },
  projectsPage1: {
    description: 'allProjects(year 2021, by code, first: 50), page 1',
    query: PROJECTS_PAGE,
    variables: () => ({ after: null }),
  },
  projectsPage1000: {
    description: 'the same list, page 1,000: after = peerCursorForPage(url, 1000)',
    query: PROJECTS_PAGE,
    variables: (after) => ({ after }),
  },
  recordDisbursement: {
    description: 'createDisbursement (generated insert; triggers fire, no lock/balance check/audit)',
    query: RECORD_DISBURSEMENT,
    variables: (allocationId, n, { amount = '0.01', paidOn = new Date().toISOString().slice(0, 10) } = {}) =>
      peerDisbursementVariables(allocationId, n, { amount, paidOn }),
  },
};

/** Variables for one createDisbursement; `n` makes the voucher number unique. */
export function peerDisbursementVariables(allocationId, n, { amount = '0.01', paidOn, payee = '基准测试' } = {}) {
  return {
    input: {
      disbursement: {
        allocationId,
        paidOn: paidOn ?? new Date().toISOString().slice(0, 10),
        amount,
        voucherNo: `PEER-${process.pid}-${n}`,
        payee,
        note: 'benchmark peer',
      },
    },
  };
}

async function post(url, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * The `after` cursor with which the projectsPage document answers page `page` (1-based; null for page 1).
 * PostGraphile's cursors are opaque (base64 of [an order digest, code, id]) and are not computed here:
 * one request with `offset` fetches the cursor of the last row of page-1, which is what walking the
 * pages by endCursor would end on, without page-1 requests. The timed request then uses `after`, a
 * keyset seek, like ours; `offset` itself is not timed (it would scan the skipped rows).
 */
export async function peerCursorForPage(url, page, { pageSize = PAGE_SIZE, year = 2021 } = {}) {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a positive integer, got ${page}`);
  if (page === 1) return null;
  const data = await post(
    url,
    `query PeerCursorForPage($year: Int!, $offset: Int!) {
      allProjects(condition: { year: $year }, orderBy: [CODE_ASC], offset: $offset, first: 1) {
        totalCount edges { cursor } } }`,
    { year, offset: (page - 1) * pageSize - 1 },
  );
  const { totalCount, edges } = data.allProjects;
  if (edges.length === 0 || (page - 1) * pageSize >= totalCount) {
    throw new RangeError(`page ${page} of ${pageSize} does not exist: ${totalCount} projects in ${year}`);
  }
  return edges[0].cursor;
}

const STARTED_OR_LATER = new Set(['STARTED', 'COMPLETED', 'ACCEPTED', 'HANDED_OVER']);

/** A decimal string with at most 2 places ("-12.5", "497200.00") in fen. */
function toFen(value) {
  const [whole, frac = ''] = String(value).split('.');
  const fen = BigInt(whole.replace('-', '')) * 100n + BigInt(`${frac}00`.slice(0, 2));
  return whole.startsWith('-') ? -fen : fen;
}

function fenToMoney(fen) {
  const abs = fen < 0n ? -fen : fen;
  return `${fen < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** disbursed ÷ allocated to 4 places, rounded half up, null when nothing is allocated (as ours). */
export function executionRate(disbursed, allocated) {
  const a = toFen(allocated);
  if (a === 0n) return null;
  const d = toFen(disbursed);
  const abs = (x) => (x < 0n ? -x : x);
  const scaled = (abs(d) * 20000n + abs(a)) / (abs(a) * 2n);
  const text = `${scaled / 10000n}.${(scaled % 10000n).toString().padStart(4, '0')}`;
  return d < 0n !== a < 0n && scaled !== 0n ? `-${text}` : text;
}

const addMoney = (a, b) => fenToMoney(toFen(a) + toFen(b));

/** a − b for money strings: what the client computes for our `remainingAmount`. */
export const subtractMoney = (a, b) => fenToMoney(toFen(a) - toFen(b));

/**
 * What a client does with the peer's fundingSummary answer to get our shape:
 * `{ all: { totals, rows }, bridging: { totals, rows } }`, rows keyed and labelled as ours.
 */
export function foldPeerFundingSummary(data) {
  const all = data.all;
  const byTown = new Map(all.byTown.map((g) => [g.keys[0], g]));
  const started = all.byStatus
    .filter((g) => STARTED_OR_LATER.has(g.keys[0]))
    .reduce((n, g) => n + Number(g.distinctCount.rowId), 0);
  const allocated = all.aggregates.sum.allocatedAmount ?? '0.00';
  const disbursed = all.aggregates.sum.disbursedAmount ?? '0.00';
  const allRows = data.towns.nodes.map((t) => {
    const g = byTown.get(t.code);
    const a = g?.sum.allocatedAmount ?? '0.00';
    const d = g?.sum.disbursedAmount ?? '0.00';
    return {
      key: t.code,
      label: t.name,
      allocated: a,
      disbursed: d,
      executionRate: executionRate(d, a),
      projectCount: Number(g?.distinctCount.rowId ?? 0),
    };
  });
  const bridgingRows = data.bridging.nodes.map((s) => {
    const agg = s.fundAllocationsByFundSourceId.aggregates;
    return {
      key: s.rowId,
      label: s.name,
      allocated: agg.sum.amount ?? '0.00',
      disbursed: agg.sum.disbursedAmount ?? '0.00',
      projectCount: Number(agg.distinctCount.projectId ?? 0),
    };
  });
  const bAllocated = bridgingRows.reduce((s, r) => addMoney(s, r.allocated), '0.00');
  const bDisbursed = bridgingRows.reduce((s, r) => addMoney(s, r.disbursed), '0.00');
  return {
    all: {
      totals: {
        allocated,
        disbursed,
        executionRate: executionRate(disbursed, allocated),
        projectCount: Number(all.aggregates.distinctCount.rowId),
        startedProjectCount: started,
      },
      rows: allRows,
    },
    bridging: {
      totals: {
        allocated: bAllocated,
        disbursed: bDisbursed,
        executionRate: executionRate(bDisbursed, bAllocated),
        // An upper bound: a project with two bridging sources is counted twice (see FUNDING_SUMMARY).
        projectCount: bridgingRows.reduce((n, r) => n + r.projectCount, 0),
      },
      rows: bridgingRows.map(({ projectCount, ...r }) => r),
    },
  };
}
