import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import type { CrisisCategory, CrisisLevel } from './types.ts';

// Spanish crisis language at its level and category, across regions (voseo, México, the Caribbean, Colombia,
// Spain, Spanglish) and spellings ("q", "xq", no accents). Written for these tests in our own words, not copied
// from any data set: the rules are meant to read patterns, not these sentences.

const cases: Array<[CrisisLevel, CrisisCategory, string]> = [
	// urgent
	['urgent', 'intent', 'me voy a matar, ya lo decidí'],
	['urgent', 'intent', 'boluda me quiero matar posta, no doy más'],
	['urgent', 'intent', 'ya fue todo, esta noche me mato'],
	['urgent', 'intent', 'estoy pensando seriamente en suicidarme'],
	['urgent', 'intent', 'tengo decidido q el viernes me mato'],
	['urgent', 'intent', 'loco ya me voy a matal, no aguanto ma'],
	['urgent', 'method', 'cual es la forma mas rapida de morir sin q duela'],
	['urgent', 'method', 'cuántas pastillas de clonazepam se necesitan pa no despertar'],
	['urgent', 'method', 'q pasa si mezclo cloro con amoniaco en el baño cerrado'],
	['urgent', 'method', 'me voy a aventar del puente de la autopista'],
	['urgent', 'method', 'llevo una hora parado en las vías del tren'],
	['urgent', 'method', 'tengo guardadas las pastillas de mi abuela, ya las conté'],
	['urgent', 'farewell', 'ya escribí las cartas, están en el cajón de la cocina'],
	['urgent', 'farewell', 'esta noche se acaba todo, gracias por todo hermana'],
	['urgent', 'farewell', 'aguanto hasta navidad y después ya'],
	['urgent', 'farewell', 'la bici quedatela vos, yo ya no la voy a necesitar'],
	['urgent', 'overdose', 'me tomé todo el frasco de rivotril hace media hora'],
	['urgent', 'overdose', 'mi hermano no respira y tiene los labios morados'],
	['urgent', 'self_harm_now', 'me volví a cortar anoche, no le digas a mamá'],
	['urgent', 'self_harm_now', 'otra vez con los cortes en las piernas, se sentía bien'],
	['urgent', 'withdrawal', 'tres días sin tomar y me tiemblan las manos, veo bichos en la pared'],
	['urgent', 'threat', 'al q se lleve a mis hijos lo lastimo, te lo juro'],
	['urgent', 'threat', 'si me dejas te mato'],
	['urgent', 'threat', 'los del barrio dicen q si no pago me matan'],
	// concern
	['concern', 'passive_wish', 'quisiera dormirme y ya no despertar nunca'],
	['concern', 'passive_wish', 'a veces deseo nunca más despertar'],
	['concern', 'passive_wish', 'no quiero ni existir, la neta'],
	['concern', 'passive_wish', 'la vida no tiene sentido sin ella'],
	['concern', 'passive_wish', 'ya me cansé de vivir, mija'],
	['concern', 'passive_wish', 'pa q sigo respirando si nada cambia'],
	['concern', 'worthless', 'no valgo nada, nunca he valido nada'],
	['concern', 'worthless', 'parce no sirvo pa nada, todo lo daño'],
	['concern', 'worthless', 'soy una basura de hija y lo sé'],
	['concern', 'burden', 'todos estarían mejor sin mí, en serio'],
	['concern', 'burden', 'me siento una carga para toda la familia'],
	['concern', 'trapped', 'no hay salida, tío, no veo cómo salir de esta'],
	['concern', 'trapped', 'estoy atrapada y esto nunca va a cambiar'],
	['concern', 'self_harm_past', 'yo antes me cortaba y últimamente me vuelven las ganas'],
	['concern', 'self_harm_past', 'mi último intento fue hace un año y todavía lo pienso']
];

describe('Spanish crisis levels and categories', () => {
	it.each(cases)('%s / %s: "%s"', (level, category, text) => {
		const check = checkMessage(text, 'es');
		expect(check.crisis, 'crisis').toBe(true);
		expect(check.level, 'level').toBe(level);
		expect(
			check.crisisSpans.map((span) => span.category),
			'category'
		).toContain(category);
		for (const span of check.crisisSpans) expect(text.slice(span.start, span.end)).toBe(span.quote);
	});
});

describe('Spanish hard negatives', () => {
	it.each([
		'me muero de risa con tu video jajaja',
		'este trabajo me mata, llevo doce horas',
		'ese examen me mató, no sé ni cómo lo pasé',
		'me quiero morir de la vergüenza jaja',
		'qué oso, me quiero morir',
		'quiero dormir y no despertar hasta el sábado',
		'me quiero desaparecer una semana a la playa',
		'vi en las noticias lo del tiroteo en el centro, qué horror',
		'hace tres años tuve una sobredosis, hoy llevo dos años limpio y ayudo en el grupo',
		'antes me cortaba pero ya llevo cuatro años sin hacerlo, gracias a la terapia',
		'ya me tomé mis pastillas de la presión, no te preocupes',
		'mi mamá me va a matar cuando vea la calificación',
		'no, no me voy a hacer daño, solo estoy cansado',
		'ya no aguanto más este calor',
		'le regalé mi ropa vieja a mi prima, ya no me quedaba',
		'caminé 10 kms hoy, estoy muerto'
	])('"%s" is not a crisis', (text) => {
		expect(checkMessage(text, 'es').crisis).toBe(false);
	});
});

describe('someone else hurting the writer is safety, not crisis', () => {
	it.each([
		'mi pareja me pega cuando llega tomado',
		'me empujó contra la pared y me dejó un moretón',
		'me agarró del cuello porque no le di la plata',
		'me tiene encerrada y me revisa el celular'
	])('"%s" is a safety span and not a crisis', (text) => {
		const check = checkMessage(text, 'es');
		expect(check.safetySpans.length).toBeGreaterThan(0);
		expect(check.crisis).toBe(false);
	});

	it('a threat to the writer’s life is both a safety span and a crisis threat', () => {
		const check = checkMessage('el dealer me dijo q si no le pago me va a matar', 'es');
		expect(check.safetySpans.length).toBeGreaterThan(0);
		expect(check.level).toBe('urgent');
		expect(check.crisisSpans.map((span) => span.category)).toContain('threat');
	});
});
