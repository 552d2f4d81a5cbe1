import { IsInt, Max, MaxLength, ValidateNested } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { validateArgs } from './validate-args';

class Named {
  @MaxLength(4) name: string;
}

/** No rule of its own: inherits Named's. */
class Child extends Named {
  note: string;
}

class Amount {
  @IsInt() @Max(10) value: number;
}

/** No rule on its own fields, one on the nested object. */
class Holder {
  @ValidateNested() amount: Amount;
  free: string;
}

/** No rule at all. */
class Loose {
  anything: unknown;
}

const make = <T extends object>(type: new () => T, values: Partial<T>): T => Object.assign(new type(), values);

async function refusal(value: unknown): Promise<string[]> {
  try {
    await validateArgs(value);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentValidationError);
    return (error as ArgumentValidationError).extensions.validationErrors.map((e) => e.property);
  }
}

describe('validating resolver arguments', () => {
  it('refuses what breaks a rule: own, inherited or on a nested object, alone or in a list', async () => {
    expect(await refusal(make(Named, { name: '汉滨区乡村振兴局' }))).toEqual(['name']);
    expect(await refusal(make(Child, { name: '汉滨区乡村振兴局', note: '' }))).toEqual(['name']);
    expect(await refusal(make(Holder, { amount: make(Amount, { value: 11 }), free: '' }))).toEqual(['amount']);
    expect(await refusal([make(Loose, {}), make(Named, { name: 'toolong' })])).toEqual(['name']);
  });

  it('accepts what keeps the rules, and objects of a class without rules whatever they hold', async () => {
    expect(await refusal(make(Named, { name: '汉滨' }))).toEqual([]);
    expect(await refusal(make(Holder, { amount: make(Amount, { value: 3 }), free: 'x'.repeat(500) }))).toEqual([]);
    expect(await refusal(make(Loose, { anything: { deeply: ['nested', 1] } }))).toEqual([]);
    expect(await refusal({ plain: 'object' })).toEqual([]);
    expect(await refusal(null)).toEqual([]);
    expect(await refusal(42)).toEqual([]);
  });
});
