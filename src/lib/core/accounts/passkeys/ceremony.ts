// What adding a passkey and signing in with one share: a challenge kept in a store shared by every app instance,
// used once and good for five minutes, and the user handle that names the member to the authenticator.

import type { ChallengePurpose, PasskeyDeps } from './ports.ts';

export const challengeLifetimeMs = 5 * 60_000;

/** The user handle the authenticator keeps: the member's id (random, nothing personal), as bytes. */
export const userHandleOf = (memberId: string) => new TextEncoder().encode(memberId);
/** The same handle as a browser sends it back with a signature: base64url. */
export const userHandleBase64url = (memberId: string) =>
	btoa(String.fromCharCode(...userHandleOf(memberId)))
		.replaceAll('+', '-')
		.replaceAll('/', '_')
		.replace(/=+$/, '');

/** Keeps a new challenge for this member (null before sign-in) and purpose; answers its id. */
export async function newChallenge(
	deps: PasskeyDeps,
	memberId: string | null,
	purpose: ChallengePurpose,
	challenge: string,
	now: Date
): Promise<string> {
	const id = deps.newId();
	await deps.challenges.save(
		{
			id,
			memberId,
			purpose,
			challenge,
			expiresAt: new Date(now.getTime() + challengeLifetimeMs)
		},
		now
	);
	return id;
}
