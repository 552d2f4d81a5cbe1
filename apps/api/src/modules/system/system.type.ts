import { Field, ObjectType } from 'type-graphql';

@ObjectType('SystemInfo', { description: '系统信息' })
export class SystemInfo {
  @Field({ description: '数据库中是否为演示数据（界面据此标注）' }) demoData: boolean;
  @Field(() => String, { nullable: true, description: '演示数据说明' }) demoDataDescription: string | null;
}
