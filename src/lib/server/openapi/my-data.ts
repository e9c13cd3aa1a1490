import { changeEmailInput } from '#lib/core/accounts/change-email.ts';
import { deleteAccountInput } from '#lib/core/accounts/delete-account.ts';
import { contactInput } from '#lib/core/contacts/contacts.ts';
import { importInput } from '#lib/core/device-import/import.ts';
import { jsonAnswer, jsonBody, memberProblems, problemAnswer, recentProofProblem, type Paths } from './shared.ts';

const contact = {
	type: 'object',
	required: ['id', 'name', 'phone', 'createdAt'],
	properties: {
		id: { type: 'string' },
		name: { type: 'string' },
		phone: { type: 'string' },
		createdAt: { type: 'string' }
	}
};
const counts = { type: 'object', properties: { added: { type: 'integer' }, alreadyThere: { type: 'integer' } } };
const reauthProblems = {
	'403': problemAnswer(
		'The password typed again does not match; or, with no password given, no recent proof (`code: "reauthentication_required"`).'
	),
	'429': problemAnswer('Too many attempts; see Retry-After.')
};

export const myDataPaths: Paths = {
	'/api/v1/account': {
		get: {
			summary: 'The account: e-mail address, language, when it was created and confirmed.',
			responses: { '200': jsonAnswer('The account.'), '401': memberProblems['401'] }
		},
		delete: {
			summary:
				'Delete the account and everything in it, for good. The password typed again, or a recent proof (the last five minutes). The address is told.',
			requestBody: jsonBody(deleteAccountInput),
			responses: {
				'204': { description: 'Deleted; the session cookie is cleared.' },
				'400': memberProblems['400'],
				'401': memberProblems['401'],
				...reauthProblems
			}
		}
	},
	'/api/v1/account/email': {
		post: {
			summary:
				'Ask to move the account to a new address (password typed again, or a recent proof). A link goes to the new address; nothing changes until it is opened, and then both addresses are told.',
			requestBody: jsonBody(changeEmailInput),
			responses: {
				'202': jsonAnswer('Accepted: if the address can be used, a link is on its way.'),
				'400': memberProblems['400'],
				'401': memberProblems['401'],
				...reauthProblems
			}
		}
	},
	'/api/v1/export': {
		get: {
			summary:
				'Everything the member has stored, as one JSON file (an attachment), security events included. Needs a recent proof; the address is told. The plan as PDF: GET /api/v1/plan/pdf.',
			responses: { '200': jsonAnswer('The export.'), '401': memberProblems['401'], '403': recentProofProblem }
		}
	},
	'/api/v1/import': {
		post: {
			summary:
				'Save to my account: the device’s saved reach-outs, support contacts and plan lists, in one transaction. Each item carries its device id (sourceId); items already imported are skipped, so sending the same data twice adds nothing.',
			requestBody: jsonBody(importInput),
			responses: {
				'200': jsonAnswer('What was added and what was already there.', {
					type: 'object',
					properties: {
						reachOuts: counts,
						contacts: counts,
						plan: { type: 'object', properties: { itemsAdded: { type: 'integer' }, version: { type: 'integer' } } }
					}
				}),
				'400': memberProblems['400'],
				'401': memberProblems['401'],
				'413': problemAnswer('The body is too large: send the reach-outs in smaller batches.')
			}
		}
	},
	'/api/v1/contacts': {
		get: {
			summary: 'The member’s support contacts.',
			responses: {
				'200': jsonAnswer('The contacts.', {
					type: 'object',
					properties: { contacts: { type: 'array', items: contact } }
				}),
				'401': memberProblems['401']
			}
		},
		post: {
			summary: 'Add a support contact.',
			requestBody: jsonBody(contactInput),
			responses: {
				'201': jsonAnswer('The new contact.', contact),
				'400': memberProblems['400'],
				'401': memberProblems['401']
			}
		}
	},
	'/api/v1/contacts/{id}': {
		delete: {
			summary: 'Remove a support contact.',
			parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
			responses: { '204': { description: 'Removed.' }, ...memberProblems }
		}
	}
};
