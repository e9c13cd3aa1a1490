import { z } from 'zod';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import { storableText } from '../shared/text.ts';
import { isMemberId, type GuidanceDeps, type GuidanceStores } from './consent.ts';

// A specialist's private notes about a client: written, listed and edited only by the specialist assigned to
// that client, each specialist seeing only their own. Listing them is audited as 'notes'. No function here gives
// notes to a member: the member only ever sees, in the audit log, that their notes were opened and by whom.

export const noteLimits = { body: 10_000 } as const;

export const noteInput = z
	.object({
		body: storableText(noteLimits.body, 'clientNoteTooLong').refine((text) => text.trim() !== '', 'clientNoteEmpty')
	})
	.strict();

export interface SpecialistNote {
	id: string;
	body: string;
	createdAt: string;
	updatedAt: string;
}

/** Notes, each call scoped to one specialist and one client. */
export interface NoteStore {
	insert(specialistId: string, memberId: string, note: SpecialistNote): Promise<void>;
	/** Newest first. */
	list(specialistId: string, memberId: string): Promise<SpecialistNote[]>;
	/** False if there is no such note of this specialist about this client. */
	update(specialistId: string, memberId: string, id: string, body: string, now: Date): Promise<boolean>;
}

const notFound = () => new DomainError('not_found', 'no such client');

async function assigned(stores: GuidanceStores, specialistId: string, memberId: string): Promise<void> {
	if (
		specialistId === memberId ||
		!isMemberId(memberId) ||
		!(await stores.assignments.isAssigned(specialistId, memberId))
	)
		throw notFound();
}

export async function addNote(
	deps: GuidanceDeps,
	specialistId: string,
	memberId: string,
	raw: unknown,
	now: Date
): Promise<SpecialistNote> {
	const { body } = parseInput(noteInput, raw, 'note');
	await assigned(deps, specialistId, memberId);
	const at = now.toISOString();
	const note = { id: deps.newId(), body, createdAt: at, updatedAt: at };
	await deps.notes.insert(specialistId, memberId, note);
	return note;
}

/** The specialist's own notes about the client, newest first; audited as 'notes'. */
export function listNotes(
	deps: GuidanceDeps,
	specialistId: string,
	memberId: string,
	now: Date
): Promise<SpecialistNote[]> {
	return deps.transaction(async (stores) => {
		await assigned(stores, specialistId, memberId);
		const notes = await stores.notes.list(specialistId, memberId);
		await stores.audit.record({
			id: deps.newId(),
			memberId,
			actorId: specialistId,
			actorRole: 'specialist',
			what: 'notes',
			at: now.toISOString()
		});
		return notes;
	});
}

export async function editNote(
	deps: GuidanceDeps,
	specialistId: string,
	memberId: string,
	noteId: string,
	raw: unknown,
	now: Date
): Promise<void> {
	const { body } = parseInput(noteInput, raw, 'note');
	await assigned(deps, specialistId, memberId);
	if (!(await deps.notes.update(specialistId, memberId, noteId, body, now)))
		throw new DomainError('not_found', 'no such note');
}
