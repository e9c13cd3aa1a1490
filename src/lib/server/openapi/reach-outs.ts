import { newReachOutInput, reachOutChanges } from '#lib/core/timeline/reach-outs.ts';
import { jsonAnswer, jsonBody, memberProblems, schemaOf, type Paths } from './shared.ts';

const entry = {
	...schemaOf(newReachOutInput),
	required: ['id', 'occurredAt', 'channel', 'said', 'did', 'decision', 'note', 'createdAt', 'updatedAt']
};
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

export const reachOutPaths: Paths = {
	'/api/v1/reach-outs': {
		get: {
			summary: 'The member’s timeline of reach-outs, newest first.',
			responses: {
				'200': jsonAnswer('The reach-outs.', {
					type: 'object',
					properties: { reachOuts: { type: 'array', items: entry } }
				}),
				'401': memberProblems['401']
			}
		},
		post: {
			summary: 'Add a reach-out (from the guide, or by hand after the fact).',
			requestBody: jsonBody(newReachOutInput),
			responses: { '201': jsonAnswer('The new reach-out.', entry), ...memberProblems }
		}
	},
	'/api/v1/reach-outs/{id}': {
		get: {
			summary: 'One reach-out.',
			parameters: [idParameter],
			responses: { '200': jsonAnswer('The reach-out.', entry), ...memberProblems }
		},
		patch: {
			summary: 'Change some fields of a reach-out.',
			parameters: [idParameter],
			requestBody: jsonBody(reachOutChanges),
			responses: { '200': jsonAnswer('The changed reach-out.', entry), ...memberProblems }
		},
		delete: {
			summary: 'Remove a reach-out.',
			parameters: [idParameter],
			responses: { '204': { description: 'Removed.' }, ...memberProblems }
		}
	}
};
