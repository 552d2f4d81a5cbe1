import { registerEnumType } from 'type-graphql';

/** 村类型: a village can carry several. */
export enum VillageCategory {
  FORMER_POVERTY = 'FORMER_POVERTY',
  RELOCATION_COMMUNITY = 'RELOCATION_COMMUNITY',
  DEMONSTRATION = 'DEMONSTRATION',
  WEAK_PARTY_ORG = 'WEAK_PARTY_ORG',
  OTHER = 'OTHER',
}

export const VILLAGE_CATEGORY_LABEL: Record<VillageCategory, string> = {
  FORMER_POVERTY: '脱贫村',
  RELOCATION_COMMUNITY: '易地扶贫搬迁安置社区（800人以上）',
  DEMONSTRATION: '乡村振兴示范村',
  WEAK_PARTY_ORG: '党组织软弱涣散村',
  OTHER: '其他',
};

registerEnumType(VillageCategory, {
  name: 'VillageCategory',
  description: '村类型',
  valuesConfig: Object.fromEntries(
    Object.entries(VILLAGE_CATEGORY_LABEL).map(([value, description]) => [value, { description }]),
  ),
});
