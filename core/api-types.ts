import type { CartLine, ProductCard } from './events.ts';

/**
 * The JSON the HTTP API answers with, as types only: the server builds these and the pages read
 * them. The zod schemas that check what comes in stay beside their routes.
 */

/** What an admin can change about a show: its pace, lineup, welcome and whether the bot answers. */
export interface ShowSettings {
  /** Seconds between the AI host's product presentations while viewers are present. */
  beatSeconds: number;
  /** Product ids the host presents in turn. */
  lineup: string[];
  /** The host's first line to a room (it says it is an AI in its own words after it). */
  welcome: string;
  /** Whether the bot answers chat (off: a human hosts and the bot only queues). */
  botAnswers: boolean;
}

/** A live show, as `GET /api/shows` lists it. */
export interface Show {
  id: string;
  title: string;
  /** `stream`: the AI hosts; `assist`: a person hosts and the bot answers the FAQs beside them. */
  mode: 'stream' | 'assist';
  hostName: string;
  roomId: string;
  settings: ShowSettings;
}

/** `GET /api/shows/:id`: a show, what it features, its lineup and its viewer count. */
export interface ShowDetails {
  show: Show;
  featured: ProductCard | null;
  lineup: ProductCard[];
  viewerCount: number;
}

/** An order in a show's figures (`order-placed` events carry the buyer's name too). */
export interface RecentOrder {
  id: string;
  total: number;
  currency: string;
  /** Units bought, across lines. */
  items: number;
  /** Sent with live `order-placed` events; the analytics list leaves it out. */
  participantName?: string;
  createdAt: string;
}

/** `GET /api/analytics/shows/:id`: the key figures of a show. */
export interface ShowAnalytics {
  viewersNow: number;
  peakViewers: number;
  messages: number;
  botReplies: number;
  hostPresentations: number;
  handoffs: number;
  openQuestions: number;
  offersCreated: number;
  offersRedeemed: number;
  orders: number;
  revenue: number;
  currency: string;
  /** The newest ten. */
  recentOrders: RecentOrder[];
}

/** A stylist as shoppers see them (`GET /api/staff`). */
export interface StaffMember {
  id: string;
  name: string;
  title: string;
  timeZone: string;
}

/** A bookable slot as shown to a shopper (`GET /api/bookings/slots`). */
export interface Slot {
  /** ISO 8601, UTC. */
  start: string;
  end: string;
  staffId: string;
  staffName: string;
  /** The start in the asked zone, as the server writes it: "Tue 1 Dec, 14:30". */
  label: string;
}

/** A one-to-one video call a shopper booked with a stylist. */
export interface Booking {
  id: string;
  staffId: string;
  staffName: string;
  customerName: string;
  email: string;
  /** ISO 8601, UTC. */
  start: string;
  end: string;
  /** The shopper's IANA zone, for showing times back to them. */
  timeZone: string;
  status: 'confirmed' | 'cancelled';
  note: string;
  /** The call room this booking opens: `call:<id>`, the room a customer token admits. */
  roomId: string;
  /** Raised at each reschedule or cancellation (the calendar file's SEQUENCE). */
  sequence: number;
  updatedAt: string;
}

/** `POST /api/bookings`: the booking, the customer's token and the links that carry it. */
export interface BookingCreated {
  booking: Booking;
  token: string;
  callUrl: string;
  manageUrl: string;
  icsUrl: string;
}

/** A cart line priced from the catalog: title and unit price are snapshots, never the caller's. */
export interface PricedLine extends CartLine {
  /** Taken off this line by the offer (one unit at the offer price). */
  discount: number;
  total: number;
}

/** A line of a placed order: what was bought at the price of that moment. */
export type OrderLine = PricedLine;

/** `GET /api/checkout/:token`: what a checkout link charges now. */
export interface CheckoutCart {
  lines: PricedLine[];
  subtotal: number;
  discount: number;
  total: number;
  currency: string;
  /** The code applied to this cart; null when none was. */
  offerCode: string | null;
  /** Why a presented code was not applied, for the shopper. */
  offerNotice: string | null;
}

/** A placed order (`POST /api/checkout`, `GET /api/orders/:id`). */
export interface Order {
  id: string;
  sessionId: string | null;
  participantId: string | null;
  lines: OrderLine[];
  subtotal: number;
  discount: number;
  total: number;
  currency: string;
  /** The offer code the cart link carried, when it was the shopper's own. */
  offerCode: string | null;
  /** Whether that offer was redeemed by this order. */
  offerApplied: boolean;
  /** Why the offer was not applied, for the shopper; null when it was (or there was none). */
  offerNotice: string | null;
  idempotencyKey: string | null;
  createdAt: string;
}

/** A cart turned into a link the shopper can pay at: the built-in checkout or the store's own. */
export interface CartLink {
  url: string;
  lines: CartLine[];
  total: number;
  currency: string;
  /** The offer applied to the total; null when none was. */
  offerCode: string | null;
  /** Why a requested offer code was not applied (expired, used, not for these items), for the shopper. */
  offerNotice?: string;
}

/** `POST /api/carts`: the cart link, with its signed cart when the link is the built-in checkout's. */
export interface CartLinkCreated extends CartLink {
  ok: true;
  token: string | null;
}
