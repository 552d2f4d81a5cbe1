import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../common/pagination';
import { VillageCategory } from './place.enums';

@ObjectType('District', { description: '区' })
export class District {
  @Field(() => ID, { description: '行政区划代码' }) code: string;
  @Field() name: string;
  @Field() city: string;
  @Field() province: string;
}

@ObjectType('Town', { description: '镇 / 街道' })
export class Town {
  @Field(() => ID, { description: '9 位行政区划代码' }) code: string;
  @Field() name: string;
}

@ObjectType('Village', { description: '村 / 社区' })
export class Village {
  @Field(() => ID, { description: '12 位行政区划代码' }) code: string;
  @Field() name: string;
  @Field(() => [VillageCategory], { description: '村类型（可多个）' }) categories: VillageCategory[];
}

export const VillageConnection = connectionType(Village, 'Village');
