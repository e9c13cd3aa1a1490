// Adding a passkey: a signed-in member with a recent proof of who they are asks for options, their browser
// creates the passkey, and the answer is checked against the challenge before the passkey is kept. Logged and
// e-mailed to the account's address.

import { sendSecurityNotice } from '../../security/notices.ts';
import { DomainError } from '../../shared/errors.ts';
import { parseInput } from '../../shared/parse.ts';
import { enforceLimits } from '../limits.ts';
import type { SignedIn } from '../ports.ts';
import { requireRecentProof } from '../recent-proof.ts';
import { newChallenge, userHandleOf } from './ceremony.ts';
import { registrationResponseInput } from './input.ts';
import type { PasskeyDeps, PasskeyRecord, PasskeySummary, Site } from './ports.ts';

const rpName = 'Porchlight';

const expired = () =>
	new DomainError('invalid', 'ceremony expired', [{ field: 'challenge', problem: 'passkeyExpired' }]);

/** Options for adding a passkey to a signed-in member's account, and the id of the challenge they carry. */
export async function beginPasskeyRegistration(
	deps: PasskeyDeps,
	session: SignedIn,
	site: Site,
	now: Date,
	clientAddress: string
) {
	requireRecentProof(session, now);
	const { memberId } = session;
	// Each ceremony begun is a row until it expires: limited like the sign-in options.
	await enforceLimits(deps.limiter, [['passkey-options-address', clientAddress]], now);
	const member = await deps.members.findById(memberId);
	if (!member) throw new DomainError('unauthorized', 'no such member');
	const { options } = await deps.webauthn.registrationOptions({
		rpID: site.rpID,
		rpName,
		userName: member.email,
		userID: userHandleOf(member.id),
		exclude: await deps.passkeys.credentialsOf(memberId)
	});
	return { challengeId: await newChallenge(deps, memberId, 'register', options.challenge, now), options };
}

/** Checks the browser's answer against this member's challenge and keeps the new passkey. */
export async function finishPasskeyRegistration(
	deps: PasskeyDeps,
	session: SignedIn,
	challengeId: string | undefined,
	raw: unknown,
	site: Site,
	device: string,
	now: Date
): Promise<PasskeySummary> {
	// Checked again at the end: the ceremony may have begun just inside the five minutes.
	requireRecentProof(session, now);
	const { memberId } = session;
	const response = parseInput(registrationResponseInput, raw, 'passkey registration');
	const taken = challengeId ? await deps.challenges.take(challengeId, 'register', now) : null;
	if (!taken || taken.memberId !== memberId) throw expired();
	const credential = await deps.webauthn.verifyRegistration({ response, expectedChallenge: taken.challenge, site });
	if (!credential)
		throw new DomainError('invalid', 'passkey not verified', [{ field: 'credential', problem: 'passkeyNotAdded' }]);
	const record: PasskeyRecord = {
		id: deps.newId(),
		memberId,
		...credential,
		device: device.slice(0, 80),
		createdAt: now.toISOString(),
		lastUsedAt: null
	};
	if (!(await deps.passkeys.insert(record)))
		throw new DomainError('conflict', 'passkey already registered', [
			{ field: 'credential', problem: 'passkeyAlreadyAdded' }
		]);
	await deps.events.record(memberId, 'passkey-added', now);
	const member = await deps.members.findById(memberId);
	if (member) await sendSecurityNotice(deps, member, 'passkeyAdded', now);
	return { id: record.id, device: record.device, createdAt: record.createdAt, lastUsedAt: null };
}
