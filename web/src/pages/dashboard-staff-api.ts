import { useCallback } from 'react';
import { api, ApiError } from '../lib/api.ts';
import type { StaffApi } from './dashboard-types.ts';

/** The API with the staff token; a 401/403 also calls `onRefused` so the page can ask for a token. */
export function useStaffApi(token: string | null, onRefused: (message: string) => void): StaffApi {
  return useCallback(
    async <T>(path: string, options: Omit<Parameters<typeof api>[1], 'token'> = {}) => {
      try {
        return await api<T>(path, { ...options, token });
      } catch (failure) {
        if (failure instanceof ApiError && (failure.status === 401 || failure.status === 403)) onRefused(failure.message);
        throw failure;
      }
    },
    [token, onRefused],
  );
}
