import { catalogue, isLocale } from '#lib/core/i18n/catalogue.ts';
import type { DomainError, ErrorCode } from '#lib/core/shared/errors.ts';
import { errorStatus } from './error-status.ts';
import { problem } from './problem.ts';

// A problem's title is for programs and stays English: the English refusals, whatever language was asked.
const titleOf: Record<ErrorCode, string> = catalogue('en').refusals;

/** A problem+json answer for a refusal from the core, with each field's message in the asked language. */
export function domainProblem(error: DomainError, locale?: string): Response {
	const language = catalogue(isLocale(locale) ? locale : 'en');
	const words = language.errors as Record<string, string>;
	const errors = error.fields.map((f) => ({ field: f.field, message: words[f.problem] ?? f.problem }));
	const detail =
		errors.map((e) => e.message).join(' ') ||
		(error.code === 'rate_limited'
			? words.rateLimited!
			: error.code === 'reauthentication_required'
				? words.reauthenticationRequired!
				: language.refusals[error.code]);
	const headers: Record<string, string> = error.retryAfterSeconds
		? { 'retry-after': String(error.retryAfterSeconds) }
		: {};
	// A 403 that a client can act on says so in a code of its own: prove it again (POST /api/v1/auth/reauthenticate).
	const extensions: Record<string, string> = error.code === 'reauthentication_required' ? { code: error.code } : {};
	return problem(
		errorStatus[error.code],
		titleOf[error.code],
		detail,
		errors.length ? errors : undefined,
		headers,
		extensions
	);
}
