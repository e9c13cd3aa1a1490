// What the passkey use-cases need from the world: the passkeys and challenges stored, and the WebAuthn ceremony
// (@simplewebauthn/server in production), so they can be tested without a browser or a database.

import type { SecurityLog } from '../../security/events.ts';
import type { NoticeDeps } from '../../security/notices.ts';
import type { Limiter, Members } from '../ports.ts';
import type { AuthenticationResponse, RegistrationResponse } from './input.ts';

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
