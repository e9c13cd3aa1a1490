import { z } from 'zod';
import { storableText } from '../shared/text.ts';
import { limits } from '../guide/reach-out.ts';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import { isMonday, mondayOf } from './weeks.ts';

// The weekly check-in: for each sign of change in the member's plan, whether it was seen this week, not seen,
// or the member is not sure, with an optional note. One check-in per week; saving again replaces that week's
// answers. What is noted is a mirror for the member, never a score.

export const checkInStatuses = ['seen', 'notSeen', 'notSure'] as const;
export type CheckInStatus = (typeof checkInStatuses)[number];

export const checkInLimits = { sign: limits.item, note: limits.note, answers: limits.listItems } as const;

export const weekSchema = z.string({ error: 'weekInvalid' }).refine(isMonday, 'weekInvalid');

// Texts are kept exactly as written, so what was stored comes back byte for byte.
const answer = z
	.object({
		sign: storableText(checkInLimits.sign, 'itemTooLong').refine((text) => text.trim() !== '', 'itemEmpty'),
		status: z.enum(checkInStatuses, { error: 'statusInvalid' }),
		note: storableText(checkInLimits.note, 'noteTooLong').default('')
	})
	.strict();

export const checkInAnswers = z.array(answer, { error: 'answersInvalid' }).max(checkInLimits.answers, 'answersTooMany');

/** The body of PUT /api/v1/check-ins/{week}: the week itself comes from the address. */
export const checkInBody = z.object({ answers: checkInAnswers }).strict();

export const checkInInput = z.object({ week: weekSchema, answers: checkInAnswers }).strict();

export type CheckInAnswer = z.output<typeof answer>;

export interface CheckIn {
	week: string;
	answers: CheckInAnswer[];
	createdAt: string;
	updatedAt: string;
}

/** Where each member's check-ins are kept; every call is scoped to one member. */
export interface CheckInStore {
	/** Newest week first. */
	list(memberId: string): Promise<CheckIn[]>;
	get(memberId: string, week: string): Promise<CheckIn | undefined>;
	/** Adds the week's check-in, or replaces the answers of the one already there; returns what is stored. */
	put(memberId: string, id: string, week: string, answers: CheckInAnswer[], now: Date): Promise<CheckIn>;
	remove(memberId: string, week: string): Promise<boolean>;
}

const notFound = () => new DomainError('not_found', 'no check-in for that week');

export async function saveCheckIn(
	store: CheckInStore,
	memberId: string,
	raw: unknown,
	id: string,
	now: Date
): Promise<CheckIn> {
	const { week, answers } = parseInput(checkInInput, raw, 'check-in');
	if (week > mondayOf(now))
		throw new DomainError('invalid', 'check-in input is invalid', [{ field: 'week', problem: 'weekInFuture' }]);
	return store.put(memberId, id, week, answers, now);
}

/** A week with no check-in, an address that is not a week, and another member's week are all simply not found. */
export async function getCheckIn(store: CheckInStore, memberId: string, week: string): Promise<CheckIn> {
	const found = isMonday(week) ? await store.get(memberId, week) : undefined;
	if (!found) throw notFound();
	return found;
}

export async function removeCheckIn(store: CheckInStore, memberId: string, week: string): Promise<void> {
	if (!isMonday(week) || !(await store.remove(memberId, week))) throw notFound();
}
