import type { Logger } from 'pino';
import type { Shop } from '../agent/index.ts';
import type { Knowledge } from '../knowledge/index.ts';
import type { ApiRegistry } from './api-registry.ts';
import type { TokenIssuer, TokenWithdrawals } from './auth/index.ts';
import type { BookingDesk } from './bookings/index.ts';
import type { QuestionQueue } from './questions/question-queue.ts';
import type { RoomConversation } from './rooms/room-conversation.ts';
import type { RoomDirectory } from './rooms/room-directory.ts';
import type { RoomHub } from './rooms/room-hub.ts';
import type { RoomLog } from './rooms/room-log.ts';
import type { RoomTickets } from './rooms/room-tickets.ts';
import type { ShowDirectory } from './shows/show-directory.ts';
import type { ShowStage } from './shows/show-stage.ts';

/** Everything the HTTP app and the rooms use, built once by `createServices` (or a test). */
export interface AppDependencies {
  publicUrl: string;
  knowledge: Knowledge;
  logger: Logger;
  shop: Shop;
  tokens: TokenIssuer;
  /** Sign-ins an admin withdrew (`POST /api/admin/tokens/withdraw`). */
  withdrawals: TokenWithdrawals;
  /** One-time tickets that open a room socket (tokens stay out of URLs). */
  tickets: RoomTickets;
  hub: RoomHub;
  log: RoomLog;
  rooms: RoomDirectory;
  conversation: RoomConversation;
  shows: ShowDirectory;
  stage: ShowStage;
  questions: QuestionQueue;
  bookings: BookingDesk;
  /** The built web pages (web/dist); null serves the API alone. */
  webRoot: string | null;
}

/** What each route module receives: the services and the registry its contracts go into. */
export interface RouteContext extends AppDependencies {
  registry: ApiRegistry;
}
