import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FeedColumnType, FeedParameterType } from './feeds';

registerEnumType(FeedColumnType, {
  name: 'BiColumnType',
  description: 'BI 数据集列的类型',
  valuesConfig: {
    TEXT: { description: '文字' },
    INTEGER: { description: '整数' },
    MONEY: { description: '金额（元），两位小数的精确值，如 1234.50' },
    RATE: { description: '比例，四位小数，如 0.9967；无定义时为空' },
  },
});
registerEnumType(FeedParameterType, {
  name: 'BiParameterType',
  valuesConfig: {
    YEAR: { description: '四位年度，如 2021' },
    FUND_CATEGORY: { description: '资金类别（FundCategory）' },
  },
});

@ObjectType('BiFeedColumn')
export class BiFeedColumn {
  @Field({ description: 'CSV 英文列名（稳定）' }) key: string;
  @Field({ description: '中文列名（header=label 时为 CSV 表头）' }) label: string;
  @Field(() => FeedColumnType) type: FeedColumnType;
  @Field(() => String, { nullable: true }) description?: string;
}

@ObjectType('BiFeedParameter')
export class BiFeedParameter {
  @Field() name: string;
  @Field(() => FeedParameterType) type: FeedParameterType;
  @Field() required: boolean;
  @Field() description: string;
}

@ObjectType('BiFeed', { description: 'BI 数据集：一个固定的汇总查询，也可按 CSV 下载' })
export class BiFeed {
  @Field(() => ID, { description: '数据集名，如 funding-by-town' }) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [BiFeedParameter]) parameters: BiFeedParameter[];
  @Field(() => [BiFeedColumn]) columns: BiFeedColumn[];
  @Field({ description: '数据集执行的 GraphQL 查询；参数即其变量' }) query: string;
  @Field({ description: 'CSV 地址（相对本服务），如 /api/bi/v1/feeds/funding-by-town.csv' }) csvPath: string;
}
