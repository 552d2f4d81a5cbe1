import { Authorized, Query, Resolver } from 'type-graphql';
import { Permission } from '../identity/identity.enums';
import { BiFeed } from './bi.type';
import { describeFeed, FEEDS } from './feeds';

@Resolver(() => BiFeed)
export class BiFeedResolver {
  @Authorized(Permission.SUMMARY_READ)
  @Query(() => [BiFeed], { description: 'BI 数据集目录：每个数据集的查询、参数、列与 CSV 地址' })
  biFeeds(): BiFeed[] {
    return FEEDS.map(describeFeed);
  }
}
