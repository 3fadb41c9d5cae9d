import type { ReactNode } from 'react';

/** A failure the user must see, announced at once; nothing when there is none. */
export function ErrorMessage({ message, id }: { message: string | null; id?: string }) {
  if (!message) return null;
  return (
    <p className="error" role="alert" id={id}>
      {message}
    </p>
  );
}

/** What an action did ("Policy saved."), announced politely; nothing when there is nothing to say. */
export function StatusMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="notice" role="status">
      {message}
    </p>
  );
}

/** A form's submit button: it says what is happening while `busy` and cannot be pressed again meanwhile. */
export function SubmitButton({ busy, busyLabel, disabled = false, children }: { busy: boolean; busyLabel: string; disabled?: boolean; children: ReactNode }) {
  return (
    <button type="submit" disabled={disabled || busy}>
      {busy ? busyLabel : children}
    </button>
  );
}
