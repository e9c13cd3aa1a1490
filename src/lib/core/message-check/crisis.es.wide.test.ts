import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import { crisisEsWide } from './crisis.es.wide.ts';
import { negations } from './negation.ts';
import { fold } from './normalize.ts';
import { ruleMatches } from './rules.ts';
import type { CrisisCategory } from './types.ts';

// Spanish crisis language said by concept, written for this test in several regions' Spanish (not taken from
// any data set): a means with a sign it is meant for the writer, a goodbye with a sign it is final, a threat,
// and the ground a wish to die grows in. Each must be a crisis of its category for the whole check; the wide
// rules keep only what the other Spanish rules miss, and alone they must raise none of the hard negatives.

/** The categories the wide rules alone find in a message. */
function wideCategories(text: string): CrisisCategory[] {
	const folded = fold(text, 'es').text;
	return crisisEsWide.filter((rule) => ruleMatches(folded, rule, negations.es).length > 0).map((rule) => rule.category);
}

const cases: [CrisisCategory, string][] = [
	['intent', 'ya tengo decidido que el viernes le pongo punto final a todo'],
	['intent', 'me quiero ir de este mundo y ya sé cómo'],
	['intent', 'lo tengo planeado, no paso de esta noche'],
	['method', '¿cuántas de clonazepam hacen falta pa no despertar?'],
	['method', 'fui juntando las pastillas de mi abuela, ya tengo el frasco lleno'],
	['method', 'estoy sentado en la baranda del puente mirando para abajo'],
	['method', 'compré una soga y ya vi que la viga del garaje aguanta'],
	['farewell', 'te quedás con mi bici y la campera, gracias por bancarme tantos años'],
	['farewell', 'la clave del banco está en la libreta azul, lo que sobre se lo reparten'],
	['farewell', 'ya no los voy a necesitar, regálenselos a los chamacos'],
	['overdose', 'me tomé 25 ibuprofenos hace una hora'],
	['overdose', 'mezclé las pastillas con el ron y no siento las piernas'],
	['self_harm_now', 'me volví a cortar los brazos con la gillette'],
	['self_harm_now', 'me estoy quemando con el encendedor otra vez'],
	['withdrawal', 'tres días sin guaro y veo bichos en la pared'],
	['threat', 'a ese man le voy a romper la cara cuando lo vea'],
	['threat', 'dicen los del gota a gota que si no pago me matan'],
	['passive_wish', 'me da igual vivir o morir, la verdad'],
	['passive_wish', 'ojalá un día no me despierte'],
	['worthless', 'soy una basura, no sirvo para nada'],
	['worthless', 'me doy asco, todo lo que toco lo arruino'],
	['burden', 'estarían mucho más tranquilos sin mí'],
	['burden', 'solo les traigo problemas, les quito un peso si me voy'],
	['trapped', 'no veo la salida por ningún lado'],
	['trapped', 'estoy atrapada en un pozo sin fondo'],
	['self_harm_past', 'mi último intento fue en agosto y últimamente lo vuelvo a pensar']
];

// Hard negatives: hyperbole, a wish for a while, news, recovery, everyday handing-over and worry.
const notCrises: string[] = [
	'el tráfico fue pa suicidarse jaja',
	'me muero de risa con tu audio',
	'quiero desaparecer hasta el lunes, semana horrible',
	'salió en las noticias que un chavo se tiró del puente',
	'hace tres años intenté matarme y hoy estoy bien, con trabajo y familia',
	'ya no me corto, llevo dos años limpia',
	'cuídame a la gata el finde que me voy de viaje',
	'te dejo las llaves con el portero, gracias',
	'la clave del wifi está en el refri',
	'compré raticida porque hay ratones en la bodega',
	'¿cuántas pastillas de ibuprofeno me puedo tomar para el dolor de muela?',
	'estoy atrapado en el tráfico, llego tarde',
	'no encuentro la salida del estacionamiento',
	'soy un desastre con las fechas, perdón',
	'mi hijo dice que se va a matar estudiando para el examen',
	'mi novio me dice que soy una inútil y me empuja'
];

describe('Spanish crisis rules by concept', () => {
	it.each(cases)('%s: "%s"', (category, text) => {
		const check = checkMessage(text, 'es');
		expect(check.crisis).toBe(true);
		expect([...wideCategories(text), ...check.crisisSpans.map((span) => span.category)]).toContain(category);
		for (const span of check.crisisSpans) expect(text.slice(span.start, span.end)).toBe(span.quote);
	});

	it.each(notCrises)('not raised by the wide rules: "%s"', (text) => {
		expect(wideCategories(text)).toEqual([]);
	});
});
