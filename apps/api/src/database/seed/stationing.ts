import { VillageCategory } from '../../modules/place/place.enums';
import type {
  CadreEntity,
  DispatchingUnitEntity,
  FirstSecretaryEntity,
  WorkTeamEntity,
  WorkTeamMemberEntity,
} from '../../modules/stationing/stationing.entity';
import { COVERED_CATEGORIES, TeamRole, TermEndReason, UnitKind } from '../../modules/stationing/stationing.enums';
import { fullName } from './names';
import type { SeedTown } from './places';
import { addDays, type Random } from './random';

/** 2021 report: 271 first secretaries, 410 work teams with 1,492 members (all in post). */
export const FIRST_SECRETARIES = 271;
export const WORK_TEAMS = 410;
export const TEAM_MEMBERS = 1492;

type Row<T> = Omit<T, 'unit' | 'cadre' | 'team' | 'town' | 'village' | 'leadUnit'>;

/** Kinds of dispatching units and a few synthetic names of each (the bureau's real list is not public here). */
const UNITS: [UnitKind, string[]][] = [
  [UnitKind.PROVINCIAL, ['省农业农村厅（演示）', '省交通运输厅（演示）', '省水利厅（演示）']],
  [
    UnitKind.CITY,
    [
      '市乡村振兴局（演示）',
      '市发展和改革委员会（演示）',
      '市卫生健康委员会（演示）',
      '市教育局（演示）',
      '市住房和城乡建设局（演示）',
    ],
  ],
  [
    UnitKind.DISTRICT,
    [
      '区委组织部',
      '区财政局',
      '区乡村振兴局',
      '区农业农村局',
      '区人力资源和社会保障局',
      '区民政局',
      '区卫生健康局',
      '区教育体育和科技局',
      '区水利局',
      '区自然资源局',
      '区交通运输局',
      '区住房和城乡建设局',
      '区市场监督管理局',
      '区审计局',
      '区统计局',
      '区林业局',
      '区文化和旅游广电局',
      '区应急管理局',
      '区医疗保障局',
      '区税务局',
    ],
  ],
  [
    UnitKind.STATE_ENTERPRISE,
    [
      '国网安康供电公司汉滨分公司（演示）',
      '中国移动安康分公司（演示）',
      '安康农商银行汉滨支行（演示）',
      '汉滨区城投公司（演示）',
    ],
  ],
];
const TITLES = [
  '科员',
  '副科长',
  '科长',
  '副主任科员',
  '主任科员',
  '四级主任科员',
  '三级主任科员',
  '办公室主任',
  '副局长',
];

export interface StationingSeed {
  units: Row<DispatchingUnitEntity>[];
  cadres: Row<CadreEntity>[];
  teams: Row<WorkTeamEntity>[];
  members: Row<WorkTeamMemberEntity>[];
  secretaries: Row<FirstSecretaryEntity>[];
}

/**
 * Every village of a covered kind gets a work team and a first secretary; the remaining teams and
 * secretaries go to other villages, so the counts in post are exactly the report's. Some earlier
 * terms, ended by rotation, are kept as history.
 */
