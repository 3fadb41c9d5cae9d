import { useState } from 'react';
import type { Booking, Slot } from '../../../core/index.ts';
import { ErrorMessage, StatusMessage } from '../components/form-feedback.tsx';
import { api, ApiError, errorMessage } from '../lib/api.ts';
import { formatClock, formatDateTime } from '../lib/time-zones.ts';
import { SlotPicker } from './booking-slot-picker.tsx';

interface BookingDetailsProps {
  booking: Booking;
  token: string;
  /** `manageUrl` is shown right after booking: vitrine sends no e-mail, so the shopper keeps the link. */
  links: { icsUrl: string; callUrl: string; manageUrl?: string };
  /** The zone the shopper reads times in. */
  timeZone: string;
  /** Shown above the details: "You're booked" right after booking, "Your booking" when managing. */
  heading: string;
  /** The booking as it is now, and a fresh customer token when the server sent one (after a reschedule). */
  onChange: (booking: Booking, token?: string) => void;
}

/** A booking with its calendar file, its call link, and the cancel / reschedule actions. */
export function BookingDetails({ booking, token, links, timeZone, heading, onChange }: BookingDetailsProps) {
  const [mode, setMode] = useState<'idle' | 'confirm-cancel' | 'reschedule'>('idle');
  const [newSlot, setNewSlot] = useState<Slot | null>(null);
  const [slotsVersion, setSlotsVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const cancelled = booking.status === 'cancelled';

  const run = async (path: string, body: unknown, success: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const answer = await api<{ booking: Booking; token?: string }>(path, { body, token });
      onChange(answer.booking, answer.token);
      setMode('idle');
      setNewSlot(null);
      setDone(success);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409) {
        setError('That time was just taken by someone else. Please choose another one.');
        setNewSlot(null);
        setSlotsVersion((version) => version + 1);
      } else setError(errorMessage(failure, 'Something went wrong. Please try again.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack booking-details" aria-labelledby="booking-heading" data-status={booking.status}>
      <h2 id="booking-heading">{cancelled ? 'This booking is cancelled' : heading}</h2>
      <StatusMessage message={done} />
      <dl className="booking-facts">
        <dt>When</dt>
        <dd>
          <strong className="booking-when">{formatDateTime(booking.start, timeZone)}</strong>
          <span className="muted">
            {' '}
            – {formatClock(booking.end, timeZone)} ({timeZone})
          </span>
        </dd>
        <dt>Stylist</dt>
        <dd className="booking-stylist">{booking.staffName}</dd>
        <dt>Name</dt>
        <dd>{booking.customerName}</dd>
        {booking.note ? (
          <>
            <dt>Note</dt>
            <dd>{booking.note}</dd>
          </>
        ) : null}
      </dl>
      {cancelled ? (
        <p>
          <a href="/book">Book another time</a>
        </p>
      ) : (
        <>
          <div className="booking-actions">
            <a className="button" href={links.callUrl}>
              Join the call
            </a>
            <a className="button secondary" href={links.icsUrl} download={`vitrine-call-${booking.id}.ics`}>
              Add to calendar (.ics)
            </a>
          </div>
          <p className="muted">The call opens in your browser; no app needed. The AI concierge (an AI) may start the call before your stylist joins.</p>
          {links.manageUrl ? (
            <p className="muted">
              Keep <a href={links.manageUrl}>this link to manage your booking</a> (bookmark it): it lets you join, reschedule or cancel from any device.
            </p>
          ) : null}
          <div className="row">
            <button type="button" className="secondary" onClick={() => setMode(mode === 'reschedule' ? 'idle' : 'reschedule')} aria-expanded={mode === 'reschedule'}>
              Reschedule
            </button>
            <button type="button" className="secondary" onClick={() => setMode('confirm-cancel')}>
              Cancel booking
            </button>
          </div>
        </>
      )}
      {mode === 'confirm-cancel' ? (
        <div className="notice stack" role="alertdialog" aria-label="Confirm cancellation">
          <p>Cancel your call with {booking.staffName}? This cannot be undone.</p>
          <div className="row">
            <button type="button" className="danger" disabled={busy} onClick={() => run(`/api/bookings/${booking.id}/cancel`, {}, 'Your booking is cancelled.')}>
              Yes, cancel it
            </button>
            <button type="button" className="secondary" onClick={() => setMode('idle')}>
              Keep it
            </button>
          </div>
        </div>
      ) : null}
      {mode === 'reschedule' ? (
        <div className="stack">
          <h3>Choose a new time with {booking.staffName}</h3>
          <SlotPicker timeZone={timeZone} staffId={booking.staffId} selected={newSlot} onSelect={setNewSlot} refreshKey={slotsVersion} />
          <button type="button" disabled={!newSlot || busy} onClick={() => newSlot && run(`/api/bookings/${booking.id}/reschedule`, { start: newSlot.start }, 'Your call has moved.')}>
            {newSlot ? `Move to ${newSlot.label}` : 'Choose a time above'}
          </button>
        </div>
      ) : null}
      <ErrorMessage message={error} />
    </section>
  );
}
