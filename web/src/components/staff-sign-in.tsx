import { type FormEvent, type ReactNode, useState } from 'react';
import type { StaffSession } from '../lib/staff-session.ts';
import { ErrorMessage } from './form-feedback.tsx';

/** A staff page before its token will do: the page's title and the form that asks for one. */
export function StaffSignIn({ title, role, session }: { title: string; role: 'host' | 'admin'; session: StaffSession }) {
  const needed = role === 'admin' ? 'an admin token' : 'a host token';
  return (
    <main className="page narrow staff-page">
      <h1>{title}</h1>
      <StaffTokenForm role={role} problem={session.refusal !== null ? `This needs ${needed}: ${session.refusal}` : null} onToken={session.signIn} />
    </main>
  );
}

/** A staff page's links (`children`) and its Sign out button. */
export function StaffNav({ session, children }: { session: StaffSession; children: ReactNode }) {
  return (
    <nav className="row">
      {children}
      <button type="button" className="secondary" onClick={session.signOut}>
        Sign out
      </button>
    </nav>
  );
}

/** Asks for the staff token printed by `vitrine start` (or the link that carries it). */
function StaffTokenForm({ problem, onToken, role }: { problem: string | null; onToken: (token: string) => void; role: 'host' | 'admin' }) {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim().replace(/^.*#token=/, '');
    if (trimmed) onToken(trimmed);
  };
  return (
    <form className="card stack staff-token-form" onSubmit={submit} aria-labelledby="token-heading">
      <h2 id="token-heading">This needs a {role} token</h2>
      <ErrorMessage message={problem} />
      <p className="muted">
        Paste the staff token (or the whole dashboard link) that <code>vitrine start</code> printed. It stays in this browser only.
      </p>
      <label>
        Staff token
        <input value={value} onChange={(event) => setValue(event.target.value)} autoComplete="off" spellCheck={false} name="staffToken" />
      </label>
      <button type="submit" disabled={!value.trim()}>
        Use this token
      </button>
    </form>
  );
}
