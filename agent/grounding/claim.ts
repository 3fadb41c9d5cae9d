/** Where a claim sits in the text it was read from (offsets into that text). */
export interface ClaimSpan {
  start: number;
  end: number;
  /** The words that make the claim, as written. */
  text: string;
}

/** Durations are compared in one unit per family: minutes (minutes, hours), days (days, weeks), months (months, years). */
export type DurationUnit = 'minute' | 'day' | 'month';

export interface CalendarDate {
  year: number | null;
  month: number;
  day: number;
}

/** How a code-looking token is introduced: after "code"/"coupon", after "use"/"enter"/"apply", or bare. */
export type CodeContext = 'code-word' | 'action' | 'none';

/** A checkable figure stated in a text: what the verifier compares with the turn's facts. */
export type Claim = ClaimSpan &
  (
    | { kind: 'money'; cents: number; currency: string | null; budget: boolean }
    | { kind: 'percent'; value: number }
    | { kind: 'stock'; count: number }
    | { kind: 'duration'; unit: DurationUnit; low: number; high: number }
    /** Several readings when the text is ambiguous ("3/4" as March 4 or 3 April). */
    | { kind: 'date'; candidates: CalendarDate[] }
    /** Minutes after midnight; several readings when ambiguous ("3:45" could be 15:45, "midnight" 0:00 or 23:59). */
    | { kind: 'time'; candidates: number[] }
    | { kind: 'code'; code: string; context: CodeContext }
  );

export type ClaimKind = Claim['kind'];
