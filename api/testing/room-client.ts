import WebSocket from 'ws';
import type { RoomEvent, RoomEventBody, WelcomeFrame } from '../../core/index.ts';

export interface RoomClient {
  welcome: WelcomeFrame;
  /** Every event received so far, in order. */
  events: RoomEvent[];
  /** Resolves with the first event (already received or to come) that matches. */
  waitFor<T extends RoomEventBody['type']>(type: T, match?: (event: Extract<RoomEventBody, { type: T }>) => boolean, timeoutMs?: number): Promise<Extract<RoomEventBody, { type: T }>>;
  send(text: string): void;
  sendRaw(data: string): void;
  close(): Promise<void>;
}

/** A one-time socket ticket, as a browser gets one; rejects with the HTTP `status` and message when refused. */
export async function roomTicket(baseUrl: string, roomId: string, token: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/rooms/tickets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ room: roomId }),
  });
  const body = (await response.json()) as { ticket?: string; error?: { message: string } };
  if (!response.ok || !body.ticket) throw Object.assign(new Error(body.error?.message ?? `ticket refused (${response.status})`), { status: response.status });
  return body.ticket;
}

/**
 * A real WebSocket participant of a room, for tests: gets a ticket with `token` (or uses the
 * `ticket` given) and rejects with the close code when the room refuses.
 */
export async function joinRoom(baseUrl: string, roomId: string, token: string, options: { ticket?: string } = {}): Promise<RoomClient> {
  const ticket = options.ticket ?? (await roomTicket(baseUrl, roomId, token));
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws?room=${encodeURIComponent(roomId)}&ticket=${encodeURIComponent(ticket)}`);
  const events: RoomEvent[] = [];
  const waiters = new Set<() => void>();
  return new Promise((resolve, reject) => {
    socket.on('close', (code, reason) => reject(Object.assign(new Error(`closed ${code}: ${reason}`), { code, reason: String(reason) })));
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.type === 'welcome') {
        resolve(client(frame));
        return;
      }
      events.push(frame.event);
      for (const wake of waiters) wake();
    });
  });

  function client(welcome: WelcomeFrame): RoomClient {
    return {
      welcome,
      events,
      waitFor(type, match = () => true, timeoutMs = 5_000) {
        type Wanted = Extract<RoomEventBody, { type: typeof type }>;
        const find = () => events.map((item) => item.event).find((event): event is Wanted => event.type === type && match(event as Wanted));
        return new Promise((resolve, reject) => {
          const check = () => {
            const found = find();
            if (!found) return;
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          };
          const timer = setTimeout(() => {
            waiters.delete(check);
            reject(new Error(`no ${type} event within ${timeoutMs} ms; got: ${events.map((item) => item.event.type).join(', ')}`));
          }, timeoutMs);
          waiters.add(check);
          check();
        });
      },
      send(text) {
        socket.send(JSON.stringify({ type: 'chat-send', text }));
      },
      sendRaw(data) {
        socket.send(data);
      },
      close() {
        return new Promise((resolve) => {
          if (socket.readyState === WebSocket.CLOSED) return resolve();
          socket.once('close', () => resolve());
          socket.close();
        });
      },
    };
  }
}
