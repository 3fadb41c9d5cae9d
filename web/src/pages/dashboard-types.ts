import type { ProductCard } from '../../../core/index.ts';
import type { api } from '../lib/api.ts';

/** A show as `GET /api/shows` returns it. */
export interface Show {
  id: string;
  title: string;
  mode: 'stream' | 'assist';
  hostName: string;
  roomId: string;
  settings: { beatSeconds: number; lineup: string[]; welcome: string; botAnswers: boolean };
}

export interface ShowDetails {
  show: Show;
  featured: ProductCard | null;
  lineup: ProductCard[];
  viewerCount: number;
}

export interface RecentOrder {
  id: string;
  total: number;
  currency: string;
  items: number;
  /** Sent with live `order-placed` events; the analytics list may leave it out. */
  participantName?: string;
  createdAt: string;
}

/** `GET /api/analytics/shows/:id`. */
export interface ShowAnalytics {
  viewersNow: number;
  peakViewers: number;
  messages: number;
  botReplies: number;
  handoffs: number;
  openQuestions: number;
  offersCreated: number;
  offersRedeemed: number;
  orders: number;
  revenue: number;
  currency: string;
  recentOrders: RecentOrder[];
}

/** The API with the staff token already in: a 401/403 also tells the page to ask for a host token. */
export type StaffApi = <T>(path: string, options?: Omit<Parameters<typeof api>[1], 'token'>) => Promise<T>;
