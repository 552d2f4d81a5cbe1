// The limits the guide states, as the API applies them by default (apps/api/src/common/limits/limits.ts,
// src/config.ts, app.ts). e2e/guide-examples.test.ts provokes each one on the built API and checks
// that the API reports these very numbers.

export const API_LIMITS = {
  /** Field nesting of one operation. */
  maxDepth: 10,
  /** Aliased fields in one operation. */
  maxAliases: 30,
  /** Directives in one operation. */
  maxDirectives: 20,
  /** Estimated cost: 1 a field, times `first` under a list (a list without `first`: 20). */
  maxCost: 20_000,
  /** Lexical tokens of the query text. */
  maxTokens: 5_000,
  /** Characters of the query text. */
  maxSourceLength: 50_000,
  /** `first` of any list. */
  maxPageSize: 100,
  defaultPageSize: 20,
  /** What a list without `first` counts as in the cost. */
  defaultListSize: 20,
  /** The request body (JSON), in bytes: 1 MB. */
  maxBodyBytes: 1_048_576,
  /** An unanswered request gets a retryable SERVICE_UNAVAILABLE (503) after this long. */
  requestTimeoutSeconds: 30,
  /** A token is valid for at most a year. */
  tokenMaxValidityYears: 1,
} as const;
