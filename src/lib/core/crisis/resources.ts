import { z } from 'zod';
import { catalogue, locales, type Catalogue, type Locale } from '../i18n/catalogue.ts';
import type { CrisisLevel } from '../message-check/types.ts';
import { isPhoneNumber, smsHref, telHref } from '../shared/phone.ts';

// Crisis resources are regional, so they come from a file an organisation can replace, not from the catalogues.
// Every text in it must exist in every language the app speaks. The checks' own messages are catalogue keys: an
// admin editing the organisation's copy reads them in their language, the operator's start-up error in English.

type ErrorKey = keyof Catalogue['errors'];

const text = z
	.object(Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1).max(400)])) as Record<Locale, z.ZodString>)
	.strict();

const phoneNumber = z
	.string()
	.trim()
	.refine((value) => isPhoneNumber(value, 3, 15), 'crisisPhoneInvalid' satisfies ErrorKey);

const contact = z
	.object({
		type: z.enum(['call', 'text', 'tty']),
		number: phoneNumber,
		/** Words to prefill in a text message, such as a keyword the service asks for. */
		body: z.string().trim().min(1).max(160).optional()
	})
	.strict();

const resource = z
	.object({
		id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'crisisIdInvalid' satisfies ErrorKey),
		name: text,
		when: text,
		contacts: z.array(contact).max(6)
	})
	.strict();

/** The resources the guide itself points to, by id, each with what is said when it is missing (and why it is needed). */
export const requiredResources = {
	emergency: 'crisisEmergencyMissing',
	'domestic-violence': 'crisisDomesticViolenceMissing',
	'elder-abuse': 'crisisElderAbuseMissing'
} as const satisfies Record<string, ErrorKey>;
export type RequiredResource = keyof typeof requiredResources;

export const crisisResourcesSchema = z
	.object({
		region: text,
		resources: z
			.array(resource)
			.min(1)
			.refine((list) => new Set(list.map((r) => r.id)).size === list.length, 'crisisIdsRepeated' satisfies ErrorKey)
			.superRefine((list, context) => {
				for (const [id, missing] of Object.entries(requiredResources)) {
					if (!list.some((r) => r.id === id)) context.addIssue({ code: 'custom', message: missing });
				}
			})
	})
	.strict();

export type CrisisResources = z.infer<typeof crisisResourcesSchema>;
export type CrisisContact = z.infer<typeof contact>;

export class CrisisResourcesError extends Error {
	override name = 'CrisisResourcesError';
}

/** Validates parsed JSON; the error lists every problem with where it is, so the file can be fixed in one go. */
export function parseCrisisResources(data: unknown, source: string): CrisisResources {
	const result = crisisResourcesSchema.safeParse(data);
	if (result.success) return result.data;
	const words = catalogue('en').errors as Record<string, string>;
	const problems = result.error.issues.map((issue) => {
		const where = issue.path.length ? issue.path.join('.') : '(top level)';
		return `  - ${where}: ${words[issue.message] ?? issue.message}`;
	});
	throw new CrisisResourcesError(`The crisis resources in ${source} are not valid:\n${problems.join('\n')}`);
}

export function resourceById(crisis: CrisisResources, id: RequiredResource): CrisisResources['resources'][number] {
	// The schema guarantees each required resource is present.
	return crisis.resources.find((resource) => resource.id === id)!;
}

/**
 * What to show first when someone's words speak of a crisis, in this order, where the list has them. `urgent`
 * (a plan, an overdose, a goodbye): emergency services, then the suicide and crisis line, then poison control.
 * `concern` (a wish to be dead, being a burden): the crisis line first, a person to talk to, then emergency.
 */
export function crisisFirst(crisis: CrisisResources, level: CrisisLevel): CrisisResources['resources'] {
	const order = level === 'urgent' ? ['emergency', '988', 'poison-control'] : ['988', 'emergency'];
	return order.flatMap((id) => crisis.resources.filter((resource) => resource.id === id));
}

/**
 * The level to show for something flagged: its own, or, for a request or message flagged before levels were kept
 * (migration 019), `urgent`, which shows resources in the order every flag had then (emergency first).
 */
export function levelToShow(crisis: boolean, level: CrisisLevel | null): CrisisLevel | null {
	return level ?? (crisis ? 'urgent' : null);
}

/** The href for one contact: `tel:` for calls and TTY, `sms:` with the prefilled words for texts. */
export function contactHref(contact: CrisisContact): string {
	return contact.type === 'text' ? smsHref(contact.number, contact.body) : telHref(contact.number);
}
