import { registerLabelledEnum } from '../../common/enums';

/** 园区级别. */
export enum ParkLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
}

/** 经营主体类型. */
export enum OperatorKind {
  ENTERPRISE = 'ENTERPRISE',
  COOPERATIVE = 'COOPERATIVE',
  FAMILY_FARM = 'FAMILY_FARM',
  VILLAGE_COLLECTIVE = 'VILLAGE_COLLECTIVE',
}

/** 利益联结模式. */
export enum BenefitLinkMode {
  ASSET_INCOME = 'ASSET_INCOME',
  LAND_TRANSFER = 'LAND_TRANSFER',
  EQUITY_SHARE = 'EQUITY_SHARE',
  EMPLOYMENT = 'EMPLOYMENT',
  CONSIGNMENT_SALES = 'CONSIGNMENT_SALES',
  PRODUCTION_TRUSTEESHIP = 'PRODUCTION_TRUSTEESHIP',
}

export const PARK_LEVEL_LABEL: Record<ParkLevel, string> = {
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
  CITY: '市级',
  DISTRICT: '区级',
};
export const OPERATOR_KIND_LABEL: Record<OperatorKind, string> = {
  ENTERPRISE: '企业',
  COOPERATIVE: '合作社',
  FAMILY_FARM: '家庭农场',
  VILLAGE_COLLECTIVE: '村集体',
};
export const BENEFIT_LINK_MODE_LABEL: Record<BenefitLinkMode, string> = {
  ASSET_INCOME: '资产收益',
  LAND_TRANSFER: '土地流转',
  EQUITY_SHARE: '资金入股',
  EMPLOYMENT: '务工就业',
  CONSIGNMENT_SALES: '产品代销',
  PRODUCTION_TRUSTEESHIP: '生产托管',
};

registerLabelledEnum(ParkLevel, 'ParkLevel', '园区级别', PARK_LEVEL_LABEL);
registerLabelledEnum(OperatorKind, 'OperatorKind', '经营主体类型', OPERATOR_KIND_LABEL);
registerLabelledEnum(BenefitLinkMode, 'BenefitLinkMode', '利益联结模式', BENEFIT_LINK_MODE_LABEL);
