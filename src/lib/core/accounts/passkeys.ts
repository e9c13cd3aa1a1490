import { z } from 'zod';
import type { Catalogue } from '../i18n/catalogue.ts';
import type { SecurityLog } from '../security/events.ts';
import { sendSecurityNotice, type NoticeDeps } from '../security/notices.ts';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import { enforceLimits } from './limits.ts';
import type { Limiter, Members, SignedIn } from './ports.ts';
import { requireRecentProof } from './recent-proof.ts';

// Passkeys: a member adds one while signed in (with a recent proof of who they are), and can then sign in with
// it instead of a password. Adding or removing one is logged and e-mailed to the account's address. The ceremony
// itself (options, signatures) is behind the WebAuthn port; challenges are kept in a store shared by every app
// instance, used once, and good for five minutes.

type ErrorKey = keyof Catalogue['errors'];

export const challengeLifetimeMs = 5 * 60_000;
export const rpName = 'Porchlight';

const base64url = z
	.string({ error: 'passkeyResponseInvalid' satisfies ErrorKey })
	.max(4096, 'passkeyResponseInvalid' satisfies ErrorKey)
	.regex(/^[A-Za-z0-9_-]*$/, 'passkeyResponseInvalid' satisfies ErrorKey);
const bigBase64url = z
	.string({ error: 'passkeyResponseInvalid' satisfies ErrorKey })
	.max(32_768, 'passkeyResponseInvalid' satisfies ErrorKey)
	.regex(/^[A-Za-z0-9_-]*$/, 'passkeyResponseInvalid' satisfies ErrorKey);
const credentialShape = {
	id: base64url.min(1, 'passkeyResponseInvalid' satisfies ErrorKey),
	rawId: base64url.min(1, 'passkeyResponseInvalid' satisfies ErrorKey),
	type: z.literal('public-key', { error: 'passkeyResponseInvalid' satisfies ErrorKey }),
	authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
	clientExtensionResults: z.looseObject({}).default({})
};

/** What a browser sends after creating a passkey (@simplewebauthn/browser's startRegistration). */
export const registrationResponseInput = z.looseObject({
	...credentialShape,
	response: z.looseObject(
		{
			clientDataJSON: bigBase64url,
			attestationObject: bigBase64url,
			transports: z.array(z.string().max(32)).max(10).optional()
		},
		{ error: 'passkeyResponseInvalid' satisfies ErrorKey }
	)
});

/** What a browser sends after signing with a passkey (@simplewebauthn/browser's startAuthentication). */
export const authenticationResponseInput = z.looseObject({
	...credentialShape,
	response: z.looseObject(
		{
			clientDataJSON: bigBase64url,
			authenticatorData: bigBase64url,
			signature: bigBase64url,
			userHandle: base64url.optional()
		},
		{ error: 'passkeyResponseInvalid' satisfies ErrorKey }
	)
});

export type RegistrationResponse = z.output<typeof registrationResponseInput>;
export type AuthenticationResponse = z.output<typeof authenticationResponseInput>;

export interface PasskeyRecord {
	id: string;
	memberId: string;
	/** base64url */
	credentialId: string;
	/** base64url of the COSE public key */
	publicKey: string;
	counter: number;
	transports: string[];
	device: string;
	createdAt: string;
	lastUsedAt: string | null;
}

/** What a member sees of a passkey: never its key material. */
export interface PasskeySummary {
	id: string;
	device: string;
	createdAt: string;
	lastUsedAt: string | null;
}

export interface PasskeyStore {
	list(memberId: string): Promise<PasskeySummary[]>;
	/** The credentials a member already has, so the browser does not add the same authenticator twice. */
	credentialsOf(memberId: string): Promise<Array<{ credentialId: string; transports: string[] }>>;
	findByCredentialId(credentialId: string): Promise<PasskeyRecord | undefined>;
	/** Resolves false when the credential is already registered (to anyone). */
	insert(record: PasskeyRecord): Promise<boolean>;
	recordUse(id: string, counter: number, now: Date): Promise<void>;
	/** Scoped to the member: false for another member's passkey, exactly as for a missing one. */
	remove(memberId: string, id: string): Promise<boolean>;
	/** Removes every passkey of the member (a password reset that asks for it); answers how many went. */
	removeAll(memberId: string): Promise<number>;
}

