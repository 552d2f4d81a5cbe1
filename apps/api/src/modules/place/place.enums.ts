import { registerEnumType } from 'type-graphql';

/** 村类型: a village can carry several. */
export enum VillageCategory {
  FORMER_POVERTY = 'FORMER_POVERTY',
  RELOCATION_COMMUNITY = 'RELOCATION_COMMUNITY',
  DEMONSTRATION = 'DEMONSTRATION',
  WEAK_PARTY_ORG = 'WEAK_PARTY_ORG',
  OTHER = 'OTHER',
}

registerEnumType(VillageCategory, {
  name: 'VillageCategory',
  description: '村类型',
  valuesConfig: {
    FORMER_POVERTY: { description: '脱贫村' },
    RELOCATION_COMMUNITY: { description: '易地扶贫搬迁安置社区（800人以上）' },
    DEMONSTRATION: { description: '乡村振兴示范村' },
    WEAK_PARTY_ORG: { description: '党组织软弱涣散村' },
    OTHER: { description: '其他' },
  },
});
