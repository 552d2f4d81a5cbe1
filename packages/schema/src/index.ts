/** Types generated from the API's schema; `schema.graphql` beside this folder is the source. */
export type * from './generated/types';
