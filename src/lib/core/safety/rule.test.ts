import { describe, expect, it } from 'vitest';
import {
	assessSafety,
	partnerFactors,
	questionsFor,
	relationships,
	type Relationship,
	type SafetyAnswers
} from './rule.ts';

const fourFactors: SafetyAnswers = { gun: 'yes', strangle: 'yes', separated: 'yes', unemployed: 'yes' };
const threeFactors: SafetyAnswers = {
	gun: 'yes',
	strangle: 'yes',
	separated: 'yes',
	unemployed: 'unsure',
	stalking: 'no'
};

interface Row {
	name: string;
	relationship: Relationship | undefined;
	answers: SafetyAnswers;
	highDanger: boolean;
	lovedOneInCrisis?: boolean;
	unsafeHere?: boolean;
	elderAbuse?: boolean;
}

const table: Row[] = [
	// Questions 2–4, each alone, for every relationship.
	...relationships.flatMap((relationship): Row[] => [
		{ name: `${relationship}: weapon alone`, relationship, answers: { weapon: 'yes' }, highDanger: true },
		{ name: `${relationship}: threat to kill alone`, relationship, answers: { threatToKill: 'yes' }, highDanger: true },
		{ name: `${relationship}: might kill alone`, relationship, answers: { mightKill: 'yes' }, highDanger: true },
		{
			name: `${relationship}: all no`,
			relationship,
			answers: { safeNow: 'yes', weapon: 'no', threatToKill: 'no', mightKill: 'no', lovedOneInCrisis: 'no' },
			highDanger: false
		},
		{ name: `${relationship}: everything skipped`, relationship, answers: {}, highDanger: false },
		{
			name: `${relationship}: "not sure" is not a yes`,
			relationship,
			answers: { weapon: 'unsure', threatToKill: 'unsure', mightKill: 'unsure' },
			highDanger: false
		}
	]),
	// Partner factors: 3 is not enough, 4 is; "not sure" and skipped do not count.
	{ name: 'partner: three factors', relationship: 'partner', answers: threeFactors, highDanger: false },
	{ name: 'partner: four factors', relationship: 'partner', answers: fourFactors, highDanger: true },
	{
		name: 'partner: all eight factors',
		relationship: 'partner',
		answers: Object.fromEntries(partnerFactors.map((f) => [f, 'yes'])),
		highDanger: true
	},
	{
		name: 'partner: four factors "not sure"',
		relationship: 'partner',
		answers: { gun: 'unsure', strangle: 'unsure', separated: 'unsure', unemployed: 'unsure' },
		highDanger: false
	},
	// Other relationships ignore the partner factors, even if answers for them were somehow given.
	...(['child', 'sibling', 'parent', 'other', undefined] as const).map((relationship): Row => ({
		name: `${relationship ?? 'not said'}: partner factors ignored`,
		relationship,
		answers: fourFactors,
		highDanger: false
	})),
	// The loved one in crisis goes to the crisis page; it is not, by itself, danger to the person.
	{
		name: 'loved one in crisis',
		relationship: 'sibling',
		answers: { lovedOneInCrisis: 'yes' },
		highDanger: false,
		lovedOneInCrisis: true
	},
	{
		name: 'loved one in crisis, not sure',
		relationship: 'sibling',
		answers: { lovedOneInCrisis: 'unsure' },
		highDanger: false,
		lovedOneInCrisis: false
	},
	// Not safe to use Porchlight right now.
	{
		name: 'not somewhere safe',
		relationship: 'parent',
		answers: { safeNow: 'no' },
		highDanger: false,
		unsafeHere: true
	},
	{
		name: 'not sure whether somewhere safe',
		relationship: 'parent',
		answers: { safeNow: 'unsure' },
		highDanger: false,
		unsafeHere: false
	},
	// An older parent harmed by their adult child; only for "my child".
	{
		name: 'older parent harmed',
		relationship: 'child',
		answers: { over60: 'yes', harmed: 'yes' },
		highDanger: false,
		elderAbuse: true
	},
	{
		name: 'older parent, not harmed',
		relationship: 'child',
		answers: { over60: 'yes', harmed: 'no' },
		highDanger: false,
		elderAbuse: false
	},
	{
		name: 'harmed, not sure of age',
		relationship: 'child',
		answers: { over60: 'unsure', harmed: 'yes' },
		highDanger: false,
		elderAbuse: false
	},
	{
		name: 'elder questions ignored for a partner',
		relationship: 'partner',
		answers: { over60: 'yes', harmed: 'yes' },
		highDanger: false,
		elderAbuse: false
	},
	{
		name: 'older parent harmed and threatened',
		relationship: 'child',
		answers: { over60: 'yes', harmed: 'yes', threatToKill: 'yes' },
		highDanger: true,
		elderAbuse: true
	}
];

describe('the safety rule', () => {
	for (const row of table) {
		it(row.name, () => {
			const outcome = assessSafety(row.relationship, row.answers);
			expect(outcome.highDanger).toBe(row.highDanger);
			expect(outcome.lovedOneInCrisis).toBe(row.lovedOneInCrisis ?? false);
			expect(outcome.unsafeHere).toBe(row.unsafeHere ?? false);
			expect(outcome.elderAbuse).toBe(row.elderAbuse ?? false);
		});
	}

	it('counts the partner factors answered yes', () => {
		expect(assessSafety('partner', threeFactors).partnerFactorsYes).toBe(3);
		expect(assessSafety('sibling', fourFactors).partnerFactorsYes).toBe(0);
	});

	it('asks the partner factors only of partners, and the older-parent questions only of parents of an adult child', () => {
		expect(questionsFor('partner')).toEqual(expect.arrayContaining([...partnerFactors]));
		expect(questionsFor('child')).toEqual(expect.arrayContaining(['over60', 'harmed']));
		for (const relationship of ['sibling', 'parent', 'other', undefined] as const) {
			expect(questionsFor(relationship)).toEqual([
				'safeNow',
				'weapon',
				'threatToKill',
				'mightKill',
				'lovedOneInCrisis'
			]);
		}
	});
});
