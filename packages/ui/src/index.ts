/**
 * @hanbin/ui: shared admin components. Money is always a decimal string and is formatted exactly
 * (bigint fen), never through a float. ID numbers are checked against GB 11643 before they are sent.
 */
export { BarList, type BarListItem, type BarListProps } from './components/BarList';
export { MoneyText, type MoneyTextProps, RateText, type RateTextProps } from './components/MoneyText';
export {
  RegionCascader,
  type RegionCascaderProps,
  type RegionTown,
  type RegionValue,
} from './components/RegionCascader';
export {
  CaseStatusTag,
  FundCategoryTag,
  MonitoringTypeTag,
  OverdueTag,
  ParkLevelTag,
  ProjectStatusTag,
  RoleTag,
  SupervisionStatusTag,
  WarningRuleTag,
} from './components/tags';
export * from './enums/enums';
export * from './idNumber/idNumber';
export * from './locale/zh-CN';
export * from './money/decimal';
export * from './money/format';
export * from './money/rate';
