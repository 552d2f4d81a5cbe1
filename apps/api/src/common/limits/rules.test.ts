import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getIntrospectionQuery,
  Kind,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../schema';
import { stripSuggestions, withRequestGuards } from './format';
import { type Limits, limits } from './limits';
import { measureOperation } from './measure';
import { QueryTooComplexError } from './refusal';
import { type LimitRuleOptions, limitRules, parseOptions } from './rules';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/** What a client would see for one refusal: code, limit, value, max and the message. */
function said(error: unknown) {
  const format = withRequestGuards(() => ({ message: 'inner', extensions: { code: 'INNER' } }), {
    hideSuggestions: true,
  });
  const formatted = format({ message: (error as Error).message }, error);
  return { message: formatted.message, ...formatted.extensions };
}

/** Parses with the parser limits; a refusal comes back as what the client would see. */
function parseLimited(query: string, with_: Limits = limits): DocumentNode | ReturnType<typeof said> {
  try {
    return parse(query, parseOptions(with_));
  } catch (error) {
    return said(error);
  }
}

/** The specified rules plus ours, as Apollo runs them; returns our refusals and the rest apart. */
function check(query: string | DocumentNode, with_: Limits = limits, options: LimitRuleOptions = {}) {
  const document = typeof query === 'string' ? parse(query) : query;
  const errors = validate(schema, document, [...specifiedRules, ...limitRules(with_, options)]);
  return {
    refusals: errors.filter((e) => e instanceof QueryTooComplexError).map(said),
    others: errors.filter((e) => !(e instanceof QueryTooComplexError)).map((e) => e.message),
  };
}

function measure(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return measureOperation(schema, document, operation, limits);
}

const refusal = (limit: string, value: number, max: number) => ({
  code: 'QUERY_TOO_COMPLEX',
  limit,
  value,
  max,
  message: expect.stringMatching(new RegExp(`\\p{Script=Han}.*${value}.*${max}`, 'u')),
});

/** `disbursements … node { reverses { reverses { … id } } }`: `depth` fields deep, no list multiplied. */
function nested(depth: number): string {
  const reverses = depth - 4; // disbursements, edges, node … id
  return `{ disbursements(first: 1) { edges { node { ${'reverses { '.repeat(reverses)}id${' }'.repeat(reverses)} } } } }`;
}

describe('depth', () => {
  it(`passes at ${limits.maxDepth} and is refused at ${limits.maxDepth + 1}`, () => {
    expect(measure(nested(limits.maxDepth)).depth).toBe(limits.maxDepth);
    expect(check(nested(limits.maxDepth))).toEqual({ refusals: [], others: [] });
    expect(check(nested(limits.maxDepth + 1))).toEqual({ refusals: [refusal('depth', 11, 10)], others: [] });
  });

  it('follows fragments, however they are split', () => {
    const split = (depth: number) => `
      query { ...Root }
      fragment Root on Query { disbursements(first: 1) { ...Page } }
      fragment Page on DisbursementConnection { edges { node { ...Chain } } }
      fragment Chain on Disbursement { ${'reverses { '.repeat(depth - 4)}... on Disbursement { id }${' }'.repeat(depth - 4)} }`;
    expect(check(split(10)).refusals).toEqual([]);
    expect(check(split(11)).refusals).toEqual([refusal('depth', 11, 10)]);
  });

  it('counts introspection fields like any other', () => {
    const ofType = (n: number) => `${'ofType { '.repeat(n)}name${' }'.repeat(n)}`;
    // __schema, types, fields, type, then ofType … name
    const introspection = (depth: number) => `{ __schema { types { fields { type { ${ofType(depth - 5)} } } } } }`;
    expect(check(introspection(10)).refusals).toEqual([]);
    expect(check(introspection(11)).refusals).toEqual([refusal('depth', 11, 10)]);
    expect(check(`{ __type(name: "Project") { fields { type { ${ofType(7)} } } } }`).refusals).toEqual([
      refusal('depth', 11, 10),
    ]);
  });

  it('the standard introspection query is refused, unless introspection-only operations are exempted (development)', () => {
    const standard = getIntrospectionQuery();
    expect(check(standard).refusals).toEqual([
      refusal('depth', 15, 10),
      refusal('cost', measure(standard).cost, 20_000),
    ]);
    expect(check(standard, limits, { exemptIntrospectionOnly: true })).toEqual({ refusals: [], others: [] });
    // Only an operation asking for nothing else is exempt.
    const deep = `__schema { types { fields { type { ${'ofType { '.repeat(7)}name${' }'.repeat(7)} } } } }`;
    expect(check(`{ ${deep} }`, limits, { exemptIntrospectionOnly: true }).refusals).toEqual([]);
    expect(check(`{ systemInfo { demoData } ${deep} }`, limits, { exemptIntrospectionOnly: true }).refusals).toEqual([
      refusal('depth', 12, 10),
    ]);
  });

  it('a deeply nested fragment cycle is refused, and measuring it ends', () => {
    // F0 → F1 → … → F49 → F0, each one level deeper: unbounded if it were followed.
    const fragments = Array.from(
      { length: 50 },
      (_, i) => `fragment F${i} on Disbursement { reverses { id ...F${(i + 1) % 50} } }`,
    ).join('\n');
    const { refusals, others } = check(`{ disbursements(first: 1) { edges { node { ...F0 } } } }\n${fragments}`);
    expect(others.some((m) => /Cannot spread fragment "F0" within itself/.test(m))).toBe(true);
    // disbursements, edges, node, 50 × reverses, id
    expect(refusals).toEqual([refusal('depth', 54, 10)]);
  });

  it('a fragment spreading itself is refused', () => {
    const { others } = check(
      '{ disbursements(first: 1) { edges { node { ...R } } } } fragment R on Disbursement { reverses { ...R } }',
    );
    expect(others).toEqual(['Cannot spread fragment "R" within itself.']);
  });
});

