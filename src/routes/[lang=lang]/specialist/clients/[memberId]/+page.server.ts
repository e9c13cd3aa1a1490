import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { getApp } from '#lib/server/app/index.ts';
import { notFoundPageFor } from '#lib/server/http/error-status.ts';
import { formFailure } from '#lib/server/http/form-errors.ts';
import { orNotFoundPage } from '#lib/server/http/member-page.ts';
import { staffPage } from '#lib/server/http/staff.ts';

// One client, as their specialist sees them: the request, what the client shares now, and the specialist's own
// private notes (listing them is written to the audit log). Another specialist's client is the 404 page.

export const prerender = false;

const outcomes = ['added', 'saved'] as const;

export const load = async ({ locals, params, url, setHeaders }) => {
	const specialistId = await staffPage(locals, params.lang, 'specialist');
	setHeaders({ 'cache-control': 'no-store' });
	const { specialist } = (await getApp()).guidance;
	const client = await orNotFoundPage(specialist.client(specialistId, params.memberId));
	const notes = await orNotFoundPage(specialist.notes(specialistId, params.memberId));
	const done = outcomes.find((outcome) => outcome === url.searchParams.get('done')) ?? null;
	return { client, notes, done };
};

/** Runs a note's change: a refusal comes back to the form with what was typed; not this specialist's: 404. */
async function noteChange(lang: string, values: Record<string, string>, work: () => Promise<unknown>) {
	try {
		await work();
		return undefined;
	} catch (problem) {
		if (!(problem instanceof DomainError)) throw problem;
		notFoundPageFor(problem);
		return formFailure(problem, lang as Locale, values);
	}
}

const here = (lang: string, memberId: string, done: string, anchor: string) =>
	`/${lang}/specialist/clients/${memberId}?done=${done}#${anchor}`;

export const actions = {
	add: async ({ locals, params, request }) => {
		const specialistId = await staffPage(locals, params.lang, 'specialist');
		const body = String((await request.formData()).get('body') ?? '');
		const { specialist } = (await getApp()).guidance;
		const refused = await noteChange(params.lang, { body }, () =>
			specialist.addNote(specialistId, params.memberId, { body })
		);
		if (refused) return refused;
		// Post, then redirect: reloading the page never saves the same note twice.
		redirect(303, here(params.lang, params.memberId, 'added', 'notes-heading'));
	},
	edit: async ({ locals, params, request }) => {
		const specialistId = await staffPage(locals, params.lang, 'specialist');
		const form = await request.formData();
		const noteId = String(form.get('noteId') ?? '');
		const body = String(form.get('body') ?? '');
		const { specialist } = (await getApp()).guidance;
		const refused = await noteChange(params.lang, { noteId, body }, () =>
			specialist.editNote(specialistId, params.memberId, noteId, { body })
		);
		if (refused) return refused;
		redirect(303, here(params.lang, params.memberId, 'saved', `note-${noteId}`));
	}
};
