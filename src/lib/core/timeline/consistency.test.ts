import { describe, expect, it } from 'vitest';
import type { PlanStore } from '../plan/plan.ts';
import type { CheckInStore } from './check-ins.ts';
import { consistency, consistencyOf, type ConsistencyInput } from './consistency.ts';
import type { ReachOutStore } from './reach-outs.ts';
import { isMonday, mondayOf, weeksEnding } from './weeks.ts';

// Wednesday 2 December 2026: its week starts on Monday 30 November.
const today = new Date('2026-12-02T10:00:00Z');
const reachOut = (occurredAt: string, said = '', did = '') => ({ occurredAt, said, did });

describe('weeks', () => {
	it.each([
		['2026-11-30T00:00:00Z', '2026-11-30'],
		['2026-12-06T23:59:59Z', '2026-11-30'],
		['2026-12-07T00:00:00Z', '2026-12-07'],
		['2027-01-01T12:00:00Z', '2026-12-28'],
		['2024-02-29T12:00:00Z', '2024-02-26']
	])('the moment %s belongs to the week of Monday %s', (moment, monday) => {
		expect(mondayOf(new Date(moment))).toBe(monday);
	});

	it.each([
		['2026-11-30', true],
		['2026-12-01', false],
		['2026-02-30', false],
		['2026-11-30T00:00:00Z', false],
		['30/11/2026', false],
		['', false]
	])('%s is a Monday: %s', (text, expected) => {
		expect(isMonday(text)).toBe(expected);
	});

	it('counts twelve weeks back, oldest first, ending with this week', () => {
		const weeks = weeksEnding(today, 12);
		expect(weeks).toHaveLength(12);
		expect(weeks[0]).toBe('2026-09-14');
		expect(weeks.at(-1)).toBe('2026-11-30');
		expect(weeks.every(isMonday)).toBe(true);
	});
});

describe('the consistency figures', () => {
	const base: ConsistencyInput = { signs: [], checkIns: [], reachOuts: [], today };

	const cases: Array<{ name: string; input: Partial<ConsistencyInput>; signs: unknown; reachOuts: unknown }> = [
		{
			name: 'nothing noted yet: every week empty, no rows',
			input: {},
			signs: [],
			reachOuts: { total: 0, said: 0, did: 0 }
		},
		{
			name: 'a sign with no check-in shows every week as no check-in',
			input: { signs: ['Goes to meetings'] },
			signs: [{ sign: 'Goes to meetings', noted: {} }],
			reachOuts: { total: 0, said: 0, did: 0 }
		},
		{
			name: 'answers land in their own week, and weeks outside the twelve are left out',
			input: {
				signs: ['Goes to meetings', 'Calls when they said'],
				checkIns: [
					{
						week: '2026-11-30',
						answers: [
							{ sign: 'Goes to meetings', status: 'seen', note: '' },
							{ sign: 'Calls when they said', status: 'notSure', note: 'once' }
						]
					},
					{ week: '2026-11-16', answers: [{ sign: 'Goes to meetings', status: 'notSeen', note: '' }] },
					{ week: '2026-09-07', answers: [{ sign: 'Goes to meetings', status: 'seen', note: '' }] }
				]
			},
			signs: [
				{ sign: 'Goes to meetings', noted: { '2026-11-30': 'seen', '2026-11-16': 'notSeen' } },
				{ sign: 'Calls when they said', noted: { '2026-11-30': 'notSure' } }
			],
			reachOuts: { total: 0, said: 0, did: 0 }
		},
		{
			name: 'a sign since removed from the plan still shows what was noted, after the plan’s signs',
			input: {
				signs: ['Pays back the loan'],
				checkIns: [{ week: '2026-11-23', answers: [{ sign: 'Old sign', status: 'seen', note: '' }] }]
			},
			signs: [
				{ sign: 'Pays back the loan', noted: {} },
				{ sign: 'Old sign', noted: { '2026-11-23': 'seen' } }
			],
			reachOuts: { total: 0, said: 0, did: 0 }
		},
		{
			name: 'reach-outs are counted in their week; blank words do not count as said or done',
			input: {
				reachOuts: [
					reachOut('2026-11-30T08:00:00Z', 'I promise', 'Went to a meeting'),
					reachOut('2026-12-01T22:00:00Z', '   ', ''),
					reachOut('2026-11-29T23:59:59Z', 'Sorry', ''),
					reachOut('2026-09-13T23:59:59Z', 'too old', 'too old'),
					reachOut('2026-12-07T00:00:00Z', 'next week', '')
				]
			},
			signs: [],
			reachOuts: { total: 3, said: 2, did: 1, thisWeek: { reachOuts: 2, said: 1, did: 1 } }
		}
	];

	it.each(cases)('$name', ({ input, signs, reachOuts }) => {
		const result = consistency({ ...base, ...input });
		expect(result.weeks).toEqual(weeksEnding(today, 12));
		const noted = result.signs.map((row) => ({
			sign: row.sign,
			noted: Object.fromEntries(
				row.weeks.flatMap((status, i) => (status === 'none' ? [] : [[result.weeks[i], status]]))
			)
		}));
		expect(noted).toEqual(signs);
		const sum = (key: 'reachOuts' | 'said' | 'did') => result.reachOuts.reduce((n, week) => n + week[key], 0);
		const { thisWeek, ...totals } = reachOuts as { thisWeek?: object; total: number; said: number; did: number };
		expect({ total: sum('reachOuts'), said: sum('said'), did: sum('did') }).toEqual(totals);
		if (thisWeek) expect(result.reachOuts.at(-1)).toEqual({ week: '2026-11-30', ...thisWeek });
		expect(result.reachOuts.map((week) => week.week)).toEqual(result.weeks);
	});
});

describe('the consistency figures of a member', () => {
	it('come from their plan’s signs, their check-ins and their reach-outs, and no one else’s', async () => {
		const lists = { conditions: [], boundaries: [], expectations: [], supports: [], signs: ['S'] };
		const plans = {
			latest: async (memberId: string) => (memberId === 'ana' ? { version: 1, savedAt: '', lists } : undefined)
		} as unknown as PlanStore;
		const checkIns = {
			list: async (memberId: string) =>
				memberId === 'ana' ? [{ week: '2026-11-30', answers: [{ sign: 'S', status: 'seen', note: '' }] }] : []
		} as unknown as CheckInStore;
		const reachOuts = {
			list: async (memberId: string) => (memberId === 'ana' ? [reachOut('2026-12-01T10:00:00Z', 'x', '')] : [])
		} as unknown as ReachOutStore;
		const ana = await consistencyOf({ plans, checkIns, reachOuts }, 'ana', today);
		expect(ana.signs).toEqual([{ sign: 'S', weeks: [...Array(11).fill('none'), 'seen'] }]);
		expect(ana.reachOuts.at(-1)).toEqual({ week: '2026-11-30', reachOuts: 1, said: 1, did: 0 });
		const luis = await consistencyOf({ plans, checkIns, reachOuts }, 'luis', today);
		expect(luis.signs).toEqual([]);
		expect(luis.reachOuts.every((week) => week.reachOuts === 0)).toBe(true);
	});
});
