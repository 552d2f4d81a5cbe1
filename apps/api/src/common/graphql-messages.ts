import type { FieldError } from './errors';

/**
 * How many variable errors graphql-js's `execute` reports before it stops with one closing error
 * of its own; the compiled executor coerces variables with the same cap.
 */
export const MAX_VARIABLE_ERRORS = 50;

/** graphql-js's closing error past that cap, which it raises without a code. */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/**
 * graphql-js reports bad input in English and echoes the whole value back. Clerks read these
 * messages (a form shows them at the field), so the common ones are said again in Chinese, and the
 * field they concern is named; the original stays in `extensions.detail` for developers.
 */
const RULES: [RegExp, (m: RegExpExecArray) => { message: string; field?: string }][] = [
  [/Value "([^"]*)" does not exist in "(\w+)" enum/, (m) => ({ message: `取值“${m[1]}”不在 ${m[2]} 的可选范围内` })],
  [
    /Field "(\w+)" of required type "([^"]+)" was not provided/,
    (m) => ({ message: `缺少必填项 ${m[1]}`, field: m[1] }),
  ],
  [/Field "(\w+)" is not defined by type "(\w+)"/, (m) => ({ message: `${m[2]} 没有字段 ${m[1]}`, field: m[1] })],
  [/Int cannot represent non-integer value/, () => ({ message: '应为整数' })],
  [/Int cannot represent non 32-bit signed integer value/, () => ({ message: '整数超出范围' })],
  [/String cannot represent a non string value/, () => ({ message: '应为文本' })],
  [/Boolean cannot represent a non boolean value/, () => ({ message: '应为是或否' })],
  [/ID cannot represent value/, () => ({ message: 'ID 格式不正确' })],
  [/Variable "\$(\w+)" of required type "([^"]+)" was not provided/, (m) => ({ message: `缺少变量 ${m[1]}` })],
  [/Variable "\$(\w+)" of non-null type "([^"]+)" must not be null/, (m) => ({ message: `变量 ${m[1]} 不能为空` })],
  [TOO_MANY_VARIABLE_ERRORS, () => ({ message: `输入错误过多，只报告前 ${MAX_VARIABLE_ERRORS} 处` })],
];

/**
 * The code of a graphql-js error about the request that it raises without one (only the closing
 * "too many errors" so far, which Apollo then calls INTERNAL_SERVER_ERROR), so that it is answered
 * as bad input, not as an internal error.
 */
export function codeOfUncodedInputError(message: string): 'BAD_USER_INPUT' | undefined {
  return TOO_MANY_VARIABLE_ERRORS.test(message) ? 'BAD_USER_INPUT' : undefined;
}

/** `Variable "$input" got invalid value … at "input.amount"; <reason>` */
const VARIABLE = /^Variable "\$([^"]+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s;

export function translateInputMessage(message: string): { message: string; fields?: FieldError[] } | undefined {
  const variable = VARIABLE.exec(message);
  const reason = variable ? variable[3] : message;
  let path = variable?.[2]?.split('.').slice(1).join('.') || undefined;
  let text: string | undefined;
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(reason);
    if (!m) continue;
    const said = say(m);
    text = said.message;
    if (said.field) path = path ? `${path}.${said.field}` : said.field;
    break;
  }
  // Our own scalars (Money, Date) already speak Chinese.
  if (!text && /[\u4e00-\u9fff]/.test(reason)) text = reason;
  if (!text) return undefined;
  return path ? { message: `${path}：${text}`, fields: [{ field: path, message: text }] } : { message: text };
}
