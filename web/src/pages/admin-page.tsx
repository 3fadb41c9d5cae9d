import './dashboard-page.css';
import './admin-page.css';
import { ErrorMessage } from '../components/form-feedback.tsx';
import { ShowPicker } from '../components/show-picker.tsx';
import { StaffNav, StaffSignIn } from '../components/staff-sign-in.tsx';
import { useStaffSession } from '../lib/staff-session.ts';
import { useShows } from '../lib/use-shows.ts';
import { CatalogUpload } from './admin-catalog-upload.tsx';
import { OfferPolicies } from './admin-offer-policies.tsx';
import { ShowSettings } from './admin-show-settings.tsx';
import { StaffLinks } from './admin-staff-links.tsx';

/** `/admin`: the catalog, the offer rules, the show's settings and the staff's sign-in links. */
export function AdminPage() {
  const session = useStaffSession(['admin']);
  const { shows, show, choose, replace, error } = useShows();
  if (!session.token) return <StaffSignIn title="Store admin" role="admin" session={session} />;
  const { call } = session;
  return (
    <main className="page staff-page admin-page">
      <header className="staff-header">
        <div>
          <h1>Store admin</h1>
          <p className="muted">Catalog, offer rules, the live show and staff sign-in.</p>
        </div>
        <StaffNav session={session}>
          <a href="/dashboard">Host dashboard</a>
        </StaffNav>
      </header>
      <ErrorMessage message={error} />
      <div className="admin-grid">
        <CatalogUpload call={call} />
        <OfferPolicies call={call} />
        {shows && shows.length > 1 ? <ShowPicker shows={shows} value={show?.id} onChange={choose} /> : null}
        {show ? <ShowSettings show={show} call={call} onSaved={replace} /> : null}
        <StaffLinks call={call} />
      </div>
    </main>
  );
}
