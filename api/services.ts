import type { Logger } from 'pino';
import { createShop, type ShopOptions } from '../agent/index.ts';
import type { Config } from '../core/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { AppDependencies } from './app-dependencies.ts';
import { TokenIssuer, TokenWithdrawals } from './auth/index.ts';
import { BookingDesk } from './bookings/index.ts';
import { QuestionQueue } from './questions/question-queue.ts';
import { RateLimiter } from './rooms/rate-limiter.ts';
import { RoomConversation } from './rooms/room-conversation.ts';
import { RoomDirectory } from './rooms/room-directory.ts';
import { RoomHub } from './rooms/room-hub.ts';
import { RoomLog } from './rooms/room-log.ts';
import { RoomTickets } from './rooms/room-tickets.ts';
import { ShowDirectory } from './shows/show-directory.ts';
import { ShowStage } from './shows/show-stage.ts';

/** Chat lines per participant: 5 in 10 s is brisk typing; more is a flood (the sender is told). */
export const chatRateLimit = { limit: 5, windowMs: 10_000 };

/** Builds every service the app uses, once per process (or per test). */
export async function createServices(
  config: Config,
  knowledge: Knowledge,
  options: { logger: Logger; webRoot: string | null; clock?: () => Date; shop?: ShopOptions },
): Promise<AppDependencies> {
  const clock = options.clock ?? (() => new Date());
  const { logger } = options;
  const shop = await createShop(config, knowledge, { clock, onFallback: (reason) => logger.warn({ reason }, 'model failed: the composer answered'), ...options.shop });
  const withdrawals = await TokenWithdrawals.load(knowledge.db);
  const tokens = new TokenIssuer(shop.secret, clock, withdrawals);
  const log = new RoomLog(knowledge.db);
  const hub = new RoomHub(log, clock);
  const shows = new ShowDirectory(knowledge.db);
  const bookings = new BookingDesk({ db: knowledge.db, clock });
  const rooms = new RoomDirectory(shows, bookings);
  const questions = new QuestionQueue(knowledge.db);
  const conversation = new RoomConversation({ hub, brain: shop.brain, rooms, questions, limiter: new RateLimiter(chatRateLimit.limit, chatRateLimit.windowMs, clock), logger });
  const stage = new ShowStage({ hub, shows, db: knowledge.db, logger });
  return { publicUrl: config.publicUrl, knowledge, logger, shop, tokens, withdrawals, tickets: new RoomTickets(clock), hub, log, rooms, conversation, shows, stage, questions, bookings, webRoot: options.webRoot };
}
