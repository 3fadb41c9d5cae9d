import type { Participant } from '../../../core/index.ts';
import { keepStaffToken, loadSession, participantFromToken, saveSession, staffToken, takeLinkToken } from '../lib/session.ts';

/** The token a call page joins with, and where it came from. */
export interface CallCredentials {
  token: string;
  participant: Participant | null;
  source: 'link' | 'saved' | 'staff';
}

/**
 * The call's token: from the link (`#token=`, then saved for this booking and taken out of the
 * address bar), from this browser's saved booking, or the staff token when a stylist opens the
 * call from the dashboard.
 */
export function callCredentials(bookingId: string): CallCredentials | null {
  const key = `customer:${bookingId}`;
  const fromLink = takeLinkToken();
  if (fromLink) {
    const participant = participantFromToken(fromLink);
    // Only a customer token is kept for this booking: anything else would stick to it after a refusal.
    if (participant?.role === 'customer') saveSession(key, { token: fromLink, participant });
    // A stylist's link (`#token=` from the dashboard) signs this browser in as staff, as the dashboard link does.
    if (participant?.role === 'host' || participant?.role === 'admin') keepStaffToken(fromLink);
    return { token: fromLink, participant, source: 'link' };
  }
  const saved = loadSession(key);
  if (saved) return { token: saved.token, participant: saved.participant, source: 'saved' };
  const staff = staffToken();
  if (staff) return { token: staff, participant: participantFromToken(staff), source: 'staff' };
  return null;
}
