import { type FormEvent, useState } from 'react';
import { ApiError } from '../lib/api.ts';
import type { Show, StaffApi } from './dashboard-types.ts';

/** Title, host name, pace, welcome line, lineup and whether the bot answers: `PATCH /api/shows/:id`. */
export function ShowSettings({ show, call, onSaved }: { show: Show; call: StaffApi; onSaved: (show: Show) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const answer = await call<{ show: Show }>(`/api/shows/${encodeURIComponent(show.id)}`, {
        method: 'PATCH',
        body: {
          title: text('title'),
          hostName: text('hostName'),
          settings: {
            beatSeconds: Number(text('beatSeconds')),
            welcome: text('welcome'),
            lineup: text('lineup')
              .split(/[\s,]+/)
              .filter(Boolean),
            botAnswers: form.get('botAnswers') === 'on',
          },
        },
      });
      onSaved(answer.show);
      setSaved(true);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Could not save the show.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="show-heading">
      <h2 id="show-heading">Show settings</h2>
      <form className="stack" onSubmit={submit} key={show.id} aria-describedby={error ? 'show-error' : undefined}>
        <label>
          Title
          <input name="title" defaultValue={show.title} required maxLength={120} />
        </label>
        <div className="grid two">
          <label>
            AI host name
            <input name="hostName" defaultValue={show.hostName} required maxLength={60} />
          </label>
          <label>
            Seconds between the host's product beats
            <input name="beatSeconds" type="number" min={5} step={1} defaultValue={show.settings.beatSeconds} required />
          </label>
          <label className="inline">
            <input name="botAnswers" type="checkbox" defaultChecked={show.settings.botAnswers} /> The AI host answers the chat
          </label>
        </div>
        <label>
          Welcome line
          <textarea name="welcome" defaultValue={show.settings.welcome} maxLength={500} />
        </label>
        <label>
          Lineup (product ids, in order, separated by commas or new lines)
          <textarea name="lineup" defaultValue={show.settings.lineup.join('\n')} spellCheck={false} />
        </label>
        {error ? (
          <p className="error" role="alert" id="show-error">
            {error}
          </p>
        ) : null}
        {saved ? (
          <p className="notice" role="status">
            Show saved.
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save show'}
        </button>
      </form>
    </section>
  );
}
