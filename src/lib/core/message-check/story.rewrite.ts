// A family member's story told in the first person, so the crisis rules written for the loved one's own words
// can read it: "he says he wants to kill himself" becomes "i says i want to kill myself", "dice que se quiere
// matar" becomes "dice que me quiero matar", "mi hija habla de quitarse la vida" becomes "habla de quitarme la
// vida". The rewrite works on the folded text (normalize.ts) and keeps, for every character, where it came from
// in the original, so a match still maps back to the words the family member typed.
//
// The result is not good English or Spanish and need not be: it only has to put the third person where the
// first-person patterns look for it. It never replaces the check of the text as written; it is a second reading.

import type { Folded } from './normalize.ts';

/**
 * One rewrite: a global pattern on the folded text, what replaces each match ($1… for its groups), and whether
 * it stood for the loved one ("he", "se quiere", "my son"); "him", "his", "su" and "for us" do not, as they name
 * a therapist or a friend as often.
 */
type Rewrite = [RegExp, string, 'loved one'?];

/** The story in the first person; `third[i]` is true where character i stood for the loved one. */
export interface Told extends Folded {
	third: boolean[];
}

const w = (source: string): RegExp => new RegExp(source, 'g');

// Relatives and partners as the subject of the story: "my son wants to die" reads "i want to die".
const kin = String.raw`son|daughter|husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|mom|mother|dad|father|brother|sister|kid|child|uncle|aunt|nephew|niece|grandson|granddaughter|grandma|grandpa|stepson|stepdaughter|ex|loved one`;
// What "her" owns rather than who it is: "her life", "her things", "her wrists" read "my …"; any other "her"
// reads "me" ("better off without her").
const owned = String.raw`own|whole|entire|life|things|stuff|clothes|belongings|pills|meds|medication|prescription|bottle|wrists?|arms?|legs?|thighs?|skin|stomach|throat|head|mouth|brains|affairs|will|note|letters?|goodbyes?|car|gun|lips|fingers|face|body|pulse|heart|chest|breathing`;

const english: Rewrite[] = [
	// "Dying her hair" is spelled that way often enough; it must not read "im dying".
	[w(String.raw`\bdying (?=(?:her|his|their|my) hair\b)`), 'dyeing '],
	[w(String.raw`\b(?:himself|herself|themselves|themself|hisself)\b`), 'myself', 'loved one'],
	[w(String.raw`\b(?:my|our) (?:${kin})\b`), 'i', 'loved one'],
	[w(String.raw`\b(?:hes|shes|theyre)\b`), 'im', 'loved one'],
	[w(String.raw`\b(?:hed|shed|theyd)\b`), 'id', 'loved one'],
	[w(String.raw`\b(?:hell|shell|theyll)\b`), 'ill', 'loved one'],
	[w(String.raw`\b(?:he|she|they)\b`), 'i', 'loved one'],
	[w(String.raw`\bher\b(?= (?:${owned})\b)`), 'my'],
	[w(String.raw`\b(?:him|her)\b`), 'me'],
	[w(String.raw`\b(?:his|their)\b`), 'my'],
	[w(String.raw`\bwithout them\b`), 'without me'],
	// What the loved one says to the family is said to "you": "he won't be a problem for us much longer".
	[w(String.raw`\b(for|to|on) us\b`), '$1 you'],
	[w(String.raw`\b(?:i )?loves (?:us|you)(?: all)?\b`), 'i love you all'],
	// Verbs after the new "i": "i wants" reads "i want", "i is" reads "im".
	[w(String.raw`\bi is\b`), 'im', 'loved one'],
	[w(String.raw`\bi isnt\b`), 'im not', 'loved one'],
	[w(String.raw`\bi was not\b`), 'i wasnt', 'loved one'],
	[w(String.raw`\b(?:has)\b`), 'have', 'loved one'],
	[w(String.raw`\b(?:doesnt)\b`), 'dont', 'loved one'],
	[w(String.raw`\b(want|need|deserve|plan|hope|keep|feel|think|talk|say|mean)s\b`), '$1', 'loved one'],
	[w(String.raw`\bwishes\b`), 'wish', 'loved one'],
	[w(String.raw`\btries\b`), 'try', 'loved one']
];

