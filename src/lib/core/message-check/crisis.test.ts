import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import type { MessageCheck, MessageLocale } from './types.ts';

const isCrisis = (text: string, locale: MessageLocale = 'en'): boolean => checkMessage(text, locale).crisis;

/** Every crisis span is the text at its own offsets. */
function expectExactSpans(text: string, check: MessageCheck): void {
	for (const span of check.crisisSpans) expect(text.slice(span.start, span.end)).toBe(span.quote);
}

describe('crisis language', () => {
	it.each([
		['en', 'I wrote letters for everyone. This is goodbye.'],
		['en', 'i wish i could just go to sleep and never wake up'],
		['en', 'You would all be better off without me.'],
		['en', 'I have my pills saved up, enough to not wake up'],
		['en', 'Looked up how many of my pills it would take'],
		['en', 'Standing on the bridge. Wanted to hear your voice one last time.'],
		['en', 'he took something and his lips are turning blue'],
		['en', 'Day 3 no drink and I am shaking so bad, seeing things that are not there'],
		['en', 'If you call the cops again I will kill you.'],
		['en', 'The guys I owe money to said I am a dead man'],
		['en', "I've made up my mind. I'm not scared anymore. Goodbye."],
		['es', 'Ojalá no despertar mañana.'],
		['es', 'Estarían mejor sin mí.'],
		['es', 'Me tomé todo el frasco de pastillas'],
		['es', 'no respira y tiene los labios morados'],
		['es', 'Si vuelves a llamar a la policía te mato.'],
		['es', 'Ya tengo todo listo para acabar con esto esta noche']
	] as const)('in %s, "%s" is a crisis', (locale, text) => {
		const check = checkMessage(text, locale);
		expect(check.crisis).toBe(true);
		expect(check.crisisSpans.length).toBeGreaterThan(0);
		expectExactSpans(text, check);
	});

	it.each([
		"I'm dying to see you",
		'this job is killing me',
		'dead tired after a double shift',
		"I'd kill for a cup of your coffee right now lol",
		"I'm going to kill it at this interview",
		'That movie was so sad I wanted to die lol',
		'Mom is going to kill me when she finds out about the tattoo'
	])('in English, the idiom "%s" is not a crisis', (text) => {
		expect(checkMessage(text, 'en').crisis).toBe(false);
	});

	it.each([
		'me muero de ganas de verte',
		'me mata la espera',
		'ese chiste me mató jajaja',
		'Estoy muerto de cansancio',
		'Mi jefe me va a matar si llego tarde otra vez'
	])('in Spanish, the idiom "%s" is not a crisis', (text) => {
		expect(checkMessage(text, 'es').crisis).toBe(false);
	});

	it('a past overdose told as part of recovery is not a crisis, but an overdose now is', () => {
		expect(checkMessage('Two years ago I overdosed. Today I got my two-year chip.', 'en').crisis).toBe(false);
		expect(checkMessage('Hace un año tuve una sobredosis; hoy cumplo un año limpio.', 'es').crisis).toBe(false);
		expect(checkMessage('I think I overdosed, help', 'en').crisis).toBe(true);
	});

	it('news about other people is not a crisis', () => {
		expect(checkMessage('Did you see the news about the overdoses downtown?', 'en').crisis).toBe(false);
		expect(checkMessage('Vi en las noticias lo de las sobredosis en el barrio', 'es').crisis).toBe(false);
	});

	it('a negated or reported statement is not a crisis', () => {
		const reported = 'My therapist asked about suicidal thoughts and I told her honestly I don\u2019t have any.';
		expect(checkMessage(reported, 'en').crisis).toBe(false);
		expect(checkMessage("I'm not going to hurt myself, I promise", 'en').crisis).toBe(false);
		expect(checkMessage('No me voy a hacer daño, te lo juro', 'es').crisis).toBe(false);
		expect(checkMessage("I'm going to hurt myself", 'en').crisis).toBe(true);
	});

	it('a run of pill emoji after a goodbye is an overdose, and the emoji are what it quotes', () => {
		const text = 'im sorry for everything. tell mom i loved her. 💊💊💊';
		const check = checkMessage(text, 'en');
		expect(check.crisis).toBe(true);
		expect(check.crisisSpans.map((span) => span.quote)).toContain('💊💊💊');
		expectExactSpans(text, check);
	});

	it('crisis language is found whichever language the message is marked as', () => {
		expect(checkMessage('me quiero morir', 'en').crisis).toBe(true);
		expect(checkMessage('I want to kill myself', 'es').crisis).toBe(true);
	});

	it('loneliness or sadness alone is not a crisis', () => {
		expect(checkMessage('I feel really alone lately and I miss you.', 'en').crisis).toBe(false);
		expect(checkMessage('Me siento muy sola y te extraño.', 'es').crisis).toBe(false);
	});
});

