import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter, idNumberProblem, isValidIdNumber, normalizeIdNumber } from './idNumber';

// The example in GB 11643-1999.
const EXAMPLE = '11010519491231002X';

describe('ID number (GB 11643-1999)', () => {
  it('accepts the standard’s example, also typed with a lower-case x and spaces', () => {
    expect(idNumberCheckCharacter(EXAMPLE.slice(0, 17))).toBe('X');
    expect(isValidIdNumber(EXAMPLE)).toBe(true);
    expect(isValidIdNumber(' 110105 19491231 002x ')).toBe(true);
    expect(normalizeIdNumber('11010519491231002x')).toBe(EXAMPLE);
  });

  it('refuses every single-digit change of the example', () => {
    for (let i = 0; i < 18; i++) {
      const alternatives = i === 17 ? '0123456789' : '0123456789'.replace(EXAMPLE[i], '');
      for (const c of alternatives) {
        const changed = `${EXAMPLE.slice(0, i)}${c}${EXAMPLE.slice(i + 1)}`;
        expect(isValidIdNumber(changed), changed).toBe(false);
      }
    }
  });

  it('says what is wrong', () => {
    expect(idNumberProblem('')).toBe('EMPTY');
    expect(idNumberProblem('610902')).toBe('LENGTH');
    expect(idNumberProblem('1101051949123100')).toBe('LENGTH');
    expect(idNumberProblem('11010519491231002XX')).toBe('LENGTH');
    expect(idNumberProblem('1101051949123100XX')).toBe('FORMAT');
    expect(idNumberProblem('110105194902300021')).toBe('BIRTH_DATE'); // 30 February
    expect(idNumberProblem('110105299901010021', new Date(2026, 0, 1))).toBe('BIRTH_DATE'); // not born yet
    expect(idNumberProblem('110105194912310021')).toBe('CHECK_DIGIT');
  });
});
