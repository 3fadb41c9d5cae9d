import { useState } from 'react';
import { errorMessage } from './api.ts';

/** Something a user starts with a button: busy while it runs, and why it failed (`fallback` when the API did not say). */
export function useAction(fallback: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure, fallback));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
