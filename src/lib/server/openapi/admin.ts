import { z } from 'zod';
import { crisisResourcesSchema } from '#lib/core/crisis/resources.ts';
import { inviteInput, specialistProfileInput } from '#lib/core/staff/specialists.ts';
import { jsonAnswer, jsonBody, memberProblems, schemaOf, secondFactorProblem, type Paths } from './shared.ts';
import { adminLogKinds } from '#lib/core/staff/admin-log.ts';

// The organisation admin's API (issue #5). Every route answers 404 to anyone who is not an admin, and 403 to an
// admin whose session was not proven with a passkey (issue 11).

const idParameter = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const problems = {
	...memberProblems,
	'403': secondFactorProblem,
	'404': { ...memberProblems['404'], description: 'Not found, or not an admin.' }
};
const adminOnly = { '401': memberProblems['401'], '403': secondFactorProblem, '404': problems['404'] };

const profile = {
	...schemaOf(specialistProfileInput),
	required: ['memberId', 'displayName', 'languages', 'focus', 'capacity', 'timeZone', 'updatedAt']
};
const crisisResources = { anyOf: [schemaOf(crisisResourcesSchema), { type: 'null' }] };
const organisation = {
	type: 'object',
	required: ['name', 'crisisResources', 'updatedAt'],
	properties: {
		name: { type: ['string', 'null'] },
		crisisResources,
		updatedAt: { type: ['string', 'null'] }
	}
};
const request = {
	type: 'object',
	description: 'What it takes to assign a request; never the story, which is for the assigned specialist only.',
	properties: {
		id: { type: 'string' },
		relationship: { type: 'string' },
		urgency: { type: 'string' },
		language: { type: 'string' },
		crisis: { type: 'boolean', description: 'The words speak of a crisis: shown first.' },
		state: { type: 'string' },
		times: { type: 'string' },
		createdAt: { type: 'string' },
		specialist: { anyOf: [{ type: 'null' }, { type: 'object' }] },
		suggestions: {
			type: 'array',
			items: {
				type: 'object',
				properties: {
					specialistId: { type: 'string' },
					displayName: { type: 'string' },
					reason: { enum: ['language-and-focus', 'language'] },
					load: { type: 'number' }
				}
			}
		}
	}
};

export const adminPaths: Paths = {
	'/api/v1/admin/requests': {
		get: {
			summary: 'The open requests for guidance, crisis first then the oldest, with suggested specialists.',
			responses: {
				'200': jsonAnswer('The requests.', {
					type: 'object',
					properties: { requests: { type: 'array', items: request } }
				}),
				...adminOnly
			}
		}
	},
	'/api/v1/admin/requests/{id}/assign': {
		post: {
			summary: 'Assign a request to a specialist.',
			parameters: [idParameter('id')],
			requestBody: jsonBody(z.object({ specialistId: z.string() }).strict()),
			responses: {
				'200': jsonAnswer('The request, assigned.', {
					type: 'object',
					properties: { id: { type: 'string' }, state: { type: 'string' }, specialistId: { type: 'string' } }
				}),
				...problems
			}
		}
	},
	'/api/v1/admin/specialists': {
		get: {
			summary: 'Every specialist: e-mail address, profile (null until set) and current load.',
			responses: {
				'200': jsonAnswer('The specialists.', {
					type: 'object',
					properties: {
						specialists: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									memberId: { type: 'string' },
									email: { type: 'string' },
									profile: { anyOf: [profile, { type: 'null' }] },
									openClients: { type: 'integer' }
								}
							}
						}
					}
				}),
				...adminOnly
			}
		}
	},
	'/api/v1/admin/specialists/{id}': {
		put: {
			summary: 'Set a specialist’s profile: name, languages, focus, capacity, time zone.',
			parameters: [idParameter('id')],
			requestBody: jsonBody(specialistProfileInput),
			responses: { '200': jsonAnswer('The profile.', profile), ...problems }
		}
	},
	'/api/v1/admin/invites': {
		post: {
			summary: 'Invite a specialist by e-mail: the e-mail carries only a link to /{lang}/staff/join.',
			requestBody: jsonBody(inviteInput),
			responses: { '202': { description: 'The invitation is sent.' }, ...problems }
		}
	},
	'/api/v1/admin/organisation': {
		get: {
			summary: 'The organisation: its name and its own crisis resources (null: the installation’s apply).',
			responses: { '200': jsonAnswer('The organisation.', organisation), ...adminOnly }
		},
		put: {
			summary: 'Set the organisation’s name and crisis resources (or null to use the installation’s).',
			requestBody: jsonBody({
				type: 'object',
				required: ['name', 'crisisResources'],
				additionalProperties: false,
				properties: { name: { type: 'string', minLength: 1, maxLength: 100 }, crisisResources }
			}),
			responses: { '200': jsonAnswer('The organisation.', organisation), ...problems }
		}
	},
	'/api/v1/admin/audit': {
		get: {
			summary: 'The audit log: who (staff e-mail, role) opened what (plan, timeline, notes) of whom, when.',
			parameters: [
				{
					name: 'before',
					in: 'query',
					required: false,
					description: 'The `nextBefore` of the previous page.',
					schema: { type: 'string' }
				}
			],
			responses: {
				'200': jsonAnswer('Newest first, 50 at a time.', {
					type: 'object',
					properties: {
						entries: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									id: { type: 'string' },
									staffEmail: { type: ['string', 'null'] },
									role: { enum: ['specialist', 'admin'] },
									what: { enum: ['plan', 'timeline', 'notes'] },
									memberEmail: { type: 'string' },
									at: { type: 'string' }
								}
							}
						},
						nextBefore: { type: ['string', 'null'] }
					}
				}),
				...problems
			}
		}
	},
	'/api/v1/admin/log': {
		get: {
			summary:
				'The admin log: every change made by an admin (who, what kind, on what id, when), append-only, no personal text.',
			parameters: [
				{
					name: 'before',
					in: 'query',
					required: false,
					description: 'The `nextBefore` of the previous page.',
					schema: { type: 'string' }
				}
			],
			responses: {
				'200': jsonAnswer('Newest first, 50 at a time.', {
					type: 'object',
					properties: {
						entries: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									id: { type: 'string' },
									actorId: { type: 'string' },
									actorEmail: { type: ['string', 'null'], description: 'The staff member; null once gone.' },
									kind: { enum: [...adminLogKinds] },
									subjectId: {
										type: 'string',
										description: "A request's or specialist's id, an invitation's token hash, or 'org'."
									},
									at: { type: 'string' }
								}
							}
						},
						nextBefore: { type: ['string', 'null'] }
					}
				}),
				...problems
			}
		}
	}
};
