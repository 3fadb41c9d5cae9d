import { useEffect, useState } from 'react';
import './dashboard-page.css';
import type { Show, ShowDetails } from '../../../core/index.ts';
import { ChatPanel } from '../components/chat-panel.tsx';
import { ErrorMessage } from '../components/form-feedback.tsx';
import { ShowPicker } from '../components/show-picker.tsx';
import { StaffNav, StaffSignIn } from '../components/staff-sign-in.tsx';
import { api } from '../lib/api.ts';
import { type StaffApi, useStaffSession } from '../lib/staff-session.ts';
import { browserTimeZone } from '../lib/time-zones.ts';
import { useAction } from '../lib/use-action.ts';
import { useRoom } from '../lib/use-room.ts';
import { useShows } from '../lib/use-shows.ts';
import { UpcomingCalls } from './dashboard-calls.tsx';
import { ShowFigures } from './dashboard-figures.tsx';
import { PushPanel } from './dashboard-push.tsx';
import { QuestionQueue } from './dashboard-questions.tsx';

/** `/dashboard`: the human host's desk beside the AI host. */
export function DashboardPage() {
  const session = useStaffSession(['host', 'admin']);
  const { shows, show, choose, error } = useShows();
  if (!session.token) return <StaffSignIn title="Host dashboard" role="host" session={session} />;
  return (
    <main className="page staff-page dashboard-page">
      <header className="staff-header">
        <div>
          <h1>Host dashboard</h1>
          {shows && shows.length > 1 ? <ShowPicker shows={shows} value={show?.id} onChange={choose} /> : <p className="muted">{show?.title ?? 'Loading the show…'}</p>}
        </div>
        <StaffNav session={session}>
          <a href="/admin">Admin</a>
        </StaffNav>
      </header>
      <ErrorMessage message={error} />
      {shows && !show ? <p className="notice">No show is set up yet.</p> : null}
      {show ? <ShowDesk key={show.id} show={show} token={session.token} call={session.call} /> : null}
    </main>
  );
}

function ShowDesk({ show, token, call }: { show: Show; token: string; call: StaffApi }) {
  const room = useRoom(show.roomId, token);
  const [details, setDetails] = useState<ShowDetails | null>(null);
  const takeover = useAction('Could not change who answers the chat.');

  useEffect(() => {
    api<ShowDetails>(`/api/shows/${encodeURIComponent(show.id)}`)
      .then(setDetails)
      .catch(() => setDetails(null));
  }, [show.id]);

  const toggleTakeover = () =>
    takeover.run(async () => {
      await call(`/api/shows/${encodeURIComponent(show.id)}/takeover`, { body: { active: !room.takeover.active } });
    });

  return (
    <>
      <div className="dashboard-status card row" data-room-status={room.status}>
        <span className={`badge${room.status === 'open' ? ' live' : ''}`}>{room.status === 'open' ? 'LIVE' : room.status === 'refused' ? 'Refused' : 'Connecting…'}</span>
        <strong data-figure="viewers-live">{room.viewerCount} watching</strong>
        <span className="muted">{room.takeover.active ? `${room.takeover.by ?? 'A host'} is answering the chat; the AI host is paused.` : 'The AI host answers the chat.'}</span>
        <button type="button" className={room.takeover.active ? 'secondary' : ''} onClick={toggleTakeover} disabled={takeover.busy || room.status !== 'open'} aria-pressed={room.takeover.active}>
          {room.takeover.active ? 'Hand chat back to AI' : 'Take over chat'}
        </button>
        {room.refusal ? <span className="error">{room.refusal}</span> : null}
        {takeover.error ? (
          <span className="error" role="alert">
            {takeover.error}
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
