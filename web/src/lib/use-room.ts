import { useCallback, useEffect, useRef, useState } from 'react';
import type { Participant, RoomEvent, RoomSummary, ServerFrame } from '../../../core/index.ts';
import { api, ApiError } from './api.ts';

export type RoomStatus = 'connecting' | 'open' | 'reconnecting' | 'refused';

export interface RoomState {
  status: RoomStatus;
  /** Why the room refused us (bad token, not your call…), when it did. */
  refusal: string | null;
  participant: Participant | null;
  room: RoomSummary | null;
  /** Persisted and live events, oldest first (the last 300). */
  events: RoomEvent[];
  viewerCount: number;
  takeover: { active: boolean; by: string | null };
}

const keptEvents = 300;

/**
 * Joins a live room over WebSocket: the welcome frame brings the history this participant may
 * see, then events stream in. Reconnects with backoff (history comes back with the welcome),
 * except when the server refused the token or the room.
 */
export function useRoom(roomId: string | null, token: string | null) {
  const [state, setState] = useState<RoomState>({ status: 'connecting', refusal: null, participant: null, room: null, events: [], viewerCount: 0, takeover: { active: false, by: null } });
  const socketRef = useRef<WebSocket | null>(null);

  useEffect(() => {
    if (!roomId || !token) return;
    let closedByUs = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const retry = () => {
      setState((current) => ({ ...current, status: 'reconnecting' }));
      attempt += 1;
      timer = setTimeout(connect, Math.min(10_000, 500 * 2 ** attempt));
    };

    const connect = async () => {
      // A one-time ticket opens the socket: the token itself never goes in a URL.
      let ticket: string;
      try {
        ticket = (await api<{ ticket: string }>('/api/rooms/tickets', { body: { room: roomId }, token })).ticket;
      } catch (error) {
        if (closedByUs) return;
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
          setState((current) => ({ ...current, status: 'refused', refusal: error.message }));
          return;
        }
        retry();
        return;
      }
      if (closedByUs) return;
      const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
      const socket = new WebSocket(`${scheme}://${location.host}/ws?room=${encodeURIComponent(roomId)}&ticket=${encodeURIComponent(ticket)}`);
      socketRef.current = socket;
      socket.onmessage = (message) => {
        const frame = JSON.parse(String(message.data)) as ServerFrame;
        if (frame.type === 'welcome') {
          attempt = 0;
          setState({ status: 'open', refusal: null, participant: frame.participant, room: frame.room, events: frame.history, viewerCount: frame.viewerCount, takeover: frame.takeover });
          return;
        }
        const event = frame.event;
        setState((current) => ({
          ...current,
          events: event.seq !== null && current.events.some((known) => known.seq === event.seq) ? current.events : [...current.events, event].slice(-keptEvents),
          viewerCount: event.event.type === 'presence' ? event.event.viewerCount : current.viewerCount,
          takeover: event.event.type === 'takeover' ? { active: event.event.active, by: event.event.by } : current.takeover,
        }));
      };
      socket.onclose = (close) => {
        // An old socket's close can arrive after its replacement opened (React's StrictMode remount, a new token).
        if (socketRef.current === socket) socketRef.current = null;
        if (closedByUs) return;
        if (close.code === 4401 || close.code === 4403 || close.code === 4404) {
          setState((current) => ({ ...current, status: 'refused', refusal: close.reason || 'This room is not open to you.' }));
          return;
        }
        retry();
      };
    };
    void connect();
    return () => {
      closedByUs = true;
      clearTimeout(timer);
      socketRef.current?.close();
    };
  }, [roomId, token]);

  /** Sends a chat line; returns its client id (to match the echo), or null when not connected. */
  const send = useCallback((text: string): string | null => {
    const socket = socketRef.current;
    if (!socket || socket.readyState !== WebSocket.OPEN) return null;
    const clientId = Math.random().toString(36).slice(2, 12);
    socket.send(JSON.stringify({ type: 'chat-send', text, clientId }));
    return clientId;
  }, []);

  return { ...state, send };
}
