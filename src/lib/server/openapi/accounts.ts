import { signInInput } from '#lib/core/accounts/sign-in.ts';
import { signUpInput } from '#lib/core/accounts/sign-up.ts';
import { jsonAnswer, jsonBody, problemAnswer, type Paths } from './shared.ts';

export const accountPaths: Paths = {
	'/api/v1/auth/signup': {
		post: {
			summary:
				'Create an account; a link to confirm the address is e-mailed. The answer is the same for an address that already has an account.',
			requestBody: jsonBody(signUpInput),
			responses: {
				'202': jsonAnswer('Accepted: if the address can be used, a confirmation link is on its way.'),
				'400': problemAnswer('A field is invalid, or the password is too common.'),
				'429': problemAnswer('Too many attempts; see Retry-After.')
			}
		}
	},
	'/api/v1/auth/signin': {
		post: {
			summary: 'Sign in with e-mail and password; sets the session cookie.',
			requestBody: jsonBody(signInInput),
			responses: {
				'200': jsonAnswer('Signed in; the session cookie is set.'),
				'400': problemAnswer('A field is invalid.'),
				'401': problemAnswer('The e-mail address and password do not match an account.'),
				'403': problemAnswer('The e-mail address is not confirmed yet.'),
				'429': problemAnswer('Too many attempts; see Retry-After.')
			}
		}
	},
	'/api/v1/auth/signout': {
		post: {
			summary:
				'End this session (also sent by navigator.sendBeacon from quick exit and "Wipe this device"). The answer carries Clear-Site-Data: "cache", "cookies"; with clear=device, "storage" too.',
			parameters: [
				{
					name: 'clear',
					in: 'query',
					required: false,
					description: '`device` when the person is wiping this browser: everything the site stored goes too.',
					schema: { enum: ['device'] }
				}
			],
			responses: {
				'204': { description: 'Signed out.' },
				'400': problemAnswer('The query is invalid.')
			}
		}
	}
};
