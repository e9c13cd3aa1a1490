import { z } from 'zod';
import { DomainError } from '../shared/errors.ts';
import type { AccountDeps, MemberRecord, SignedIn } from './ports.ts';
import { reauthenticate } from './reauthenticate.ts';

// Credentials change only after proof: adding or removing a passkey, a new password, a new e-mail address, the
// full export and deleting the account need the password or a passkey within the last five minutes. A phone
// left signed in is then not enough to take the account over, or to carry its contents away. Signing in counts
// as proof at that moment; "Confirm it's you" (password or passkey again) renews it.

export const recentProofMs = 5 * 60_000;

export function hasRecentProof(provedAt: string | null, now: Date): boolean {
	if (!provedAt) return false;
	const age = now.getTime() - Date.parse(provedAt);
	return age >= 0 && age < recentProofMs;
}

export function requireRecentProof(session: Pick<SignedIn, 'provedAt'>, now: Date): void {
	if (!hasRecentProof(session.provedAt, now))
		throw new DomainError('reauthentication_required', 'the last proof of who they are is too old');
}

export const confirmItIsYouInput = z
	.object({
		password: z.string({ error: 'passwordRequired' }).min(1, 'passwordRequired').max(4096, 'passwordWrong')
	})
	.strict();

type ProofDeps = Pick<AccountDeps, 'members' | 'passwords' | 'limiter' | 'sessions' | 'events'>;

/** "Confirm it's you" with the password: this session counts as freshly proved. */
export async function confirmItIsYou(deps: ProofDeps, session: SignedIn, password: string, now: Date): Promise<void> {
	const member = await reauthenticate(deps, session.memberId, password, now);
	await deps.sessions.markProved(session.sessionIdHash, now);
	await deps.events.record(member.id, 'reauthenticated', now);
}

/**
 * The proof a grave change needs: the password typed with the request (checked, limited, and renewing the
 * session's proof), or, without one, a proof on this session within the last five minutes.
 */
export async function proveItIsThem(
	deps: ProofDeps,
	session: SignedIn,
	password: string | undefined,
	now: Date
): Promise<MemberRecord> {
	if (password !== undefined && password !== '') {
		await confirmItIsYou(deps, session, password, now);
	} else {
		requireRecentProof(session, now);
	}
	const member = await deps.members.findById(session.memberId);
	if (!member) throw new DomainError('unauthorized', 'the account is gone');
	return member;
}
