import type { Order, OrderLine } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';

interface OrderRow {
  id: string;
  session_id: string | null;
  participant_id: string | null;
  lines: OrderLine[];
  subtotal: number | string;
  discount: number | string;
  total: number | string;
  currency: string;
  offer_code: string | null;
  idempotency_key: string | null;
  created_at: Date | string;
  offer_order_id: string | null;
  offer_expires_at: Date | string | null;
}

const selectOrders = `select o.id, o.session_id, o.participant_id, o.lines, o.subtotal, o.discount, o.total, o.currency,
         o.offer_code, o.idempotency_key, o.created_at, f.order_id as offer_order_id, f.expires_at as offer_expires_at
  from orders o left join offers f on f.code = o.offer_code`;

/** One order by id, or null. */
export async function getOrder(db: Queryable, id: string): Promise<Order | null> {
  const { rows } = await db.query<OrderRow>(`${selectOrders} where o.id = $1`, [id.trim()]);
  return rows[0] ? toOrder(rows[0]) : null;
}

/** The newest orders, of one session or of the whole store. */
export async function listRecentOrders(db: Queryable, sessionId?: string, limit = 20): Promise<Order[]> {
  const bounded = Math.max(1, Math.min(Math.trunc(limit) || 20, 200));
  const { rows } = sessionId
    ? await db.query<OrderRow>(`${selectOrders} where o.session_id = $1 order by o.created_at desc, o.id limit $2`, [sessionId.trim(), bounded])
    : await db.query<OrderRow>(`${selectOrders} order by o.created_at desc, o.id limit $1`, [bounded]);
  return rows.map(toOrder);
}

export async function getOrderByIdempotencyKey(db: Queryable, key: string): Promise<Order | null> {
  const { rows } = await db.query<OrderRow>(`${selectOrders} where o.idempotency_key = $1`, [key]);
  return rows[0] ? toOrder(rows[0]) : null;
}

function toOrder(row: OrderRow): Order {
  const createdAt = new Date(row.created_at);
  const offerApplied = row.offer_code !== null && row.offer_order_id === row.id;
  return {
    id: row.id,
    sessionId: row.session_id,
    participantId: row.participant_id,
    lines: row.lines,
    subtotal: Number(row.subtotal),
    discount: Number(row.discount),
    total: Number(row.total),
    currency: row.currency,
    offerCode: row.offer_code,
    offerApplied,
    offerNotice: row.offer_code === null || offerApplied ? null : notAppliedNotice(row, createdAt),
    idempotencyKey: row.idempotency_key,
    createdAt: createdAt.toISOString(),
  };
}

/** Derived from the offer's own record, so it reads the same every time the order is fetched. */
function notAppliedNotice(row: OrderRow, createdAt: Date): string {
  const code = row.offer_code!;
  if (row.offer_expires_at !== null && new Date(row.offer_expires_at) <= createdAt) {
    return `The offer ${code} had expired when this order was placed, so it was not applied.`;
  }
  if (row.offer_order_id !== null) return `The offer ${code} had already been used on another order, so it was not applied.`;
  return `The offer ${code} did not apply to the items of this order.`;
}
