// Crisis in a family member's own story. `checkMessage` reads a message FROM the loved one, in the first person
// ("I want to die"); a request for guidance or a message to a specialist is written ABOUT them: "he says he
// wants to kill himself", "mi hija habla de quitarse la vida". `storyReaderFor` reads such a story:
//
// 1. The story is folded as the check folds it, then told in the first person (story.rewrite.ts), and the
//    check's own crisis rules, negation and guards read that (crisis.ts): "dice que se quiere matar" is read as
//    "dice que me quiero matar". The writer speaking of themselves ("I can't go on") is read as written.
// 2. A few rules of its own: talk of suicide, self-harm or dying reported about someone ("he talks about
//    dying", "habla de suicidarse"), and goodbyes to everyone in Spanish.
// 3. Where the rules read nothing, the learned word list reads the story told in the first person, under the
//    same vetoes as in the check (crisis.learned.ts).
//
// Negation, decided: a family member who writes that the loved one denies it ("he says he would never hurt
// himself", "dice que nunca se haría daño") still sees crisis resources, and the request is still shown first.
// Suicide or self-harm has come up in the family's story, which is reason enough; a false alarm costs a family
// one calm box of phone numbers, a miss can cost a life. Other negations work as in the check: "he doesn't have
// a gun any more" is not a crisis. A past attempt ("he tried to kill himself two years ago") also counts here,
// as the strongest warning sign there is; the check's own guards still keep out jokes and the news.
//
// Known to flag, on purpose or as the price of recall: "he said the drugs are killing his career" does NOT
// flag (nothing kills "himself"); "honestly we'd be better off without him" DOES (it reads "better off without
// me"), an unkind thing to write that a specialist should see first anyway; an accident told with "cut
// herself" flags unless it says how (cooking, shaving, by accident).

import { crisisMatches, findCrisis, joinStrongest, mergeMatches, strongestLevel, type CrisisMatch } from './crisis.ts';
import { anyOf, guard, r, re, ruleMatches, type CrisisRule } from './rules.ts';
import { findLearned, rulesThenLearned } from './crisis.learned.ts';
import { joke } from './guards.ts';
import type { CrisisWeights } from './learned.ts';
import { negations, sentenceAt } from './negation.ts';
import { fold, type Folded } from './normalize.ts';
import { findSafety } from './safety.ts';
import { toFirstPerson, type Told } from './story.rewrite.ts';
import { messageLocales, type CrisisLevel, type CrisisSpan, type MessageLocale } from './types.ts';

