import { graphql } from '../../gql';

/** A user as the list shows it (the phone comes masked: 138****5678). */
export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    username
    displayName
    role
    town {
      code
      name
    }
    phone
    disabled
    mustChangePassword
    lockedUntil
    lastSignInAt
    createdAt
    version
  }
`);

export const UserListQuery = graphql(`
  query UserList($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...UserRow
        }
      }
    }
  }
`);

/** Only the cursors: used to reach page N without loading pages 1…N-1. */
export const UserCursorsQuery = graphql(`
  query UserCursors($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserRow
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!, $input: ResetPasswordInput!) {
    resetUserPassword(id: $id, input: $input) {
      ...UserRow
    }
  }
`);

export const UnlockUserMutation = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      ...UserRow
    }
  }
`);

/** The full number, for a stated purpose; the API records who asked and why. */
export const RevealUserPhoneMutation = graphql(`
  mutation RevealUserPhone($id: ID!, $purpose: String!) {
    revealUserPhone(id: $id, purpose: $purpose)
  }
`);
