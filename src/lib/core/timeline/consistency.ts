import { signsOfChange, type PlanStore } from '../plan/plan.ts';
import type { CheckIn, CheckInStatus, CheckInStore } from './check-ins.ts';
import type { ReachOutFields, ReachOutStore } from './reach-outs.ts';
import { mondayOf, weeksEnding } from './weeks.ts';

// The consistency view's figures: what the member noted, week by week, and what each week's reach-outs carried.
// Counts only, never a rate, a score or a verdict: the member reads the picture and draws their own conclusion.

export const consistencyWeeks = 12;

/** What the member noted about one sign in one week; `none` when there was no answer that week. */
export type SignWeek = CheckInStatus | 'none';

export interface SignRow {
	sign: string;
	/** One entry per week, in the order of `weeks`. */
	weeks: SignWeek[];
}

export interface ReachOutWeek {
	week: string;
	reachOuts: number;
	/** Reach-outs where something they said or promised was written down. */
	said: number;
	/** Reach-outs where something they did was written down. */
	did: number;
}

export interface Consistency {
	/** The Mondays of the weeks shown, oldest first, ending with this week. */
	weeks: string[];
	signs: SignRow[];
	reachOuts: ReachOutWeek[];
}

export interface ConsistencyInput {
	/** The signs of change in the plan today. */
	signs: string[];
	checkIns: Pick<CheckIn, 'week' | 'answers'>[];
	reachOuts: Pick<ReachOutFields, 'occurredAt' | 'said' | 'did'>[];
	today: Date;
	weekCount?: number;
}

const written = (text: string) => text.trim() !== '';

export function consistency({
	signs,
	checkIns,
	reachOuts,
	today,
	weekCount = consistencyWeeks
}: ConsistencyInput): Consistency {
	const weeks = weeksEnding(today, weekCount);
	const column = new Map(weeks.map((week, i) => [week, i]));

	// The plan's signs first, in its order; then any sign answered in these weeks that has since left the plan,
	// so changing the plan never hides what was noted before.
	const rows = new Map<string, SignWeek[]>();
	const rowFor = (sign: string) => {
		let row = rows.get(sign);
		if (!row) rows.set(sign, (row = weeks.map((): SignWeek => 'none')));
		return row;
	};
	for (const sign of signs) rowFor(sign);
	for (const checkIn of [...checkIns].sort((a, b) => a.week.localeCompare(b.week))) {
		const i = column.get(checkIn.week);
		if (i === undefined) continue;
		for (const answer of checkIn.answers) rowFor(answer.sign)[i] = answer.status;
	}

	const counts = weeks.map((week) => ({ week, reachOuts: 0, said: 0, did: 0 }));
	for (const reachOut of reachOuts) {
		const i = column.get(mondayOf(new Date(reachOut.occurredAt)));
		if (i === undefined) continue;
		const figures = counts[i]!;
		figures.reachOuts++;
		if (written(reachOut.said)) figures.said++;
		if (written(reachOut.did)) figures.did++;
	}

	return { weeks, signs: [...rows].map(([sign, row]) => ({ sign, weeks: row })), reachOuts: counts };
}

/** The member's figures for the twelve weeks ending with the week of `today`. */
export async function consistencyOf(
	stores: { plans: PlanStore; checkIns: CheckInStore; reachOuts: ReachOutStore },
	memberId: string,
	today: Date
): Promise<Consistency> {
	const [signs, checkIns, reachOuts] = await Promise.all([
		signsOfChange(stores.plans, memberId),
		stores.checkIns.list(memberId),
		stores.reachOuts.list(memberId)
	]);
	return consistency({ signs, checkIns, reachOuts, today });
}