describe('aliases', () => {
  const aliased = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: systemInfo { demoData }`).join(' ')} }`;

  it(`passes at ${limits.maxAliases} and is refused at ${limits.maxAliases + 1}`, () => {
    expect(check(aliased(30))).toEqual({ refusals: [], others: [] });
    expect(check(aliased(31))).toEqual({ refusals: [refusal('aliases', 31, 30)], others: [] });
  });

  it('counts an aliased fragment once per spread', () => {
    const spreads = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `s${i}: systemInfo { ...Info }`).join(' ')} } fragment Info on SystemInfo { d: demoData }`;
    expect(check(spreads(15)).refusals).toEqual([]); // 15 + 15
    expect(check(spreads(16)).refusals).toEqual([refusal('aliases', 32, 30)]);
  });

  it('1,000 aliases of the sign-in mutation: refused by the parser first, and by the alias rule too', () => {
    const signIns = `mutation { ${Array.from(
      { length: 1000 },
      (_, i) => `a${i}: signIn(input: { username: "admin", password: "guess-${i}" }) { role }`,
    ).join(' ')} }`;
    expect(parseLimited(signIns)).toEqual(refusal('sourceLength', signIns.length, 50_000));
    // 18 tokens an alias, 3 around them
    expect(parseLimited(signIns, { ...limits, maxSourceLength: 1_000_000 })).toEqual(refusal('tokens', 18_003, 5_000));
    expect(check(signIns).refusals).toEqual([refusal('aliases', 1000, 30)]);
  });
});

describe('directives', () => {
  const directed = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `d${i}: systemInfo @include(if: true) { demoData }`).join(' ')} }`;

  it(`passes at ${limits.maxDirectives} and is refused at ${limits.maxDirectives + 1}`, () => {
    expect(check(directed(20))).toEqual({ refusals: [], others: [] });
    expect(check(directed(21))).toEqual({ refusals: [refusal('directives', 21, 20)], others: [] });
  });

  it('counts the directives of a fragment once per spread, and those on the operation', () => {
    const q = (n: number) =>
      `query Q @skip(if: false) { ${Array.from({ length: n }, (_, i) => `s${i}: systemInfo { ...Info }`).join(' ')} } fragment Info on SystemInfo { demoData @include(if: true) }`;
    expect(check(q(19)).refusals).toEqual([]);
    expect(check(q(20)).refusals).toEqual([refusal('directives', 21, 20)]);
  });
});

