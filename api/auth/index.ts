export { authenticate, isStaff, principalOf, requireRole, staffRoles } from './authenticate.ts';
export { TokenIssuer, tokenLifetimeMs, type Principal } from './tokens.ts';
export { TokenWithdrawals } from './token-withdrawals.ts';
