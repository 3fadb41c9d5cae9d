import { lazy, Suspense } from 'react';
import { matchPath, usePath } from './lib/router.ts';
// The viewer page is where nearly everyone lands: it comes with the app, not as a lazy chunk.
import { ViewerPage } from './pages/viewer-page.tsx';

// The other pages are chunks of their own: a viewer on a phone downloads the stage, not the admin.
const CheckoutPage = lazy(() => import('./pages/checkout-page.tsx').then((module) => ({ default: module.CheckoutPage })));
const BookingPage = lazy(() => import('./pages/booking-page.tsx').then((module) => ({ default: module.BookingPage })));
const CallPage = lazy(() => import('./pages/call-page.tsx').then((module) => ({ default: module.CallPage })));
const DashboardPage = lazy(() => import('./pages/dashboard-page.tsx').then((module) => ({ default: module.DashboardPage })));
const AdminPage = lazy(() => import('./pages/admin-page.tsx').then((module) => ({ default: module.AdminPage })));

export function App() {
  const path = usePath();
  return <Suspense fallback={<div className="page-loading">Loading…</div>}>{page(path)}</Suspense>;
}

function page(path: string) {
  if (path === '/' || path === '') return <ViewerPage showId="demo" />;
  const show = matchPath('/show/:showId', path);
  if (show) return <ViewerPage showId={show.showId!} />;
  if (matchPath('/checkout', path)) return <CheckoutPage />;
  if (matchPath('/book', path)) return <BookingPage />;
  const call = matchPath('/call/:bookingId', path);
  if (call) return <CallPage bookingId={call.bookingId!} />;
  if (matchPath('/dashboard', path)) return <DashboardPage />;
  if (matchPath('/admin', path)) return <AdminPage />;
  return (
    <main className="page narrow">
      <h1>Page not found</h1>
      <p>
        <a href="/">Go to the live show</a>
      </p>
    </main>
  );
}
