import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination';

/**
 * How big a GraphQL request may be. The parser limits (`maxSourceLength`, `maxTokens`) are checked
 * while parsing, before any validation rule runs, so they also bound the cost of validating; the
 * others are validation rules over the parsed operation (see `rules.ts`).
 */
export interface Limits {
  /** Query text, in UTF-16 code units; checked before the parser reads a single token. */
  maxSourceLength: number;
  /** Lexical tokens (names, punctuation, values; not comments). */
  maxTokens: number;
  /** Field nesting; fragments are followed and introspection fields count like any other. */
  maxDepth: number;
  /** Aliased fields in one operation, counted once per fragment spread. */
  maxAliases: number;
  /** Directives in one operation, counted once per fragment spread. */
  maxDirectives: number;
  /** The static cost of one operation (see `measure.ts`). */
  maxCost: number;
  /** What a list without `first` is assumed to hold. */
  defaultListSize: number;
  /**
   * The largest `first` the API serves. A `first` given as a variable counts as this many, since
   * Apollo validates a document once and caches the verdict for every set of variables.
   */
  maxListSize: number;
}

/**
 * The defaults. The admin's registered operations (all checked in `admin-operations.test.ts`) reach
 * at most 1,483 characters and 198 tokens (ProjectDetail), depth 6 (AllocationPicker,
 * DisbursementList), 2 aliases (DashboardSummary), no directives, and a cost of 8,701 (ApiTokenList:
 * 100 tokens × up to 20 towns each; ProjectDetail is 5,611). Every limit but depth is at least twice
 * that; depth keeps 4 levels in hand.
 */
export const limits: Readonly<Limits> = Object.freeze({
  maxSourceLength: 50_000,
  maxTokens: 5_000,
  maxDepth: 10,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 20_000,
  defaultListSize: DEFAULT_PAGE_SIZE,
  maxListSize: MAX_PAGE_SIZE,
});
