import { json } from '@sveltejs/kit';
import type { z } from 'zod';

// RFC 9457 problem details: what every API error answers, with one entry per field that needs fixing.

export interface FieldError {
	field: string;
	message: string;
}

export function problem(
	status: number,
	title: string,
	detail: string,
	errors?: FieldError[],
	headers: Record<string, string> = {},
	extensions: Record<string, string> = {}
): Response {
	return json(
		{ type: 'about:blank', status, title, detail, ...extensions, ...(errors ? { errors } : {}) },
		{ status, headers: { ...headers, 'content-type': 'application/problem+json', 'cache-control': 'no-store' } }
	);
}

export class ProblemError extends Error {
	constructor(public readonly response: Response) {
		super(`problem ${response.status}`);
	}
}

/** The largest JSON body an endpoint reads unless it says otherwise; field limits are far below it. */
const maxBodyBytes = 64 * 1024;

/**
 * Reads a JSON body and validates it with the endpoint's schema. Throws a ProblemError (400 or 413) that
 * says exactly what to fix: a wrong content type, a body that is not JSON or not an object, or each bad field.
 */
export async function readJson<Schema extends z.ZodType>(
	request: Request,
	schema: Schema,
	maxBytes = maxBodyBytes
): Promise<z.infer<Schema>> {
	const type = request.headers.get('content-type') ?? '';
	// eslint-disable-next-line security/detect-unsafe-regex -- anchored, one repetition: linear in the header's length
	if (!/^application\/(.+\+)?json\b/i.test(type)) {
		// A body not declared as JSON is as malformed as broken JSON here, so it answers 400 like the rest.
		throw new ProblemError(
			problem(400, 'Malformed body', 'Send the body as JSON, with Content-Type: application/json.')
		);
	}
	const tooLarge = () =>
		new ProblemError(problem(413, 'Content Too Large', `The body must be at most ${maxBytes} bytes.`));
	if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
	let raw: string;
	try {
		raw = await request.text();
	} catch (error) {
		// The server's own body limit (adapter-node's BODY_SIZE_LIMIT) ends the read with a 413 of its own.
		if ((error as { status?: number }).status === 413) throw tooLarge();
		throw error;
	}
	if (new TextEncoder().encode(raw).length > maxBytes) throw tooLarge();
	let body: unknown;
	try {
		body = JSON.parse(raw);
	} catch {
		throw new ProblemError(problem(400, 'Malformed JSON', 'The body is not valid JSON.'));
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw new ProblemError(problem(400, 'Malformed body', 'The body must be a JSON object.'));
	}
	const result = schema.safeParse(body);
	if (!result.success) {
		const errors = result.error.issues.map((issue) => ({
			field: issue.path.join('.') || '(body)',
			message: issue.message
		}));
		throw new ProblemError(
			problem(400, 'Invalid request', errors.map((e) => `${e.field}: ${e.message}`).join(' '), errors)
		);
	}
	return result.data;
}
