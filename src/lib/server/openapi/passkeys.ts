import { authenticationResponseInput, registrationResponseInput } from '#lib/core/accounts/passkeys/input.ts';
import { jsonAnswer, jsonBody, memberProblems, problemAnswer, recentProofProblem, type Paths } from './shared.ts';

// Passkeys (WebAuthn). Each ceremony is two calls: options first, which set a short-lived HttpOnly cookie
// carrying the challenge's id, then the browser's answer, which uses that challenge up.

const summary = {
	type: 'object',
	required: ['id', 'device', 'createdAt', 'lastUsedAt'],
	properties: {
		id: { type: 'string' },
		device: { type: 'string', description: 'Browser and system it was added on, e.g. "Chrome · Android".' },
		createdAt: { type: 'string', format: 'date-time' },
		lastUsedAt: { type: ['string', 'null'], format: 'date-time' }
	}
};
const challengeCookie = 'Sets the `porchlight_webauthn` cookie (HttpOnly, 5 minutes) for the next call.';

export const passkeyPaths: Paths = {
	'/api/v1/auth/passkeys/register/options': {
		post: {
			summary: 'Begin adding a passkey to the signed-in member’s account.',
			description: `Answers PublicKeyCredentialCreationOptionsJSON for navigator.credentials.create() (a discoverable credential, with user verification); the member’s passkeys are excluded. ${challengeCookie}`,
			responses: {
				'200': jsonAnswer('The creation options.'),
				'401': memberProblems['401'],
				'403': recentProofProblem,
				'429': problemAnswer('Too many attempts; see Retry-After.')
			}
		}
	},
	'/api/v1/auth/passkeys/register': {
		post: {
			summary: 'Finish adding a passkey: the browser’s RegistrationResponseJSON is verified and kept.',
			requestBody: jsonBody(registrationResponseInput),
			responses: {
				'201': jsonAnswer('The passkey was added.', {
					...summary,
					required: ['id', 'device', 'createdAt'],
					properties: {
						id: summary.properties.id,
						device: summary.properties.device,
						createdAt: summary.properties.createdAt
					}
				}),
				'400': problemAnswer('The answer is malformed, did not check out, or its challenge expired or was used.'),
				'401': memberProblems['401'],
				'403': recentProofProblem,
				'409': problemAnswer('This passkey is already registered.')
			}
		}
	},
	'/api/v1/auth/passkeys/signin/options': {
		post: {
			summary: 'Begin signing in with a passkey.',
			description: `Answers PublicKeyCredentialRequestOptionsJSON for navigator.credentials.get(), with no allowCredentials: the browser offers the passkeys it holds. ${challengeCookie}`,
			responses: {
				'200': jsonAnswer('The request options.'),
				'429': problemAnswer('Too many attempts; see Retry-After.')
			}
		}
	},
	'/api/v1/auth/passkeys/signin': {
		post: {
			summary: 'Sign in with a passkey: the browser’s AuthenticationResponseJSON is verified; sets the session cookie.',
			requestBody: jsonBody(authenticationResponseInput),
			responses: {
				'200': jsonAnswer('Signed in; the session cookie is set.'),
				'400': problemAnswer('The answer is malformed.'),
				'401': problemAnswer('The passkey could not sign in (for whatever reason: no detail is given).'),
				'403': problemAnswer('The e-mail address is not confirmed yet.'),
				'429': problemAnswer('Too many attempts; see Retry-After.')
			}
		}
	},
	'/api/v1/passkeys': {
		get: {
			summary: 'The signed-in member’s passkeys, without key material.',
			responses: {
				'200': jsonAnswer('The passkeys, oldest first.', {
					type: 'object',
					properties: { passkeys: { type: 'array', items: summary } }
				}),
				'401': memberProblems['401']
			}
		}
	},
	'/api/v1/passkeys/{id}': {
		delete: {
			summary: 'Remove a passkey: it can no longer sign in. Needs a recent proof; the address is told.',
			parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
			responses: {
				'204': { description: 'Removed.' },
				'401': memberProblems['401'],
				'403': recentProofProblem,
				'404': memberProblems['404']
			}
		}
	}
};
