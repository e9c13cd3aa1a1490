// Spanish intent: suicide said plainly, in slang and across regions, decided, or as "desvivirse".

import { hyperboleEs, joke, news, past, pastEs, reported } from './guards.ts';
import { anyOf, guard, r, type CrisisRule } from './rules.ts';

// Suicide said plainly.
export const suicideSaid: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
			r`(?<!(?:va|van|vas|iba|iban|vaya) a )\bmatarme\b(?! (?:trabajando|estudiando|de|a trabajar))`,
			r`\bme (?:voy a|quiero) matar\b(?! (?:trabajando|estudiando|de))`,
			r`\b(?:quitarme|me quito|me voy a quitar) la vida\b`,
			r`\b(?:acabar|terminar) con mi vida\b`,
			r`\b(?:ahorcarme|me ahorco|me voy a ahorcar|envenenarme)\b`,
			r`\b(?:pegarme|darme|me pego|me doy) un tiro\b`,
			r`\bvolarme la cabeza\b`,
			r`\b(?:cortarme|me corto|me corte) las venas\b`
		),
		unless: guard`${reported}|${past}|${pastEs}|${joke}|${hyperboleEs}`
	},
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
			r`\b(?:si|ya|mejor|hoy|esta noche|voy y|juro que|o|posta|neta|fue|decidido que)[ ,]+(?:\w+,? ){0,4}?me mato\b(?! (?:trabajando|estudiando|de|a|en|por|con el|con la|con los))`,
			r`\bme mato yo\b`,
			r`\b(?:hoy|esta noche) (?:termino|acabo) con (?:todo|esto|mi vida)\b`
		),
		unless: guard`${joke}`
	}
];

// Ending it all, said without a method: intent.
export const endingItAll: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
			r`\bacabar con (?:todo|esta vida|mi sufrimiento)\b`,
			r`\bacabar con esto (?:esta noche|hoy|para siempre|de una vez por todas)\b`
		),
		negatable: false,
		unless: guard`${past}`
	}
];

// Intent in slang and across regions: "me quiero matar posta", "me voy a aventar", "quitarme de en medio",
// "ctb", "kms" (not "20 kms"), a decision taken, "esta vez no voy a fallar".
export const intentInSlang: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
			r`\bsu(?:is|s|ics)id\w*`,
			r`\bctb\b`,
			r`\bkms\b(?<![\d.,] ?kms)(?! (?:de|por|hasta|en|al|a la|mas|menos|\d))`,
			r`\b(?:volarme|me vuelo|me voy a volar) (?:los sesos|la tapa de los sesos|la cabeza)\b`,
			r`\b(?:pegarme|darme|meterme|me pego|me doy|me meto|me voy a pegar|me voy a dar) (?:un (?:tiro|balazo|plomazo|tiroteo)|un tiro en la cabeza)\b`,
			r`\b(?:colgarme|me cuelgo|me voy a colgar|me quiero colgar)\b(?! (?:el telefono|la llamada|el cel|de (?:la llamada|tu cuello)))`,
			r`\besta vez (?:si )?(?:no (?:voy a|me voy a) fallar|lo hago bien|lo logro|va en serio lo de matarme)\b`,
			r`\b(?:ya )?(?:tengo decidido|decidi|me decidi a|ya me decidi a) (?:que |q )?(?:\w+ ){0,3}?(?:me mato|matarme|quitarme|acabar con todo|hacerlo|irme)\b`,
			r`\b(?:ponerle|darle|poner) (?:fin|punto final) a (?:mi vida|todo|esto|mi sufrimiento)\b`,
			r`\b(?:voy a|quiero|pienso) (?:acabar|terminar) con (?:todo|mi vida|mi sufrimiento)\b(?! (?:lo que|eso|la relacion|el|la))`,
			r`\bya no hay nada que me detenga\b`,
			r`\b(?:hoy|esta noche|manana) si lo hago\b`,
			r`\b(?:ya )?no me (?:echo|hecho|voy a echar) (?:para|pa) atras\b`,
			r`\bno (?:pienso|voy a) estar (?:para|pa) cuando\b`,
			r`\bdecidi (?:poner\w*|darle) (?:fin|punto final)\b`,
			r`\b(?:me voy a|quiero|voy a) (?:ir|irme) de este mundo\b`,
			r`\bno (?:voy a|pienso) (?:amanecer|llegar a manana|ver (?:el|otro) (?:amanecer|dia))\b`,
			r`\b(?:hoy|este) es mi ultimo dia\b(?! (?:de|en) (?:trabajo|clases|la chamba|el trabajo|vacaciones))`,
			r`\b(?:voy a|estoy a punto de|me voy a) (?:hacer una locura|hacer una tonteria|cometer una locura)\b`,
			r`\b(?:tomar|tomo|tome) la (?:salida facil|decision final)\b`,
			r`\b(?:esta|hoy|esta noche) (?:es|sera) mi ultima noche\b`,
			r`\bque parezca (?:un )?accidente\b`,
			r`\b(?:para|pa) (?:que )?no sobreviv\w+`,
			r`\bvoy a hacerlo\b(?=[^]{0,60}\b(?:hoy si|esta noche|ya se que te dije que no))`
		),
		unless: guard`${reported}|${joke}|${news}|\b(?:prevencion|campana|linea|taller|charla)\b`
	}
];

// "Desvivirse" used as "unalive": "esta noche me desvivo y ya". The word is itself the joking register for
// suicide, so laughter beside it does not make it a joke; "me desvivo por ti" (going out of one's way) is kept out.
export const unaliveSaid: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
			r`\b(?:desvivirme|me (?:voy a |quiero |pienso )?desvivir|me desvivo|unalivearme|me (?:voy a |quiero )?unalive\w*)\b(?! (?:por|para|pa|en|de|con|trabajando|atendiendo|cuidando))`
		),
		unless: guard`${reported}|${news}|${past}`
	}
];
