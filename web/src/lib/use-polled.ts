import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

/**
 * Loads now and every `everyMs` while mounted (again when `deps` change); the latest answer and
 * error, and `refresh` to load at once. Answers that arrive after unmount or a deps change are dropped.
 */
export function usePolled<T>(load: () => Promise<T>, everyMs: number, deps: DependencyList) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  // The caller's deps decide when `load` is a new request (as with useEffect).
  const run = useCallback(load, deps);

  const refresh = useCallback(() => {
    const mine = generation.current;
    run()
      .then((answer) => mine === generation.current && (setData(answer), setError(null)))
      .catch((failure: Error) => mine === generation.current && setError(failure.message));
  }, [run]);

  useEffect(() => {
    generation.current += 1;
    refresh();
    const timer = setInterval(refresh, everyMs);
    return () => {
      generation.current += 1;
      clearInterval(timer);
    };
  }, [refresh, everyMs]);

  return { data, error, refresh };
}
