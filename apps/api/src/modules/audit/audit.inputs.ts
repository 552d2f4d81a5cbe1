import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { UUID } from '../../common/ids';

@InputType({ description: '审计日志查询条件' })
export class AuditFilter {
  @Field({ nullable: true, description: '动作代码（见 auditActions），如 project.update、auth.sign_in_failed' })
  @IsOptional()
  @Matches(/^[a-z_.]{1,60}$/, { message: '操作名称不正确' })
  action?: string;
  @Field({ nullable: true, description: '操作人（包含）' }) @IsOptional() @Length(1, 50) actorName?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(UUID, { message: '操作人 ID 无效' }) actorId?: string;
  @Field({ nullable: true, description: '对象类型代码（见 auditEntityTypes），如 project、fund_allocation、user' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: '记录类型不正确' })
  entityType?: string;
  @Field(() => ID, { nullable: true, description: '记录 ID' }) @IsOptional() @Length(1, 64) entityId?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: '镇办代码应为 9 位数字' })
  townCode?: string;
  @Field(() => DateScalar, { nullable: true, description: '起始日期（含）' }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: '截止日期（含）' }) to?: string;
}
