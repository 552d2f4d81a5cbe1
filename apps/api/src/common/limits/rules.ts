import {
  Kind,
  Lexer,
  type OperationDefinitionNode,
  type ParseOptions,
  Source,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Limits } from './limits';
import { type Measures, measureOperation } from './measure';
import { type LimitName, QueryTooComplexError } from './refusal';

type MeasuredLimit = Extract<LimitName, keyof Measures>;
const MAX: Record<MeasuredLimit, keyof Limits> = {
  depth: 'maxDepth',
  aliases: 'maxAliases',
  directives: 'maxDirectives',
  cost: 'maxCost',
};

/** An operation whose root asks for nothing but `__schema`, `__type` and `__typename`. */
function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));
}

export interface LimitRuleOptions {
  /**
   * Where introspection is served (development), let an operation that asks for nothing but
   * introspection past the depth and cost limits, so that Apollo Sandbox and other tools can load
   * the schema (the standard introspection query is 15 deep). Aliases and directives still count,
   * and introspection inside any other operation counts in full. Off by default, and meaningless in
   * production, where Apollo refuses `__schema` and `__type` outright.
   */
  exemptIntrospectionOnly?: boolean;
}

/**
 * The validation rules for depth, aliases, directives and cost, one rule per limit, each refusing an
 * operation over its limit with QUERY_TOO_COMPLEX. They share one measurement per operation.
 * Give them to Apollo's `validationRules`; they run beside graphql-js's specified rules.
 */
export function limitRules(limits: Limits, options: LimitRuleOptions = {}): ValidationRule[] {
  const measured = new WeakMap<OperationDefinitionNode, Measures>();
  const measure = (context: ValidationContext, operation: OperationDefinitionNode): Measures => {
    let m = measured.get(operation);
    if (!m) {
      m = measureOperation(context.getSchema(), context.getDocument(), operation, limits);
      measured.set(operation, m);
    }
    return m;
  };
  return (Object.keys(MAX) as MeasuredLimit[]).map((limit) => {
    const max = limits[MAX[limit]];
    const rule: ValidationRule = (context) => ({
      OperationDefinition(operation) {
        const exempt = (limit === 'depth' || limit === 'cost') && options.exemptIntrospectionOnly;
        if (exempt && isIntrospectionOnly(operation)) return false;
        const value = measure(context, operation)[limit];
        if (value > max) context.reportError(new QueryTooComplexError(limit, value, max, operation));
        return false; // the measurement has walked it already
      },
    });
    Object.defineProperty(rule, 'name', { value: `${limit}LimitRule` });
    return rule;
  });
}

/** Apollo's `parseOptions`: the parser stops at the length and token limits, before validation. */
export function parseOptions(limits: Pick<Limits, 'maxSourceLength' | 'maxTokens'>): ParseOptions {
  return { maxSourceLength: limits.maxSourceLength, maxLexicalTokens: limits.maxTokens };
}

/** The tokens the parser counts (comments excluded), or undefined when the text does not lex. */
export function countTokens(text: string): number | undefined {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    return undefined;
  }
  return count;
}
