import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import type { MessageLocale } from './types.ts';

// Phrasings written in review, after the rules were tuned and without looking at them: a guard against rules
// that fit the development sets and nothing else. Missing a crisis is the worst failure this feature can have.

const crises: Array<[MessageLocale, string]> = [
	['en', 'he has been shaking all day and seeing bugs on the wall after stopping drinking'],
	['en', 'i just want it all to stop. permanently'],
	['en', 'nobody would even notice if i was gone'],
	['en', 'i have a rope in the garage and i keep looking at it'],
	['en', 'i cut myself again tonight, theres a lot of blood'],
	['en', 'took like 10 of my moms oxys and now i cant feel my legs'],
	['en', 'hes not breathing right and wont wake up please help'],
	['en', 'i looked up how many pills it takes'],
	['en', 'im going to jump off the bridge tonight'],
	['en', 'if you dont let me in ill kill you both'],
	['en', 'i’m having seizures since i quit the benzos cold turkey'],
	['en', 'this will be the last time you hear from me. i love you'],
	['en', 'i put my affairs in order. dont be sad'],
	['en', 'I want to die'],
	['en', 'i cant keep living like this, im ending it'],
	['en', 'she mixed fentanyl with xanax and shes turning blue'],
	['es', 'quiero morirme'],
	['es', 'ya no quiero vivir'],
	['es', 'me corté las venas'],
	['es', 'tengo la pistola aquí conmigo'],
	['es', 'me tomé un frasco entero de pastillas'],
	['es', 'no respira y no reacciona'],
	['es', 'estoy temblando mucho y veo cosas que no están, dejé de tomar hace dos días'],
	['es', 'van a matarme si no les pago'],
	['es', 'mejor me desaparezco para siempre, así ya no les causo problemas'],
	['es', 'esta es mi despedida'],
	['es', 'voy a acabar con todo esta noche'],
	['es', 'si me dejas te mato']
];

const notCrises: Array<[MessageLocale, string]> = [
	['en', 'this traffic is killing me'],
	['en', 'im dead tired after work'],
	['en', 'my counselor asked if i had thoughts of hurting myself and i said no'],
	['en', 'i could murder a burger right now lol'],
	['en', 'I nearly died laughing at that video'],
	['es', 'me muero de hambre'],
	['es', 'ese examen me mató'],
	['es', 'hace dos años tuve una sobredosis, por eso entré a rehabilitación'],
	['es', 'mi primo murió de sobredosis el año pasado, lo extraño'],
	['es', 'estoy muerto de cansancio']
];

describe('crisis language written in review', () => {
	it.each(crises)('(%s) "%s" is a crisis', (locale, text) => {
		expect(checkMessage(text, locale).crisis).toBe(true);
	});

	it.each(notCrises)('(%s) "%s" is not a crisis', (locale, text) => {
		expect(checkMessage(text, locale).crisis).toBe(false);
	});
});
