import { type FormEvent, useState } from 'react';
import type { Show } from '../../../core/index.ts';
import { ErrorMessage, StatusMessage, SubmitButton } from '../components/form-feedback.tsx';
import type { StaffApi } from '../lib/staff-session.ts';
import { useAction } from '../lib/use-action.ts';

/** Title, host name, pace, welcome line, lineup and whether the bot answers: `PATCH /api/shows/:id`. */
export function ShowSettings({ show, call, onSaved }: { show: Show; call: StaffApi; onSaved: (show: Show) => void }) {
  const { busy, error, run } = useAction('Could not save the show.');
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setSaved(false);
    void run(async () => {
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
    });
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
        <ErrorMessage message={error} id="show-error" />
        <StatusMessage message={saved ? 'Show saved.' : null} />
        <SubmitButton busy={busy} busyLabel="Saving…">
          Save show
        </SubmitButton>
      </form>
    </section>
  );
}
