import type { RoomAudience, RoomEvent, RoomEventBody, ServerFrame } from '../../core/index.ts';
import { isStaff, type Principal } from '../auth/index.ts';
import type { RoomLog } from './room-log.ts';
import { canSee } from './room-visibility.ts';

/** One open connection to a room (a browser tab, the LiveKit adapter). */
export interface RoomConnection {
  principal: Principal;
  send(frame: ServerFrame): void;
}

export interface Delivery {
  audience: RoomAudience;
  /** For private events: the one participant who sees it. */
  recipientId?: string | null;
  /** Transient events (reply deltas, presence, notices) are delivered but not kept in the history. */
  persist?: boolean;
}

export interface Takeover {
  active: boolean;
  by: string | null;
}

/**
 * Who is in which room, and delivery of events to exactly the connections allowed to see them.
 * In one process; across api instances the same events would travel over Postgres LISTEN/NOTIFY.
 */
export class RoomHub {
  private readonly rooms = new Map<string, Set<RoomConnection>>();
  private readonly takeovers = new Map<string, Takeover>();
  private readonly peaks = new Map<string, number>();
  private readonly listeners: ((roomId: string, viewers: number) => void)[] = [];

  constructor(
    private readonly log: RoomLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Adds a connection; returns the function that removes it. Presence goes to everyone. */
  join(roomId: string, connection: RoomConnection): () => void {
    const connections = this.rooms.get(roomId) ?? new Set();
    this.rooms.set(roomId, connections);
    connections.add(connection);
    this.presenceChanged(roomId);
    return () => {
      connections.delete(connection);
      if (connections.size === 0) this.rooms.delete(roomId);
      this.presenceChanged(roomId);
    };
  }

  /** Sends an event to the room (persisted unless transient) and returns it as delivered. */
  async publish(roomId: string, body: RoomEventBody, delivery: Delivery): Promise<RoomEvent> {
    const recipientId = delivery.audience === 'private' ? (delivery.recipientId ?? null) : null;
    const event: RoomEvent =
      delivery.persist === false
        ? { seq: null, roomId, at: this.clock().toISOString(), audience: delivery.audience, recipientId, event: body }
        : await this.log.append(roomId, delivery.audience, recipientId, body);
    for (const connection of this.rooms.get(roomId) ?? []) {
      if (canSee(connection.principal, roomId, event.audience, event.recipientId)) connection.send({ type: 'event', event });
    }
    return event;
  }

  /** A notice for one participant only, never kept: rate limits, invalid messages. */
  notify(roomId: string, participantId: string, notice: Extract<RoomEventBody, { type: 'notice' }>) {
    void this.publish(roomId, notice, { audience: 'private', recipientId: participantId, persist: false });
  }

  /** Shoppers present (viewers and customers), one entry per participant however many tabs. */
  shoppers(roomId: string): Principal[] {
    const byId = new Map<string, Principal>();
    for (const { principal } of this.rooms.get(roomId) ?? []) if (!isStaff(principal) && principal.role !== 'agent') byId.set(principal.id, principal);
    return [...byId.values()];
  }

  viewerCount(roomId: string): number {
    return this.shoppers(roomId).length;
  }

  peakViewers(roomId: string): number {
    return this.peaks.get(roomId) ?? 0;
  }

  /** Rooms with someone in them. */
  activeRooms(): string[] {
    return [...this.rooms.keys()];
  }

  takeover(roomId: string): Takeover {
    return this.takeovers.get(roomId) ?? { active: false, by: null };
  }

  async setTakeover(roomId: string, takeover: Takeover) {
    this.takeovers.set(roomId, takeover);
    await this.publish(roomId, { type: 'takeover', ...takeover }, { audience: 'public' });
  }

  /** Called with the shopper count whenever someone joins or leaves (the show runner starts and stops on it). */
  onPresence(listener: (roomId: string, viewers: number) => void) {
    this.listeners.push(listener);
  }

  private presenceChanged(roomId: string) {
    const viewers = this.viewerCount(roomId);
    this.peaks.set(roomId, Math.max(this.peakViewers(roomId), viewers));
    const staff = [...(this.rooms.get(roomId) ?? [])].filter((connection) => isStaff(connection.principal)).length;
    void this.publish(roomId, { type: 'presence', viewerCount: viewers, staffCount: staff }, { audience: 'public', persist: false });
    for (const listener of this.listeners) listener(roomId, viewers);
  }
}
