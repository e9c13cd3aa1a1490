import { z } from 'zod';
import { allowedTo } from '../guide/reach-out.ts';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';

// A reach-out on the member's timeline: when, how, what they said or promised, what they did, the decision
// taken, and a private note. One schema for the API and the pages; the text fields are kept encrypted.

export const channels = ['call', 'text', 'in-person', 'letter', 'social', 'other'] as const;

// Text must be well-formed Unicode: a lone surrogate (possible in JSON, never typed) cannot be stored as UTF-8
// and would come back changed, so it is refused rather than silently replaced.
const text = (max: number) =>
	z
		.string({ error: 'textInvalid' })
		.max(max, 'textTooLong')
		.refine((value) => value.isWellFormed(), 'textInvalid');

const fieldSchemas = {
	occurredAt: z.iso.datetime({ offset: true, error: 'dateInvalid' }),
	channel: z.enum(channels, { error: 'channelInvalid' }),
	said: text(5000),
	did: text(5000),
	decision: z.enum(allowedTo, { error: 'decisionInvalid' }).nullable(),
	note: text(5000)
};

export const reachOutFields = z.object(fieldSchemas);

/** A new reach-out: when and how are needed; the rest may come later. */
export const newReachOutInput = z
	.object({
		...fieldSchemas,
		said: fieldSchemas.said.default(''),
		did: fieldSchemas.did.default(''),
		decision: fieldSchemas.decision.default(null),
		note: fieldSchemas.note.default('')
	})
	.strict();

/** A change: only the fields given are changed. */
export const reachOutChanges = reachOutFields.partial().strict();

export type ReachOutFields = z.output<typeof reachOutFields>;

export interface ReachOutEntry extends ReachOutFields {
	id: string;
	createdAt: string;
	updatedAt: string;
}

/** Where the member's reach-outs are kept; every call is scoped to one member. */
export interface ReachOutStore {
	list(memberId: string): Promise<ReachOutEntry[]>;
	get(memberId: string, id: string): Promise<ReachOutEntry | undefined>;
	/** Adds a reach-out; with a source id (from the device), false if that one is already here. */
	insert(memberId: string, entry: ReachOutEntry, sourceId?: string): Promise<boolean>;
	update(memberId: string, id: string, fields: ReachOutFields, now: Date): Promise<boolean>;
	remove(memberId: string, id: string): Promise<boolean>;
}

function normalise(fields: ReachOutFields): ReachOutFields {
	return { ...fields, occurredAt: new Date(fields.occurredAt).toISOString() };
}

export async function addReachOut(
	store: ReachOutStore,
	memberId: string,
	raw: unknown,
	id: string,
	now: Date
): Promise<ReachOutEntry> {
	const fields = normalise(parseInput(newReachOutInput, raw, 'reach-out'));
	const entry = { ...fields, id, createdAt: now.toISOString(), updatedAt: now.toISOString() };
	await store.insert(memberId, entry);
	return entry;
}

/** Another member's reach-out is not found, exactly like one that does not exist. */
export async function getReachOut(store: ReachOutStore, memberId: string, id: string): Promise<ReachOutEntry> {
	const entry = await store.get(memberId, id);
	if (!entry) throw new DomainError('not_found', 'no such reach-out');
	return entry;
}

export async function changeReachOut(
	store: ReachOutStore,
	memberId: string,
	id: string,
	raw: unknown,
	now: Date
): Promise<ReachOutEntry> {
	const changes = parseInput(reachOutChanges, raw, 'reach-out');
	const current = await getReachOut(store, memberId, id);
	const { occurredAt, channel, said, did, decision, note } = current;
	const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
	const fields = normalise({ occurredAt, channel, said, did, decision, note, ...given });
	if (!(await store.update(memberId, id, fields, now))) throw new DomainError('not_found', 'no such reach-out');
	return { ...fields, id, createdAt: current.createdAt, updatedAt: now.toISOString() };
}

export async function removeReachOut(store: ReachOutStore, memberId: string, id: string): Promise<void> {
	if (!(await store.remove(memberId, id))) throw new DomainError('not_found', 'no such reach-out');
}
