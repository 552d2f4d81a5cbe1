import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { UUID } from '../../common/ids';
import { SortDirection } from '../../common/page-args';
import { TOWN_CODE, VILLAGE_CODE } from '../place/place.inputs';
import {
  ConstructionType,
  Industry,
  ProjectCategory,
  ProjectStatus,
  TargetLevel,
  TargetOperator,
} from './project.enums';

const DECIMAL = /^-?\d{1,14}(\.\d{1,4})?$/;
const NOT_BLANK = /\S/;

@InputType({ description: '绩效目标' })
export class PerformanceTargetInput {
  @Field(() => TargetLevel) level: TargetLevel;
  @Field() @Length(1, 50, { message: '二级指标应为 1 到 50 个字' }) subLevel: string;
  @Field() @Length(1, 100, { message: '指标名称应为 1 到 100 个字' }) indicator: string;
  @Field(() => TargetOperator) operator: TargetOperator;
  @Field({ description: '十进制字符串，最多 4 位小数' })
  @Matches(DECIMAL, { message: '目标值应为数字，最多 4 位小数' })
  targetValue: string;
  @Field() @Length(1, 20, { message: '单位应为 1 到 20 个字' }) unit: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DECIMAL, { message: '实际值应为数字，最多 4 位小数' })
  actualValue?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{1,3}(\.\d{1,2})?$/, { message: '得分应为 0 到 999.99 之间的数字' })
  score?: string | null;
}

/** Fields a clerk edits; shared by create and update. */
@InputType()
abstract class ProjectFields {
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 100, { message: '项目名称应为 2 到 100 个字' })
  @Matches(NOT_BLANK, { message: '项目名称不能为空' })
  name?: string;

  @Field(() => ProjectCategory, { nullable: true }) category?: ProjectCategory;
  @Field(() => Industry, { nullable: true }) industry?: Industry | null;
  @Field(() => ConstructionType, { nullable: true }) constructionType?: ConstructionType;

  @Field(() => ID, { nullable: true, description: '镇办代码（9 位）' })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;

  @Field(() => ID, { nullable: true, description: '村（社区）代码（12 位），须属于所选镇办' })
  @IsOptional()
  @Matches(VILLAGE_CODE, { message: '村（社区）代码应为 12 位数字' })
  villageCode?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100, { message: '责任单位应为 1 到 100 个字' })
  @Matches(NOT_BLANK, { message: '责任单位不能为空' })
  responsibleUnit?: string;

  @Field({ nullable: true }) @IsOptional() @MaxLength(2000, { message: '建设任务不能超过 2000 个字' }) tasks?: string;
  @Field(() => DateScalar, { nullable: true }) plannedStart?: string | null;
  @Field(() => DateScalar, { nullable: true }) plannedEnd?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '批复文号不能超过 100 个字' })
  approvalDocNo?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '受益户数不能为负' })
  @Max(1_000_000, { message: '受益户数过大' })
  beneficiaryHouseholds?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '受益人数不能为负' })
  @Max(5_000_000, { message: '受益人数过大' })
  beneficiaryPersons?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '脱贫户数不能为负' })
  @Max(1_000_000, { message: '脱贫户数过大' })
  liftedHouseholds?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: '脱贫人口数不能为负' })
  @Max(5_000_000, { message: '脱贫人口数过大' })
  liftedPersons?: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: '联农带农机制不能超过 1000 个字' })
  benefitMechanism?: string;

  @Field(() => [PerformanceTargetInput], { nullable: true, description: '绩效目标；提供时整体替换原有目标' })
  @IsOptional()
  @ArrayMaxSize(50, { message: '绩效目标最多 50 条' })
  @ValidateNested({ each: true })
  performanceTargets?: PerformanceTargetInput[];
}

@InputType({ description: '新建项目' })
export class CreateProjectInput extends ProjectFields {
  @Field({ nullable: true, description: '项目编号；不填则自动生成' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{3,32}$/, { message: '项目编号应为 3 到 32 位字母、数字或连字符' })
  code?: string;

  @Field(() => Int)
  @Min(2016, { message: '年度应在 2016 到 2035 之间' })
  @Max(2035, { message: '年度应在 2016 到 2035 之间' })
  year: number;

  // Required on create; the format rules come from ProjectFields.
  @Field() name: string;
  @Field(() => ProjectCategory) category: ProjectCategory;
  @Field(() => ConstructionType) constructionType: ConstructionType;
  @Field(() => ID) townCode: string;
  @Field() responsibleUnit: string;
}

@InputType({ description: '修改项目：只改提供的字段' })
export class UpdateProjectInput extends ProjectFields {
  @Field(() => Int, { description: '读取时的版本号；他人已修改时返回 CONFLICT' })
  @Min(1)
  version: number;
}

@InputType({ description: '项目状态推进到下一步' })
export class AdvanceProjectStatusInput {
  @Field(() => ID) id: string;
  @Field(() => Int) @Min(1) version: number;
  @Field(() => ProjectStatus, { description: '目标状态，必须是当前状态的下一步' }) to: ProjectStatus;
  @Field(() => DateScalar, { nullable: true, description: '发生日期，默认今天' }) effectiveOn?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(500, { message: '备注不能超过 500 个字' }) note?: string;
}

@InputType({ description: '项目查询条件' })
export class ProjectFilter {
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(TOWN_CODE, { message: '镇办代码应为 9 位数字' })
  townCode?: string;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @Matches(VILLAGE_CODE, { message: '村（社区）代码应为 12 位数字' })
  villageCode?: string;
  @Field(() => [ProjectStatus], { nullable: true }) @IsOptional() @ArrayMaxSize(6) status?: ProjectStatus[];
  @Field(() => ProjectCategory, { nullable: true }) category?: ProjectCategory;
  @Field(() => Industry, { nullable: true }) industry?: Industry;
  @Field(() => ID, { nullable: true, description: '有该资金来源安排的项目' })
  @IsOptional()
  @Matches(UUID, { message: '资金来源 ID 无效' })
  fundSourceId?: string;
  @Field({ nullable: true, description: '名称或编号包含' })
  @IsOptional()
  @Length(1, 50, { message: '搜索词应为 1 到 50 个字' })
  search?: string;
}

export enum ProjectSortField {
  CODE = 'CODE',
  NAME = 'NAME',
  YEAR = 'YEAR',
  ALLOCATED = 'ALLOCATED',
  DISBURSED = 'DISBURSED',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ProjectSortField, { name: 'ProjectSortField' });

@InputType()
export class ProjectSort {
  @Field(() => ProjectSortField, { defaultValue: ProjectSortField.CODE }) field: ProjectSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction: SortDirection;
}
