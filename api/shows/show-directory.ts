import { z } from 'zod';
import type { Show } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';

/** The checks on each field of `ShowSettings` (the contract in core says what each means). */
const settingsFields = {
  beatSeconds: z.number().int().min(10).max(3600),
  lineup: z.array(z.string().min(1)).max(100),
  welcome: z.string().max(300),
  botAnswers: z.boolean(),
};

export const showSettingsSchema = z.object({
  beatSeconds: settingsFields.beatSeconds.default(45),
  lineup: settingsFields.lineup.default([]),
  welcome: settingsFields.welcome.default(''),
  botAnswers: settingsFields.botAnswers.default(true),
});

export const showPatchSchema = z.strictObject({
  title: z.string().trim().min(1).max(120).optional(),
  hostName: z.string().trim().min(1).max(40).optional(),
  mode: z.enum(['stream', 'assist']).optional(),
  // No defaults here: a field left out keeps its current value.
  settings: z.strictObject(settingsFields).partial().optional(),
});

interface ShowRow {
  id: string;
  title: string;
  mode: Show['mode'];
  host_name: string;
  settings: unknown;
}

export const showRoomId = (showId: string) => `show:${showId}`;

/** Shows and their settings, kept in the database. */
export class ShowDirectory {
  constructor(private readonly db: Queryable) {}

  async list(): Promise<Show[]> {
    const { rows } = await this.db.query<ShowRow>('select * from shows order by created_at, id');
    return rows.map(toShow);
  }

  async get(id: string): Promise<Show | null> {
    const { rows } = await this.db.query<ShowRow>('select * from shows where id = $1', [id]);
    return rows[0] ? toShow(rows[0]) : null;
  }

  /** The show a room belongs to (`show:<id>`), or null. */
  async forRoom(roomId: string): Promise<Show | null> {
    return roomId.startsWith('show:') ? this.get(roomId.slice('show:'.length)) : null;
  }

  /** Creates the show when its id is new; an existing show keeps its settings. */
  async ensure(show: Omit<Show, 'roomId'>): Promise<Show> {
    await this.db.query(
      `insert into shows (id, title, mode, host_name, settings) values ($1, $2, $3, $4, $5) on conflict (id) do nothing`,
      [show.id, show.title, show.mode, show.hostName, JSON.stringify(show.settings)],
    );
    return (await this.get(show.id))!;
  }

  async update(id: string, patch: z.infer<typeof showPatchSchema>): Promise<Show | null> {
    const current = await this.get(id);
    if (!current) return null;
    const settings = showSettingsSchema.parse({ ...current.settings, ...patch.settings });
    await this.db.query(`update shows set title = $2, mode = $3, host_name = $4, settings = $5 where id = $1`, [
      id,
      patch.title ?? current.title,
      patch.mode ?? current.mode,
      patch.hostName ?? current.hostName,
      JSON.stringify(settings),
    ]);
    return this.get(id);
  }
}

function toShow(row: ShowRow): Show {
  return { id: row.id, title: row.title, mode: row.mode, hostName: row.host_name, roomId: showRoomId(row.id), settings: showSettingsSchema.parse(row.settings ?? {}) };
}
