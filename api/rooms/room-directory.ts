import type { Booking, RoomSummary, SessionMode } from '../../core/index.ts';
import { isStaff, type Principal } from '../auth/index.ts';
import type { BookingDesk } from '../bookings/index.ts';
import type { ShowDirectory } from '../shows/show-directory.ts';

/** A room as the conversation sees it: how the brain runs in it and whether the bot answers. */
export interface RoomDescription {
  summary: RoomSummary;
  mode: SessionMode;
  botAnswers: boolean;
}

export type RoomEntry = { ok: true; room: RoomDescription } | { ok: false; code: 4403 | 4404; reason: string };

/** Resolves room ids (`show:<id>`, `call:<bookingId>`) and decides who may enter. */
export class RoomDirectory {
  constructor(
    private readonly shows: ShowDirectory,
    private readonly bookings: BookingDesk,
  ) {}

  async describe(roomId: string): Promise<RoomDescription | null> {
    if (roomId.startsWith('show:')) {
      const show = await this.shows.forRoom(roomId);
      if (!show) return null;
      return { summary: { id: roomId, kind: 'show', title: show.title, mode: show.mode }, mode: show.mode, botAnswers: show.settings.botAnswers };
    }
    if (roomId.startsWith('call:')) {
      const booking = await this.bookings.get(roomId.slice('call:'.length));
      if (!booking) return null;
      return { summary: { id: roomId, kind: 'call', title: `Private call with ${booking.staffName}`, mode: 'concierge' }, mode: 'concierge', botAnswers: true };
    }
    return null;
  }

  /**
   * Shows are open to every signed-in participant. A call admits its booked customer, the stylist
   * it is booked with (a host token of `staff:<staffId>`), admins and the agent service.
   */
  async enter(principal: Principal, roomId: string): Promise<RoomEntry> {
    const room = await this.describe(roomId);
    if (!room) return { ok: false, code: 4404, reason: 'There is no such room (it may have ended or been cancelled).' };
    if (room.summary.kind === 'show') {
      return principal.role === 'customer' && principal.room ? { ok: false, code: 4403, reason: 'This token is for a private call, not a show.' } : { ok: true, room };
    }
    const booking = (await this.bookings.get(roomId.slice('call:'.length)))!;
    const admitted = servesCall(principal, booking) || (principal.role === 'customer' && principal.room === roomId);
    if (!admitted) return { ok: false, code: 4403, reason: "This call is private to its booked customer and the store's staff." };
    if (booking.status === 'cancelled' && !isStaff(principal)) return { ok: false, code: 4404, reason: 'This call was cancelled. You can book a new one on the booking page.' };
    return { ok: true, room };
  }
}

/** The staff who may serve a call: its stylist, any admin, and the agent service. */
export function servesCall(principal: Principal, booking: Pick<Booking, 'staffId'>): boolean {
  return principal.role === 'admin' || principal.role === 'agent' || (principal.role === 'host' && principal.id === `staff:${booking.staffId}`);
}
