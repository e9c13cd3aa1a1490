import { fail } from '@sveltejs/kit';
import { catalogue, type Locale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { errorStatus } from './error-status.ts';

/** A refusal from the core, for a form page: each field's message in the page's language, and what was typed. */
export function formFailure(error: DomainError, locale: Locale, values: Record<string, string>) {
	const words = catalogue(locale).errors as Record<string, string>;
	const errors: Record<string, string> = {};
	for (const { field, problem } of error.fields) errors[field] ??= words[problem] ?? problem;
	if (error.code === 'rate_limited') errors.form = words.rateLimited!;
	if (error.code === 'reauthentication_required') errors.form = words.reauthenticationRequired!;
	return fail(errorStatus[error.code], { errors, values });
}

/** Runs a form action's work; a refusal from the core comes back to the page as formFailure, with what was typed. */
export async function formAction<T>(locale: Locale, values: Record<string, string>, work: () => Promise<T>) {
	try {
		return await work();
	} catch (error) {
		if (error instanceof DomainError) return formFailure(error, locale, values);
		throw error;
	}
}
