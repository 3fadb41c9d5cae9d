import { type FormEvent, useMemo, useState } from 'react';
import type { QueuedQuestion, RoomEvent } from '../../../core/index.ts';
import { ErrorMessage } from '../components/form-feedback.tsx';
import { errorMessage } from '../lib/api.ts';
import { formatTime } from '../lib/format.ts';
import type { StaffApi } from '../lib/staff-session.ts';
import { usePolled } from '../lib/use-polled.ts';

interface QuestionQueueProps {
  call: StaffApi;
  /** The show's room: its questions stream in live; others (calls) come with the periodic refresh. */
  roomId: string;
  events: RoomEvent[];
}

/** The live queue of questions the bot handed to a person or held back. */
export function QuestionQueue({ call, roomId, events }: QuestionQueueProps) {
  const [handled, setHandled] = useState<QueuedQuestion[]>([]);

  const { data, error } = usePolled(() => call<{ questions: QueuedQuestion[] }>('/api/questions?status=open'), 10_000, [call]);
  const fetched = useMemo(() => data?.questions ?? [], [data]);

  const open = useMemo(() => {
    const byId = new Map<string, QueuedQuestion>();
    // Questions only move from open to a final state: a final status is never overwritten by an older open one.
    const merge = (question: QueuedQuestion) => {
      const known = byId.get(question.id);
      if (!known || known.status === 'open') byId.set(question.id, question);
    };
    fetched.forEach(merge);
    for (const item of events) if (item.event.type === 'question-queued' || item.event.type === 'question-update') merge(item.event.question);
    handled.forEach((question) => byId.set(question.id, question));
    return [...byId.values()].filter((question) => question.status === 'open').sort((left, right) => left.createdAt.localeCompare(right.createdAt));
  }, [fetched, events, handled]);

  const onHandled = (question: QueuedQuestion) => setHandled((list) => [...list.filter((known) => known.id !== question.id), question]);

  return (
    <section className="card stack dashboard-queue" aria-labelledby="queue-heading">
      <h2 id="queue-heading">
        Questions for a person <span className={`badge${open.length ? ' live' : ''}`}>{open.length}</span>
      </h2>
      <ErrorMessage message={error} />
      {open.length === 0 ? <p className="muted">Nothing waiting. Questions the AI cannot answer, requests for a person and held messages appear here.</p> : null}
      <ol className="queue-list" aria-live="polite">
        {open.map((question) => (
          <QuestionItem key={question.id} question={question} call={call} otherRoom={question.roomId !== roomId} onHandled={onHandled} context={earlierLines(events, question)} />
        ))}
      </ol>
    </section>
  );
}

/**
 * What the asker wrote just before: "I'd like to talk to a person" makes sense to the host only
 * next to the question the AI could not answer.
 */
function earlierLines(events: RoomEvent[], question: QueuedQuestion): string[] {
  const lines: string[] = [];
  for (const item of events) {
    if (item.roomId !== question.roomId || item.at > question.createdAt) continue;
    const event = item.event;
    if (event.type === 'chat-message' && event.participant.id === question.participantId && event.text !== question.text) lines.push(event.text);
  }
  return lines.slice(-2);
}

interface QuestionItemProps {
  question: QueuedQuestion;
  call: StaffApi;
  otherRoom: boolean;
  onHandled: (question: QueuedQuestion) => void;
  /** The asker's lines just before the question. */
  context: string[];
}

function QuestionItem({ question, call, otherRoom, onHandled, context }: QuestionItemProps) {
  const [answering, setAnswering] = useState(false);
  const [text, setText] = useState('');
  const [audience, setAudience] = useState<'private' | 'public'>('private');
  const [learn, setLearn] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const flagged = question.kind === 'flag';

  const act = async (path: string, body: unknown) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await call<{ question?: QueuedQuestion }>(`/api/questions/${encodeURIComponent(question.id)}/${path}`, { body });
      onHandled(answer?.question ?? { ...question, status: path === 'approve' ? 'approved' : path === 'dismiss' ? 'dismissed' : 'answered' });
    } catch (failure) {
      setError(errorMessage(failure, 'That did not work. Try again.'));
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void act('answer', { text: text.trim(), audience, learn });
  };

  return (
    <li className={`queue-item${flagged ? ' flagged' : ''}`} data-question-id={question.id}>
      <div className="queue-meta">
        <strong>{question.participantName}</strong>
        <span className={`badge${flagged ? ' live' : ''}`}>{flagged ? 'Flagged — held' : 'Needs a person'}</span>
        {otherRoom ? <span className="badge">{question.roomId.startsWith('call:') ? 'Concierge call' : question.roomId}</span> : null}
        <time className="muted" dateTime={question.createdAt}>
          {formatTime(question.createdAt)}
        </time>
      </div>
      {context.length ? (
        <ul className="queue-context muted" aria-label={`Earlier from ${question.participantName}`}>
          {context.map((line, index) => (
            <li key={index}>“{line}”</li>
          ))}
        </ul>
      ) : null}
      <p className="queue-text">“{question.text}”</p>
      <p className="muted queue-reason">Why: {question.reason}</p>
      {answering ? (
        <form className="stack queue-answer" onSubmit={submit}>
          <label>
            Your answer to {question.participantName}
            <textarea value={text} onChange={(event) => setText(event.target.value)} maxLength={500} autoFocus required name="answer" />
          </label>
          <fieldset className="row queue-audience">
            <legend className="muted">Who sees it</legend>
            <label className="inline">
              <input type="radio" name={`audience-${question.id}`} checked={audience === 'private'} onChange={() => setAudience('private')} /> Only {question.participantName}
            </label>
            <label className="inline">
              <input type="radio" name={`audience-${question.id}`} checked={audience === 'public'} onChange={() => setAudience('public')} /> Everyone
            </label>
          </fieldset>
          <label className="inline">
            <input type="checkbox" checked={learn} onChange={(event) => setLearn(event.target.checked)} /> Teach the bot this answer
          </label>
          <div className="row">
            <button type="submit" disabled={busy || !text.trim()}>
              Send answer
            </button>
            <button type="button" className="secondary" onClick={() => setAnswering(false)}>
              Close
            </button>
          </div>
        </form>
      ) : (
        <div className="row">
          <button type="button" onClick={() => setAnswering(true)} disabled={busy}>
            Answer
          </button>
          {flagged ? (
            <button type="button" className="secondary" onClick={() => act('approve', {})} disabled={busy}>
              Approve
            </button>
          ) : null}
          <button type="button" className="secondary" onClick={() => act('dismiss', {})} disabled={busy}>
            Dismiss
          </button>
          {otherRoom && question.roomId.startsWith('call:') ? <a href={`/call/${encodeURIComponent(question.roomId.slice(5))}`}>Open the call</a> : null}
        </div>
      )}
      <ErrorMessage message={error} />
    </li>
  );
}
