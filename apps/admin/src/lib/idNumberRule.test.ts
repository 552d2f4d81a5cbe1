import { describe, expect, it } from 'vitest';
import { idNumberRule } from './idNumberRule';

// The example of GB 11643-1999.
const EXAMPLE = '11010519491231002X';

type Validator = (rule: unknown, value: string | undefined) => Promise<void>;
const validate = (value: string | undefined, required = false, search = true) =>
  (idNumberRule({ required, search }) as { validator: Validator }).validator({}, value);

describe('the ID number rule (client side, before any request)', () => {
  it('accepts the standard’s example, with a lower-case x too', async () => {
    await expect(validate(EXAMPLE)).resolves.toBeUndefined();
    await expect(validate('11010519491231002x')).resolves.toBeUndefined();
  });

  it('refuses the example with any one character changed', async () => {
    for (let i = 0; i < EXAMPLE.length; i++) {
      for (const c of '0123456789X') {
        if (c === EXAMPLE[i] || (i < 17 && c === 'X')) continue;
        const changed = `${EXAMPLE.slice(0, i)}${c}${EXAMPLE.slice(i + 1)}`;
        await expect(validate(changed), changed).rejects.toThrow();
      }
    }
  });

  it('says a partial number is not searched, and why a full one is wrong', async () => {
    await expect(validate('610902')).rejects.toThrow('请输入完整的 18 位身份证号，不支持部分号码查询');
    await expect(validate('61090219491231')).rejects.toThrow('请输入完整的 18 位身份证号，不支持部分号码查询');
    await expect(validate('110105194912310021')).rejects.toThrow('身份证号校验码不正确，请核对是否输错');
    await expect(validate('110105194902300021')).rejects.toThrow('身份证号中的出生日期不存在');
    await expect(validate('11010519491231002Y')).rejects.toThrow('身份证号前 17 位应为数字，最后一位为数字或 X');
    // Typed into a form rather than a search, a short number is simply too short.
    await expect(validate('610902', false, false)).rejects.toThrow('身份证号应为 18 位');
  });

  it('lets an empty field pass unless the number is required', async () => {
    await expect(validate('')).resolves.toBeUndefined();
    await expect(validate(undefined)).resolves.toBeUndefined();
    await expect(validate('', true)).rejects.toThrow('请输入身份证号');
  });
});
