import type { FieldError } from './errors';

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
];

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
