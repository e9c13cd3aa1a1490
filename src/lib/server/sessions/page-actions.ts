import { fail } from '@sveltejs/kit';
import { catalogue, type Locale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { errorStatus, notFoundPageFor } from '../http/error-status.ts';

// The sessions pages' form actions: a booking, a cancel or a move refused by the core comes back to the page
// as one message above the list (the slot buttons are not fields); a booking or specialist the person may not
// know of is the ordinary 404 page, as the API answers 404.
export async function sessionAction(locale: Locale, work: () => Promise<void>) {
	try {
		await work();
		return undefined;
	} catch (problem) {
		if (!(problem instanceof DomainError)) throw problem;
		notFoundPageFor(problem);
		const words = catalogue(locale).errors as Record<string, string>;
		const message = problem.fields.map((f) => words[f.problem] ?? f.problem).join(' ') || words.rateLimited!;
		return fail(errorStatus[problem.code], { errors: { form: message } });
	}
}

export const field = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.slice(0, 200) : '';
};
