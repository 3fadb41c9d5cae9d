import type { Queryable } from '../../knowledge/index.ts';

/**
 * Withdrawn sign-ins: every token of a participant issued before the withdrawal is refused (a
 * stylist who left, a link sent to the wrong person). Kept in memory for the per-request check and
 * in PostgreSQL so a restart keeps them.
 */
export class TokenWithdrawals {
  private readonly withdrawnAt = new Map<string, number>();

  private constructor(private readonly db: Queryable) {}

  static async load(db: Queryable): Promise<TokenWithdrawals> {
    const withdrawals = new TokenWithdrawals(db);
    const { rows } = await db.query<{ participant_id: string; withdrawn_at: Date | string }>('select participant_id, withdrawn_at from token_withdrawals');
    for (const row of rows) withdrawals.withdrawnAt.set(row.participant_id, new Date(row.withdrawn_at).getTime());
    return withdrawals;
  }

  async withdraw(participantId: string, at: Date): Promise<void> {
    await this.db.query(
      `insert into token_withdrawals (participant_id, withdrawn_at) values ($1, $2)
       on conflict (participant_id) do update set withdrawn_at = excluded.withdrawn_at`,
      [participantId, at],
    );
    this.withdrawnAt.set(participantId, at.getTime());
  }

  /** True when this participant's token, issued at `issuedAtMs`, predates a withdrawal. */
  isWithdrawn(participantId: string, issuedAtMs: number): boolean {
    const at = this.withdrawnAt.get(participantId);
    return at !== undefined && issuedAtMs < at;
  }
}
