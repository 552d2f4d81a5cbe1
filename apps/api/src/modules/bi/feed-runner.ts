import type { FormattedExecutionResult } from 'graphql';
import { AppError, type ErrorCode, UserInputError } from '../../common/errors';
import type { Context } from '../../context';
import { FundCategory } from '../fund/fund.enums';
import { type Feed, FeedParameterType, type FeedRow } from './feeds';

/** Runs a GraphQL document in-process as the context's viewer (the server's own Apollo instance). */
export type Execute = (
  query: string,
  variables: Record<string, unknown>,
  context: Context,
) => Promise<FormattedExecutionResult>;

export type HeaderStyle = 'key' | 'label';

export interface FeedRequest {
  variables: Record<string, unknown>;
  header: HeaderStyle;
}

const YEAR = /^\d{4}$/;

/**
 * A feed's URL query → the document's variables, refusing what the feed does not take (a typo in a
 * BI tool's URL should fail loudly, not return another year's figures).
 */
export function parseFeedQuery(feed: Feed, query: Record<string, unknown>): FeedRequest {
  const allowed = new Set([...feed.parameters.map((p) => p.name), 'header']);
  const unknown = Object.keys(query).filter((k) => !allowed.has(k));
  if (unknown.length) {
    const accepted = [...allowed].join('、');
    throw new UserInputError(`不认识的参数：${unknown.join('、')}；本数据集接受：${accepted}`);
  }
  const variables: Record<string, unknown> = {};
  for (const parameter of feed.parameters) {
    const raw = query[parameter.name];
    if (raw === undefined || raw === '') {
      if (parameter.required)
        throw UserInputError.field(parameter.name, `缺少参数 ${parameter.name}（${parameter.description}）`);
      continue;
    }
    if (typeof raw !== 'string') throw UserInputError.field(parameter.name, `参数 ${parameter.name} 只能给一次`);
    switch (parameter.type) {
      case FeedParameterType.YEAR:
        if (!YEAR.test(raw))
          throw UserInputError.field(parameter.name, `年度应为四位数字，如 2021，收到「${raw.slice(0, 20)}」`);
        variables[parameter.name] = Number(raw);
        break;
      case FeedParameterType.FUND_CATEGORY:
        if (!(Object.values(FundCategory) as string[]).includes(raw)) {
          throw UserInputError.field(
            parameter.name,
            `资金类别应为 ${Object.values(FundCategory).join('、')} 之一，收到「${raw.slice(0, 20)}」`,
          );
        }
        variables[parameter.name] = raw;
        break;
    }
  }
  const header = query.header ?? 'key';
  if (header !== 'key' && header !== 'label')
    throw UserInputError.field('header', 'header 应为 key（英文列名）或 label（中文列名）');
  return { variables, header };
}

/** The feed's rows, or the first error the query met, as the same error GraphQL would return. */
export async function runFeed(
  feed: Feed,
  variables: Record<string, unknown>,
  ctx: Context,
  execute: Execute,
): Promise<FeedRow[]> {
  const result = await execute(feed.query, variables, ctx);
  const first = result.errors?.[0];
  if (first || !result.data) {
    const { code, http: _http, ...extra } = (first?.extensions ?? {}) as { code?: string } & Record<string, unknown>;
    throw new AppError((code ?? 'INTERNAL_SERVER_ERROR') as ErrorCode, first?.message ?? '数据集查询失败', extra);
  }
  return feed.rows(result.data);
}
