// What each highlight means, in the message's language. Kept here rather than in the app's catalogues because
// this module is loaded on its own in the browser and must stay small. Calm, plain, and never a verdict: the
// words describe a pattern the guide names, not the person who wrote them.

import type { MessageLocale, SignalKind } from './types.ts';

export type Explanations = Record<SignalKind, string>;

const en: Explanations = {
	request: 'A request for something from you, like money, a place to stay, a ride or a favour.',
	apology: 'A promise or apology, with nothing concrete behind it yet.',
	action: 'A concrete step in recovery, taken or scheduled.',
	responsibility: 'Owning what happened, without putting it on you.',
	blame: 'Puts the cause on you or on someone else.',
	minimizing: 'Makes what happened sound smaller, or asks you to set it aside.',
	pressure: 'Urgency or an ultimatum. You do not owe an immediate answer.',
	guilt: 'Leans on your feelings or your role in the family.'
};

const es: Explanations = {
	request: 'Una petición de algo tuyo, como dinero, un lugar donde quedarse, transporte o un favor.',
	apology: 'Una promesa o disculpa, sin nada concreto detrás todavía.',
	action: 'Un paso concreto de recuperación, ya dado o programado.',
	responsibility: 'Reconoce lo que pasó, sin cargártelo a ti.',
	blame: 'Pone la causa en ti o en otras personas.',
	minimizing: 'Hace que lo ocurrido parezca menor, o te pide dejarlo de lado.',
	pressure: 'Prisa o un ultimátum. No debes una respuesta inmediata.',
	guilt: 'Se apoya en tus sentimientos o en tu papel en la familia.'
};

export const explanations: Record<MessageLocale, Explanations> = { en, es };