export type ChallengePurpose = 'register' | 'signin';

export interface ChallengeStore {
	/** Keeps a new challenge; those already expired are swept out. */
	save(
		challenge: {
			id: string;
			memberId: string | null;
			purpose: ChallengePurpose;
			challenge: string;
			expiresAt: Date;
		},
		now: Date
	): Promise<void>;
	/** Takes a challenge out: once only, and only before it expires. */
	take(
		id: string,
		purpose: ChallengePurpose,
		now: Date
	): Promise<{ memberId: string | null; challenge: string } | null>;
}

/** Where the ceremony happens: the relying party's origin and id, from the request. */
export interface Site {
	origin: string;
	rpID: string;
}

/** The WebAuthn ceremony (@simplewebauthn/server in production): options out, signed answers checked. */
export interface WebAuthn {
	registrationOptions(input: {
		rpID: string;
		rpName: string;
		userName: string;
		userID: Uint8Array<ArrayBuffer>;
		exclude: Array<{ credentialId: string; transports: string[] }>;
	}): Promise<{ options: { challenge: string } & Record<string, unknown> }>;
	/** The new credential, or null when the answer does not check out. */
	verifyRegistration(input: {
		response: RegistrationResponse;
		expectedChallenge: string;
		site: Site;
	}): Promise<{ credentialId: string; publicKey: string; counter: number; transports: string[] } | null>;
	authenticationOptions(input: { rpID: string }): Promise<{ options: { challenge: string } & Record<string, unknown> }>;
	/** The authenticator's new counter, or null when the signature, origin, challenge or counter is wrong. */
	verifyAuthentication(input: {
		response: AuthenticationResponse;
		expectedChallenge: string;
		site: Site;
		credential: { credentialId: string; publicKey: string; counter: number; transports: string[] };
	}): Promise<{ newCounter: number } | null>;
}

export interface PasskeyDeps extends NoticeDeps {
	passkeys: PasskeyStore;
	challenges: ChallengeStore;
	members: Pick<Members, 'findById'>;
	limiter: Limiter;
	webauthn: WebAuthn;
	events: SecurityLog;
	newId(): string;
}

/** The user handle the authenticator keeps: the member's id (random, nothing personal), as bytes. */
export const userHandleOf = (memberId: string) => new TextEncoder().encode(memberId);
const userHandleBase64url = (memberId: string) =>
	btoa(String.fromCharCode(...userHandleOf(memberId)))
		.replaceAll('+', '-')
		.replaceAll('/', '_')
		.replace(/=+$/, '');

const expired = () =>
	new DomainError('invalid', 'ceremony expired', [{ field: 'challenge', problem: 'passkeyExpired' }]);
const signInFailed = () =>
	new DomainError('unauthorized', 'passkey sign-in failed', [{ field: 'credential', problem: 'passkeySignInFailed' }]);

async function newChallenge(
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

export function listPasskeys(deps: Pick<PasskeyDeps, 'passkeys'>, memberId: string): Promise<PasskeySummary[]> {
	return deps.passkeys.list(memberId);
}

/** Needs a recent proof. Another member's passkey is not found, exactly like one that does not exist. */
export async function removePasskey(deps: PasskeyDeps, session: SignedIn, id: string, now: Date): Promise<void> {
	requireRecentProof(session, now);
	if (!(await deps.passkeys.remove(session.memberId, id))) throw new DomainError('not_found', 'no such passkey');
	await deps.events.record(session.memberId, 'passkey-removed', now);
	const member = await deps.members.findById(session.memberId);
	if (member) await sendSecurityNotice(deps, member, 'passkeyRemoved', now);
}
