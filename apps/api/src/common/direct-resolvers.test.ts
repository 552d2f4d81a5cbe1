import { execute, type GraphQLSchema, isObjectType, parse } from 'graphql';
import {
  Arg,
  Authorized,
  buildSchema,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  type MiddlewareFn,
  ObjectType,
  Query,
  Resolver,
  Root,
  UseMiddleware,
} from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveFieldMethodsDirectly } from './direct-resolvers';

// A schema of its own (type names that the API's schema does not use), so that each way a field
// resolver can be declared is tried against what type-graphql itself would answer.

@ObjectType('DirectFixtureOwner')
class Owner {
  @Field() name: string;
}

@ObjectType('DirectFixtureThing')
class Thing {
  @Field(() => ID) id: string;
  @Field(() => Int) size: number;
  @Field(() => Owner) owner: Owner;
}

interface FixtureContext {
  roles: string[];
  unit: string;
  calls: string[];
}

const counted: MiddlewareFn<FixtureContext> = async ({ context }, next) => {
  context.calls.push('middleware');
  return next();
};

@Resolver(() => Thing)
class ThingResolver {
  private readonly prefix = '物';

  @Query(() => [Thing])
  directFixtureThings(): Thing[] {
    const owner = Object.assign(new Owner(), { name: '茶园' });
    return [
      Object.assign(new Thing(), { id: 'a', size: 2, owner }),
      Object.assign(new Thing(), { id: 'b', size: 5, owner }),
    ];
  }

  /** A plain object as the parent: not an instance of the class `@Root` declares. */
  @Query(() => Thing)
  directFixturePlainThing(): Thing {
    return { id: 'p', size: 7, owner: { name: '合作社' } } as Thing;
  }

  @FieldResolver(() => String)
  label(@Root() thing: Thing, @Ctx() ctx: FixtureContext): string {
    ctx.calls.push(`label:${thing instanceof Thing}`);
    return `${this.prefix}${thing.id}×${thing.size}`;
  }

  @FieldResolver(() => String)
  unit(@Ctx('unit') unit: string, @Info() info: { fieldName: string }, @Root('size') size: number): string {
    return `${size}${unit}（${info.fieldName}）`;
  }

  /** The parent's property, declared as a class. */
  @FieldResolver(() => String)
  ownerName(@Root('owner') owner: Owner, @Ctx() ctx: FixtureContext): string {
    ctx.calls.push(`owner:${owner instanceof Owner}`);
    return owner.name;
  }

  @Authorized('SECRET')
  @FieldResolver(() => String, { nullable: true })
  secret(@Root() thing: Thing): string {
    return `secret ${thing.id}`;
  }

  @UseMiddleware(counted)
  @FieldResolver(() => Int)
  watched(@Root() thing: Thing): number {
    return thing.size * 10;
  }

  @FieldResolver(() => Int)
  scaled(@Root() thing: Thing, @Arg('by', () => Int) by: number): number {
    return thing.size * by;
  }
}

const QUERY = `{
  directFixtureThings { id label unit watched scaled(by: 3) }
  directFixturePlainThing { id label ownerName }
}`;

async function fixtureSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [ThingResolver],
    authChecker: ({ context }, roles) => roles.every((r) => (context as FixtureContext).roles.includes(r)),
    authMode: 'null',
    validate: false,
  });
}

function run(schema: GraphQLSchema, query: string, roles: string[] = []) {
  const ctx: FixtureContext = { roles, unit: '亩', calls: [] };
  return Promise.resolve(execute({ schema, document: parse(query), contextValue: ctx })).then((result) => ({
    result,
    calls: ctx.calls,
  }));
}

describe('field resolver methods resolved directly', () => {
  let wrapped: GraphQLSchema;
  let direct: GraphQLSchema;
  beforeAll(async () => {
    wrapped = await fixtureSchema();
    direct = resolveFieldMethodsDirectly(await fixtureSchema());
  });

  it('answer what type-graphql answers: parent, context, a context property, info and a parent property', async () => {
    const expected = await run(wrapped, QUERY);
    const actual = await run(direct, QUERY);
    expect(actual.result).toEqual(expected.result);
    expect(actual.result.errors).toBeUndefined();
    expect(actual.result.data?.directFixtureThings).toEqual([
      { id: 'a', label: '物a×2', unit: '2亩（unit）', watched: 20, scaled: 6 },
      { id: 'b', label: '物b×5', unit: '5亩（unit）', watched: 50, scaled: 15 },
    ]);
    // A parent that is not a Thing still reaches the method as a Thing (type-graphql copies it).
    expect(actual.calls.filter((c) => c.startsWith('label'))).toEqual(['label:true', 'label:true', 'label:true']);
    expect(actual.calls.filter((c) => c.startsWith('owner'))).toEqual(['owner:true']);
    expect(actual.result.data?.directFixturePlainThing).toEqual({ id: 'p', label: '物p×7', ownerName: '合作社' });
  });

  it('keep access rules and middlewares: those fields stay with type-graphql', async () => {
    const refused = await run(direct, '{ directFixtureThings { id secret } }');
    expect(refused.result.data?.directFixtureThings).toEqual([
      { id: 'a', secret: null },
      { id: 'b', secret: null },
    ]);
    const allowed = await run(direct, '{ directFixtureThings { secret } }', ['SECRET']);
    expect(allowed.result.data?.directFixtureThings).toEqual([{ secret: 'secret a' }, { secret: 'secret b' }]);
    const watched = await run(direct, '{ directFixtureThings { watched } }');
    expect(watched.calls).toEqual(['middleware', 'middleware']);
  });

  it('replace exactly the plain methods', () => {
    const fieldsOf = (schema: GraphQLSchema) => {
      const type = schema.getType('DirectFixtureThing');
      if (!isObjectType(type)) throw new Error('no DirectFixtureThing');
      return type.getFields();
    };
    const before = fieldsOf(wrapped);
    const after = fieldsOf(direct);
    const replaced = Object.keys(after).filter((name) => after[name].resolve?.name !== before[name].resolve?.name);
    expect(replaced.sort()).toEqual(['label', 'ownerName', 'unit']);
  });
});