describe('crisis by concept', () => {
	it('a firearm is a crisis, but not in an idiom, a toy or a hunting trip', () => {
		expect(isCrisis("I've got my dad's pistol with me")).toBe(true);
		expect(isCrisis('La pistola está cargada y la tengo aquí', 'es')).toBe(true);
		expect(isCrisis("I'm sticking to my guns about rehab")).toBe(false);
		expect(isCrisis('Water gun fight with the kids today')).toBe(false);
		expect(isCrisis('Went hunting with Dad, I just carried his rifle')).toBe(false);
	});

	it('pills taken by the handful or all at once are a crisis', () => {
		expect(isCrisis('I took the whole week of my meds at once')).toBe(true);
		expect(isCrisis('Me tomé un puño de pastillas', 'es')).toBe(true);
		expect(isCrisis('I take my meds every morning, two pills, like the doctor said')).toBe(false);
	});

	it('a sign of an overdose counts when something was taken, and not otherwise', () => {
		expect(isCrisis('took some pills and now I cant feel my legs')).toBe(true);
		expect(isCrisis('me metí fentanilo y todo me da vueltas', 'es')).toBe(true);
		expect(isCrisis("I can't feel my toes, it's freezing at the bus stop")).toBe(false);
		expect(isCrisis('The new meds make my hands numb sometimes, my psychiatrist knows')).toBe(false);
	});

	it('shaking in withdrawal is a crisis, but not once it is over or when staff are watching', () => {
		expect(isCrisis("Day 2 without a drink and I can't stop shaking")).toBe(true);
		expect(isCrisis('Llevo dos días sin tomar y no paro de temblar', 'es')).toBe(true);
		expect(isCrisis('Detox was rough, I was shaking for days, but it is over')).toBe(false);
		expect(isCrisis('The nurse says the shaking is normal on day 2 of detox')).toBe(false);
	});

	it('two quiet signs of a goodbye together are a crisis, and one alone is not', () => {
		expect(isCrisis("I've made up my mind. Goodbye.")).toBe(true);
		expect(isCrisis('Ya lo decidí. Cuiden a mi perro.', 'es')).toBe(true);
		expect(isCrisis('Goodbye for now, see you Sunday after my meeting')).toBe(false);
		expect(isCrisis("I've made up my mind about the job offer")).toBe(false);
	});

	it("someone else's emergency told calmly is not a crisis, an overdose in the ER is", () => {
		expect(isCrisis("In the ER with Grandma, she fell but she's okay")).toBe(false);
		expect(isCrisis("He's in the ER, he took too many pills")).toBe(true);
	});

	it('a threat against a named person is a crisis, whoever makes it', () => {
		expect(isCrisis("My brother says he's going to shoot my dad")).toBe(true);
		expect(isCrisis('Mi hermano dice que va a matar a mi papá', 'es')).toBe(true);
	});

	it('a burden said in passing is not a crisis, being better off gone is', () => {
		expect(isCrisis("I know I'm a burden sometimes asking for rides")).toBe(false);
		expect(isCrisis("Everyone's life would be easier without me in it")).toBe(true);
		expect(isCrisis('I used to think everyone would be better off without me. Not anymore.')).toBe(false);
	});
});
