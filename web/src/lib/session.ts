import type { Participant } from '../../../core/index.ts';

/** A signed-in participant as the browser keeps it. */
export interface StoredSession {
  token: string;
  participant: Participant;
}

const prefix = 'vitrine.';

export function loadSession(key: string): StoredSession | null {
  try {
    const raw = localStorage.getItem(prefix + key);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

export function saveSession(key: string, session: StoredSession | null) {
  if (session) localStorage.setItem(prefix + key, JSON.stringify(session));
  else localStorage.removeItem(prefix + key);
}

/**
 * A token handed over in a link: `#token=` (a fragment never reaches a server, its logs or a
 * Referer), or `?token=` from older links. It is taken out of the address bar so that a copied
 * address or a screenshot does not carry it.
 */
export function takeLinkToken(): string | null {
  const hash = new URLSearchParams(location.hash.slice(1));
  const query = new URLSearchParams(location.search);
  const token = hash.get('token') ?? query.get('token');
  if (!token) return null;
  hash.delete('token');
  query.delete('token');
  const rest = query.toString();
  const fragment = hash.toString();
  history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : '') + (fragment ? `#${fragment}` : ''));
  return token;
}

/**
 * The staff token: taken from `#token=` once (the link printed at start-up), then kept in
 * localStorage and removed from the address bar so it is not shared with a screenshot.
 */
export function staffToken(): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    keepStaffToken(fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return localStorage.getItem(prefix + 'staff-token');
}

export function keepStaffToken(token: string) {
  localStorage.setItem(prefix + 'staff-token', token);
}

export function forgetStaffToken() {
  localStorage.removeItem(prefix + 'staff-token');
}

/**
 * Who a token says it is, read from its claims without checking the signature: the browser only
 * needs a name to show; the server checks every token it is sent.
 */
export function participantFromToken(token: string): Participant | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replaceAll('-', '+').replaceAll('_', '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (character) => character.charCodeAt(0)))) as { sub?: string; name?: string; role?: Participant['role'] };
    if (!claims.sub || !claims.role) return null;
    return { id: claims.sub, name: claims.name ?? 'Guest', role: claims.role };
  } catch {
    return null;
  }
}
