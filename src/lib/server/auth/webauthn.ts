import {
	generateAuthenticationOptions,
	generateRegistrationOptions,
	verifyAuthenticationResponse,
	verifyRegistrationResponse,
	type AuthenticationResponseJSON,
	type RegistrationResponseJSON
} from '@simplewebauthn/server';
import type { WebAuthn } from '#lib/core/accounts/passkeys/ports.ts';
import { log } from '../log.ts';

// The WebAuthn port on @simplewebauthn/server (v14). Passkeys must be discoverable and verify the person (a PIN,
// a fingerprint, a face): a passkey alone signs in, so it must be as strong as a password.

/**
 * EdDSA, ES256 and RS256, what authenticators sign with today. Named here, in both calls, because the library's
 * default would probe Node's experimental post-quantum Web Crypto (and warn about it on every start).
 */
const algorithms = [-8, -7, -257];

const toBytes = (base64url: string) => new Uint8Array(Buffer.from(base64url, 'base64url'));
const toBase64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** A refusal is logged without the answer itself, and reported to the core as "did not check out". */
async function checked<T>(what: string, work: () => Promise<T>): Promise<T | null> {
	try {
		return await work();
	} catch (error) {
		log.info({ reason: error instanceof Error ? error.message : String(error) }, `${what} refused`);
		return null;
	}
}

export const simpleWebAuthn: WebAuthn = {
	async registrationOptions({ rpID, rpName, userName, userID, exclude }) {
		const options = await generateRegistrationOptions({
			rpName,
			rpID,
			userName,
			userDisplayName: userName,
			userID,
			attestationType: 'none',
			supportedAlgorithmIDs: algorithms,
			excludeCredentials: exclude.map((c) => ({ id: c.credentialId, transports: c.transports })),
			authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' }
		});
		return { options: { ...options } };
	},

	async verifyRegistration({ response, expectedChallenge, site }) {
		const result = await checked('passkey registration', () =>
			verifyRegistrationResponse({
				response: response as unknown as RegistrationResponseJSON,
				expectedChallenge,
				expectedOrigin: site.origin,
				expectedRPID: site.rpID,
				requireUserVerification: true,
				supportedAlgorithmIDs: algorithms
			})
		);
		if (!result?.verified) return null;
		const { credential } = result.registrationInfo;
		return {
			credentialId: credential.id,
			publicKey: toBase64url(credential.publicKey),
			counter: credential.counter,
			transports: credential.transports ?? response.response.transports ?? []
		};
	},

	async authenticationOptions({ rpID }) {
		const options = await generateAuthenticationOptions({ rpID, allowCredentials: [], userVerification: 'required' });
		return { options: { ...options } };
	},

	async verifyAuthentication({ response, expectedChallenge, site, credential }) {
		const result = await checked('passkey sign-in', () =>
			verifyAuthenticationResponse({
				response: response as unknown as AuthenticationResponseJSON,
				expectedChallenge,
				expectedOrigin: site.origin,
				expectedRPID: site.rpID,
				credential: {
					id: credential.credentialId,
					publicKey: toBytes(credential.publicKey),
					counter: credential.counter,
					transports: credential.transports
				},
				requireUserVerification: true
			})
		);
		return result?.verified ? { newCounter: result.authenticationInfo.newCounter } : null;
	}
};
