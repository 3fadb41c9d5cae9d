import { useEffect, useId, useState } from 'react';
import type { StaffMember } from '../../../core/index.ts';
import { api } from '../lib/api.ts';
import { allTimeZones, commonTimeZones, timeZoneCity } from '../lib/time-zones.ts';

/** The zone picker: the shopper's own zone and the common ones first, then every zone the browser knows. */
export function TimeZoneSelect({ value, onChange }: { value: string; onChange: (timeZone: string) => void }) {
  const first = [...new Set([value, ...commonTimeZones])];
  const others = allTimeZones().filter((zone) => !first.includes(zone));
  const id = useId();
  // The label sits beside the select, not around it: its accessible name stays "Your time zone".
  return (
    <div className="field">
      <label htmlFor={id}>Your time zone</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} name="timeZone">
        <optgroup label="Common">
          {first.map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneCity(zone)} ({zone})
            </option>
          ))}
        </optgroup>
        {others.length > 0 ? (
          <optgroup label="All time zones">
            {others.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  );
}

/** Any stylist, or one by name (`GET /api/staff`). */
export function StylistSelect({ value, onChange }: { value: string | null; onChange: (staffId: string | null) => void }) {
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    api<{ staff: StaffMember[] }>('/api/staff')
      .then((answer) => setStaff(answer.staff))
      .catch((failure: Error) => setError(failure.message));
  }, []);
  return (
    <div className="field">
      <label htmlFor={id}>Stylist</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)} name="staffId">
        <option value="">Any stylist (first free)</option>
        {staff.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
            {person.title ? ` — ${person.title}` : ''}
          </option>
        ))}
      </select>
      {error ? <span className="error">Could not load the stylists: {error}</span> : null}
    </div>
  );
}
