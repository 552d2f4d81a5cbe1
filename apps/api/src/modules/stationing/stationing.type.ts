import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/date';
import { connectionType } from '../../common/pagination';
import { VillageCategory } from '../place/place.enums';
import { TeamRole, TermEndReason, UnitKind } from './stationing.enums';

@ObjectType('DispatchingUnit', { description: '派出单位' })
export class DispatchingUnit {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => UnitKind) kind: UnitKind;
}

@ObjectType('Cadre', { description: '驻村干部' })
export class Cadre {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: '在派出单位的职务' }) title: string;
}

@ObjectType('WorkTeam', { description: '驻村工作队（组）' })
export class WorkTeam {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => DateScalar) formedOn: string;
  @Field(() => DateScalar, { nullable: true, description: '撤销日期；在驻时为空' }) dissolvedOn: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('WorkTeamMember', { description: '工作队员的一段任期' })
export class WorkTeamMember {
  @Field(() => ID) id: string;
  @Field(() => TeamRole) role: TeamRole;
  @Field(() => DateScalar) startedOn: string;
  @Field(() => DateScalar, { nullable: true, description: '离队日期；在岗时为空' }) endedOn: string | null;
  @Field(() => TermEndReason, { nullable: true }) endReason: TermEndReason | null;
  @Field(() => Int) version: number;
}

@ObjectType('FirstSecretary', { description: '第一书记的一段任期' })
export class FirstSecretary {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) startedOn: string;
  @Field(() => DateScalar, { nullable: true, description: '离任日期；在任时为空' }) endedOn: string | null;
  @Field(() => TermEndReason, { nullable: true }) endReason: TermEndReason | null;
  @Field(() => Int) version: number;
}

@ObjectType('VillageCoverage', { description: '应覆盖村（社区）的驻村情况' })
export class VillageCoverage {
  @Field(() => ID) villageCode: string;
  @Field() villageName: string;
  @Field(() => [VillageCategory]) categories: VillageCategory[];
  @Field({ description: '有在驻工作队且至少一名队员在岗（没有在岗队员的工作队不算驻村）' }) hasTeam: boolean;
  @Field(() => ID, { nullable: true, description: '在驻工作队（含没有在岗队员的）；没有时为空' })
  teamId: string | null;
  @Field(() => Int, { description: '在岗队员数' }) members: number;
  @Field({ description: '有在任第一书记' }) hasFirstSecretary: boolean;
}

@ObjectType('TownCoverage', { description: '一个镇办的驻村覆盖' })
export class TownCoverage {
  @Field(() => ID) townCode: string;
  @Field() townName: string;
  @Field(() => Int, { description: '应覆盖村（社区）数' }) covered: number;
  @Field(() => Int, { description: '有在驻工作队且有在岗队员的村（社区）数' }) withTeam: number;
  @Field(() => Int) withFirstSecretary: number;
  @Field(() => [VillageCoverage], { description: '应覆盖的全部村（社区），按代码排列' })
  villages: VillageCoverage[];
  @Field(() => [VillageCoverage], { description: '缺工作队（或工作队没有在岗队员）或缺第一书记的村（社区）' })
  gaps: VillageCoverage[];
}

@ObjectType('StationingCoverage', { description: '驻村全覆盖情况：脱贫村、800 人以上安置社区、软弱涣散村、示范村' })
export class StationingCoverage {
  @Field(() => [VillageCategory], { description: '应覆盖的村类型' }) categories: VillageCategory[];
  @Field(() => Int) covered: number;
  @Field(() => Int, { description: '有在驻工作队且有在岗队员的村（社区）数' }) withTeam: number;
  @Field(() => Int) withFirstSecretary: number;
  @Field(() => [TownCoverage]) towns: TownCoverage[];
}

@ObjectType('StationingSummary', { description: '驻村帮扶汇总（在岗、在任的人数）' })
export class StationingSummary {
  @Field(() => Int, { description: '在任第一书记' }) firstSecretaries: number;
  @Field(() => Int, { description: '在驻工作队（组）' }) workTeams: number;
  @Field(() => Int, { description: '在岗工作队员' }) members: number;
}

export const WorkTeamConnection = connectionType(WorkTeam, 'WorkTeam');
export const CadreConnection = connectionType(Cadre, 'Cadre');
export const FirstSecretaryConnection = connectionType(FirstSecretary, 'FirstSecretary');
