import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import type { CrisisCategory, CrisisLevel } from './types.ts';

// English crisis language at its level, written for this test (not taken from any data set): `urgent` is a
// decision, a plan, a method, a farewell, an overdose, self-harm now, dangerous withdrawal or a threat to a life;
// `concern` is a wish to be dead or the ground it grows in.

const cases: [CrisisLevel, CrisisCategory, string][] = [
	['urgent', 'intent', 'honestly i want to kill myself'],
	['urgent', 'intent', 'im ready to die, i mean it'],
	['urgent', 'intent', 'i think im going to do it tonight'],
	['urgent', 'intent', 'kms. for real this time'],
	['urgent', 'intent', 'been thinking about ctb a lot'],
	['urgent', 'intent', 'the sewer slide thoughts are loud today'],
	['urgent', 'intent', 'part of me wants to unalive myself'],
	['urgent', 'intent', 'i might actually go through with it'],
	['urgent', 'method', 'what is the fastest way to stop my heart'],
	['urgent', 'method', 'which cleaning stuff mixed together makes something toxic enough to kill you'],
	['urgent', 'method', 'how many of my sleeping pills before you dont wake up'],
	['urgent', 'method', 'would a person survive jumping from the parking garage'],
	['urgent', 'method', 'how do i get sick enough to end up in the hospital'],
	['urgent', 'method', 'i bought rope yesterday'],
	['urgent', 'farewell', 'I left a note on the kitchen table for you'],
	['urgent', 'farewell', 'giving myself until new year.'],
	['urgent', 'farewell', 'you were the best sister anyone could ask for. bye everyone'],
	['urgent', 'farewell', "i won't need my truck where im going, it's yours"],
	['urgent', 'overdose', 'swallowed what was left of my oxy bottle an hour ago'],
	['urgent', 'overdose', 'took the whole pack of his sleeping pills'],
	['urgent', 'self_harm_now', 'it feels so good to cut, i cant stop'],
	['urgent', 'self_harm_now', 'relapsed on self harm after six weeks'],
	['urgent', 'withdrawal', 'day 3 without a drink and my whole body keeps twitching'],
	['urgent', 'threat', "I'll hurt anyone who tries to take my daughter"],
	['urgent', 'threat', 'the guy i owe said next week im a dead man'],
	['concern', 'passive_wish', 'i want to die'],
	['concern', 'passive_wish', 'i dont even really want to be alive anymore'],
	['concern', 'passive_wish', 'not waking up tomorrow sounds peaceful'],
	['concern', 'passive_wish', 'every day I am alive feels like a waste'],
	['concern', 'passive_wish', 'is it even worth staying alive at this point'],
	['concern', 'passive_wish', 'wouldnt mind if a bus hit me on the way to work'],
	['concern', 'worthless', 'im a worthless piece of garbage'],
	['concern', 'worthless', 'i ruin everything i touch'],
	['concern', 'burden', 'everyone would be better off if i just disappeared'],
	['concern', 'burden', 'im nothing but a burden to this family'],
	['concern', 'trapped', 'there is no way out of this for me'],
	['concern', 'trapped', 'nothing is ever going to change, its hopeless'],
	['concern', 'self_harm_past', 'the scars on my thighs are from last winter'],
	['concern', 'self_harm_past', 'my last attempt was the summer before college']
];

const notCrises: string[] = [
	'this lecture is so boring i want to die',
	"I'm dead 😂 that video",
	'i could sleep and not wake up until sunday honestly',
	'want to disappear for a week to a cabin with no wifi',
	'the news said the singer died of an overdose, so sad',
	'three years ago I overdosed and now I have 3 years sober',
	'I used to cut when I was a teen but I have not in years',
	"if my boss makes me redo this report I'm going to kill myself lol",
	'tonights the night!! first date with jen',
	'my feet are killing me after that shift',
	'i give up on this recipe lol',
	'stuck in traffic, be there soon',
	'no, I am not going to hurt myself, I am just worn out',
	'goodbye, see you at dinner sunday',
	'im so done with this class',
	'i would die for my kids'
];

