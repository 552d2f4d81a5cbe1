import { Role } from '../../modules/identity/identity.enums';

/** Everyone must change it at first sign-in. */
export const DEMO_INITIAL_PASSWORD = 'Hanbin@2021';

/** One demo account per staff role (partners and BI tools get API tokens, issued in the admin). */
export const DEMO_USERS = [
  { username: 'admin', displayName: '区局管理员', role: Role.DISTRICT_ADMIN, townCode: null, phone: '13800000001' },
  { username: 'staff', displayName: '区局工作人员', role: Role.DISTRICT_STAFF, townCode: null, phone: '13800000002' },
  {
    username: 'yinghu',
    displayName: '瀛湖镇工作人员',
    role: Role.TOWN_STAFF,
    townCode: '610902102',
    phone: '13800000003',
  },
  { username: 'laocheng', displayName: '老城街道工作人员', role: Role.TOWN_STAFF, townCode: '610902001', phone: null },
  { username: 'auditor', displayName: '督查审计人员', role: Role.AUDITOR, townCode: null, phone: null },
] as const;
