import { useEffect, useState } from 'react';
import type { ShowDetails } from '../../../core/index.ts';
import { AiAvatar } from '../components/ai-avatar.tsx';
import { api, ApiError, errorMessage } from '../lib/api.ts';
import { loadSession, saveSession, type StoredSession } from '../lib/session.ts';
import './viewer-page.css';
import { ViewerRoom } from './viewer-room.tsx';

type ShowLoad = { state: 'loading' } | { state: 'ready'; details: ShowDetails } | { state: 'missing' } | { state: 'failed'; message: string };

/** The live shopping show hosted by the AI: route `/` (the demo show) and `/show/:showId`. */
export function ViewerPage({ showId }: { showId: string }) {
  const [load, setLoad] = useState<ShowLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [session, setSession] = useState<StoredSession | null>(() => loadSession('viewer'));

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    api<ShowDetails>(`/api/shows/${encodeURIComponent(showId)}`)
      .then((details) => {
        if (!current) return;
        setLoad({ state: 'ready', details });
        document.title = `${details.show.title} — live with ${details.show.hostName}`;
      })
      .catch((caught: unknown) => {
        if (!current) return;
        if (caught instanceof ApiError && caught.status === 404) setLoad({ state: 'missing' });
        else setLoad({ state: 'failed', message: errorMessage(caught, 'The show could not be loaded.') });
      });
    return () => {
      current = false;
    };
  }, [showId, attempt]);

  if (load.state === 'loading') {
    return (
      <main className="viewer">
        <div className="stage stage-loading">
          <AiAvatar name="" speaking={false} />
          <p role="status">Loading the show…</p>
        </div>
      </main>
    );
  }
  if (load.state === 'missing') {
    return (
      <main className="page narrow stack">
        <h1>Show not found</h1>
        <p>There is no live show at this address. It may have ended or the link may be mistyped.</p>
        <p>
          <a className="button" href="/">
            Go to the live show
          </a>
        </p>
      </main>
    );
  }
  if (load.state === 'failed') {
    return (
      <main className="page narrow stack">
        <h1>The show could not be loaded</h1>
        <p className="error" role="alert">
          {load.message}
        </p>
        <p>
          <button type="button" onClick={() => setAttempt((count) => count + 1)}>
            Try again
          </button>
        </p>
      </main>
    );
  }

  const leave = () => {
    saveSession('viewer', null);
    setSession(null);
  };
  // Keyed by token: a new viewer gets a fresh room connection and fresh state.
  return <ViewerRoom key={session?.token ?? 'guest'} details={load.details} session={session} onJoined={setSession} onLeave={leave} />;
}
