import {
  type SupervisionGroupEntity,
  type SupervisionGroupTownEntity,
  SupervisionStatus,
  type SupervisionTaskEntity,
} from '../../modules/supervision/supervision.entity';
import { fullName } from './names';
import type { SeedTown } from './places';
import { addDays, earlierDate as minDate, type Random } from './random';

/** 2021 report: 8 supervision groups (巩固衔接工作组), each over several towns. */
export const SUPERVISION_GROUPS = 8;

type Row<T> = Omit<T, 'group' | 'town' | 'village'>;

const GROUP_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八'];
const FINDINGS = [
  ['监测户帮扶措施未落实到位，台账与实际不符', '镇包村干部'],
  ['项目资产未及时移交村集体，管护责任不明确', '镇农业综合服务站'],
  ['村级公示栏信息未按期更新', '村委会'],
  ['部分脱贫户饮水设施冬季冻损，未及时维修', '区水利局'],
  ['驻村工作队员在岗天数不足', '驻村工作队'],
  ['产业园区利益联结合同未签订到户', '园区经营主体'],
  ['衔接资金支出进度滞后', '镇财政所'],
  ['易地搬迁安置社区就业帮扶台账不完整', '社区工作站'],
  ['防返贫监测信息采集不完整、更新不及时', '镇乡村振兴工作站'],
  ['公益性岗位人员管理不规范', '镇人社服务中心'],
] as const;

export interface SupervisionSeed {
  groups: Row<SupervisionGroupEntity>[];
  groupTowns: Row<SupervisionGroupTownEntity>[];
  tasks: Row<SupervisionTaskEntity>[];
}

/** The 8 groups over the 28 towns (3 or 4 each), and tasks in every state, some overdue. */
export function buildSupervisionData(random: Random, towns: SeedTown[], today: string): SupervisionSeed {
  const at = new Date(`${today}T08:00:00+08:00`);
  const groups: Row<SupervisionGroupEntity>[] = GROUP_NUMBERS.map((n, position) => ({
    id: random.uuid(),
    name: `巩固衔接第${n}工作组`,
    leaderName: fullName(random, 'MALE', 1970),
    position,
    createdAt: at,
  }));
  const groupTowns: Row<SupervisionGroupTownEntity>[] = towns.map((t, i) => ({
    townCode: t.code,
    groupId: groups[Math.floor((i * SUPERVISION_GROUPS) / towns.length)].id,
  }));
  const tasks: Row<SupervisionTaskEntity>[] = [];
  const seq = new Map<string, number>();
  for (let i = 0; i < 60; i++) {
    const town = random.pick(towns);
    const village = random.next() < 0.7 ? random.pick(town.villages) : null;
    const foundOn = addDays(today, -random.int(5, 400));
    const deadline = addDays(foundOn, random.pick([15, 30, 30, 60]));
    const year = foundOn.slice(0, 4);
    seq.set(year, (seq.get(year) ?? 0) + 1);
    const [finding, unit] = random.pick(FINDINGS);
    const roll = random.next();
    const status =
      deadline >= today && roll < 0.5
        ? SupervisionStatus.ASSIGNED
        : roll < 0.2
          ? SupervisionStatus.ASSIGNED
          : roll < 0.35
            ? SupervisionStatus.RECTIFIED
            : SupervisionStatus.CLOSED;
    const rectifiedOn =
      status === SupervisionStatus.ASSIGNED ? null : minDate(addDays(foundOn, random.int(3, 40)), today);
    const recheckedOn =
      status === SupervisionStatus.CLOSED && rectifiedOn
        ? minDate(addDays(rectifiedOn, random.int(1, 10)), today)
        : null;
    tasks.push({
      id: random.uuid(),
      code: `DB${year}-${String(seq.get(year)).padStart(4, '0')}`,
      groupId: groupTowns.find((g) => g.townCode === town.code)?.groupId as string,
      townCode: town.code,
      villageCode: village?.code ?? null,
      finding: village ? `${village.name}：${finding}` : finding,
      foundOn,
      assignedUnit:
        unit === '村委会' && village ? villageCommittee(village.name) : `${town.name}${unit.replace(/^镇/, '')}`,
      deadline,
      status,
      rectification: rectifiedOn ? '已完成整改，相关台账和照片已报送（演示）' : null,
      rectifiedOn,
      recheckNote: recheckedOn ? '经复核，整改到位，同意销号' : null,
      recheckedOn,
      failedRechecks: status === SupervisionStatus.CLOSED && random.next() < 0.15 ? 1 : 0,
      closedOn: recheckedOn,
      version: status === SupervisionStatus.ASSIGNED ? 1 : status === SupervisionStatus.RECTIFIED ? 2 : 3,
      createdAt: at,
      updatedAt: at,
    });
  }
  return { groups, groupTowns, tasks };
}

/** 东沟口村 → 东沟口村委会, 江北社区 → 江北社区居委会. */
function villageCommittee(name: string): string {
  return name.endsWith('社区') ? `${name}居委会` : `${name}委会`;
}
