import { describe, expect, it } from 'vitest';
import { checkMessage } from './check.ts';
import type { SignalKind } from './types.ts';

// Spanish pressure and guilt as a loved one writes it, across regions (voseo, México, the Caribbean, Colombia,
// Spain), with "q", "xq" and no accents. Written for these tests, not copied from the data.

const kinds = (text: string): SignalKind[] => checkMessage(text, 'es').signals.map((signal) => signal.kind);

describe('Spanish pressure', () => {
	it.each([
		'necesito q me deposites hoy, no mañana',
		'mandame la plata ya',
		'depositame ahorita porfa, es para la renta',
		'lo necesito esta noche sin falta',
		'tiene que ser esta noche, después ya no sirve',
		'contestame o si no voy para allá',
		'vení ya, no te hagas',
		'tenés hasta las 8 para decidir',
		'respondé de una vez, no tengo todo el día',
		'pásame la lana ya mismo',
		'ya no aguanto más, haceme la transferencia',
		'es la última vez que te lo pido',
		'ahorita o nunca, tú decides',
		'no me hagas esperar más',
		'dale, rápido, que me cortan la luz hoy'
	])('"%s" is pressure', (text) => {
		expect(kinds(text)).toContain('pressure');
	});

	it.each([
		'esta noche voy a la junta de las ocho',
		'mañana te paso a ver si querés',
		'ya fui al grupo, todo bien',
		'hoy cumplo dos meses limpio'
	])('"%s" is not pressure', (text) => {
		expect(kinds(text)).not.toContain('pressure');
	});
});

describe('Spanish guilt', () => {
	it.each([
		'si de verdad me quisieras me ayudarías',
		'si me quisieras aunque sea tantito no me dejarías así',
		'si en serio te importara, me contestarías',
		'después de todo lo que hice por vos, así me pagás',
		'qué clase de madre deja a su hijo en la calle',
		'todos me perdonaron menos tú',
		'nunca estás cuando te necesito',
		'una buena hermana no haría esto',
		'si te importo aunque sea un poco, mandame algo',
		'vos sabés que sin tu ayuda me quedo en la calle'
	])('"%s" is guilt', (text) => {
		expect(kinds(text)).toContain('guilt');
	});

	it.each(['te quiero mucho, gracias por la comida del domingo', 'mi mamá me ayudó con el papeleo'])(
		'"%s" is not guilt',
		(text) => {
			expect(kinds(text)).not.toContain('guilt');
		}
	);

	it('"ya no aguanto más" alone is pressure, not a crisis', () => {
		const check = checkMessage('ya no aguanto más, contestame', 'es');
		expect(check.crisis).toBe(false);
		expect(check.signals.map((signal) => signal.kind)).toContain('pressure');
	});
});
