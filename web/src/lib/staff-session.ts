import { useCallback, useState } from 'react';
import type { ParticipantRole } from '../../../core/index.ts';
import { api, ApiError } from './api.ts';
import { forgetStaffToken, participantFromToken, staffToken } from './session.ts';

/** The API with the staff token already in: a 401/403 also tells the page to ask for a host token. */
export type StaffApi = <T>(path: string, options?: Omit<Parameters<typeof api>[1], 'token'>) => Promise<T>;

/** A staff page's sign-in: the token once it will do, why it will not, and the API that sends it. */
export interface StaffSession {
  /** The staff token, while the page has no reason to ask for another one; null otherwise. */
  token: string | null;
  /** Why the token in hand will not do: the server refused it, or it is another role's. */
  refusal: string | null;
  call: StaffApi;
  /** Uses a pasted token (the way the start-up link's `#token=` comes in). */
  signIn: (token: string) => void;
  signOut: () => void;
}

/** The staff token of this browser for a page that only `roles` may use. */
export function useStaffSession(roles: readonly ParticipantRole[]): StaffSession {
  const [token, setToken] = useState(() => staffToken());
  const [problem, setProblem] = useState<string | null>(null);
  const call = useCallback(
    async <T>(path: string, options: Omit<Parameters<typeof api>[1], 'token'> = {}) => {
      try {
        return await api<T>(path, { ...options, token });
      } catch (failure) {
        if (failure instanceof ApiError && (failure.status === 401 || failure.status === 403)) setProblem(failure.message);
        throw failure;
      }
    },
    [token],
  );
  // A viewer's token would join the show as a viewer: say so before connecting anything.
  const role = token ? participantFromToken(token)?.role : null;
  const wrongRole = role && !roles.includes(role) ? `this is a ${role} token.` : null;
  const refusal = problem || wrongRole ? (problem ?? wrongRole) : null;
  const signIn = (value: string) => {
    // The same path as the start-up link (`#token=`): session.ts keeps it and cleans the address bar.
    history.replaceState(null, '', `${location.pathname}${location.search}#token=${encodeURIComponent(value)}`);
    setToken(staffToken());
    setProblem(null);
  };
  const signOut = () => {
    forgetStaffToken();
    setToken(null);
  };
  return { token: refusal === null ? token : null, refusal, call, signIn, signOut };
}
