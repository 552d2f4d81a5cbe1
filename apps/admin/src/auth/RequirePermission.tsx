import type { ReactNode } from 'react';
import { Forbidden } from './Forbidden';
import type { Permission } from './permissions';
import { useCan } from './viewer';

/** A route only some may open: others see 无权访问 (the API refuses them the data anyway). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <Forbidden />;
}