describe('cost', () => {
  it('is 1 a field, times `first` under a list, with edges not counted twice', () => {
    // fundSources 1 + 7 × (edges 1 + 1 × (node 1 + id 1))
    expect(measure('{ fundSources(first: 7) { edges { node { id } } } }').cost).toBe(22);
    // no `first`: the schema's default (20)
    expect(measure('{ fundSources { edges { node { id } } } }').cost).toBe(61);
    // a variable may be anything up to 100
    expect(measure('query ($n: Int) { fundSources(first: $n) { edges { node { id } } } }').cost).toBe(301);
    // more than the API serves counts as what it serves
    expect(measure('{ fundSources(first: 5000) { edges { node { id } } } }').cost).toBe(301);
    // a list without `first` (28 towns, each town's villages) counts 20
    expect(measure('{ towns { code villages { code } } }').cost).toBe(1 + 20 * (1 + 1 + 20 * 1));
  });

  // fundSources(first: 100) { edges { node { id × k } } } costs 1 + 100 × (2 + k); each root __typename 1.
  const costing = (cost: number) => {
    const k = Math.floor((cost - 201) / 100);
    const rest = cost - 201 - 100 * k;
    return `{ fundSources(first: 100) { edges { node { ${'id '.repeat(k)}} } } ${'__typename '.repeat(rest)}}`;
  };

  it(`passes at ${limits.maxCost} and is refused at ${limits.maxCost + 1}`, () => {
    expect(measure(costing(20_000)).cost).toBe(20_000);
    expect(check(costing(20_000))).toEqual({ refusals: [], others: [] });
    expect(check(costing(20_001))).toEqual({ refusals: [refusal('cost', 20_001, 20_000)], others: [] });
  });

  it('a fragment bomb is measured without expanding it, and refused', () => {
    // F0 spreads F1 ten times, F1 spreads F2 ten times …: 10^12 fields if expanded.
    const bomb = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ${`...F${i + 1} `.repeat(10)}}`);
    bomb.push('fragment F12 on Query { __typename }');
    const { refusals } = check(`{ ...F0 }\n${bomb.join('\n')}`);
    expect(refusals).toEqual([refusal('cost', 1e12, 20_000)]);
  });

  it('nested lists multiply', () => {
    const { refusals } = check('{ projects(first: 100) { edges { node { allocations { disbursements { id } } } } } }');
    // projects 1 + 100 × (edges 1 + node 1 + allocations 1 + 20 × (disbursements 1 + 20 × id 1))
    expect(refusals).toEqual([refusal('cost', 42_301, 20_000)]);
  });
});

describe('parser limits', () => {
  const tokens = (n: number) => `{ ${'a '.repeat(n - 2)}}`; // { a a … } has n tokens

  it(`${limits.maxTokens} tokens parse, ${limits.maxTokens + 1} are refused before any validation`, () => {
    expect(parseLimited(tokens(5_000))).toHaveProperty('kind', Kind.DOCUMENT);
    expect(parseLimited(tokens(5_001))).toEqual(refusal('tokens', 5_001, 5_000));
    // Comments are not tokens.
    expect(parseLimited(`${tokens(5_000)}\n# ${'comment '.repeat(100)}`)).toHaveProperty('kind', Kind.DOCUMENT);
  });

  it(`${limits.maxSourceLength} characters parse, ${limits.maxSourceLength + 1} are refused before any token is read`, () => {
    const padded = (n: number) => `{ __typename }${' '.repeat(n - 14)}`;
    expect(parseLimited(padded(50_000))).toHaveProperty('kind', Kind.DOCUMENT);
    expect(parseLimited(padded(50_001))).toEqual(refusal('sourceLength', 50_001, 50_000));
  });
});

describe('reporting', () => {
  it('a value past what a double holds is reported as "more than", not as a wrong number', () => {
    const error = new QueryTooComplexError('cost', 1e300, 20_000);
    expect(error.extensions).toMatchObject({ value: Number.MAX_SAFE_INTEGER, max: 20_000 });
    expect(error.message).toMatch(/超过 9007199254740991/);
  });
});

describe('stripSuggestions', () => {
  it.each([
    ['Cannot query field "nme" on type "Project". Did you mean "name"?', 'Cannot query field "nme" on type "Project".'],
    [
      'Unknown argument "frist" on field "Query.projects". Did you mean "first"?',
      'Unknown argument "frist" on field "Query.projects".',
    ],
    [
      'Variable "$s" got invalid value "BRIDGIN"; Value "BRIDGIN" does not exist in "FundCategory" enum. Did you mean the enum value "BRIDGING"?',
      'Variable "$s" got invalid value "BRIDGIN"; Value "BRIDGIN" does not exist in "FundCategory" enum.',
    ],
    ['Unknown type "Projet". Did you mean "Project", "ProjectEdge", or "ProjectSort"?', 'Unknown type "Projet".'],
    ['Cannot query field "x" on type "Query".', 'Cannot query field "x" on type "Query".'],
  ])('%s', (message, stripped) => {
    expect(stripSuggestions(message)).toBe(stripped);
  });

  it('leaves no suggestion in what graphql-js says about a misspelt field', () => {
    const [error] = validate(schema, parse('{ projcts { totalCount } }'));
    expect(error.message).toMatch(/Did you mean/);
    expect(stripSuggestions(error.message)).toBe('Cannot query field "projcts" on type "Query".');
  });

  it('withRequestGuards strips them from the message and the detail in production only', () => {
    const inner = (f: { message: string }) => ({
      message: f.message,
      extensions: { code: 'BAD_USER_INPUT', detail: f.message },
    });
    const error = new GraphQLError(
      'Value "X" does not exist in "FundCategory" enum. Did you mean the enum value "EAST_WEST"?',
    );
    const production = withRequestGuards(inner, { hideSuggestions: true })({ message: error.message }, error);
    expect(JSON.stringify(production)).not.toMatch(/Did you mean|EAST_WEST/);
    const development = withRequestGuards(inner, { hideSuggestions: false })({ message: error.message }, error);
    expect(development.message).toMatch(/Did you mean the enum value "EAST_WEST"\?/);
  });
});
