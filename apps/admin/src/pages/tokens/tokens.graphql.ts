import { graphql } from '../../gql';

export const ApiTokenRowFragment = graphql(`
  fragment ApiTokenRow on ApiToken {
    id
    name
    kind
    datasets
    towns {
      code
      name
    }
    aggregatesOnly
    prefix
    expiresAt
    revokedAt
    lastUsedAt
    createdAt
    createdBy {
      id
      displayName
    }
  }
`);

export const ApiTokenListQuery = graphql(`
  query ApiTokenList($includeRevoked: Boolean!, $first: Int, $after: String) {
    apiTokens(includeRevoked: $includeRevoked, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ApiTokenRow
        }
      }
    }
  }
`);

/** Only the cursors: used to reach page N without loading pages 1…N-1. */
export const ApiTokenCursorsQuery = graphql(`
  query ApiTokenCursors($includeRevoked: Boolean!, $first: Int, $after: String) {
    apiTokens(includeRevoked: $includeRevoked, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

/** Issues a token; `secret` is in this answer only, never again. */
export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        ...ApiTokenRow
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenRow
    }
  }
`);