describe('English crisis levels', () => {
	it.each(cases)('%s / %s: "%s"', (level, category, text) => {
		const check = checkMessage(text, 'en');
		expect(check.level).toBe(level);
		expect(check.crisisSpans.map((span) => span.category)).toContain(category);
		for (const span of check.crisisSpans) expect(text.slice(span.start, span.end)).toBe(span.quote);
	});

	it.each(notCrises)('not a crisis: "%s"', (text) => {
		expect(checkMessage(text, 'en').crisis).toBe(false);
	});
});

// Concepts rather than phrases (crisis.en.general.ts): a small vocabulary joined by word gaps, so each of these
// is a phrasing the rules were not written from.
const concepts: [CrisisLevel, CrisisCategory, string][] = [
	['urgent', 'farewell', 'love you all. by the time anyone checks on me I will be at peace'],
	['urgent', 'farewell', 'please look after the cat for me, I wont be around to do it anymore'],
	['urgent', 'farewell', 'wrote each of the boys a letter, they are in the desk. tell them i loved them'],
	['urgent', 'farewell', 'cremate me, nothing fancy'],
	['urgent', 'method', 'would sixty of my 50mg tablets be enough to not wake up'],
	['urgent', 'method', 'keep staring at the belt hanging in my closet'],
	['urgent', 'method', 'the razor I bought isnt for shaving'],
	['urgent', 'method', 'whats the tallest parking garage around here'],
	['urgent', 'threat', "if he touches her again I'm going to break his jaw"],
	['urgent', 'threat', 'tell your brother hes next on my list'],
	['urgent', 'threat', "I'll make that landlord bleed"],
	['urgent', 'intent', 'decided. tomorrow. please stop asking'],
	['urgent', 'self_harm_now', 'been carving into my forearm again'],
	['concern', 'worthless', 'honestly im pathetic, a grown man who cant stay sober a week'],
	['concern', 'worthless', 'i am a terrible mother and everyone at school knows it'],
	['concern', 'worthless', 'there is nothing in me worth saving'],
	['concern', 'burden', "they'd finally have their savings back if I wasn't around"],
	['concern', 'burden', 'i keep dragging my parents down with me'],
	['concern', 'burden', 'my wife deserves way better than me'],
	['concern', 'burden', 'im the anchor this family keeps hauling around'],
	['concern', 'trapped', 'every single door is shut and i have tried them all']
];

const conceptNegatives: string[] = [
	'by the time you read this I will be boarding, love you all!',
	'take care of the dog while I am at the conference, back Sunday',
	'counted out my meds for the week into the organizer',
	'I am useless at parallel parking',
	"I'm gonna kill this exam tomorrow",
	"you'll pay for this when I beat you at Mario Kart",
	'she keeps telling me I am worthless and a burden',
	'I am not a burden, I know that now',
	'the tallest building in the world is in Dubai',
	"after this shift I'm done for the day"
];

describe('English crisis concepts', () => {
	it.each(concepts)('%s / %s: "%s"', (level, category, text) => {
		const check = checkMessage(text, 'en');
		expect(check.level).toBe(level);
		expect(check.crisisSpans.map((span) => span.category)).toContain(category);
	});

	it.each(conceptNegatives)('not a crisis: "%s"', (text) => {
		expect(checkMessage(text, 'en').crisis).toBe(false);
	});
});

describe('someone else hurting the writer is safety, not crisis', () => {
	it.each([
		'my boyfriend grabbed me by the arm and shoved me into the wall',
		'she locked me out again and kept my phone',
		'my ex keeps showing up outside my job',
		'dad slapped me when he found the pills'
	])('"%s" is a safety concern only', (text) => {
		const check = checkMessage(text, 'en');
		expect(check.safetySpans.length).toBeGreaterThan(0);
		expect(check.crisis).toBe(false);
	});

	it('a threat to the writer’s life is both a crisis and a safety concern', () => {
		const check = checkMessage('he told me if i leave hes going to kill me', 'en');
		expect(check.level).toBe('urgent');
		expect(check.crisisSpans.map((span) => span.category)).toContain('threat');
		expect(check.safetySpans.length).toBeGreaterThan(0);
	});
});
