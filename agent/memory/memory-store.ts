import type { Audience } from '../../core/index.ts';
import type { Database, Queryable } from '../../knowledge/index.ts';
import { type ConversationMemory, type ConversationTurn, emptyProfile, type ShopperProfile, shopperProfileSchema } from './shopper-profile.ts';

const RECENT_TURNS = 12;
const MAX_VIEWED = 20;

/**
 * Conversation memory and shopper profiles in PostgreSQL. Every read is keyed by the one
 * participant: nothing of one shopper's conversation or profile is loaded into another's turn.
 */
export class MemoryStore {
  constructor(private readonly db: Database) {}

  async load(sessionId: string, participantId: string): Promise<ConversationMemory> {
    const [{ rows: turns }, profile] = await Promise.all([
      this.db.query<{ role: ConversationTurn['role']; text: string; product_ids: string[] }>(
        `select role, text, product_ids from (
           select id, role, text, product_ids from conversation_turns
           where session_id = $1 and participant_id = $2 order by id desc limit $3) recent
         order by id`,
        [sessionId, participantId, RECENT_TURNS],
      ),
      this.loadProfile(participantId),
    ]);
    const recentTurns = turns.map((turn) => ({ role: turn.role, text: turn.text, productIds: turn.product_ids }));
    const focusProductIds = [...new Set(recentTurns.toReversed().flatMap((turn) => turn.productIds))];
    return { recentTurns, profile, focusProductIds, firstReply: !recentTurns.some((turn) => turn.role === 'assistant') };
  }

  async loadProfile(participantId: string, db: Queryable = this.db, lock = false): Promise<ShopperProfile> {
    const { rows } = await db.query<{ profile: unknown }>(`select profile from shopper_profiles where participant_id = $1${lock ? ' for update' : ''}`, [participantId]);
    const parsed = shopperProfileSchema.safeParse(rows[0]?.profile ?? {});
    return parsed.success ? parsed.data : emptyProfile();
  }

  /** A whole-profile write: only inside `updateProfile`'s transaction, or a change made meanwhile would be lost. */
  private async saveProfile(participantId: string, profile: ShopperProfile, db: Queryable): Promise<void> {
    const bounded = { ...profile, viewedProductIds: profile.viewedProductIds.slice(0, MAX_VIEWED) };
    await db.query(
      `insert into shopper_profiles (participant_id, profile) values ($1, $2)
       on conflict (participant_id) do update set profile = excluded.profile, updated_at = now()`,
      [participantId, JSON.stringify(bounded)],
    );
  }

  /**
   * Applies `change` to a participant's stored profile in one transaction, the row locked: a
   * purchase recorded while a brain turn runs is not overwritten by that turn's own change.
   */
  async updateProfile(participantId: string, change: (profile: ShopperProfile) => ShopperProfile): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(`insert into shopper_profiles (participant_id, profile) values ($1, '{}') on conflict (participant_id) do nothing`, [participantId]);
      await this.saveProfile(participantId, change(await this.loadProfile(participantId, tx, true)), tx);
    });
  }

  /** Appends turns of one participant in one statement (a shopper message and its reply). */
  async appendTurns(sessionId: string, participantId: string, turns: (ConversationTurn & { audience: Audience })[]): Promise<void> {
    if (turns.length === 0) return;
    await this.db.query(
      `insert into conversation_turns (session_id, participant_id, role, audience, text, product_ids)
       select $1, $2, t.role, t.audience, t.text, array(select jsonb_array_elements_text(t.product_ids))
       from jsonb_to_recordset($3::jsonb) as t(position integer, role text, audience text, text text, product_ids jsonb)
       order by t.position`,
      [sessionId, participantId, JSON.stringify(turns.map((turn, position) => ({ ...turn, position, product_ids: turn.productIds })))],
    );
  }
}
