import { crisisLevels } from '#lib/core/message-check/types.ts';
import { openThreadInput, postMessageInput } from '#lib/core/guidance/messages.ts';
import { jsonAnswer, jsonBody, memberProblems, problemAnswer, type Paths } from './shared.ts';

// Secure messages between a member and their assigned specialist (issue #5). A thread exists only for its
// member and its specialist while assigned: to anyone else every thread route answers 404.

const thread = {
	type: 'object',
	required: ['id', 'memberId', 'specialistId', 'createdAt', 'archivedAt'],
	properties: {
		id: { type: 'string' },
		memberId: { type: 'string' },
		specialistId: { type: ['string', 'null'], description: 'Null once the specialist has left.' },
		createdAt: { type: 'string', format: 'date-time' },
		archivedAt: {
			type: ['string', 'null'],
			format: 'date-time',
			description: 'When the specialist left: the member still reads the thread; no one writes in it (409).'
		}
	}
};
const summary = {
	type: 'object',
	required: ['id', 'as', 'with', 'archived', 'unread', 'createdAt'],
	properties: {
		id: { type: 'string' },
		as: { type: 'string', enum: ['member', 'specialist'], description: 'The caller’s side of the thread.' },
		with: {
			type: ['object', 'null'],
			required: ['id', 'name'],
			description:
				'The other side: a specialist’s display name for a member; a client’s e-mail for a specialist. Null once the specialist has left.',
			properties: { id: { type: 'string' }, name: { type: 'string' } }
		},
		archived: { type: 'boolean', description: 'The specialist has left: read only.' },
		unread: { type: 'integer', minimum: 0, description: 'Messages from the other side the caller has not read.' },
		createdAt: { type: 'string', format: 'date-time' }
	}
};
const message = {
	type: 'object',
	required: ['id', 'senderId', 'mine', 'body', 'crisis', 'crisisLevel', 'createdAt'],
	properties: {
		id: { type: 'string' },
		senderId: { type: 'string' },
		mine: { type: 'boolean' },
		body: { type: 'string' },
		crisis: { type: 'boolean', description: 'The message check found crisis language: show crisis resources.' },
		crisisLevel: {
			enum: [...crisisLevels, null],
			description:
				'How soon: `urgent` (emergency services first) or `concern` (the crisis line first). Null when `crisis` is false, and on a message flagged before levels were kept (show it as urgent).'
		},
		createdAt: { type: 'string', format: 'date-time' }
	}
};
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const notHere = { '401': memberProblems['401'], '404': memberProblems['404'] };

export const messagePaths: Paths = {
	'/api/v1/threads': {
		get: {
			summary: 'The caller’s message threads (as member or as specialist), with unread counts.',
			responses: {
				'200': jsonAnswer('The threads.', {
					type: 'object',
					properties: { threads: { type: 'array', items: summary } }
				}),
				'401': memberProblems['401']
			}
		},
		post: {
			summary:
				'Opens (or returns) the thread with `with`: the caller’s assigned specialist, or (for a specialist) their assigned client.',
			requestBody: jsonBody(openThreadInput),
			responses: { '200': jsonAnswer('The thread.', thread), ...memberProblems }
		}
	},
	'/api/v1/threads/{id}/messages': {
		get: {
			summary: 'The thread’s messages, oldest first; with `since`, only those written after that time.',
			parameters: [
				idParameter,
				{ name: 'since', in: 'query', required: false, schema: { type: 'string', format: 'date-time' } }
			],
			responses: {
				'200': jsonAnswer('The messages.', {
					type: 'object',
					properties: { messages: { type: 'array', items: message } }
				}),
				...memberProblems
			}
		},
		post: {
			summary: 'Sends a message. The other side gets an e-mail that a message is waiting, never what it says.',
			parameters: [idParameter],
			requestBody: jsonBody(postMessageInput),
			responses: {
				'201': jsonAnswer('The message as stored.', message),
				...memberProblems,
				'409': problemAnswer('The thread is archived: its specialist has left.')
			}
		}
	},
	'/api/v1/threads/{id}/read': {
		post: {
			summary: 'Marks the thread read, up to now, for the caller.',
			parameters: [idParameter],
			responses: { '204': { description: 'Marked read.' }, ...notHere }
		}
	},
	'/api/v1/threads/{id}/stream': {
		get: {
			summary:
				'The thread, live (Server-Sent Events): one `message` event per new message (its `id:` is the message id; send it back as Last-Event-ID to replay what was missed), and a comment every 25 s.',
			parameters: [idParameter, { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' } }],
			responses: {
				'200': {
					description: 'The event stream; it stays open until the client goes away.',
					content: { 'text/event-stream': { schema: { type: 'string' } } }
				},
				'401': memberProblems['401'],
				'404': problemAnswer('No such thread, or not the caller’s.')
			}
		}
	}
};
