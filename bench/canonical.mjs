/**
 * The canonical operations of the side-by-side benchmark, each a named GraphQL document as a client
 * sends it. `prepare` finds the variables on the data under test (a busy project, page 1,000's cursor,
 * an allocation with room for payments, a person's ID number).
 */
import { operations } from './operations.mjs';

export const canonical = {
  projectsNested: {
    title: 'nested list: `projects(first: 50)` with town, village, allocations, fund sources',
    query: operations.projectsNested.query,
  },
  projectDetail: {
    title: 'three-level detail: project → allocations → payments, with fund sources and targets',
    query: `query ProjectDetail($id: ID!) {
      project(id: $id) { id code name status year tasks allocatedAmount disbursedAmount executionRate
        town { name } village { name }
        performanceTargets { level indicator targetValue unit }
        allocations { id amount disbursedAmount remainingAmount fundSource { name category level }
          disbursements { id paidOn amount voucherNo payee reverses { id } } } }
    }`,
  },
  fundingSummary: {
    title: 'dashboard aggregate for 2021: `fundingSummary` by town, 衔接资金 by source',
    query: operations.fundingSummary.query,
  },
  projectsPage1: {
    title: 'filtered, sorted list, page 1 (2021, by code, 50 a page)',
    query: `query ProjectsByCode($after: String) {
      projects(first: 50, after: $after, filter: { year: 2021 }, sort: { field: CODE, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        edges { node { id code name status allocatedAmount town { name } } }
      }
    }`,
  },
  projectsPage1000: {
    title: 'the same list, page 1,000 by cursor',
    query: null, // projectsPage1's document with page 999's endCursor
  },
  recordDisbursement: {
    title: 'mutation: a payment of 0.01 元 (the admin’s registered document, with an idempotency key)',
    mutation: true,
  },
  householdSearch: {
    title: 'household search by a full ID number (partner token, MONITORING)',
    query: `query HouseholdById($id: String!) {
      households(filter: { idNumber: $id }) { totalCount edges { node { code headName category memberCount
        village { name } members { name idNumber relation } openCase { code status } } } }
    }`,
  },
  partnerParks: {
    title: 'partner query: 50 tea parks with their villages (partner token, INDUSTRY)',
    query: `query PartnerParks {
      industrialParks(first: 50, filter: { industry: TEA }) { totalCount edges { node { code name level industry
        operatorName jobs investment town { name } villages { name } } } }
    }`,
  },
};
canonical.projectsPage1000.query = canonical.projectsPage1.query;

/**
 * The request bodies of the reads that the CPU and instruction counts compare (the detail shows
 * `busyProject`, see lib.mjs `busiestProject`).
 */
export function readBodies(busyProject) {
  return {
    projectsNested: { query: canonical.projectsNested.query },
    projectDetail: { query: canonical.projectDetail.query, variables: { id: busyProject } },
    fundingSummary: { query: canonical.fundingSummary.query },
    projectsPage1: { query: canonical.projectsPage1.query, variables: { after: null } },
  };
}
