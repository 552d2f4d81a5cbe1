export { type FormatError, stripSuggestions, withRequestGuards } from './format';
export { graphqlHardening, type Hardening, type HardeningOptions } from './hardening';
export { type Limits, limits } from './limits';
export { type CostOptions, type Measures, measureOperation } from './measure';
export { type LimitName, QueryTooComplexError, RequestRefusedError } from './refusal';
export { countTokens, type LimitRuleOptions, limitRules, parseOptions } from './rules';
