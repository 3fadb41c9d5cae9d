import { useEffect, useState } from 'react';
import type { RecentOrder, RoomEvent, ShowAnalytics } from '../../../core/index.ts';
import { ErrorMessage } from '../components/form-feedback.tsx';
import { formatMoney, formatTime } from '../lib/format.ts';
import type { StaffApi } from '../lib/staff-session.ts';
import { usePolled } from '../lib/use-polled.ts';

interface FiguresProps {
  showId: string;
  call: StaffApi;
  /** The live count from the room (presence), fresher than the analytics poll. */
  viewerCount: number;
  events: RoomEvent[];
}

const keptSamples = 60;

/** Key figures of the show, refreshed every 5 s and when an order comes in. */
export function ShowFigures({ showId, call, viewerCount, events }: FiguresProps) {
  const [viewerSamples, setViewerSamples] = useState<number[]>([]);
  const liveOrders = events.flatMap((item) =>
    item.event.type === 'order-placed'
      ? [{ id: item.event.orderId, total: item.event.total, currency: item.event.currency, items: item.event.items, participantName: item.event.participantName, createdAt: item.at }]
      : [],
  );

  const { data: figures, error, refresh } = usePolled(() => call<ShowAnalytics>(`/api/analytics/shows/${encodeURIComponent(showId)}`), 5_000, [call, showId, liveOrders.length]);

  // Activity in the room (a message, a reply, a question) refreshes the figures soon after, not only on the 5 s beat.
  const activity = events.filter((item) => item.seq !== null).length;
  useEffect(() => {
    if (activity === 0) return;
    const timer = setTimeout(refresh, 800);
    return () => clearTimeout(timer);
  }, [activity, refresh]);

  useEffect(() => {
    setViewerSamples((samples) => [...samples, viewerCount].slice(-keptSamples));
    const timer = setInterval(() => setViewerSamples((samples) => [...samples, samples.at(-1) ?? 0].slice(-keptSamples)), 5_000);
    return () => clearInterval(timer);
  }, [viewerCount]);

  const orders = mergeOrders(figures?.recentOrders ?? [], liveOrders);
  const bars: [string, number][] = figures
    ? [
        ['Messages', figures.messages],
        ['AI replies', figures.botReplies],
        ['Handoffs', figures.handoffs],
        ['Open questions', figures.openQuestions],
        ['Offers made', figures.offersCreated],
        ['Offers used', figures.offersRedeemed],
        ['Orders', figures.orders],
      ]
    : [];
  const largest = Math.max(1, ...bars.map(([, value]) => value));

  return (
    <section className="card stack" aria-labelledby="figures-heading">
      <h2 id="figures-heading">Key figures</h2>
      <ErrorMessage message={error} />
      <dl className="figure-tiles">
        <div>
          <dt>Watching now</dt>
          <dd data-figure="viewers">{viewerCount}</dd>
          <Sparkline samples={viewerSamples} />
        </div>
        <div>
          <dt>Peak</dt>
          <dd>{figures ? Math.max(figures.peakViewers, viewerCount) : '–'}</dd>
        </div>
        <div>
          <dt>Revenue</dt>
          <dd data-figure="revenue">{figures ? formatMoney(figures.revenue, figures.currency) : '–'}</dd>
        </div>
        <div>
          <dt>Orders</dt>
          <dd>{figures?.orders ?? '–'}</dd>
        </div>
      </dl>
      {bars.length ? (
        <ul className="figure-bars" aria-label="Activity">
          {bars.map(([label, value]) => (
            <li key={label} data-figure={label}>
              <span>{label}</span>
              <span className="figure-bar" aria-hidden="true">
                <span style={{ width: `${(value / largest) * 100}%` }} />
              </span>
              <strong>{value}</strong>
            </li>
          ))}
        </ul>
      ) : null}
      <h3>Recent purchases</h3>
      {orders.length === 0 ? <p className="muted">No orders yet.</p> : null}
      <ul className="recent-orders">
        {orders.slice(0, 8).map((order) => (
          <li key={order.id}>
            <span>
              <strong>{order.participantName ?? 'A shopper'}</strong> · {order.items} item{order.items === 1 ? '' : 's'}
            </span>
            <span>
              {formatMoney(order.total, order.currency)} <span className="muted">{formatTime(order.createdAt)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Viewers over the last few minutes, as a line: enough to see a show gaining or losing its audience. */
function Sparkline({ samples }: { samples: number[] }) {
  if (samples.length < 2) return null;
  const width = 120;
  const height = 28;
  const top = Math.max(1, ...samples);
  const points = samples.map((value, index) => `${((index / (samples.length - 1)) * width).toFixed(1)},${(height - (value / top) * (height - 2) - 1).toFixed(1)}`).join(' ');
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`Viewers over time, now ${samples.at(-1)}`}>
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
    </svg>
  );
}

function mergeOrders(fetched: RecentOrder[], live: RecentOrder[]): RecentOrder[] {
  const byId = new Map(fetched.map((order) => [order.id, order]));
  for (const order of live) if (!byId.has(order.id)) byId.set(order.id, order);
  return [...byId.values()].sort((left, right) => right.createdAt.localeCompare(left.createdAt));
}
