import { type FormEvent, useEffect, useState } from 'react';
import './booking-page.css';
import type { Booking, BookingCreated, Slot } from '../../../core/index.ts';
import { ErrorMessage, SubmitButton } from '../components/form-feedback.tsx';
import { api, ApiError, errorMessage } from '../lib/api.ts';
import { loadSession, participantFromToken, saveSession, takeLinkToken } from '../lib/session.ts';
import { browserTimeZone, formatDateTime } from '../lib/time-zones.ts';
import { StylistSelect, TimeZoneSelect } from './booking-choices.tsx';
import { BookingDetails } from './booking-details.tsx';
import { SlotPicker } from './booking-slot-picker.tsx';
import { bookingLinks, customerSessionKey } from './booking-links.ts';

/** `/book`: book a one-to-one concierge call; `/book?booking=ID#token=T` manages one. */
export function BookingPage() {
  const bookingId = new URLSearchParams(location.search).get('booking');
  // From the manage link once (then kept for this booking), or from this browser's saved booking.
  const [token] = useState(() => {
    const fromLink = takeLinkToken();
    if (fromLink && bookingId) rememberCustomer(bookingId, fromLink);
    return fromLink ?? (bookingId ? (loadSession(customerSessionKey(bookingId))?.token ?? null) : null);
  });
  return (
    <main className="page narrow booking-page">
      <header className="booking-header">
        <p className="muted">Maison Vitrine · Concierge</p>
        <h1>Book a private video call</h1>
        <p className="muted">A private video call with a stylist, in your browser. Our AI concierge (an AI) can help before your stylist joins.</p>
      </header>
      {bookingId && token ? <ManageBooking bookingId={bookingId} token={token} /> : <NewBooking />}
    </main>
  );
}

function rememberCustomer(bookingId: string, token: string) {
  const participant = participantFromToken(token);
  if (participant?.role === 'customer') saveSession(customerSessionKey(bookingId), { token, participant });
}

function NewBooking() {
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [staffId, setStaffId] = useState<string | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [slotsVersion, setSlotsVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<BookingCreated | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!slot) return;
    const form = new FormData(event.currentTarget);
    const note = String(form.get('note') ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      const answer = await api<BookingCreated>('/api/bookings', {
        body: { start: slot.start, staffId: slot.staffId, name: String(form.get('name')).trim(), email: String(form.get('email')).trim(), timeZone, ...(note ? { note } : {}) },
      });
      rememberCustomer(answer.booking.id, answer.token);
      setCreated(answer);
      scrollTo({ top: 0 });
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) {
        setError('Sorry, that time was just taken. The free times are updated: please choose another.');
        setSlot(null);
        setSlotsVersion((version) => version + 1);
      } else setError(errorMessage(failure, 'Could not book the call. Please try again.'));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <BookingDetails
        booking={created.booking}
        token={created.token}
        links={created}
        timeZone={timeZone}
        heading="You're booked"
        onChange={(booking, fresh) => {
          if (fresh) rememberCustomer(booking.id, fresh);
          setCreated({ ...created, booking, ...(fresh ? { token: fresh, ...bookingLinks(booking.id, fresh) } : {}) });
        }}
      />
    );
  }

  return (
    <form className="stack" onSubmit={submit} aria-label="Book a call">
      <section className="card stack" aria-labelledby="when-heading">
        <h2 id="when-heading">1. Choose a time</h2>
        <div className="grid two">
          <TimeZoneSelect value={timeZone} onChange={(zone) => (setTimeZone(zone), setSlot(null))} />
          <StylistSelect value={staffId} onChange={(id) => (setStaffId(id), setSlot(null))} />
        </div>
        <SlotPicker timeZone={timeZone} staffId={staffId} selected={slot} onSelect={setSlot} refreshKey={slotsVersion} />
      </section>
      <section className="card stack" aria-labelledby="who-heading">
        <h2 id="who-heading">2. Your details</h2>
        <p className={slot ? 'booking-chosen' : 'muted'} aria-live="polite">
          {slot ? `${formatDateTime(slot.start, timeZone)} (${timeZone}) with ${slot.staffName}` : 'Choose a time above first.'}
        </p>
        <label>
          Name
          <input name="name" required maxLength={80} autoComplete="name" />
        </label>
        <label>
          Email
          <input name="email" type="email" required maxLength={200} autoComplete="email" />
        </label>
        <label>
          Anything your stylist should know? (optional)
          <textarea name="note" maxLength={500} placeholder="Sizes, occasion, budget, products you are considering…" />
        </label>
        <ErrorMessage message={error} />
        <SubmitButton busy={busy} busyLabel="Booking…" disabled={!slot}>
          Book this time
        </SubmitButton>
      </section>
    </form>
  );
}

function ManageBooking({ bookingId, token: linkToken }: { bookingId: string; token: string }) {
  const [booking, setBooking] = useState<Booking | null>(null);
  const [token, setToken] = useState(linkToken);
  const [error, setError] = useState<string | null>(null);
  const [timeZone, setTimeZone] = useState<string | null>(null);

  useEffect(() => {
    rememberCustomer(bookingId, token);
    api<{ booking: Booking }>(`/api/bookings/${encodeURIComponent(bookingId)}`, { token })
      .then((answer) => setBooking(answer.booking))
      .catch((failure: unknown) => setError(errorMessage(failure, 'Could not load this booking.')));
  }, [bookingId, token]);

  if (error) {
    return (
      <div className="card stack">
        <ErrorMessage message={error} />
        <a href="/book">Book a new call</a>
      </div>
    );
  }
  if (!booking) return <p className="muted" role="status">Loading your booking…</p>;
  const zone = timeZone ?? booking.timeZone;
  return (
    <div className="stack">
      <div className="card">
        <TimeZoneSelect value={zone} onChange={setTimeZone} />
      </div>
      <BookingDetails
        booking={booking}
        token={token}
        links={bookingLinks(booking.id, token)}
        timeZone={zone}
        heading="Your booking"
        onChange={(changed, fresh) => {
          setBooking(changed);
          if (!fresh) return;
          rememberCustomer(changed.id, fresh);
          setToken(fresh);
        }}
      />
    </div>
  );
}
