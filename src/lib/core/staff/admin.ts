import { z } from 'zod';
import { crisisResourceIssues, crisisResourcesSchema, type CrisisResources } from '../crisis/resources.ts';
import type { ActorRole, AuditedThing } from '../guidance/audit.ts';
import type { GuidanceRequest, RequestStore } from '../guidance/requests.ts';
import type { Catalogue } from '../i18n/catalogue.ts';
import { DomainError, type FieldProblem } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import type { Staff } from './create-admin.ts';
import { suggestSpecialist, type SpecialistProfile, type SuggestionReason } from './specialists.ts';

// What the organisation's admin sees and changes (issue #5): the open requests with a suggested specialist, the
// specialists, the organisation (its name and crisis resources), and the audit log of who opened whose data.
//
// What an admin sees of a request is what it takes to assign it: the relationship, the language, the urgency, the
// crisis mark, the times that suit the member, and when it came. Not the story: the member wrote it for the
// specialist who will help them, so only the assigned specialist reads it. Not the member's e-mail address either:
// assigning does not need it.

type ErrorKey = keyof Catalogue['errors'];

/** To anyone but an admin, these do not exist. */
export async function requireAdmin(staff: Staff, actorId: string): Promise<void> {
	if ((await staff.roleOf(actorId)) !== 'admin') throw new DomainError('not_found', 'no such resource');
}

/** One member with the specialist role: their profile once the admin has set it, and how many clients they have. */
export interface SpecialistEntry {
	memberId: string;
	email: string;
	profile: SpecialistProfile | null;
	/** Members with a request assigned to them and not closed. */
	openClients: number;
}

export interface SpecialistDirectory {
	/** Every specialist, by display name (those without a profile by e-mail address, last). */
	list(): Promise<SpecialistEntry[]>;
}

export const nameOf = (entry: SpecialistEntry) => entry.profile?.displayName ?? entry.email;

export interface Suggestion {
	specialistId: string;
	displayName: string;
	reason: SuggestionReason;
	/** Open clients over capacity, from 0 to below 1. */
	load: number;
}

export interface AdminRequestView {
	id: string;
	relationship: GuidanceRequest['relationship'];
	urgency: GuidanceRequest['urgency'];
	language: GuidanceRequest['language'];
	crisis: boolean;
	state: GuidanceRequest['state'];
	times: string;
	createdAt: string;
	specialist: { id: string; displayName: string } | null;
	/** The best first; empty when no specialist with room speaks the request's language. */
	suggestions: Suggestion[];
}

export const suggestionsShown = 3;

/** The open requests, crisis first then the oldest, each with the specialists the app suggests for it. */
export async function requestsForAdmin(
	deps: { staff: Staff; requests: RequestStore; directory: SpecialistDirectory },
	adminId: string
): Promise<AdminRequestView[]> {
	await requireAdmin(deps.staff, adminId);
	const [open, specialists] = await Promise.all([deps.requests.open(), deps.directory.list()]);
	const byId = new Map(specialists.map((entry) => [entry.memberId, entry]));
	const candidates = specialists.flatMap((entry) =>
		entry.profile
			? [
					{
						memberId: entry.memberId,
						languages: entry.profile.languages,
						focus: entry.profile.focus,
						capacity: entry.profile.capacity,
						openClients: entry.openClients
					}
				]
			: []
	);
	return open.map((request) => {
		const assigned = request.specialistId ? byId.get(request.specialistId) : undefined;
		return {
			id: request.id,
			relationship: request.relationship,
			urgency: request.urgency,
			language: request.language,
			crisis: request.crisis,
			state: request.state,
			times: request.times,
			createdAt: request.createdAt,
			specialist: request.specialistId
				? { id: request.specialistId, displayName: assigned ? nameOf(assigned) : '' }
				: null,
			suggestions: suggestSpecialist(request, candidates)
				.slice(0, suggestionsShown)
				.map((ranked) => ({
					specialistId: ranked.memberId,
					displayName: nameOf(byId.get(ranked.memberId)!),
					reason: ranked.reason,
					load: ranked.load
				}))
		};
	});
}

export async function specialistsForAdmin(
	deps: { staff: Staff; directory: SpecialistDirectory },
	adminId: string
): Promise<SpecialistEntry[]> {
	await requireAdmin(deps.staff, adminId);
	return deps.directory.list();
}

// The organisation.

export interface OrganisationSettings {
	/** null until the admin names it. */
	name: string | null;
	/** The organisation's own crisis resources; null: the deployment's file applies. */
	crisisResources: CrisisResources | null;
	updatedAt: string | null;
}

