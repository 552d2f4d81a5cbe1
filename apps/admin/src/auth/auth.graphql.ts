import { graphql } from '../gql';

/** Who is signed in, what they may do, and how long the session lasts. */
export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    name
    role
    permissions
    mustChangePassword
    sessionExpiresAt
    idleTimeoutSeconds
    user {
      id
      username
      displayName
    }
    town {
      code
      name
    }
  }
`);

/** The signed-in viewer, or null (never an error). */
export const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...ViewerFields
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...ViewerFields
    }
  }
`);
