import { useEffect, useState } from 'react';
import './dashboard-page.css';
import './admin-page.css';
import { api } from '../lib/api.ts';
import { CatalogUpload } from './admin-catalog-upload.tsx';
import { OfferPolicies } from './admin-offer-policies.tsx';
import { participantFromToken } from './call-token.ts';
import { ShowSettings } from './admin-show-settings.tsx';
import { useStaffApi } from './dashboard-staff-api.ts';
import { StaffTokenForm, useStaffTokenState } from './dashboard-token-form.tsx';
import type { Show } from './dashboard-types.ts';

/** `/admin`: the catalog, the offer rules and the show's settings. */
export function AdminPage() {
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

  const role = token ? participantFromToken(token)?.role : null;
  const wrongRole = role && role !== 'admin' ? `this is a ${role} token.` : null;
  if (!token || problem || wrongRole) {
    return (
      <main className="page narrow staff-page">
        <h1>Store admin</h1>
        <StaffTokenForm role="admin" problem={problem || wrongRole ? `This needs an admin token: ${problem ?? wrongRole}` : null} onToken={(value) => (use(value), setProblem(null))} />
      </main>
    );
  }
  const show = shows?.find((candidate) => candidate.id === showId) ?? shows?.[0];
  return (
    <main className="page staff-page admin-page">
      <header className="staff-header">
        <div>
          <h1>Store admin</h1>
          <p className="muted">Catalog, offer rules and the live show.</p>
        </div>
        <nav className="row">
          <a href="/dashboard">Host dashboard</a>
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
      <div className="admin-grid">
        <CatalogUpload call={call} />
        <OfferPolicies call={call} />
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
        ) : null}
        {show ? <ShowSettings show={show} call={call} onSaved={(saved) => setShows((list) => list?.map((candidate) => (candidate.id === saved.id ? saved : candidate)) ?? null)} /> : null}
      </div>
    </main>
  );
}
