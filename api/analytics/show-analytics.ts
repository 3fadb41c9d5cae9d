import type { ShowAnalytics } from '../../core/index.ts';
import type { Queryable } from '../../knowledge/index.ts';
import type { QuestionQueue } from '../questions/question-queue.ts';
import type { RoomHub } from '../rooms/room-hub.ts';
import type { RoomLog } from '../rooms/room-log.ts';

/** The key figures of a show (or any room): audience, conversation, offers and sales. */
export async function showAnalytics(deps: { db: Queryable; hub: RoomHub; log: RoomLog; questions: QuestionQueue }, roomId: string): Promise<ShowAnalytics> {
  const counts = await deps.log.countByType(roomId);
  const { rows: offerRows } = await deps.db.query<{ created: string | number; redeemed: string | number }>(
    `select count(*) as created, count(redeemed_at) as redeemed from offers where session_id = $1`,
    [roomId],
  );
  const { rows: orderRows } = await deps.db.query<{ id: string; total: string | number; currency: string; lines: { quantity: number }[]; created_at: Date | string }>(
    `select id, total, currency, lines, created_at from orders where session_id = $1 order by created_at desc`,
    [roomId],
  );
  const revenue = orderRows.reduce((sum, order) => sum + Number(order.total), 0);
  return {
    viewersNow: deps.hub.viewerCount(roomId),
    peakViewers: deps.hub.peakViewers(roomId),
    messages: counts['chat-message'] ?? 0,
    botReplies: counts.reply ?? 0,
    hostPresentations: counts['host-say'] ?? 0,
    handoffs: (await deps.questions.list({ roomId, limit: 10_000 })).filter((question) => question.kind === 'handoff').length,
    openQuestions: await deps.questions.countOpen(roomId),
    offersCreated: Number(offerRows[0]?.created ?? 0),
    offersRedeemed: Number(offerRows[0]?.redeemed ?? 0),
    orders: orderRows.length,
    revenue: Math.round(revenue * 100) / 100,
    currency: orderRows[0]?.currency ?? 'USD',
    recentOrders: orderRows.slice(0, 10).map((order) => ({
      id: order.id,
      total: Number(order.total),
      currency: order.currency,
      items: order.lines.reduce((sum, line) => sum + line.quantity, 0),
      createdAt: new Date(order.created_at).toISOString(),
    })),
  };
}
