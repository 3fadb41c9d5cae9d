import type { Show } from '../../../core/index.ts';

/** Which show a staff page works on. */
export function ShowPicker({ shows, value, onChange }: { shows: Show[]; value: string | undefined; onChange: (showId: string) => void }) {
  return (
    <label className="inline">
      Show
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {shows.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.title}
          </option>
        ))}
      </select>
    </label>
  );
}
