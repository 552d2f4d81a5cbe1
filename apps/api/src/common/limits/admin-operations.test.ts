import fs from 'node:fs';
import path from 'node:path';
import { type GraphQLSchema, Kind, type OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../schema';
import { loadTrustedDocuments } from '../trusted-documents';
import { limits } from './limits';
import { measureOperation } from './measure';
import { countTokens, limitRules, parseOptions } from './rules';

const MANIFEST = path.resolve(__dirname, '../../../../admin/src/gql/persisted-documents.json');

/**
 * The admin's registered operations are what production runs for it: every one must pass the
 * limits with room to spare, or the admin breaks on the day a limit or a page grows. "Room" is half
 * of each limit; an operation past that is the moment to look at the limit or at the operation.
 */
describe('the admin’s trusted documents', () => {
  let schema: GraphQLSchema;
  const documents = loadTrustedDocuments(MANIFEST, { required: true });
  const hashes = Object.keys(JSON.parse(fs.readFileSync(MANIFEST, 'utf8')));
  // Half of each limit; depth is the tight one (6 of 10 today), so it keeps 3 levels in hand.
  const room = {
    length: limits.maxSourceLength / 2,
    tokens: limits.maxTokens / 2,
    depth: limits.maxDepth - 3,
    aliases: limits.maxAliases / 2,
    directives: limits.maxDirectives / 2,
    cost: limits.maxCost / 2,
  };

  beforeAll(async () => {
    schema = await createSchema();
  });

  it('the manifest holds the admin’s operations', () => {
    expect(documents.size).toBeGreaterThanOrEqual(20);
  });

  it.each(hashes)('%s parses and validates within the limits, with room to spare', (hash) => {
    const text = documents.get(hash)!;
    const document = parse(text, parseOptions(limits));
    expect(validate(schema, document, [...specifiedRules, ...limitRules(limits)]).map((e) => e.message)).toEqual([]);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const measured = {
      length: text.length,
      tokens: countTokens(text) ?? Number.NaN,
      ...measureOperation(schema, document, operation, limits),
    };
    const tight = Object.entries(measured).filter(([limit, value]) => !(value <= room[limit as keyof typeof room]));
    expect(tight, `${operation.name?.value}: ${JSON.stringify(measured)}`).toEqual([]);
  });
});
