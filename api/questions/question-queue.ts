import { randomBytes } from 'node:crypto';
import type { QueuedQuestion } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';

interface QuestionRow {
  id: string;
  room_id: string;
  participant_id: string;
  participant_name: string;
  kind: QueuedQuestion['kind'];
  text: string;
  reason: string;
  product_ids: string[];
  status: QueuedQuestion['status'];
  answer: string | null;
  created_at: Date | string;
}

export type NewQuestion = Pick<QueuedQuestion, 'roomId' | 'participantId' | 'participantName' | 'kind' | 'text' | 'reason' | 'productIds'>;

/** The host's queue: what the bot could not answer (handoffs) and messages it held back (flags). */
export class QuestionQueue {
  constructor(
    private readonly db: Queryable,
    private readonly newId: () => string = () => `q_${randomBytes(9).toString('base64url')}`,
  ) {}

  async add(question: NewQuestion): Promise<QueuedQuestion> {
    const { rows } = await this.db.query<QuestionRow>(
      `insert into questions (id, room_id, participant_id, participant_name, kind, text, reason, product_ids)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning *`,
      [this.newId(), question.roomId, question.participantId, question.participantName, question.kind, question.text, question.reason, question.productIds],
    );
    return toQuestion(rows[0]!);
  }

  async get(id: string): Promise<QueuedQuestion | null> {
    const { rows } = await this.db.query<QuestionRow>('select * from questions where id = $1', [id]);
    return rows[0] ? toQuestion(rows[0]) : null;
  }

  /** Newest first; filtered by status and room when given. */
  async list(filter: { status?: QueuedQuestion['status']; roomId?: string; limit?: number } = {}): Promise<QueuedQuestion[]> {
    const { rows } = await this.db.query<QuestionRow>(
      `select * from questions where ($1::text is null or status = $1) and ($2::text is null or room_id = $2)
       order by created_at desc, id limit $3`,
      [filter.status ?? null, filter.roomId ?? null, filter.limit ?? 100],
    );
    return rows.map(toQuestion);
  }

  /**
   * Closes an open question. Returns null when it was already closed (two hosts answering at once:
   * the first wins, the second is told), so callers never publish an answer twice.
   */
  async close(id: string, outcome: { status: Exclude<QueuedQuestion['status'], 'open'>; answer?: string; by: string }): Promise<QueuedQuestion | null> {
    const { rows } = await this.db.query<QuestionRow>(
      `update questions set status = $2, answer = $3, answered_by = $4, answered_at = now()
       where id = $1 and status = 'open' returning *`,
      [id, outcome.status, outcome.answer ?? null, outcome.by],
    );
    return rows[0] ? toQuestion(rows[0]) : null;
  }

  async countOpen(roomId?: string): Promise<number> {
    const { rows } = await this.db.query<{ count: string | number }>(
      `select count(*) as count from questions where status = 'open' and ($1::text is null or room_id = $1)`,
      [roomId ?? null],
    );
    return Number(rows[0]!.count);
  }
}

function toQuestion(row: QuestionRow): QueuedQuestion {
  return {
    id: row.id,
    roomId: row.room_id,
    participantId: row.participant_id,
    participantName: row.participant_name,
    kind: row.kind,
    text: row.text,
    reason: row.reason,
    productIds: row.product_ids,
    status: row.status,
    answer: row.answer,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
