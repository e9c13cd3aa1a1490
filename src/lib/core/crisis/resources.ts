import { z } from 'zod';
import { catalogue, locales, type Catalogue, type Locale } from '../i18n/catalogue.ts';
import type { CrisisLevel } from '../message-check/types.ts';
import { isPhoneNumber, smsHref, telHref } from '../shared/phone.ts';

// Crisis resources are regional, so they come from a file an organisation can replace, not from the catalogues.
// Every text in it must exist in every language the app speaks. Every check's message is a catalogue key (see
// crisisResourceIssues): an admin editing the organisation's copy reads it in their language, the operator's
// start-up error in English.

type ErrorKey = keyof Catalogue['errors'];
const says = (key: ErrorKey) => ({ error: key });

const text = z
	.object(
		Object.fromEntries(locales.map((l) => [l, z.string(says('crisisTextInvalid')).trim().min(1).max(400)])) as Record<
			Locale,
			z.ZodString
		>,
		says('crisisObjectRequired')
	)
	.strict();

const phoneNumber = z
	.string(says('crisisPhoneInvalid'))
	.trim()
	.refine((value) => isPhoneNumber(value, 3, 15));

const contact = z
	.object(
		{
			type: z.enum(['call', 'text', 'tty'], says('crisisContactTypeInvalid')),
			number: phoneNumber,
			/** Words to prefill in a text message, such as a keyword the service asks for. */
			body: z.string(says('crisisSmsBodyInvalid')).trim().min(1).max(160).optional()
		},
		says('crisisObjectRequired')
	)
	.strict();

const resource = z
	.object(
		{
			id: z.string(says('crisisIdInvalid')).regex(/^[a-z0-9-]{1,40}$/),
			name: text,
			when: text,
			contacts: z.array(contact, says('crisisContactsInvalid')).max(6)
		},
		says('crisisObjectRequired')
	)
	.strict();

/** The resources the guide itself points to, by id, each with what is said when it is missing (and why it is needed). */
export const requiredResources = {
	emergency: 'crisisEmergencyMissing',
	'domestic-violence': 'crisisDomesticViolenceMissing',
	'elder-abuse': 'crisisElderAbuseMissing'
} as const satisfies Record<string, ErrorKey>;
export type RequiredResource = keyof typeof requiredResources;

export const crisisResourcesSchema = z
	.object(
		{
			region: text,
			resources: z
				.array(resource, says('crisisResourcesListInvalid'))
				.min(1)
				.refine((list) => new Set(list.map((r) => r.id)).size === list.length, says('crisisIdsRepeated'))
				.superRefine((list, context) => {
					for (const [id, missing] of Object.entries(requiredResources)) {
						if (!list.some((r) => r.id === id)) context.addIssue({ code: 'custom', message: missing });
					}
				})
		},
		says('crisisObjectRequired')
	)
	.strict();

export type CrisisResources = z.infer<typeof crisisResourcesSchema>;
export type CrisisContact = z.infer<typeof contact>;

export class CrisisResourcesError extends Error {
	override name = 'CrisisResourcesError';
}

/**
 * What is wrong with crisis resources, each problem with where it is and a catalogue key for what: a field that
 * is not known is named in the path itself (`resources.0.colour`), so the words need not name it.
 */
export function crisisResourceIssues(issues: z.core.$ZodIssue[]): Array<{ path: string[]; problem: ErrorKey }> {
	return issues.flatMap((issue) => {
		const path = issue.path.map(String);
		if (issue.code === 'unrecognized_keys')
			return issue.keys.map((key) => ({ path: [...path, key], problem: 'crisisFieldUnknown' as const }));
		return [{ path, problem: issue.message as ErrorKey }];
	});
}

/** Validates parsed JSON; the error lists every problem with where it is, so the file can be fixed in one go. */
export function parseCrisisResources(data: unknown, source: string): CrisisResources {
	const result = crisisResourcesSchema.safeParse(data);
	if (result.success) return result.data;
	const words = catalogue('en').errors as Record<string, string>;
	const problems = crisisResourceIssues(result.error.issues).map(({ path, problem }) => {
		const where = path.length ? path.join('.') : '(top level)';
		return `  - ${where}: ${words[problem] ?? problem}`;
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
