import { useEffect, useState } from 'react';
import type { Show } from '../../../core/index.ts';
import { api } from './api.ts';

/** The store's shows (`GET /api/shows`) and the one a staff page works on: the chosen one, else the first. */
export function useShows() {
  const [shows, setShows] = useState<Show[] | null>(null);
  const [showId, setShowId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<{ shows: Show[] }>('/api/shows')
      .then((answer) => setShows(answer.shows))
      .catch((failure: Error) => setError(failure.message));
  }, []);

  const show = shows?.find((candidate) => candidate.id === showId) ?? shows?.[0];
  /** Puts a show the server sent back after a change in place of its old copy. */
  const replace = (saved: Show) => setShows((list) => list?.map((candidate) => (candidate.id === saved.id ? saved : candidate)) ?? null);
  return { shows, show, choose: setShowId, replace, error };
}
