import { registerEnumType } from 'type-graphql';

/** 资金类别 within the integrated fiscal funds (统筹整合财政涉农资金). */
export enum FundCategory {
  BRIDGING = 'BRIDGING',
  OTHER_INTEGRATED = 'OTHER_INTEGRATED',
  EAST_WEST = 'EAST_WEST',
}

export enum FundLevel {
  CENTRAL = 'CENTRAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
  DISTRICT = 'DISTRICT',
}

export const FUND_CATEGORY_LABEL: Record<FundCategory, string> = {
  BRIDGING: '衔接资金',
  OTHER_INTEGRATED: '其他统筹整合财政涉农资金',
  EAST_WEST: '苏陕协作资金',
};

export const FUND_LEVEL_LABEL: Record<FundLevel, string> = {
  CENTRAL: '中央',
  PROVINCIAL: '省级',
  MUNICIPAL: '市级',
  DISTRICT: '区级',
};

registerEnumType(FundCategory, {
  name: 'FundCategory',
  description: '资金类别',
  valuesConfig: {
    BRIDGING: { description: FUND_CATEGORY_LABEL.BRIDGING },
    OTHER_INTEGRATED: { description: FUND_CATEGORY_LABEL.OTHER_INTEGRATED },
    EAST_WEST: { description: FUND_CATEGORY_LABEL.EAST_WEST },
  },
});
registerEnumType(FundLevel, {
  name: 'FundLevel',
  description: '资金级次',
  valuesConfig: {
    CENTRAL: { description: '中央' },
    PROVINCIAL: { description: '省级' },
    MUNICIPAL: { description: '市级' },
    DISTRICT: { description: '区级' },
  },
});
