import type { Booking } from '../../../core/index.ts';
import { ErrorMessage } from '../components/form-feedback.tsx';
import type { StaffApi } from '../lib/staff-session.ts';
import { formatDateTime } from '../lib/time-zones.ts';
import { usePolled } from '../lib/use-polled.ts';

/** The concierge calls still to come, each with a link into its call room. */
export function UpcomingCalls({ call, timeZone }: { call: StaffApi; timeZone: string }) {

  const { data, error } = usePolled(() => call<{ bookings: Booking[] }>(`/api/bookings?from=${encodeURIComponent(new Date().toISOString().slice(0, 10))}`), 30_000, [call]);
  const bookings = data?.bookings ?? null;

  const now = Date.now();
  const upcoming = (bookings ?? []).filter((booking) => booking.status === 'confirmed' && Date.parse(booking.end) > now).sort((left, right) => left.start.localeCompare(right.start));
  return (
    <section className="card stack" aria-labelledby="calls-heading">
      <h2 id="calls-heading">Upcoming concierge calls</h2>
      <ErrorMessage message={error} />
      {bookings && upcoming.length === 0 ? <p className="muted">No calls booked.</p> : null}
      <ul className="upcoming-calls">
        {upcoming.slice(0, 12).map((booking) => (
          <li key={booking.id}>
            <div>
              <strong>{booking.customerName}</strong> with {booking.staffName}
              <br />
              <span className="muted">{formatDateTime(booking.start, timeZone)}</span>
            </div>
            <a className="button secondary" href={`/call/${encodeURIComponent(booking.id)}`}>
              Join
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