const spanish: Rewrite[] = [
	// Reflexive infinitives and their clitic: "matarse" reads "matarme", "se quiere" reads "me quiero".
	[w(String.raw`\b([a-z]+[aei]r)se\b`), '$1me', 'loved one'],
	[w(String.raw`\b([a-z]+ando|[a-z]+iendo)se\b`), '$1me', 'loved one'],
	[w(String.raw`\bse va a\b`), 'me voy a', 'loved one'],
	[w(String.raw`\b(?:el|ella) va a\b`), 'voy a', 'loved one'],
	[w(String.raw`\bse esta\b`), 'me estoy', 'loved one'],
	[w(String.raw`\bse\b`), 'me', 'loved one'],
	[w(String.raw`\bme esta\b`), 'me estoy', 'loved one'],
	[w(String.raw`\bnadie (?:lo|la) (?=extran|notar|se daria)`), 'nadie me '],
	[w(String.raw`\bsin (?:el|ella)\b(?=\s*(?:$|[.,;:!?)]|y\b|pero\b|porque\b))`), 'sin mi'],
	[w(String.raw`\bsin ella\b`), 'sin mi'],
	[w(String.raw`\bsu\b`), 'mi'],
	[w(String.raw`\bsus\b`), 'mis'],
	[w(String.raw`\b(dice|dijo|piensa|cree|siente|repite) que es\b`), '$1 que soy', 'loved one'],
	[w(String.raw`\bquiere\b`), 'quiero', 'loved one'],
	[w(String.raw`\ble ve\b`), 'le veo', 'loved one'],
	[w(String.raw`\bquisiera\b`), 'quisiera', 'loved one'],
	[w(String.raw`\bpuede\b`), 'puedo', 'loved one'],
	[w(String.raw`\btiene\b`), 'tengo', 'loved one'],
	[w(String.raw`\bprefiere\b`), 'prefiero', 'loved one'],
	[w(String.raw`\bpiensa\b`), 'pienso', 'loved one'],
	[w(String.raw`\bmerece\b`), 'merezco', 'loved one'],
	[w(String.raw`\baguanta\b`), 'aguanto', 'loved one'],
	[w(String.raw`\bsoporta\b`), 'soporto', 'loved one'],
	[w(String.raw`\bencuentra\b`), 'encuentro', 'loved one'],
	[w(String.raw`\bsiente\b`), 'siento', 'loved one'],
	[w(String.raw`\bdesea\b`), 'deseo', 'loved one'],
	// "Se corta" reads "me corto"; "se mata" is left alone ("la espera me mata" is an idiom).
	...Object.entries({
		corta: 'corto',
		lastima: 'lastimo',
		quema: 'quemo',
		muere: 'muero',
		tira: 'tiro',
		avienta: 'aviento',
		ahorca: 'ahorco',
		despide: 'despido'
	}).map(([third, first]): Rewrite => [w(String.raw`\bme ${third}\b`), `me ${first}`, 'loved one']),
	[w(String.raw`\bme hace\b`), 'me hago', 'loved one'],
	[w(String.raw`\bme (volvio|vuelve) a\b`), 'me volvi a', 'loved one']
];

/** Applies one rewrite, keeping where every character came from. */
function apply(input: Told, [pattern, replacement, lovedOne]: Rewrite): Told {
	const text: string[] = [];
	const from: number[] = [];
	const to: number[] = [];
	const third: boolean[] = [];
	const copy = (start: number, end: number) => {
		text.push(input.text.slice(start, end));
		for (let i = start; i < end; i++) {
			from.push(input.from[i]!);
			to.push(input.to[i]!);
			third.push(input.third[i]!);
		}
	};
	let last = 0;
	for (const match of input.text.matchAll(pattern)) {
		const start = match.index;
		const end = start + match[0].length;
		if (end === start) continue;
		copy(last, start);
		const chars = replacement.replace(/\$(\d)/g, (_, group: string) => match[Number(group)] ?? '');
		text.push(chars);
		for (let i = 0; i < chars.length; i++) {
			from.push(input.from[start]!);
			to.push(input.to[end - 1]!);
			third.push(lovedOne !== undefined || input.third[start]!);
		}
		last = end;
	}
	if (last === 0) return input;
	copy(last, input.text.length);
	return { text: text.join(''), from, to, third };
}

/** The folded story with the loved one (he, she, they, my son, él, ella, se) read as "I". Both languages. */
export function toFirstPerson(folded: Folded): Told {
	let out: Told = { ...folded, third: folded.text.split('').map(() => false) };
	for (const rewrite of english) out = apply(out, rewrite);
	for (const rewrite of spanish) out = apply(out, rewrite);
	return out;
}
