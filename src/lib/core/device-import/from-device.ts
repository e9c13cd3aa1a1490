import type { SupportContact } from '../guide/contact.ts';
import { limits, type PlanLists, type ReachOut } from '../guide/reach-out.ts';
import type { ImportInput } from './import.ts';

// What the browser sends for "Save to my account", made from the device's store. Runs in the page script; the
// server checks it again with the same schema (import.ts).

export interface ImportWords {
	/** Heads the reply drafted in the guide, in the private note. */
	replyDrafted: string;
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** A reach-out saved in the guide, as an entry on the timeline: what they said, the decision, the reply drafted. */
export function timelineEntryOf(reachOut: ReachOut, words: ImportWords) {
	const note = reachOut.reply.trim() ? `${words.replyDrafted}\n${reachOut.reply}` : '';
	return {
		sourceId: reachOut.id,
		occurredAt: reachOut.createdAt,
		channel: 'other' as const,
		said: clip(reachOut.theirAnswers, 5000),
		did: '',
		decision: reachOut.choice,
		note: clip(note, 5000)
	};
}

export function importFromDevice(
	reachOuts: ReachOut[],
	contacts: SupportContact[],
	plan: PlanLists | undefined,
	words: ImportWords
): ImportInput {
	return {
		reachOuts: reachOuts.filter((r) => r.savedAt !== null).map((r) => timelineEntryOf(r, words)),
		contacts: contacts.map(({ id, name, phone }) => ({ sourceId: id, name, phone })),
		...(plan && {
			plan: {
				conditions: plan.conditions.slice(0, limits.listItems),
				boundaries: plan.boundaries.slice(0, limits.listItems),
				expectations: plan.expectations.slice(0, limits.listItems),
				supports: plan.supports.slice(0, limits.listItems),
				signs: plan.signs.slice(0, limits.listItems)
			}
		})
	};
}
