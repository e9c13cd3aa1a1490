import { z } from 'zod';

// Building blocks for the OpenAPI document. Request bodies come from the same zod schemas the core validates
// with, so the document cannot drift from what the API accepts.

export type Operation = Record<string, unknown>;
export type PathItem = Partial<Record<'get' | 'post' | 'put' | 'patch' | 'delete', Operation>>;
export type Paths = Record<string, PathItem>;

export const schemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

export const jsonBody = (schema: z.ZodType | Record<string, unknown>) => ({
	required: true,
	content: { 'application/json': { schema: schema instanceof z.ZodType ? schemaOf(schema) : schema } }
});

export const jsonAnswer = (description: string, schema: Record<string, unknown> = { type: 'object' }) => ({
	description,
	content: { 'application/json': { schema } }
});

const problemRef = { $ref: '#/components/schemas/Problem' };
const problemAnswer = (description: string) => ({
	description,
	content: { 'application/problem+json': { schema: problemRef } }
});

/** A staff member whose session was not signed in (or stepped up) with a passkey gets nothing from staff routes. */
export const secondFactorProblem = problemAnswer(
	'A staff session not proven with a second factor: sign in with a passkey, or add the first one.'
);

/** The refusals every member route can answer. */
export const memberProblems = {
	'400': problemAnswer('The body is malformed or a field is invalid; `errors` says what to fix in each field.'),
	'401': problemAnswer('Not signed in.'),
	'404': problemAnswer('Not found (also for another member’s resource).')
};

/** Credential changes and the full export need the password or a passkey within the last five minutes. */
export const recentProofProblem = problemAnswer(
	'No recent proof: the answer has `code: "reauthentication_required"`. Confirm with POST /api/v1/auth/reauthenticate (or sign in with a passkey) and try again within five minutes.'
);

export const problemSchema = {
	type: 'object',
	required: ['type', 'status', 'title', 'detail'],
	properties: {
		type: { type: 'string' },
		status: { type: 'integer' },
		title: { type: 'string' },
		detail: { type: 'string' },
		errors: {
			type: 'array',
			items: {
				type: 'object',
				required: ['field', 'message'],
				properties: { field: { type: 'string' }, message: { type: 'string' } }
			}
		}
	}
};

export { problemAnswer };
