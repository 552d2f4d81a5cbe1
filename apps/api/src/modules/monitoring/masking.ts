import { maskName } from '../../common/masking';
import type { Viewer } from '../../common/viewer';
import { Permission } from '../identity/identity.enums';

/**
 * What a viewer sees of a person. Staff (signed-in users) work with names; partner tokens see masked
 * names and no address; health needs its own permission. ID numbers and phones are masked for all
 * and revealed one at a time, with a stated purpose, under pii:reveal.
 */
export function personalView(viewer: Viewer) {
  const staff = viewer.kind === 'user';
  return {
    name: (name: string) => (staff ? name : maskName(name)),
    address: (address: string) => (staff ? address : null),
    /** Health details, and the free text of a case (reason, step notes) that often carries them. */
    health: viewer.permissions.has(Permission.HEALTH_READ),
  };
}
