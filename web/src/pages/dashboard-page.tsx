import { useEffect, useState } from 'react';
import './dashboard-page.css';
import { ChatPanel } from '../components/chat-panel.tsx';
import { api, ApiError } from '../lib/api.ts';
import { browserTimeZone } from '../lib/time-zones.ts';
import { useRoom } from '../lib/use-room.ts';
import { UpcomingCalls } from './dashboard-calls.tsx';
import { ShowFigures } from './dashboard-figures.tsx';
import { useStaffApi } from './dashboard-staff-api.ts';
import { PushPanel } from './dashboard-push.tsx';
import { participantFromToken } from './call-token.ts';
import { QuestionQueue } from './dashboard-questions.tsx';
import { StaffTokenForm, useStaffTokenState } from './dashboard-token-form.tsx';
import type { Show, ShowDetails, StaffApi } from './dashboard-types.ts';

/** `/dashboard`: the human host's desk beside the AI host. */
export function DashboardPage() {
  const { token, use, forget } = useStaffTokenState();
  const [problem, setProblem] = useState<string | null>(null);
  const call = useStaffApi(token, setProblem);
  const [shows, setShows] = useState<Show[] | null>(null);
  const [showId, setShowId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<{ shows: Show[] }>('/api/shows')
      .then((answer) => setShows(answer.shows))
      .catch((failure: Error) => setError(failure.message));
  }, []);

  // A viewer's token would join the show as a viewer: say so before connecting anything.
  const role = token ? participantFromToken(token)?.role : null;
  const wrongRole = role && role !== 'host' && role !== 'admin' ? `this is a ${role} token.` : null;
  if (!token || problem || wrongRole) {
    return (
      <main className="page narrow staff-page">
        <h1>Host dashboard</h1>
        <StaffTokenForm problem={problem || wrongRole ? `This needs a host token: ${problem ?? wrongRole}` : null} onToken={(value) => (use(value), setProblem(null))} />
      </main>
    );
  }
  const show = shows?.find((candidate) => candidate.id === showId) ?? shows?.[0];
  return (
    <main className="page staff-page dashboard-page">
      <header className="staff-header">
        <div>
          <h1>Host dashboard</h1>
          {shows && shows.length > 1 ? (
            <label className="inline">
              Show
              <select value={show?.id} onChange={(event) => setShowId(event.target.value)}>
                {shows.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.title}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="muted">{show?.title ?? 'Loading the show…'}</p>
          )}
        </div>
        <nav className="row">
          <a href="/admin">Admin</a>
          <button type="button" className="secondary" onClick={forget}>
            Sign out
          </button>
        </nav>
      </header>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {shows && !show ? <p className="notice">No show is set up yet.</p> : null}
      {show ? <ShowDesk key={show.id} show={show} token={token} call={call} /> : null}
    </main>
  );
}

function ShowDesk({ show, token, call }: { show: Show; token: string; call: StaffApi }) {
  const room = useRoom(show.roomId, token);
  const [details, setDetails] = useState<ShowDetails | null>(null);
  const [takeoverError, setTakeoverError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api<ShowDetails>(`/api/shows/${encodeURIComponent(show.id)}`)
      .then(setDetails)
      .catch(() => setDetails(null));
  }, [show.id]);

  const toggleTakeover = async () => {
    setBusy(true);
    setTakeoverError(null);
    try {
      await call(`/api/shows/${encodeURIComponent(show.id)}/takeover`, { body: { active: !room.takeover.active } });
    } catch (failure) {
      setTakeoverError(failure instanceof ApiError ? failure.message : 'Could not change who answers the chat.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="dashboard-status card row" data-room-status={room.status}>
        <span className={`badge${room.status === 'open' ? ' live' : ''}`}>{room.status === 'open' ? 'LIVE' : room.status === 'refused' ? 'Refused' : 'Connecting…'}</span>
        <strong data-figure="viewers-live">{room.viewerCount} watching</strong>
        <span className="muted">{room.takeover.active ? `${room.takeover.by ?? 'A host'} is answering the chat; the AI host is paused.` : 'The AI host answers the chat.'}</span>
        <button type="button" className={room.takeover.active ? 'secondary' : ''} onClick={toggleTakeover} disabled={busy || room.status !== 'open'} aria-pressed={room.takeover.active}>
          {room.takeover.active ? 'Hand chat back to AI' : 'Take over chat'}
        </button>
        {room.refusal ? <span className="error">{room.refusal}</span> : null}
        {takeoverError ? (
          <span className="error" role="alert">
            {takeoverError}
          </span>
        ) : null}
      </div>
      <div className="dashboard-grid">
        <div className="dashboard-column">
          <QuestionQueue call={call} roomId={show.roomId} events={room.events} />
          <PushPanel show={show} lineup={details?.lineup ?? []} call={call} />
        </div>
        <div className="dashboard-column">
          <section className="card dashboard-chat" aria-labelledby="chat-heading">
            <h2 id="chat-heading">Show chat</h2>
            <ChatPanel events={room.events} selfId={room.participant?.id ?? null} onSend={(text) => room.send(text)} disabled={room.status !== 'open'} placeholder="Write to everyone…" botName={show.hostName} />
          </section>
        </div>
        <div className="dashboard-column">
          <ShowFigures showId={show.id} call={call} viewerCount={room.viewerCount} events={room.events} />
          <UpcomingCalls call={call} timeZone={browserTimeZone()} />
        </div>
      </div>
    </>
  );
}
