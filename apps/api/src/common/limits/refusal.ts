import { type ASTNode, GraphQLError } from 'graphql';

/**
 * A request the API refuses as a whole, before anything runs: a client-facing code, a Chinese
 * message, and a few plain values that say why (never a stack, a path or a class name).
 */
export class RequestRefusedError extends GraphQLError {
  constructor(
    message: string,
    readonly code: string,
    readonly details: Record<string, string | number> = {},
    options: { nodes?: ASTNode | readonly ASTNode[]; status?: number } = {},
  ) {
    super(message, {
      nodes: options.nodes,
      extensions: { code, ...details, ...(options.status ? { http: { status: options.status } } : {}) },
    });
    this.name = new.target.name;
  }
}

export type LimitName = 'sourceLength' | 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost';

const SAY: Record<LimitName, (value: string, max: number) => string> = {
  sourceLength: (v, max) => `查询文本过长：${v} 个字符，上限 ${max} 个`,
  tokens: (v, max) => `查询过长：${v} 个记号，上限 ${max} 个`,
  depth: (v, max) => `查询嵌套过深：${v} 层，上限 ${max} 层`,
  aliases: (v, max) => `查询使用的别名过多：${v} 个，上限 ${max} 个`,
  directives: (v, max) => `查询使用的指令过多：${v} 个，上限 ${max} 个`,
  cost: (v, max) => `查询代价过高：估算 ${v}，上限 ${max}；请减少每页条数或所选字段`,
};

/** One of the limits in `limits.ts` was passed: `extensions: { code, limit, value, max }`. */
export class QueryTooComplexError extends RequestRefusedError {
  constructor(
    readonly limit: LimitName,
    value: number,
    readonly max: number,
    nodes?: ASTNode | readonly ASTNode[],
  ) {
    // A fragment bomb's counts can pass what a double holds exactly; say "more than" instead.
    const shown = Number.isSafeInteger(value) ? value : Number.MAX_SAFE_INTEGER;
    const text = shown === value ? String(shown) : `超过 ${shown}`;
    super(SAY[limit](text, max), 'QUERY_TOO_COMPLEX', { limit, value: shown, max }, { nodes, status: 400 });
  }
}
