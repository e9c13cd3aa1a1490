// Signing in with a passkey instead of a password: options that name no one, then a signed challenge checked
// against the passkey it names.

import { DomainError } from '../../shared/errors.ts';
import { parseInput } from '../../shared/parse.ts';
import { enforceLimits } from '../limits.ts';
import { newChallenge, userHandleBase64url } from './ceremony.ts';
import { authenticationResponseInput } from './input.ts';
import type { PasskeyDeps, Site } from './ports.ts';

const signInFailed = () =>
	new DomainError('unauthorized', 'passkey sign-in failed', [{ field: 'credential', problem: 'passkeySignInFailed' }]);

/** Options for signing in with any passkey this browser holds for Porchlight (no one is named). */
export async function beginPasskeySignIn(deps: PasskeyDeps, site: Site, now: Date, clientAddress: string) {
	await enforceLimits(deps.limiter, [['passkey-options-address', clientAddress]], now);
	const { options } = await deps.webauthn.authenticationOptions({ rpID: site.rpID });
	return { challengeId: await newChallenge(deps, null, 'signin', options.challenge, now), options };
}

/**
 * Checks a signed challenge; answers whose passkey signed it. Limited like a password sign-in; every failure
 * (no challenge, an unknown passkey, a bad signature, a replayed counter) is refused alike. An unconfirmed
 * address is refused only after the passkey checked out.
 */
export async function finishPasskeySignIn(
	deps: PasskeyDeps,
	challengeId: string | undefined,
	raw: unknown,
	site: Site,
	now: Date,
	clientAddress: string
): Promise<{ memberId: string }> {
	await enforceLimits(deps.limiter, [['signin-address', clientAddress]], now);
	const response = parseInput(authenticationResponseInput, raw, 'passkey sign-in');
	const taken = challengeId ? await deps.challenges.take(challengeId, 'signin', now) : null;
	if (!taken) throw signInFailed();
	const passkey = await deps.passkeys.findByCredentialId(response.id);
	if (!passkey) {
		await deps.events.record(null, 'sign-in-failed', now, 'passkey');
		throw signInFailed();
	}
	// A discoverable credential names its owner: it must be the member the passkey was added for.
	if (
		response.response.userHandle !== undefined &&
		response.response.userHandle !== userHandleBase64url(passkey.memberId)
	)
		throw signInFailed();
	const verified = await deps.webauthn.verifyAuthentication({
		response,
		expectedChallenge: taken.challenge,
		site,
		credential: passkey
	});
	if (!verified) {
		await deps.events.record(passkey.memberId, 'sign-in-failed', now, 'passkey');
		throw signInFailed();
	}
	await deps.passkeys.recordUse(passkey.id, verified.newCounter, now);
	const member = await deps.members.findById(passkey.memberId);
	if (!member) throw signInFailed();
	if (!member.emailVerifiedAt)
		throw new DomainError('email_unverified', 'e-mail not confirmed', [{ field: 'email', problem: 'emailUnverified' }]);
	await deps.events.record(member.id, 'sign-in', now, 'passkey');
	return { memberId: member.id };
}
