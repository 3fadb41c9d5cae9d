import { useEffect, useMemo, useState } from 'react';
import type { Slot } from '../../../core/index.ts';
import { ErrorMessage } from '../components/form-feedback.tsx';
import { api, errorMessage } from '../lib/api.ts';
import { dayKey, formatClock, formatDay, todayIn } from '../lib/time-zones.ts';

interface SlotPickerProps {
  timeZone: string;
  /** Only this stylist's slots; all stylists when null. */
  staffId: string | null;
  selected: Slot | null;
  onSelect: (slot: Slot) => void;
  /** Changing it fetches the slots again (after a slot was taken under us). */
  refreshKey?: number;
}

interface SlotDay {
  key: string;
  title: string;
  slots: Slot[];
}

/** The free slots of the next 7 days, one day at a time, labelled in the shopper's zone. */
export function SlotPicker({ timeZone, staffId, selected, onSelect, refreshKey = 0 }: SlotPickerProps) {
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dayChoice, setDayChoice] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setSlots(null);
    setError(null);
    const query = new URLSearchParams({ from: todayIn(timeZone), days: '7', timeZone });
    if (staffId) query.set('staffId', staffId);
    api<{ slots: Slot[] }>(`/api/bookings/slots?${query}`)
      .then((answer) => current && setSlots(answer.slots))
      .catch((failure: unknown) => current && setError(errorMessage(failure, 'Could not load the free times.')));
    return () => {
      current = false;
    };
  }, [timeZone, staffId, refreshKey]);

  const days = useMemo(() => groupByDay(slots ?? [], timeZone, staffId === null), [slots, timeZone, staffId]);
  const day = days.find((candidate) => candidate.key === dayChoice) ?? days[0];

  if (error) return <ErrorMessage message={error} />;
  if (!slots) return <p className="muted" role="status">Loading free times…</p>;
  if (days.length === 0) return <p className="notice">No free times in the next 7 days{staffId ? ' with this stylist' : ''}. Try another stylist.</p>;

  return (
    <div className="slot-picker">
      <div className="slot-days" role="group" aria-label="Day">
        {days.map((candidate) => (
          <button
            key={candidate.key}
            type="button"
            className={`slot-day${candidate.key === day?.key ? ' chosen' : ''}`}
            aria-pressed={candidate.key === day?.key}
            aria-label={`${candidate.title}, ${candidate.slots.length} free`}
            onClick={() => setDayChoice(candidate.key)}
          >
            <span>{candidate.title.split(' ')[0]!.slice(0, 3)}</span>
            <strong>{candidate.title.split(' ')[1]}</strong>
          </button>
        ))}
      </div>
      {day ? (
        <section className="slot-times" aria-label={`Free times on ${day.title}`}>
          <h3>{day.title}</h3>
          <div className="slot-grid">
            {day.slots.map((slot) => {
              const chosen = selected?.start === slot.start && selected.staffId === slot.staffId;
              return (
                <button
                  key={`${slot.start}-${slot.staffId}`}
                  type="button"
                  className={`slot${chosen ? ' chosen' : ''}`}
                  aria-pressed={chosen}
                  aria-label={`${slot.label}${staffId ? '' : `, with ${slot.staffName}`}`}
                  data-start={slot.start}
                  onClick={() => onSelect(slot)}
                >
                  {formatClock(slot.start, timeZone)}
                </button>
              );
            })}
          </div>
        </section>
      ) : null}
    </div>
  );
}

/** Slots per local day; with "any stylist", one button per start time (the first free stylist). */
function groupByDay(slots: Slot[], timeZone: string, oneStylistPerTime: boolean): SlotDay[] {
  const days = new Map<string, SlotDay>();
  const seen = new Set<string>();
  for (const slot of [...slots].sort((left, right) => left.start.localeCompare(right.start))) {
    if (oneStylistPerTime) {
      if (seen.has(slot.start)) continue;
      seen.add(slot.start);
    }
    const key = dayKey(slot.start, timeZone);
    const day = days.get(key) ?? { key, title: formatDay(slot.start, timeZone), slots: [] };
    day.slots.push(slot);
    days.set(key, day);
  }
  return [...days.values()];
}
