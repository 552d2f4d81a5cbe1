import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { VillageCategory } from './place.enums';

export const TOWN_CODE = /^\d{9}$/;
export const VILLAGE_CODE = /^\d{12}$/;

@InputType({ description: '村查询条件' })
export class VillageFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;

  @Field(() => VillageCategory, { nullable: true })
  category?: VillageCategory;

  @Field({ nullable: true, description: '名称包含' })
  @IsOptional()
  @Length(1, 50, { message: '搜索词长度应在 1 到 50 个字之间' })
  search?: string;
}
