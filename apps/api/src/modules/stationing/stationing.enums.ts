import { registerLabelledEnum } from '../../common/enums';
import { VillageCategory } from '../place/place.enums';

/** 派出单位类型. */
export enum UnitKind {
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  TOWN = 'TOWN',
  STATE_ENTERPRISE = 'STATE_ENTERPRISE',
  OTHER = 'OTHER',
}

/** 队内职务. */
export enum TeamRole {
  LEADER = 'LEADER',
  MEMBER = 'MEMBER',
}

/** Why a term ended. */
export enum TermEndReason {
  ROTATED = 'ROTATED',
  TERM_COMPLETED = 'TERM_COMPLETED',
  RECALLED = 'RECALLED',
  OTHER = 'OTHER',
}

/** The village kinds that must have a work team and a first secretary (驻村全覆盖). */
export const COVERED_CATEGORIES: readonly VillageCategory[] = [
  VillageCategory.FORMER_POVERTY,
  VillageCategory.RELOCATION_COMMUNITY,
  VillageCategory.WEAK_PARTY_ORG,
  VillageCategory.DEMONSTRATION,
];

registerLabelledEnum(UnitKind, 'UnitKind', '派出单位类型', {
  PROVINCIAL: '省级单位',
  CITY: '市级单位',
  DISTRICT: '区级部门',
  TOWN: '镇办',
  STATE_ENTERPRISE: '国有企业',
  OTHER: '其他',
});
registerLabelledEnum(TeamRole, 'TeamRole', '队内职务', { LEADER: '队长', MEMBER: '队员' });
registerLabelledEnum(TermEndReason, 'TermEndReason', '离任原因', {
  ROTATED: '轮换',
  TERM_COMPLETED: '任期届满',
  RECALLED: '召回',
  OTHER: '其他',
});
