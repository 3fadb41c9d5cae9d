import { type FormEvent, useState } from 'react';
import type { Participant } from '../../../core/index.ts';
import { ErrorMessage, SubmitButton } from '../components/form-feedback.tsx';
import { api, errorMessage } from '../lib/api.ts';
import { type StoredSession, saveSession } from '../lib/session.ts';

const longestName = 40;

/** Joining takes a display name only; the viewer token is kept so a reload rejoins as the same viewer. */
export function ViewerJoin({ hostName, onJoined }: { hostName: string; onJoined: (session: StoredSession) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const displayName = name.trim();
    if (!displayName) {
      setError('Enter a name to join the chat.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const session = await api<{ token: string; participant: Participant }>('/api/auth/viewer', { body: { displayName } });
      saveSession('viewer', session);
      onJoined(session);
    } catch (caught) {
      setError(errorMessage(caught, 'Could not join the show. Try again.'));
      setBusy(false);
    }
  };

  return (
    <form className="viewer-join card stack" onSubmit={submit} noValidate>
      <h2>Join the chat</h2>
      <p className="muted">Ask {hostName}, the AI host, about anything in the show. A person from the shop can join you when you ask.</p>
      <label>
        Your display name
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={longestName}
          autoComplete="nickname"
          placeholder="e.g. Sam"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'viewer-join-error' : undefined}
        />
      </label>
      <ErrorMessage message={error} id="viewer-join-error" />
      <SubmitButton busy={busy} busyLabel="Joining…">
        Join the show
      </SubmitButton>
    </form>
  );
}
