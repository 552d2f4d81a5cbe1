/**
 * What the API lets a viewer do (`Viewer.permissions`). Menus and buttons follow these strings,
 * never role names: the API decides which role holds which permission.
 */
export const Permission = {
  projectWrite: 'project:write',
  fundWrite: 'fund:write',
  userManage: 'user:manage',
  tokenManage: 'token:manage',
  auditRead: 'audit:read',
  piiReveal: 'pii:reveal',
} as const;

export type Permission = (typeof Permission)[keyof typeof Permission];
