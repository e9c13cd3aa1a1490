// The spelling data the normalizer folds with: emoji that carry meaning, texting shorthand, joined phrases.

import type { MessageLocale } from './types.ts';

// Emoji that carry meaning for the check become words; any other emoji becomes a space so it still separates
// words. Pills matter most: "💊💊💊" after a goodbye is an overdose message.
export const emojiWords: Record<string, string> = {
	'💊': 'pills',
	'🔫': 'gun',
	'🔪': 'knife',
	'🩸': 'blood',
	'🙏': 'please',
	'😂': 'lol',
	'🤣': 'lol',
	'😆': 'lol',
	'😹': 'lol'
};

// Texting shorthand, whole words only. Kept per language because the same letters mean different things
// ("x" is "por" in Spanish and a kiss in English).
export const shorthand: Record<MessageLocale, Record<string, string>> = {
	en: {
		u: 'you',
		ur: 'your',
		r: 'are',
		ya: 'you',
		pls: 'please',
		plz: 'please',
		plse: 'please',
		rn: 'right now',
		tmrw: 'tomorrow',
		tmr: 'tomorrow',
		tmrow: 'tomorrow',
		tomorow: 'tomorrow',
		tommorow: 'tomorrow',
		tonite: 'tonight',
		cuz: 'because',
		bc: 'because',
		coz: 'because',
		wanna: 'want to',
		gonna: 'going to',
		gotta: 'got to',
		ima: 'im going to',
		imma: 'im going to',
		kms: 'kill myself',
		// "unalive" stays as typed: crisis.en.ts reads it on its own. Texting forms of the words crisis turns on.
		unalived: 'killed',
		tryna: 'trying to',
		finna: 'going to',
		gunna: 'going to',
		gon: 'going to',
		prolly: 'probably',
		rly: 'really',
		ppl: 'people',
		every1: 'everyone',
		no1: 'no one',
		some1: 'someone',
		any1: 'anyone',
		'2nite': 'tonight',
		'2day': 'today',
		'2morrow': 'tomorrow',
		idc: 'i dont care',
		dnt: 'dont',
		ded: 'dead',
		sry: 'sorry',
		srry: 'sorry',
		soz: 'sorry',
		thx: 'thanks',
		idk: 'i dont know',
		b4: 'before',
		nite: 'night',
		alot: 'a lot',
		tho: 'though'
	},
	es: {
		q: 'que',
		k: 'que',
		ke: 'que',
		qe: 'que',
		xq: 'porque',
		pq: 'porque',
		xk: 'porque',
		porq: 'porque',
		x: 'por',
		tb: 'tambien',
		tmb: 'tambien',
		d: 'de',
		toy: 'estoy',
		tas: 'estas',
		ta: 'esta',
		pa: 'para',
		dnd: 'donde',
		xfa: 'por favor',
		porfa: 'por favor',
		porfis: 'por favor',
		plis: 'por favor',
		pls: 'por favor',
		msj: 'mensaje',
		hrs: 'horas',
		mnn: 'manana',
		mna: 'manana'
	}
};

// English two-word forms and the one-word form people also type, so a pattern needs only "im", "dont", "cant".
// Every message gets these: English crisis patterns run on every message, and these never occur in Spanish.
export const phrases: Record<string, string> = {
	// Listed first so that "i would not" becomes "i wouldnt", not "id not".
	'i would not': 'i wouldnt',
	'i will not': 'i wont',
	'you will not': 'you wont',
	'i am': 'im',
	'you are': 'youre',
	'they are': 'theyre',
	'he is': 'hes',
	'she is': 'shes',
	'it is': 'its',
	'that is': 'thats',
	'what is': 'whats',
	'do not': 'dont',
	'does not': 'doesnt',
	'did not': 'didnt',
	'can not': 'cant',
	cannot: 'cant',
	'could not': 'couldnt',
	'will not': 'wont',
	'would not': 'wouldnt',
	'is not': 'isnt',
	'was not': 'wasnt',
	'are not': 'arent',
	'have not': 'havent',
	'i will': 'ill',
	'you will': 'youll',
	'i would': 'id'
};
