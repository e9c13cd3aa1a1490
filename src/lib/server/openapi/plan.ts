import { planInput } from '#lib/core/plan/plan.ts';
import { jsonAnswer, jsonBody, memberProblems, problemAnswer, type Paths } from './shared.ts';

const list = { type: 'array', items: { type: 'string', maxLength: 500 }, maxItems: 30 };
const lists = {
	type: 'object',
	required: ['conditions', 'boundaries', 'expectations', 'supports', 'signs'],
	properties: { conditions: list, boundaries: list, expectations: list, supports: list, signs: list }
};
const planVersion = {
	type: 'object',
	required: ['version', 'savedAt', 'lists'],
	properties: {
		version: { type: 'integer', description: '1 for the first save; 0 for a member who never saved a plan.' },
		savedAt: { type: ['string', 'null'], format: 'date-time' },
		lists
	}
};
const versionParameter = { name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };

export const planPaths: Paths = {
	'/api/v1/plan': {
		get: {
			summary: 'The member’s plan as last saved (version 0 with empty lists if never saved).',
			responses: { '200': jsonAnswer('The current plan.', planVersion), '401': memberProblems['401'] }
		},
		put: {
			summary:
				'Save the plan as a new version. Give `baseVersion`, the version the change was made from, so that a save made elsewhere in between is refused rather than overwritten. Saving exactly the latest lists changes nothing.',
			requestBody: jsonBody(planInput),
			responses: {
				'200': jsonAnswer('The saved version.', planVersion),
				'400': memberProblems['400'],
				'401': memberProblems['401'],
				'409': problemAnswer('The plan was saved elsewhere since `baseVersion`: read it again, then save.')
			}
		}
	},
	'/api/v1/plan/versions': {
		get: {
			summary: 'Every saved version of the plan, newest first.',
			responses: {
				'200': jsonAnswer('The versions.', {
					type: 'object',
					properties: {
						versions: {
							type: 'array',
							items: {
								type: 'object',
								required: ['version', 'savedAt'],
								properties: { version: { type: 'integer' }, savedAt: { type: 'string', format: 'date-time' } }
							}
						}
					}
				}),
				'401': memberProblems['401']
			}
		}
	},
	'/api/v1/plan/versions/{version}': {
		get: {
			summary: 'One saved version of the plan, as it was.',
			parameters: [versionParameter],
			responses: {
				'200': jsonAnswer('The version.', planVersion),
				'401': memberProblems['401'],
				'404': memberProblems['404']
			}
		}
	},
	'/api/v1/plan/pdf': {
		get: {
			summary: 'The current plan as a one-page PDF, to keep or print, with headings in the chosen language.',
			parameters: [
				{ name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['en', 'es'], default: 'en' } }
			],
			responses: {
				'200': {
					description: 'The PDF, as an attachment named porchlight-plan.pdf.',
					content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } }
				},
				'400': problemAnswer('The language is not en or es.'),
				'401': memberProblems['401']
			}
		}
	}
};
