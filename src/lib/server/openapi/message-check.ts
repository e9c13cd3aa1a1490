import { messageCheckRequest } from '../../../routes/api/v1/message-check/schema.ts';
import { jsonAnswer, jsonBody, problemAnswer, type Paths } from './shared.ts';

export const messageCheckPaths: Paths = {
	'/api/v1/message-check': {
		post: {
			summary:
				'Read a message from the loved one and name the patterns the guide describes; `crisis` is true when it may speak of danger. Nothing is stored. Open to everyone.',
			requestBody: jsonBody(messageCheckRequest),
			responses: {
				'200': jsonAnswer('What was found.', {
					type: 'object',
					required: ['crisis', 'signals'],
					properties: {
						crisis: { type: 'boolean' },
						signals: {
							type: 'array',
							items: {
								type: 'object',
								properties: {
									kind: { type: 'string' },
									start: { type: 'integer' },
									end: { type: 'integer' },
									quote: { type: 'string' },
									explanation: { type: 'string' }
								}
							}
						}
					}
				}),
				'400': problemAnswer('The text or the language is missing or invalid.'),
				'413': problemAnswer('The body is too large.')
			}
		}
	}
};
