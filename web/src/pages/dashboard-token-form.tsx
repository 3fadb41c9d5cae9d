import { type FormEvent, useState } from 'react';
import { forgetStaffToken, staffToken } from '../lib/session.ts';

/** The staff token of this browser, and a way to replace or forget it. */
export function useStaffTokenState() {
  const [token, setToken] = useState(() => staffToken());
  const use = (value: string) => {
    // The same path as the start-up link (`#token=`): session.ts keeps it and cleans the address bar.
    history.replaceState(null, '', `${location.pathname}${location.search}#token=${encodeURIComponent(value)}`);
    setToken(staffToken());
  };
  const forget = () => {
    forgetStaffToken();
    setToken(null);
  };
  return { token, use, forget };
}

/** Asks for the staff token printed by `vitrine start` (or the link that carries it). */
export function StaffTokenForm({ problem, onToken, role = 'host' }: { problem: string | null; onToken: (token: string) => void; role?: 'host' | 'admin' }) {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim().replace(/^.*#token=/, '');
    if (trimmed) onToken(trimmed);
  };
  return (
    <form className="card stack staff-token-form" onSubmit={submit} aria-labelledby="token-heading">
      <h2 id="token-heading">This needs a {role} token</h2>
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
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
