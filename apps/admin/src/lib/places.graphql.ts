import { graphql } from '../gql';

/** The district's towns with their villages (pickers and filters; the API may scope them). */
export const TownsQuery = graphql(`
  query Towns {
    towns {
      code
      name
      villages {
        code
        name
      }
    }
  }
`);
