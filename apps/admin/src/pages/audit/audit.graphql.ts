import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AuditEntryRow
        }
      }
    }
  }
`);

/** The names of the actions and record types the API records, for the filters. */
export const AuditCatalogQuery = graphql(`
  query AuditCatalog {
    auditActions {
      code
      label
    }
    auditEntityTypes {
      code
      label
    }
  }
`);

/** Only the cursors: used to reach page N without loading pages 1…N-1. */
export const AuditLogCursorsQuery = graphql(`
  query AuditLogCursors($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);