export interface OrganisationStore {
	get(): Promise<OrganisationSettings>;
	put(settings: { name: string; crisisResources: CrisisResources | null; updatedAt: string }): Promise<void>;
}

export const organisationLimits = { name: 100 } as const;

export const organisationInput = z
	.object({
		name: z
			.string({ error: 'organisationNameInvalid' satisfies ErrorKey })
			.trim()
			.min(1, 'organisationNameInvalid' satisfies ErrorKey)
			.max(organisationLimits.name, 'organisationNameInvalid' satisfies ErrorKey),
		/** In the shape of config/crisis-resources.json, or null to use the deployment's file again. */
		crisisResources: z.unknown()
	})
	.strict();

/**
 * What is wrong with crisis resources, field by field (`crisisResources.resources.2.contacts.0.number`), after one
 * line that says they are not valid; empty when they are. The same checks as the deployment's file gets.
 */
export function crisisResourceProblems(data: unknown): FieldProblem[] {
	const result = crisisResourcesSchema.safeParse(data);
	if (result.success) return [];
	return [
		{ field: 'crisisResources', problem: 'crisisResourcesInvalid' satisfies ErrorKey },
		...crisisResourceIssues(result.error.issues).map(({ path, problem }) => ({
			field: ['crisisResources', ...path].join('.'),
			problem
		}))
	];
}

export async function organisationForAdmin(
	deps: { staff: Staff; organisation: OrganisationStore },
	adminId: string
): Promise<OrganisationSettings> {
	await requireAdmin(deps.staff, adminId);
	return deps.organisation.get();
}

export async function saveOrganisation(
	deps: { staff: Staff; organisation: OrganisationStore },
	adminId: string,
	raw: unknown,
	now: Date
): Promise<OrganisationSettings> {
	await requireAdmin(deps.staff, adminId);
	const input = parseInput(organisationInput, raw, 'organisation');
	let crisisResources: CrisisResources | null = null;
	if (input.crisisResources !== null && input.crisisResources !== undefined) {
		const parsed = crisisResourcesSchema.safeParse(input.crisisResources);
		if (!parsed.success)
			throw new DomainError('invalid', 'crisis resources invalid', crisisResourceProblems(input.crisisResources));
		crisisResources = parsed.data;
	}
	const settings = { name: input.name, crisisResources, updatedAt: now.toISOString() };
	await deps.organisation.put(settings);
	return settings;
}

// The audit log, for the admin: every entry, newest first, a page at a time.

export interface AdminAuditEntry {
	id: string;
	/** The staff member who opened the data; null once their account is gone. */
	staffEmail: string | null;
	role: ActorRole;
	what: AuditedThing;
	/** Whose data it was. */
	memberEmail: string;
	at: string;
}

export interface AuditCursor {
	at: string;
	id: string;
}

export interface AdminAuditStore {
	/** Entries older than the cursor (all when null), newest first, at most `limit`. */
	page(before: AuditCursor | null, limit: number): Promise<AdminAuditEntry[]>;
}

export const auditPageSize = 50;

// eslint-disable-next-line security/detect-unsafe-regex -- bounded, optional groups only: linear
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const entryId = /^[A-Za-z0-9_.:-]{1,128}$/;

/** A page's `before`: the instant and id of the last entry already shown, as `2026-11-30T08:00:00.000Z_id`. */
export const cursorOf = (entry: { at: string; id: string }) => `${entry.at}_${entry.id}`;

export function parseCursor(before: string | null | undefined): AuditCursor | null {
	if (before === null || before === undefined || before === '') return null;
	const cut = before.indexOf('Z_');
	const at = before.slice(0, cut + 1);
	const id = before.slice(cut + 2);
	if (cut < 0 || before.length > 200 || !isoInstant.test(at) || !entryId.test(id))
		throw new DomainError('invalid', 'audit cursor invalid', [
			{ field: 'before', problem: 'auditCursorInvalid' satisfies ErrorKey }
		]);
	return { at, id };
}

export async function auditLogForAdmin(
	deps: { staff: Staff; audit: AdminAuditStore },
	adminId: string,
	before: string | null | undefined
): Promise<{ entries: AdminAuditEntry[]; nextBefore: string | null }> {
	await requireAdmin(deps.staff, adminId);
	const rows = await deps.audit.page(parseCursor(before), auditPageSize + 1);
	const entries = rows.slice(0, auditPageSize);
	return { entries, nextBefore: rows.length > auditPageSize ? cursorOf(entries.at(-1)!) : null };
}
