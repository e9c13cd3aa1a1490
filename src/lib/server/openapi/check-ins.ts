import { checkInBody, checkInStatuses } from '#lib/core/timeline/check-ins.ts';
import { jsonAnswer, jsonBody, memberProblems, schemaOf, type Paths } from './shared.ts';

const checkIn = {
	type: 'object',
	required: ['week', 'answers', 'createdAt', 'updatedAt'],
	properties: {
		week: { type: 'string', format: 'date', description: 'The Monday of the week (ISO 8601 weeks, UTC).' },
		answers: schemaOf(checkInBody).properties?.answers ?? { type: 'array' },
		createdAt: { type: 'string', format: 'date-time' },
		updatedAt: { type: 'string', format: 'date-time' }
	}
};
const weekParameter = {
	name: 'week',
	in: 'path',
	required: true,
	description: 'The Monday of the week, YYYY-MM-DD.',
	schema: { type: 'string', format: 'date' }
};
const counts = { type: 'integer', minimum: 0 };

export const checkInPaths: Paths = {
	'/api/v1/check-ins': {
		get: {
			summary: 'The member’s weekly check-ins, newest week first.',
			responses: {
				'200': jsonAnswer('The check-ins.', {
					type: 'object',
					properties: { checkIns: { type: 'array', items: checkIn } }
				}),
				'401': memberProblems['401']
			}
		}
	},
	'/api/v1/check-ins/{week}': {
		get: {
			summary: 'The check-in of one week.',
			parameters: [weekParameter],
			responses: { '200': jsonAnswer('The check-in.', checkIn), ...memberProblems }
		},
		put: {
			summary:
				'Save the check-in of a week (this week or an earlier one): for each sign of change, seen, not seen or not sure, with a note. Saving again replaces that week’s answers.',
			parameters: [weekParameter],
			requestBody: jsonBody(checkInBody),
			responses: { '200': jsonAnswer('The check-in as stored.', checkIn), ...memberProblems }
		},
		delete: {
			summary: 'Remove the check-in of a week.',
			parameters: [weekParameter],
			responses: { '204': { description: 'Removed.' }, ...memberProblems }
		}
	},
	'/api/v1/consistency': {
		get: {
			summary:
				'The twelve weeks ending this week: what the member noted about each sign of change, and per week how many reach-outs there were, how many carried something said or promised, and how many had something done written down. Counts only, never a score.',
			responses: {
				'200': jsonAnswer('The figures, oldest week first.', {
					type: 'object',
					required: ['weeks', 'signs', 'reachOuts'],
					properties: {
						weeks: { type: 'array', items: { type: 'string', format: 'date' } },
						signs: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									sign: { type: 'string' },
									weeks: { type: 'array', items: { enum: [...checkInStatuses, 'none'] } }
								}
							}
						},
						reachOuts: {
							type: 'array',
							items: {
								type: 'object',
								properties: { week: { type: 'string', format: 'date' }, reachOuts: counts, said: counts, did: counts }
							}
						}
					}
				}),
				'401': memberProblems['401']
			}
		}
	}
};
