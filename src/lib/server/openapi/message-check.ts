import { crisisCategories, crisisLevels, signalKinds } from '../../core/message-check/types.ts';
import { messageCheckRequest } from '../message-check/request.ts';
import { jsonAnswer, jsonBody, problemAnswer, type Paths } from './shared.ts';

const spanFields = ['start', 'end', 'quote'] as const;
const spanProperties = {
	start: { type: 'integer', minimum: 0 },
	end: { type: 'integer', minimum: 0 },
	quote: { type: 'string' }
};

export const messageCheckPaths: Paths = {
	'/api/v1/message-check': {
		post: {
			summary:
				'Read a message from the loved one and name the patterns the guide describes. `crisis` is true when it may speak of suicide, self-harm, an overdose or a threat to a life; `level` says how soon: `urgent` (act now: emergency services and the crisis line first) or `concern` (the crisis line first), null when `crisis` is false. `safety` names words about someone else hurting the writer: a safety concern, not a crisis. Every span is a UTF-16 slice of the text. Nothing is stored. Open to everyone.',
			requestBody: jsonBody(messageCheckRequest()),
			responses: {
				'200': jsonAnswer('What was found.', {
					type: 'object',
					required: ['crisis', 'level', 'crisisSpans', 'safety', 'signals'],
					properties: {
						crisis: { type: 'boolean' },
						level: { type: ['string', 'null'], enum: [...crisisLevels, null] },
						crisisSpans: {
							type: 'array',
							description: 'The words that raised the crisis, in order; empty when `crisis` is false.',
							items: {
								type: 'object',
								required: [...spanFields, 'level', 'category'],
								properties: {
									...spanProperties,
									level: { type: 'string', enum: [...crisisLevels] },
									category: { type: 'string', enum: [...new Set(Object.values(crisisCategories).flat())] }
								}
							}
						},
						safety: {
							type: 'array',
							description: 'Words about someone else hurting or threatening the writer.',
							items: { type: 'object', required: [...spanFields], properties: spanProperties }
						},
						signals: {
							type: 'array',
							items: {
								type: 'object',
								required: [...spanFields, 'kind', 'explanation'],
								properties: {
									kind: { type: 'string', enum: [...signalKinds] },
									...spanProperties,
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
