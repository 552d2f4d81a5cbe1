import { graphql } from '../gql';

// Selections that the funds and projects operations share. Plain fragments (no masking, see
// codegen.ts): an operation spreads one by name and its result type holds the fields inline;
// the generated `…Fragment` types name a shared shape where a component wants one.

/** A project as a link: code and name. */
export const ProjectRefFragment = graphql(`
  fragment ProjectRef on Project {
    id
    code
    name
  }
`);

/** A fund source as a label with its category tag. */
export const FundSourceRefFragment = graphql(`
  fragment FundSourceRef on FundSource {
    id
    name
    category
  }
`);

/** A fund source in a picker. */
export const FundSourceOptionFragment = graphql(`
  fragment FundSourceOption on FundSource {
    ...FundSourceRef
    year
  }
`);

/** What an allocation holds and what is left of it; refreshed by every payment. */
export const AllocationAmountsFragment = graphql(`
  fragment AllocationAmounts on FundAllocation {
    id
    amount
    disbursedAmount
    remainingAmount
  }
`);

/** An allocation as the tables show it. */
export const AllocationRowFragment = graphql(`
  fragment AllocationRow on FundAllocation {
    ...AllocationAmounts
    executionRate
    disbursementCount
    allocatedOn
    documentNo
    fundSource {
      ...FundSourceRef
    }
  }
`);

/** A payment as the tables show it; a reversal names the payment it reverses. */
export const DisbursementRowFragment = graphql(`
  fragment DisbursementRow on Disbursement {
    id
    paidOn
    amount
    voucherNo
    payee
    note
    reverses {
      id
      voucherNo
    }
  }
`);

/** An audit entry with what changed; the audit page and a project's 变更记录 show it. */
export const AuditEntryRowFragment = graphql(`
  fragment AuditEntryRow on AuditEntry {
    id
    at
    actorKind
    actorName
    action
    actionLabel
    entityType
    entityTypeLabel
    entityId
    before
    after
    details
    requestId
    ip
  }
`);
