import { type FormEvent, useEffect, useState } from 'react';
import type { Participant, StaffMember } from '../../../core/index.ts';
import { ErrorMessage, StatusMessage, SubmitButton } from '../components/form-feedback.tsx';
import type { StaffApi } from '../lib/staff-session.ts';
import { useAction } from '../lib/use-action.ts';

interface Issued {
  participant: Participant;
  link: string;
}

/**
 * Sign-in links for the staff: a stylist's link admits their own concierge calls; a host's or an
 * admin's link signs a colleague in (`POST /api/admin/tokens`). The link is shown once, to copy.
 * A stylist's links can be withdrawn all at once (`POST /api/admin/tokens/withdraw`).
 */
export function StaffLinks({ call }: { call: StaffApi }) {
  const [stylists, setStylists] = useState<StaffMember[]>([]);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const { busy, error, run } = useAction('Could not create the link.');
  const withdrawal = useAction('Could not withdraw the links.');

  useEffect(() => {
    void call<{ staff: StaffMember[] }>('/api/staff')
      .then((answer) => setStylists(answer.staff))
      .catch(() => setStylists([]));
  }, [call]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const who = String(form.get('who') ?? '');
    const name = String(form.get('name') ?? '').trim();
    setIssued(null);
    void run(async () => {
      const body = who.startsWith('stylist:') ? { role: 'host', staffId: who.slice('stylist:'.length) } : { role: who, name };
      const answer = await call<{ token: string; participant: Participant }>('/api/admin/tokens', { body });
      const page = answer.participant.role === 'admin' ? 'admin' : 'dashboard';
      setIssued({ participant: answer.participant, link: `${location.origin}/${page}#token=${answer.token}` });
    });
  };

  const withdraw = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const staffId = String(new FormData(event.currentTarget).get('stylist') ?? '');
    const stylist = stylists.find((member) => member.id === staffId);
    setWithdrawn(null);
    void withdrawal.run(async () => {
      await call('/api/admin/tokens/withdraw', { body: { participantId: `staff:${staffId}` } });
      setWithdrawn(`${stylist?.name ?? staffId}'s sign-in links no longer work; create a new one when they need it.`);
    });
  };

  return (
    <section className="card stack" aria-labelledby="staff-links-heading">
      <h2 id="staff-links-heading">Staff sign-in links</h2>
      <p className="muted">A stylist's link opens the dashboard and their own video calls; send it to them privately. Links last 7 days.</p>
      <form className="stack" onSubmit={submit} aria-describedby={error ? 'staff-links-error' : undefined}>
        <label>
          Link for
          <select name="who" defaultValue={stylists[0] ? `stylist:${stylists[0].id}` : 'host'} key={stylists.length}>
            {stylists.map((stylist) => (
              <option key={stylist.id} value={`stylist:${stylist.id}`}>
                {stylist.name} (stylist)
              </option>
            ))}
            <option value="host">A show host</option>
            <option value="admin">An admin</option>
          </select>
        </label>
        <label>
          Name shown in chats (hosts and admins)
          <input name="name" maxLength={40} placeholder="e.g. Jamie" />
        </label>
        <SubmitButton busy={busy} busyLabel="Creating…">
          Create a sign-in link
        </SubmitButton>
      </form>
      <ErrorMessage message={error} id="staff-links-error" />
      {issued ? (
        <div className="notice stack" role="status">
          <p>
            Sign-in link for <strong>{issued.participant.name}</strong> ({issued.participant.role}):
          </p>
          <input className="staff-link" readOnly value={issued.link} aria-label={`Sign-in link for ${issued.participant.name}`} onFocus={(event) => event.currentTarget.select()} />
          <button type="button" className="secondary" onClick={() => void navigator.clipboard?.writeText(issued.link)}>
            Copy link
          </button>
        </div>
      ) : null}
      {stylists.length > 0 ? (
        <form className="stack withdraw-links" onSubmit={withdraw}>
          <label>
            Withdraw every sign-in link of
            <select name="stylist">
              {stylists.map((stylist) => (
                <option key={stylist.id} value={stylist.id}>
                  {stylist.name}
                </option>
              ))}
            </select>
          </label>
          <SubmitButton busy={withdrawal.busy} busyLabel="Withdrawing…">
            Withdraw their links
          </SubmitButton>
          <ErrorMessage message={withdrawal.error} />
          <StatusMessage message={withdrawn} />
        </form>
      ) : null}
    </section>
  );
}
