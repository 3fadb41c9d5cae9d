import { useEffect, useState } from 'react';
import './call-page.css';
import type { Booking } from '../../../core/index.ts';
import { ChatPanel } from '../components/chat-panel.tsx';
import { ErrorMessage } from '../components/form-feedback.tsx';
import { api, ApiError } from '../lib/api.ts';
import { formatClock, formatDateTime } from '../lib/time-zones.ts';
import { useAction } from '../lib/use-action.ts';
import { useRoom } from '../lib/use-room.ts';
import { CallShop } from './call-shop.tsx';
import { CallStage } from './call-stage.tsx';
import { callCredentials } from './call-token.ts';

const privateCall = "This call is private to its booked customer and the store's staff.";

/** `/call/:bookingId`: the private one-to-one room of a booking, with the AI concierge and the stylist. */
export function CallPage({ bookingId }: { bookingId: string }) {
  // Read once: reading the link's token takes it out of the address bar.
  const [credentials] = useState(() => callCredentials(bookingId));
  const token = credentials?.token ?? null;
  const roomId = `call:${bookingId}`;
  const room = useRoom(token ? roomId : null, token);
  const [booking, setBooking] = useState<Booking | null>(null);
  const [bookingError, setBookingError] = useState<ApiError | null>(null);
  const takeover = useAction('Could not change who answers.');

  useEffect(() => {
    if (!token) return;
    api<{ booking: Booking }>(`/api/bookings/${encodeURIComponent(bookingId)}`, { token })
      .then((answer) => setBooking(answer.booking))
      .catch((failure: unknown) => setBookingError(failure instanceof ApiError ? failure : new ApiError(0, 'internal', 'Could not load the booking.')));
  }, [bookingId, token]);

  if (!credentials) {
    return (
      <main className="page narrow stack">
        <h1>Concierge call</h1>
        <p className="notice">Open the call with the link from your booking confirmation.</p>
        <a href="/book">Book a call</a>
      </main>
    );
  }

  // The booking answers 401/403 too when the room is not ours: the page says why either way.
  const refusedByApi = bookingError && (bookingError.status === 401 || bookingError.status === 403);
  if (room.status === 'refused' || refusedByApi) {
    return (
      <main className="page narrow stack call-refused" data-state="refused">
        <h1>You can't join this call</h1>
        <p className="error" role="alert">
          {room.refusal ?? bookingError?.message ?? privateCall}
        </p>
        <p className="muted">{privateCall} If you booked it, open the link from your confirmation on this device.</p>
        <a href="/book">Book your own call</a>
      </main>
    );
  }

  const self = room.participant ?? credentials.participant;
  const staff = self?.role === 'host' || self?.role === 'admin';
  const lastTakeover = room.events.findLast((item) => item.event.type === 'takeover');
  const handedBack = lastTakeover?.event.type === 'takeover' && !lastTakeover.event.active && !room.takeover.active;
  const lastReply = room.events.findLast((item) => item.event.type === 'reply' || item.event.type === 'reply-delta');
  const speaking = lastReply?.event.type === 'reply-delta';

  const toggleTakeover = () =>
    takeover.run(async () => {
      await api(`/api/calls/${encodeURIComponent(bookingId)}/takeover`, { token, body: { active: !room.takeover.active } });
    });

  return (
    <main className="call-page" data-status={room.status}>
      <header className="call-header">
        <div>
          <h1>Concierge call</h1>
          <p className="muted call-when">
            {booking
              ? `${booking.staffName} · ${formatDateTime(booking.start, booking.timeZone)}–${formatClock(booking.end, booking.timeZone)} (${booking.timeZone})`
              : bookingError
                ? bookingError.message
                : 'Loading the booking…'}
          </p>
        </div>
        <span className={`badge${room.status === 'open' ? ' ok' : ''}`} role="status">
          {room.status === 'open' ? 'Connected' : room.status === 'reconnecting' ? 'Reconnecting…' : 'Connecting…'}
        </span>
      </header>
      <div className="call-layout">
        <div className="call-main">
          <CallStage stylistName={booking?.staffName ?? 'Your stylist'} customerName={booking?.customerName ?? 'Customer'} self={self} speaking={speaking} takeover={room.takeover} handedBack={handedBack} />
          {staff ? (
            <div className="call-staff card row">
              <p>
                You are staff: {room.takeover.active ? 'you answer; the AI is paused.' : 'the AI concierge answers.'} Your lines go to the customer.
              </p>
              <button type="button" className={room.takeover.active ? 'secondary' : ''} disabled={takeover.busy || room.status !== 'open'} onClick={toggleTakeover}>
                {room.takeover.active ? 'Hand back to AI' : 'Take over'}
              </button>
              <ErrorMessage message={takeover.error} />
            </div>
          ) : null}
          <CallShop roomId={roomId} events={room.events} token={credentials.token} canBuy={!staff} />
        </div>
        <div className="call-chat card">
          <ChatPanel
            events={room.events}
            selfId={self?.id ?? null}
            onSend={(text) => room.send(text)}
            disabled={room.status !== 'open'}
            placeholder={staff ? 'Write to the customer…' : 'Ask the concierge…'}
            botName="AI concierge"
          />
        </div>
      </div>
    </main>
  );
}
