import { type FormEvent, useEffect, useRef, useState } from 'react';
import './chat-panel.css';
import type { RoomEvent } from '../../../core/index.ts';

interface ChatPanelProps {
  events: RoomEvent[];
  /** The reader's own participant id: their lines and private events are marked as theirs. */
  selfId: string | null;
  onSend: (text: string) => void;
  disabled?: boolean;
  placeholder?: string;
  /** Name shown for the AI's replies. */
  botName: string;
}

/** The chat column of a room: participants' lines, the AI's replies (labelled AI), notices; a box to write. */
export function ChatPanel({ events, selfId, onSend, disabled, placeholder, botName }: ChatPanelProps) {
  const [text, setText] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const lines = events.filter((item) => ['chat-message', 'reply', 'notice', 'host-say'].includes(item.event.type));

  useEffect(() => {
    listRef.current?.scrollTo({ top: listRef.current.scrollHeight });
  }, [lines.length]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    onSend(trimmed);
    setText('');
  };

  return (
    <section className="chat-panel" aria-label="Chat">
      <ol className="chat-lines" ref={listRef} aria-live="polite">
        {lines.map((item, index) => (
          <ChatLine key={item.seq ?? `live-${index}`} item={item} selfId={selfId} botName={botName} />
        ))}
      </ol>
      <form className="chat-form" onSubmit={submit}>
        <input value={text} onChange={(event) => setText(event.target.value)} placeholder={placeholder ?? 'Ask about a product…'} maxLength={500} disabled={disabled} aria-label="Message" />
        <button type="submit" disabled={disabled || !text.trim()}>
          Send
        </button>
      </form>
    </section>
  );
}

function ChatLine({ item, selfId, botName }: { item: RoomEvent; selfId: string | null; botName: string }) {
  const event = item.event;
  // Staff also see other people's private lines: "only you" is true for the recipient alone.
  const privateMark = item.audience === 'private' ? <span className="badge">{item.recipientId === null || item.recipientId === selfId ? 'only you' : 'private'}</span> : null;
  if (event.type === 'chat-message') {
    const staff = event.participant.role === 'host' || event.participant.role === 'admin';
    return (
      <li className={`chat-line${event.participant.id === selfId ? ' own' : ''}${staff ? ' staff' : ''}`} data-kind="chat-message">
        <strong>{event.participant.name}</strong>
        {staff ? <span className="badge">host</span> : null} {privateMark} <span>{event.text}</span>
      </li>
    );
  }
  if (event.type === 'reply' || event.type === 'host-say') {
    return (
      <li className="chat-line bot" data-kind={event.type}>
        <strong>{botName}</strong> <span className="badge ai">AI</span> {privateMark} <span>{event.text}</span>
      </li>
    );
  }
  if (event.type === 'notice') {
    return (
      <li className={`chat-line notice ${event.kind}`} data-kind="notice" role="status">
        {noticeText(event.kind, event.message, event.retryAfterMs)}
      </li>
    );
  }
  return null;
}

/** The rate limit told in the shopper's terms, with the wait from the server; other notices as the server wrote them. */
function noticeText(kind: string, message: string, retryAfterMs: number | null): string {
  if (kind !== 'rate-limited') return message;
  const seconds = retryAfterMs === null ? null : Math.max(1, Math.ceil(retryAfterMs / 1_000));
  return seconds === null ? "You're sending messages quickly — wait a moment and try again." : `You're sending messages quickly — try again in ${seconds} s.`;
}
