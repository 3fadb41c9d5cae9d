import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import { clientMessageSchema, isAppError, type ServerFrame } from '../../core/index.ts';
import type { Principal } from '../auth/index.ts';
import type { RoomConversation } from './room-conversation.ts';
import type { RoomDirectory } from './room-directory.ts';
import type { RoomHub } from './room-hub.ts';
import type { RoomLog } from './room-log.ts';
import type { RoomTickets } from './room-tickets.ts';

export interface RoomGatewayDependencies {
  tickets: RoomTickets;
  rooms: RoomDirectory;
  hub: RoomHub;
  log: RoomLog;
  conversation: RoomConversation;
  logger: Logger;
}

/** Frames are small JSON; anything bigger is not a chat line. */
const maxFrameBytes = 16 * 1024;
const heartbeatMs = 30_000;
/** Open sockets one address may hold: a household or an office shares one, a script opening thousands does not. */
export const maxSocketsPerAddress = 30;
/** `show:<id>` or `call:<booking id>`: anything else names no room (and never reaches SQL). */
export const roomIdPattern = /^(show|call):[\w-]{1,128}$/;

/**
 * Live rooms over WebSocket at `/ws?room=…&ticket=…`, the ticket from `POST /api/rooms/tickets`
 * (one connection, 30 seconds: the token itself never travels in a URL). A refused ticket or room still completes the
 * upgrade and then closes with 4401/4403/4404 and a reason, because a browser cannot read the
 * status of a failed upgrade — the page must be able to say why.
 */
export function attachRoomGateway(server: Server, deps: RoomGatewayDependencies) {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });
  const openPerAddress = new Map<string, number>();

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/ws') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      // An oversized or broken frame is an 'error' on the socket: unheard, it would end the process.
      webSocket.on('error', (error) => deps.logger.warn({ err: error }, 'room socket error'));
      // Identities are free (a display name), so sockets are bounded per address too.
      const address = request.socket.remoteAddress ?? 'unknown';
      const open = (openPerAddress.get(address) ?? 0) + 1;
      openPerAddress.set(address, open);
      webSocket.on('close', () => {
        const left = (openPerAddress.get(address) ?? 1) - 1;
        if (left > 0) openPerAddress.set(address, left);
        else openPerAddress.delete(address);
      });
      if (open > maxSocketsPerAddress) {
        webSocket.close(4429, 'Too many open connections from this address; close a tab and try again.');
        return;
      }
      admit(webSocket, url.searchParams.get('room') ?? '', url.searchParams.get('ticket') ?? '').catch((error) => {
        deps.logger.error({ err: error }, 'room admission failed');
        webSocket.close(1011, 'The room is unavailable right now; try again.');
      });
    });
  });

  async function admit(webSocket: WebSocket, roomId: string, ticket: string) {
    if (!roomIdPattern.test(roomId)) {
      webSocket.close(4404, 'There is no such room.');
      return;
    }
    const principal: Principal | null = deps.tickets.redeem(ticket, roomId);
    if (!principal) {
      webSocket.close(4401, 'This room ticket is unknown, used or expired: ask for a new one.');
      return;
    }
    const entry = await deps.rooms.enter(principal, roomId);
    if (!entry.ok) {
      webSocket.close(entry.code, entry.reason);
      return;
    }
    const send = (frame: ServerFrame) => {
      if (webSocket.readyState === WebSocket.OPEN) webSocket.send(JSON.stringify(frame));
    };
    // Gone while we checked (a tab closed mid-join): joining now would leave a ghost viewer.
    if (webSocket.readyState !== WebSocket.OPEN) return;
    // Join first and hold live events while the history is read, so an event stored meanwhile is
    // neither lost nor sent twice; then the welcome, then what came in since.
    let held: ServerFrame[] | null = [];
    const leave = deps.hub.join(roomId, { principal, send: (frame) => (held ? held.push(frame) : send(frame)) });
    const history = await deps.log.history(roomId, principal).catch((error: unknown) => {
      leave();
      throw error;
    });
    if (webSocket.readyState !== WebSocket.OPEN) {
      leave();
      return;
    }
    send({ type: 'welcome', participant: { id: principal.id, name: principal.name, role: principal.role }, room: entry.room.summary, history, takeover: deps.hub.takeover(roomId), viewerCount: deps.hub.viewerCount(roomId) });
    const seen = new Set(history.map((event) => event.seq));
    for (const frame of held) if (frame.type !== 'event' || frame.event.seq === null || !seen.has(frame.event.seq)) send(frame);
    held = null;

    let alive = true;
    const heartbeat = setInterval(() => {
      if (!alive) return webSocket.terminate();
      alive = false;
      webSocket.ping();
    }, heartbeatMs);
    webSocket.on('pong', () => (alive = true));
    webSocket.on('close', () => {
      clearInterval(heartbeat);
      leave();
    });
    webSocket.on('message', (data) => {
      const parsed = clientMessageSchema.safeParse(parseJson(String(data)));
      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message ?? 'not a chat message';
        deps.hub.notify(roomId, principal.id, { type: 'notice', kind: 'invalid', message: `Message not sent: ${message}.`, retryAfterMs: null });
        return;
      }
      deps.conversation.chat(roomId, principal, parsed.data.text, parsed.data.clientId ?? null).catch((error) => deps.logger.error({ err: error, roomId }, 'chat message failed'));
    });
  }

  return {
    close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
