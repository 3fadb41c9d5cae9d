import type { RoomAudience, RoomEvent, RoomEventBody } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';
import type { Principal } from '../auth/index.ts';
import { isStaff } from '../auth/index.ts';

interface RoomEventRow {
  seq: string | number;
  room_id: string;
  audience: RoomAudience;
  recipient_id: string | null;
  body: RoomEventBody;
  created_at: Date | string;
}

/** The persisted side of rooms: what was said and shown, so a reconnecting participant gets it back. */
export class RoomLog {
  constructor(private readonly db: Queryable) {}

  async append(roomId: string, audience: RoomAudience, recipientId: string | null, body: RoomEventBody): Promise<RoomEvent> {
    const { rows } = await this.db.query<RoomEventRow>(
      `insert into room_events (room_id, audience, recipient_id, body) values ($1, $2, $3, $4) returning *`,
      [roomId, audience, recipientId, JSON.stringify(body)],
    );
    return toRoomEvent(rows[0]!);
  }

  /** The latest `limit` events `principal` may see, oldest first; visibility is decided in SQL, before the limit. */
  async history(roomId: string, principal: Principal, limit = 50): Promise<RoomEvent[]> {
    const staff = isStaff(principal);
    const { rows } = await this.db.query<RoomEventRow>(
      `select * from (
         select * from room_events
         where room_id = $1
           and (audience = 'public'
                or (audience = 'staff' and $3)
                or (audience = 'private' and (recipient_id = $2 or ($3 and room_id like 'call:%'))))
         order by seq desc limit $4) latest
       order by seq`,
      [roomId, principal.id, staff, limit],
    );
    return rows.map(toRoomEvent);
  }

  /** How many events of each type a room has seen (analytics). */
  async countByType(roomId: string): Promise<Record<string, number>> {
    const { rows } = await this.db.query<{ type: string; count: string | number }>(
      `select body->>'type' as type, count(*) as count from room_events where room_id = $1 group by 1`,
      [roomId],
    );
    return Object.fromEntries(rows.map((row) => [row.type, Number(row.count)]));
  }
}

function toRoomEvent(row: RoomEventRow): RoomEvent {
  return {
    seq: Number(row.seq),
    roomId: row.room_id,
    at: new Date(row.created_at).toISOString(),
    audience: row.audience,
    recipientId: row.recipient_id,
    event: row.body,
  };
}
