import type { RoomAudience } from '../../core/index.ts';
import { isStaff, type Principal } from '../auth/index.ts';

/**
 * Who may see an event. Public: everyone in the room. Staff: hosts and admins. Private: its
 * recipient — and, in a one-to-one call room, the staff serving that customer; never another shopper.
 */
export function canSee(principal: Principal, roomId: string, audience: RoomAudience, recipientId: string | null): boolean {
  if (audience === 'public') return true;
  if (audience === 'staff') return isStaff(principal);
  return recipientId === principal.id || (roomId.startsWith('call:') && isStaff(principal));
}
