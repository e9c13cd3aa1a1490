import { guidanceRequestInput, requestLanguages, urgencies } from '#lib/core/guidance/requests.ts';
import { shareInput, sharedItems } from '#lib/core/guidance/consent.ts';
import { auditedThings } from '#lib/core/guidance/audit.ts';
import { crisisLevels } from '#lib/core/message-check/types.ts';
import { relationships } from '#lib/core/safety/rule.ts';
import { jsonAnswer, jsonBody, memberProblems, type Paths } from './shared.ts';

// The member's side of personalized guidance: asking for it, what the specialist may see, who viewed what.

const specialist = {
	type: 'object',
	required: ['id', 'name'],
	properties: { id: { type: 'string' }, name: { type: ['string', 'null'] } }
};

const request = {
	type: 'object',
	required: [
		'id',
		'relationship',
		'story',
		'urgency',
		'language',
		'times',
		'crisis',
		'crisisLevel',
		'state',
		'specialist',
		'createdAt'
	],
	properties: {
		id: { type: 'string' },
		relationship: { enum: [...relationships] },
		story: { type: 'string' },
		urgency: { enum: [...urgencies] },
		language: { enum: [...requestLanguages] },
		times: { type: 'string' },
		crisis: {
			type: 'boolean',
			description: 'The words speak of a crisis: show crisis resources at once. The request is urgent for the admin.'
		},
		crisisLevel: {
			enum: [...crisisLevels, null],
			description:
				'How soon: `urgent` (emergency services first) or `concern` (the crisis line first). Null when `crisis` is false, and on a request flagged before levels were kept (show it as urgent).'
		},
		state: { enum: ['waiting', 'assigned', 'closed'] },
		specialist: { oneOf: [specialist, { type: 'null' }], description: 'Set once a specialist is assigned.' },
		createdAt: { type: 'string', format: 'date-time' }
	}
};

const sharing = jsonAnswer('The specialists assigned to the member, and what each may see now.', {
	type: 'object',
	properties: {
		specialists: {
			type: 'array',
			items: {
				type: 'object',
				required: ['id', 'name', 'shares'],
				properties: {
					...specialist.properties,
					shares: {
						type: 'object',
						properties: Object.fromEntries(sharedItems.map((item) => [item, { type: 'boolean' }]))
					}
				}
			}
		}
	}
});

export const guidancePaths: Paths = {
	'/api/v1/guidance/requests': {
		get: {
			summary: 'The member’s requests for personalized guidance, newest first, each with its state.',
			responses: {
				'200': jsonAnswer('The requests.', {
					type: 'object',
					properties: { requests: { type: 'array', items: request } }
				}),
				'401': memberProblems['401']
			}
		},
		post: {
			summary: 'Ask for personalized guidance, in the member’s own words.',
			requestBody: jsonBody(guidanceRequestInput),
			responses: { '201': jsonAnswer('The request, waiting for a specialist.', request), ...memberProblems }
		}
	},
	'/api/v1/guidance/requests/{id}/close': {
		post: {
			summary:
				'Close a request: its member (they need it no more) or an admin. Its specialist’s access to the thread and to anything shared ends with it; anyone else is not found.',
			parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
			responses: {
				'200': jsonAnswer('The request, closed.', {
					type: 'object',
					required: ['id', 'state'],
					properties: { id: { type: 'string' }, state: { const: 'closed' } }
				}),
				...memberProblems
			}
		}
	},
	'/api/v1/sharing': {
		get: { summary: 'What the member shares, with whom.', responses: { '200': sharing, '401': memberProblems['401'] } },
		post: {
			summary: 'Share one item (plan or timeline) with the member’s own specialist; anyone else is not found.',
			requestBody: jsonBody(shareInput),
			responses: { '200': sharing, ...memberProblems }
		}
	},
	'/api/v1/sharing/revoke': {
		post: {
			summary: 'Stop sharing one item; it takes effect on the specialist’s very next request.',
			requestBody: jsonBody(shareInput),
			responses: { '200': sharing, ...memberProblems }
		}
	},
	'/api/v1/audit': {
		get: {
			summary: 'Who viewed what of the member’s data, newest first (names, never ids).',
			responses: {
				'200': jsonAnswer('The audit entries of the member’s data.', {
					type: 'object',
					properties: {
						entries: {
							type: 'array',
							items: {
								type: 'object',
								required: ['who', 'what', 'at'],
								properties: {
									who: {
										type: 'object',
										properties: {
											role: { enum: ['specialist', 'admin'] },
											name: { type: ['string', 'null'] }
										}
									},
									what: { enum: [...auditedThings] },
									at: { type: 'string', format: 'date-time' }
								}
							}
						}
					}
				}),
				'401': memberProblems['401']
			}
		}
	}
};
