import { changePasswordInput } from '#lib/core/accounts/change-password.ts';
import { confirmItIsYouInput } from '#lib/core/accounts/recent-proof.ts';
import { securityEventKinds } from '#lib/core/security/events.ts';
import { jsonAnswer, jsonBody, memberProblems, problemAnswer, type Paths } from './shared.ts';

// Recent proof, the password change and the member's own security events.

const event = {
	type: 'object',
	required: ['kind', 'occurredAt', 'device', 'detail'],
	properties: {
		kind: { enum: [...securityEventKinds] },
		occurredAt: { type: 'string', format: 'date-time' },
		device: { type: 'string', description: 'Browser and system from the user agent, e.g. "Firefox · Linux".' },
		detail: { type: ['string', 'null'], description: 'A role or a shared item, or how someone signed in.' }
	}
};

export const securityPaths: Paths = {
	'/api/v1/auth/reauthenticate': {
		post: {
			summary:
				'Confirm it’s you with the password: for five minutes this session may add or remove passkeys, change the password or address, export everything and delete the account.',
			requestBody: jsonBody(confirmItIsYouInput),
			responses: {
				'204': { description: 'Confirmed.' },
				'400': memberProblems['400'],
				'401': memberProblems['401'],
				'403': problemAnswer('That is not the password of this account.'),
				'429': problemAnswer('Too many attempts; see Retry-After.')
			}
		}
	},
	'/api/v1/account/password': {
		post: {
			summary:
				'Change the password: the current one and the new one (checked as at sign-up). Every other session ends; the address is told.',
			requestBody: jsonBody(changePasswordInput),
			responses: {
				'204': { description: 'Changed.' },
				'400': memberProblems['400'],
				'401': memberProblems['401'],
				'403': problemAnswer('The current password does not match.'),
				'429': problemAnswer('Too many attempts; see Retry-After.')
			}
		}
	},
	'/api/v1/account/security-events': {
		get: {
			summary: 'The member’s own sign-ins, failed sign-ins and account changes, newest first (at most 100).',
			responses: {
				'200': jsonAnswer('The events.', {
					type: 'object',
					required: ['events'],
					properties: { events: { type: 'array', items: event } }
				}),
				'401': memberProblems['401']
			}
		}
	}
};
