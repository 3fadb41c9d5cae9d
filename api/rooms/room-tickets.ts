import { randomBytes } from 'node:crypto';
import type { Principal } from '../auth/index.ts';

/** A ticket opens one socket, to one room, within this long of being issued. */
export const ticketLifetimeMs = 30_000;

/**
 * One-time tickets for the room socket. A browser cannot send headers with a WebSocket, so the
 * socket URL carries a credential: a ticket that opens one connection and expires in seconds keeps
 * the long-lived token out of URLs, proxy logs and browser history.
 */
export class RoomTickets {
  private readonly open = new Map<string, { principal: Principal; roomId: string; expiresAt: number }>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  issue(principal: Principal, roomId: string): { ticket: string; expiresInMs: number } {
    const now = this.clock().getTime();
    for (const [ticket, entry] of this.open) if (entry.expiresAt <= now) this.open.delete(ticket);
    const ticket = randomBytes(24).toString('base64url');
    this.open.set(ticket, { principal, roomId, expiresAt: now + ticketLifetimeMs });
    return { ticket, expiresInMs: ticketLifetimeMs };
  }

  /** The principal the ticket was issued to, once; null when unknown, used, expired or for another room. */
  redeem(ticket: string, roomId: string): Principal | null {
    const entry = this.open.get(ticket);
    this.open.delete(ticket);
    if (!entry || entry.roomId !== roomId || entry.expiresAt <= this.clock().getTime()) return null;
    return entry.principal;
  }
}