export function buildStationingData(random: Random, towns: SeedTown[], today: string): StationingSeed {
  const at = new Date(`${today}T08:00:00+08:00`);
  const units: Row<DispatchingUnitEntity>[] = UNITS.flatMap(([kind, names]) =>
    names.map((name) => ({ id: random.uuid(), name, kind, createdAt: at })),
  );
  for (const t of towns)
    units.push({ id: random.uuid(), name: `${t.name}人民政府（办事处）`, kind: UnitKind.TOWN, createdAt: at });
  const townUnit = new Map(
    towns.map((t) => [t.code, units.find((u) => u.name.startsWith(t.name)) as Row<DispatchingUnitEntity>]),
  );
  const higherUnits = units.filter((u) => u.kind !== UnitKind.TOWN);

  const villages = towns.flatMap((t) => t.villages);
  const isCovered = (v: (typeof villages)[number]) =>
    v.categories.some((c) => COVERED_CATEGORIES.includes(c as VillageCategory));
  const covered = villages.filter(isCovered);
  const others = random.shuffle(villages.filter((v) => !isCovered(v)));
  if (covered.length > FIRST_SECRETARIES) throw new Error('seed: more covered villages than first secretaries');
  const teamVillages = [...covered, ...others.slice(0, WORK_TEAMS - covered.length)];
  const secretaryVillages = [
    ...covered,
    ...random.shuffle(teamVillages.slice(covered.length)).slice(0, FIRST_SECRETARIES - covered.length),
  ];

  const cadres: Row<CadreEntity>[] = [];
  const newCadre = (unitId: string) => {
    const gender = random.next() < 0.7 ? 'MALE' : 'FEMALE';
    const name = fullName(random, gender, random.int(1965, 1996));
    const cadre = { id: random.uuid(), name, unitId, title: random.pick(TITLES), createdAt: at };
    cadres.push(cadre);
    return cadre;
  };
  const termStart = (earliest: string) => {
    const day = addDays(earliest, random.int(0, 120));
    return day > today ? today : day;
  };

  // Teams: 262 with four members and 148 with three give 1,492 in post.
  const fours = TEAM_MEMBERS - 3 * WORK_TEAMS;
  const teams: Row<WorkTeamEntity>[] = [];
  const members: Row<WorkTeamMemberEntity>[] = [];
  random.shuffle([...teamVillages]).forEach((v, i) => {
    const lead =
      random.next() < 0.7 ? random.pick(higherUnits) : (townUnit.get(v.townCode) as Row<DispatchingUnitEntity>);
    const formedOn = termStart('2021-05-01');
    const team = {
      id: random.uuid(),
      name: `${lead.name.replace(/（演示）$/, '')}驻${v.name}工作队`,
      townCode: v.townCode,
      villageCode: v.code,
      leadUnitId: lead.id,
      formedOn,
      dissolvedOn: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    teams.push(team);
    const size = i < fours ? 4 : 3;
    for (let k = 0; k < size; k++) {
      const unitId = k === 0 ? lead.id : random.next() < 0.5 ? lead.id : random.pick(units).id;
      const startedOn = termStart(formedOn);
      // Now and then the place was held before by someone who rotated out: the history stays.
      if (random.next() < 0.08 && startedOn > formedOn) {
        members.push(memberRow(random, team.id, newCadre(unitId).id, k, formedOn, addDays(startedOn, -1), at));
      }
      members.push(memberRow(random, team.id, newCadre(unitId).id, k, startedOn, null, at));
    }
  });

  const secretaries: Row<FirstSecretaryEntity>[] = [];
  for (const v of secretaryVillages) {
    const unit = random.pick(higherUnits);
    const startedOn = termStart('2021-06-01');
    if (random.next() < 0.2) {
      const before = newCadre(random.pick(higherUnits).id);
      const endedOn = addDays(startedOn, -1);
      secretaries.push({
        id: random.uuid(),
        cadreId: before.id,
        townCode: v.townCode,
        villageCode: v.code,
        startedOn: addDays(endedOn, -random.int(180, 700)),
        endedOn,
        endReason: TermEndReason.ROTATED,
        version: 2,
        createdAt: at,
        updatedAt: at,
      });
    }
    secretaries.push({
      id: random.uuid(),
      cadreId: newCadre(unit.id).id,
      townCode: v.townCode,
      villageCode: v.code,
      startedOn,
      endedOn: null,
      endReason: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
  }
  return { units, cadres, teams, members, secretaries };
}

function memberRow(
  random: Random,
  teamId: string,
  cadreId: string,
  position: number,
  startedOn: string,
  endedOn: string | null,
  at: Date,
): Row<WorkTeamMemberEntity> {
  return {
    id: random.uuid(),
    teamId,
    cadreId,
    role: position === 0 ? TeamRole.LEADER : TeamRole.MEMBER,
    startedOn,
    endedOn,
    endReason: endedOn ? TermEndReason.ROTATED : null,
    version: endedOn ? 2 : 1,
    createdAt: at,
    updatedAt: at,
  };
}
