import type { z } from 'zod';
import { DomainError } from './errors.ts';

/**
 * Validates input against a schema; a refusal names each field to fix (`signs.2` for the third sign) with a
 * catalogue key under `errors`, so the API and the pages say the same thing.
 */
export function parseInput<T extends z.ZodType>(schema: T, raw: unknown, what: string): z.output<T> {
	const parsed = schema.safeParse(raw);
	if (parsed.success) return parsed.data;
	const all = parsed.error.issues.flatMap((issue) => {
		const path = issue.path.map(String).join('.');
		if (issue.code === 'unrecognized_keys')
			return issue.keys.map((key) => ({ field: path ? `${path}.${key}` : key, problem: 'fieldUnknown' }));
		return [{ field: path || 'body', problem: issue.message }];
	});
	// One message per field and problem, even when two checks of a field say the same thing.
	const fields = all.filter((f, i) => all.findIndex((g) => g.field === f.field && g.problem === f.problem) === i);
	throw new DomainError('invalid', `${what} input is invalid`, fields);
}
