import { json } from '@sveltejs/kit';
import { isLocale } from '#lib/core/i18n/catalogue.ts';
import { checkMessage } from '#lib/core/message-check/check.ts';
import { problem, ProblemError, readJson } from '#lib/server/http/problem.ts';
import { messageCheckRequest } from '#lib/server/message-check/request.ts';

// Stores nothing and logs nothing of the text: the message is read, checked and forgotten.
export const POST = async ({ request }) => {
	try {
		const asked = request.headers.get('accept-language')?.slice(0, 2);
		const { text, locale } = await readJson(request, messageCheckRequest(isLocale(asked) ? asked : 'en'));
		const { crisis, level, crisisSpans, safetySpans, signals } = checkMessage(text, locale);
		// `crisis` stays a boolean for integrations; `level` says how soon (null when crisis is false).
		return json(
			{ crisis, level, crisisSpans, safety: safetySpans, signals },
			{ headers: { 'cache-control': 'no-store' } }
		);
	} catch (error) {
		if (error instanceof ProblemError) return error.response;
		throw error;
	}
};

export const fallback = ({ request }) =>
	problem(405, 'Method Not Allowed', `${request.method} is not allowed here; use POST.`, undefined, { allow: 'POST' });