/** Where a clause ends: whose words a match is are found in its own clause. */
const clauseBreak = /[,;:()"¿¡]|\b(?:but|though|although|pero|aunque|sino)\b/;
/** Films, the news, campaigns: talk of suicide that is not about someone in the family. */
const media = String.raw`\b(?:news|article|movie|film|series|show|book|song|podcast|documentary|celebrity|rapper|singer|actor|prevention|awareness|training|statistics|noticias?|articulo|pelicula|serie|libro|cancion|documental|prevencion|campana|capacitacion|taller|estadisticas)\b`;
/** An accident told as one: "she cut herself cooking", "se cortó sin querer". */
const accident = String.raw`\b(?:by accident|accident\w*|cooking|shaving|chopping|fell|falling|playing|at work|working|lifting|on the job|sin querer|por accidente|cocinando|rasurando\w*|afeitando\w*|se cayo|me cayo|jugando|en el trabajo)\b`;
/** Goodbyes before a trip, a move or treatment are not a farewell. */
const leaving = String.raw`\b(?:trip|flight|moving|move|vacation|rehab|treatment|detox|viaje|vuelo|mudanza|mudarse|mudarme|vacaciones|anexo|tratamiento|internar\w*)\b`;

// The topic of suicide or self-harm, on the story told in the first person; not turned off by a negation when it
// is about the loved one (see above).
const topic: CrisisRule[] = [
	{
		level: 'concern',
		category: 'passive_wish',
		re: anyOf(
			r`\b(?:kill\w*|hang\w*|shoot\w*|hurt\w*|harm\w*|cut\w*|off(?:ing)?|end(?:ing)?|poison\w*|drown\w*|unaliv\w*|stab\w*) myself\b`,
			r`\bsui?ci?d\w*`,
			r`\bself ?harm\w*`,
			r`\b(?:end\w*|tak\w*|took) my (?:own )?life\b`,
			r`\bwant\w* to die\b(?! of| laughing| for)`,
			r`\bwant\w* to (?:disappear|vanish) (?:forever|for good)\b`,
			r`\bbetter off dead\b`,
			r`\bmatarme\b(?! (?:trabajando|estudiando|de|a trabajar))`,
			r`\b(?:ahorcarme|envenenarme|lastimarme|autolesi\w*)\b`,
			r`\b(?:quitarme|me quito|me quite) la vida\b`,
			r`\b(?:hacerme|me (?:voy a |quiero |va a )?(?:hacer|hago|hice|haria|haga)) dano\b`,
			r`\bme (?:corto|corte|estoy cortando|sigo cortando|volvi a cortar)(?= (?:los brazos|el brazo|las munecas|la muneca|las piernas|la pierna|la piel|otra vez|de nuevo|a proposito|con (?:una|la|un) (?:navaja|cuchilla|cuchillo|vidrio)))`,
			r`\bcortarme (?:las venas|los brazos|las munecas|la piel)\b`,
			r`\bme (?:quiero|voy a) (?:matar|morir)\b(?! (?:trabajando|estudiando|de|a trabajar))`,
			r`\b(?:quiero|quisiera) morir(?:me)?\b(?! de)`,
			r`\bacabar con mi vida\b`
		),
		negatable: false,
		unless: guard`${joke}|${media}|${accident}`
	}
];

// These run on the story told in the first person, whoever they are about.
const story: CrisisRule[] = [
	// Dying or suicide reported as something the loved one talks, writes or jokes about.
	{
		level: 'concern',
		category: 'passive_wish',
		re: anyOf(
			r`\b(?:talk\w*|spoke|speak\w*|text\w*|post\w*|writ\w*|wrote|joke\w*|obsess\w*|go(?:es|ing)? on|rant\w*|mention\w*) (?:a lot |all the time |again |constantly |more and more )?about (?:dying|death|being dead|not (?:being (?:here|around|alive)|waking up)|being gone|disappearing|wanting to die|how to die|ending (?:it|things|everything))\b`,
			r`\b(?:habl\w*|escrib\w*|publica\w*|bromea\w*|obsesion\w*) (?:mucho |siempre |otra vez |de nuevo |todo el tiempo )?(?:de|sobre|con) (?:morir\w*|la muerte|suicid\w*|desaparecer|no despertar|acabar con todo|irme para siempre|ya no estar)\b`
		),
		negatable: false,
		unless: guard`${media}`
	},
	// A noose, or a rope found where it should not be.
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:noose|nudo corredizo)\b`,
			r`\b(?:found|saw|encontre|halle|vi)\b (?:\w+ ){0,3}?(?:rope|soga|cuerda)\b(?: \w+){0,4}? (?:in|under|en|debajo de|bajo) (?:\w+ ){0,3}?(?:room|bedroom|closet|car|garage|shed|basement|cuarto|recamara|habitacion|closet|carro|coche|cochera|sotano)\b`
		),
		negatable: false,
		unless: guard`${joke}|${media}`
	},
	// A goodbye to everyone, in Spanish as the English rules already read it ("saying goodbye to everyone").
	{
		level: 'urgent',
		category: 'farewell',
		re: re`\b(?:despidiendo\w*|despidio|despido|despide|despedirme|despedirse) de (?:todos|todo el mundo|toda la familia|cada uno|mis amigos|mis hijos|mi familia)\b`,
		negatable: false,
		unless: guard`${leaving}`
	}
];

/** The words of the story the rules read as a crisis, in order, each with its level; empty when they read none. */
export function findStoryCrisis(text: string, locale: MessageLocale): CrisisSpan[] {
	const folded = foldStory(text, locale);
	return storySpans(text, toFirstPerson(folded));
}

function foldStory(text: string, locale: MessageLocale): Folded {
	if (typeof text !== 'string') throw new TypeError('readStory: text must be a string');
	if (!messageLocales.includes(locale)) throw new RangeError(`readStory: unknown locale "${String(locale)}"`);
	return fold(text, locale);
}

/** The story's own rules and the check's, on the story told in the first person (`told`). */
function storySpans(text: string, told: Told, refused?: [number, number][]): CrisisSpan[] {
	// The topic of suicide or self-harm overrides a negation only when it is the loved one's: "he says he would
	// never hurt himself" counts, the writer's own "I'm not going to hurt myself" is read as the check reads it.
	const aboutLovedOne = ({ start, end }: CrisisMatch): boolean => {
		const sentence = sentenceAt(told.text, start);
		const before = told.text.slice(sentence.start, start).split(clauseBreak).pop()!.length;
		const after = told.text.slice(end, sentence.end).split(clauseBreak)[0]!.length;
		return told.third.slice(start - before, end + after).includes(true);
	};
	const matchesOf = (rules: CrisisRule[]): CrisisMatch[] =>
		rules.flatMap((rule) => ruleMatches(told.text, rule, negations.both).map(([start, end]) => ({ start, end, rule })));
	return mergeMatches(text, told, [
		...matchesOf(topic).filter(aboutLovedOne),
		...matchesOf(story),
		...crisisMatches(told, refused)
	]);
}

/** What a story raises: whether it is a crisis, its strongest level, and the words, in order. */
export interface StoryReading {
	crisis: boolean;
	level: CrisisLevel | null;
	spans: CrisisSpan[];
}

export type ReadStory = (text: string, locale: MessageLocale) => StoryReading;

/**
 * How a family member's story (a request for guidance, a message to a specialist) is read: as the check reads
 * the loved one's own words, and as a story about them ("she says she wants to die"). The same levels and the
 * same words either way; where both raise the same words, the stronger level names them. Where the rules read
 * nothing, the learned list of the story's language reads the story told in the first person, as the check's
 * does (crisis.learned.ts). story.ts reads both languages; story.en.ts and story.es.ts one, for the browser.
 */
export function storyReaderFor(weights: Partial<Record<MessageLocale, CrisisWeights>>): ReadStory {
	return (text, locale) => {
		const folded = foldStory(text, locale);
		const local = weights[locale];
		if (!local) throw new RangeError(`readStory: unknown locale "${String(locale)}"`);
		const told = toFirstPerson(folded);
		const refused: [number, number][] = [];
		const ruled = joinStrongest(
			[...findCrisis(text, folded), ...storySpans(text, told, refused)],
			(span) => span.level
		);
		const found = rulesThenLearned(
			ruled,
			() => findSafety(text, folded),
			() => findLearned(text, told, local, refused)
		);
		const spans = found.map((span) => ({ ...span, quote: text.slice(span.start, span.end) }));
		return { crisis: spans.length > 0, level: strongestLevel(spans), spans };
	};
}
