import { noteInput } from '#lib/core/guidance/notes.ts';
import { newReachOutInput } from '#lib/core/timeline/reach-outs.ts';
import {
	jsonAnswer,
	jsonBody,
	memberProblems,
	problemAnswer,
	schemaOf,
	secondFactorProblem,
	type Paths
} from './shared.ts';

// The specialist's workspace: their caseload, a client's shared plan and timeline (read-only, only while
// shared, each open audited), and their own private notes about a client. Anyone who is not a specialist, and a
// specialist who is not this client's, is answered 404 as if the route or the client did not exist.

const notFound = problemAnswer(
	'Not found: not a specialist, not this client’s specialist, or (plan and timeline) not shared with you now.'
);
const refusals = { '401': memberProblems['401'], '403': secondFactorProblem, '404': notFound };
const memberId = { name: 'memberId', in: 'path', required: true, schema: { type: 'string' } };
const noteId = { name: 'noteId', in: 'path', required: true, schema: { type: 'string' } };

const client = {
	type: 'object',
	required: [
		'memberId',
		'email',
		'requestId',
		'relationship',
		'language',
		'urgency',
		'crisis',
		'assignedAt',
		'lastOpenedAt',
		'isNew'
	],
	properties: {
		memberId: { type: 'string' },
		email: { type: 'string', format: 'email' },
		requestId: { type: 'string' },
		relationship: { type: 'string', enum: ['child', 'partner', 'sibling', 'parent', 'other'] },
		language: { type: 'string', enum: ['en', 'es'] },
		urgency: { type: 'string', enum: ['today', 'thisWeek', 'noRush'] },
		crisis: { type: 'boolean', description: 'The message check found words of a crisis in the request.' },
		assignedAt: { type: 'string', format: 'date-time' },
		lastOpenedAt: {
			type: ['string', 'null'],
			format: 'date-time',
			description: 'When you last opened anything of this client’s (plan, timeline or your notes).'
		},
		isNew: { type: 'boolean', description: 'Assigned in the last 7 days and not opened by you since.' }
	}
};
const list = { type: 'array', items: { type: 'string' } };
const plan = {
	type: 'object',
	required: ['version', 'savedAt', 'lists'],
	properties: {
		version: { type: 'integer', description: '0 when the client never saved a plan.' },
		savedAt: { type: ['string', 'null'], format: 'date-time' },
		lists: {
			type: 'object',
			required: ['conditions', 'boundaries', 'expectations', 'supports', 'signs'],
			properties: { conditions: list, boundaries: list, expectations: list, supports: list, signs: list }
		}
	}
};
const reachOut = {
	...schemaOf(newReachOutInput),
	required: ['id', 'occurredAt', 'channel', 'said', 'did', 'decision', 'note', 'createdAt', 'updatedAt']
};
const note = {
	type: 'object',
	required: ['id', 'body', 'createdAt', 'updatedAt'],
	properties: {
		id: { type: 'string' },
		body: { type: 'string', maxLength: 10_000 },
		createdAt: { type: 'string', format: 'date-time' },
		updatedAt: { type: 'string', format: 'date-time' }
	}
};

export const specialistPaths: Paths = {
	'/api/v1/specialist/clients': {
		get: {
			summary: 'Your caseload (specialists only): crisis first, then the newest assignment.',
			responses: {
				'200': jsonAnswer('Your clients.', {
					type: 'object',
					required: ['clients'],
					properties: { clients: { type: 'array', items: client } }
				}),
				...refusals
			}
		}
	},
	'/api/v1/specialist/clients/{memberId}/plan': {
		get: {
			summary: 'The client’s plan, read-only, while they share it with you. Each open is in their audit log.',
			parameters: [memberId],
			responses: { '200': jsonAnswer('The client’s latest plan.', plan), ...refusals }
		}
	},
	'/api/v1/specialist/clients/{memberId}/timeline': {
		get: {
			summary: 'The client’s reach-outs, newest first, while they share them with you. Each open is audited.',
			parameters: [memberId],
			responses: {
				'200': jsonAnswer('The client’s timeline.', {
					type: 'object',
					required: ['reachOuts'],
					properties: { reachOuts: { type: 'array', items: reachOut } }
				}),
				...refusals
			}
		}
	},
	'/api/v1/specialist/clients/{memberId}/notes': {
		get: {
			summary:
				'Your own private notes about the client, newest first (never shown to the client or to other specialists). Each listing is in the client’s audit log.',
			parameters: [memberId],
			responses: {
				'200': jsonAnswer('Your notes.', {
					type: 'object',
					required: ['notes'],
					properties: { notes: { type: 'array', items: note } }
				}),
				...refusals
			}
		},
		post: {
			summary: 'Add a private note about the client (stored encrypted).',
			parameters: [memberId],
			requestBody: jsonBody(noteInput),
			responses: { '201': jsonAnswer('The new note.', note), '400': memberProblems['400'], ...refusals }
		}
	},
	'/api/v1/specialist/clients/{memberId}/notes/{noteId}': {
		patch: {
			summary: 'Change the words of one of your notes about the client.',
			parameters: [memberId, noteId],
			requestBody: jsonBody(noteInput),
			responses: { '204': { description: 'Changed.' }, '400': memberProblems['400'], ...refusals }
		}
	}
};
