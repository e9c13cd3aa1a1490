import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { formatSlot } from '#lib/core/sessions/availability.ts';
import { slotDays } from '#lib/core/sessions/view.ts';
import { timeZoneChoices } from '#lib/core/sessions/zones.ts';
import { isTimeZone } from '#lib/core/sessions/zoned.ts';
import { getApp } from '#lib/server/app/index.ts';
import { memberOrSignIn } from '#lib/server/http/member-page.ts';
import { field, sessionAction } from '#lib/server/sessions/page-actions.ts';

export const prerender = false;

const outcomes = ['booked', 'cancelled', 'moved'] as const;

export const load = async ({ locals, params, url, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const locale = params.lang as Locale;
	const { sessions } = await getApp();
	const specialistIds = await sessions.specialistsOf(memberId);
	const profiles = new Map(
		await Promise.all(specialistIds.map(async (id) => [id, await sessions.profile(id)] as const))
	);
	const asked = url.searchParams.get('tz') ?? '';
	// Without a chosen zone (and before the page's script picks the device's), the specialist's own zone.
	const first = specialistIds[0];
	const fallback = first ? (await sessions.hours.of(first)).timeZone : 'UTC';
	const timeZone = isTimeZone(asked) ? asked : fallback;

	const mine = (await sessions.bookings.list(memberId, true)).filter((b) => b.memberId === memberId);
	const moving = mine.find((b) => b.id === url.searchParams.get('move'));
	const specialists = await Promise.all(
		specialistIds
			.filter((id) => !moving || id === moving.specialistId)
			.map(async (id) => ({
				id,
				name: profiles.get(id)?.displayName ?? '',
				days: slotDays(await sessions.slots(memberId, id), timeZone, locale).map((day) => ({
					...day,
					slots: day.slots.map((slot) => ({ ...slot, when: formatSlot(slot.startsAt, timeZone, locale) }))
				}))
			}))
	);
	const upcoming = mine.map((b) => ({
		id: b.id,
		startsAt: b.startsAt,
		when: formatSlot(b.startsAt, timeZone, locale),
		name: profiles.get(b.specialistId)?.displayName ?? ''
	}));
	return {
		timeZone,
		zones: timeZoneChoices(timeZone),
		specialists,
		upcoming,
		moving: moving ? { id: moving.id, when: formatSlot(moving.startsAt, timeZone, locale) } : null,
		done: outcomes.find((o) => o === url.searchParams.get('done')) ?? null
	};
};

/** Back to the page in the zone the member was reading it in, saying what was done. */
const back = (lang: string, form: FormData, done: (typeof outcomes)[number]) => {
	const tz = field(form, 'tz');
	const query = new URLSearchParams({ ...(isTimeZone(tz) ? { tz } : {}), done });
	return `/${lang}/account/guidance/sessions?${query}`;
};

export const actions = {
	book: async ({ locals, params, request, url }) => {
		const memberId = memberOrSignIn(locals, params.lang);
		const form = await request.formData();
		const { sessions } = await getApp();
		const refused = await sessionAction(params.lang as Locale, async () => {
			const input = { specialistId: field(form, 'specialistId'), startsAt: field(form, 'startsAt') };
			await sessions.bookings.book(memberId, input, url.origin);
		});
		if (refused) return refused;
		redirect(303, back(params.lang, form, 'booked'));
	},
	cancel: async ({ locals, params, request, url }) => {
		const memberId = memberOrSignIn(locals, params.lang);
		const form = await request.formData();
		const { sessions } = await getApp();
		const refused = await sessionAction(params.lang as Locale, async () => {
			await sessions.bookings.cancel(memberId, field(form, 'bookingId'), url.origin);
		});
		if (refused) return refused;
		redirect(303, back(params.lang, form, 'cancelled'));
	},
	move: async ({ locals, params, request, url }) => {
		const memberId = memberOrSignIn(locals, params.lang);
		const form = await request.formData();
		const { sessions } = await getApp();
		const refused = await sessionAction(params.lang as Locale, async () => {
			await sessions.bookings.move(memberId, field(form, 'bookingId'), field(form, 'startsAt'), url.origin);
		});
		if (refused) return refused;
		redirect(303, back(params.lang, form, 'moved'));
	}
};
