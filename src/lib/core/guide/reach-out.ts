// A reach-out: one pass through the guide, as the person wrote it. On the device it lives in IndexedDB;
// with an account (later) the same shape is saved to the server.

import type { Relationship } from '../safety/rule.ts';

/** The guide's "You're allowed to" answers. */
export const standardChoices = ['cautious', 'time', 'notYet', 'notAvailable', 'yes'] as const;
/** Where the safety check found high danger: no reconnection drafts, only "Not yet" and no contact. */
export const safetyChoices = ['notYet', 'noContact'] as const;
export const allowedTo = [...standardChoices, 'noContact'] as const;
export type AllowedTo = (typeof allowedTo)[number];

export function choicesFor(safetyCardShown: boolean): readonly AllowedTo[] {
	return safetyCardShown ? safetyChoices : standardChoices;
}

export const askYourselfAnswers = {
	recovery: ['recovery', 'relief', 'unsure'],
	action: ['action', 'apology', 'unsure'],
	healing: ['yes', 'notYet', 'unsure']
} as const;
export type AskYourselfQuestion = keyof typeof askYourselfAnswers;
export const askYourselfQuestions = Object.keys(askYourselfAnswers) as AskYourselfQuestion[];

export const safetyLists = ['boundaries', 'expectations', 'supports', 'signs'] as const;
export type SafetyList = (typeof safetyLists)[number];

/** The lists that carry over from one reach-out to the next: the seed of the person's plan. */
export interface PlanLists {
	conditions: string[];
	boundaries: string[];
	expectations: string[];
	supports: string[];
	signs: string[];
}

export interface ReachOut extends PlanLists {
	id: string;
	locale: string;
	createdAt: string;
	updatedAt: string;
	/** Set once the person chose to keep it; an unsaved draft has none. */
	savedAt: string | null;
	relationship: Relationship | null;
	/**
	 * The safety check found high danger and the safety card was shown: this pass offers no reconnection advice.
	 * The only trace of the check that is ever kept; its answers are not.
	 */
	safetyCardShown: boolean;
	askYourself: Partial<Record<AskYourselfQuestion, string>>;
	askYourselfNotes: Partial<Record<AskYourselfQuestion, string>>;
	theirAnswers: string;
	choice: AllowedTo | null;
	reply: string;
}

export const limits = { item: 500, note: 2000, answers: 5000, reply: 5000, listItems: 30 } as const;

export function emptyPlanLists(): PlanLists {
	return { conditions: [], boundaries: [], expectations: [], supports: [], signs: [] };
}

export function newReachOut(
	id: string,
	locale: string,
	now: Date,
	startFrom?: PlanLists,
	relationship?: Relationship | null
): ReachOut {
	const lists = startFrom ?? emptyPlanLists();
	return {
		id,
		locale,
		createdAt: now.toISOString(),
		updatedAt: now.toISOString(),
		savedAt: null,
		relationship: relationship ?? null,
		safetyCardShown: false,
		askYourself: {},
		askYourselfNotes: {},
		theirAnswers: '',
		choice: null,
		reply: '',
		conditions: [...lists.conditions],
		boundaries: [...lists.boundaries],
		expectations: [...lists.expectations],
		supports: [...lists.supports],
		signs: [...lists.signs]
	};
}

export function planListsOf(reachOut: PlanLists): PlanLists {
	return {
		conditions: [...reachOut.conditions],
		boundaries: [...reachOut.boundaries],
		expectations: [...reachOut.expectations],
		supports: [...reachOut.supports],
		signs: [...reachOut.signs]
	};
}

export function isAllowedTo(value: unknown): value is AllowedTo {
	return typeof value === 'string' && (allowedTo as readonly string[]).includes(value);
}

/** Trims an item, and says why it cannot be added to a list, if it cannot. */
export function checkListItem(text: string): { ok: true; item: string } | { ok: false; reason: 'empty' | 'tooLong' } {
	const item = text.trim();
	if (item === '') return { ok: false, reason: 'empty' };
	if (item.length > limits.item) return { ok: false, reason: 'tooLong' };
	return { ok: true, item };
}
