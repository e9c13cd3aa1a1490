// Crisis said without saying it: "I've made up my mind. I'm not scared anymore. Goodbye." No single phrase here
// is a crisis (people say goodbye, give up on a job, are tired of fighting), but two different ones in the same
// message are, so crisis.ts counts these only in pairs. Both languages, since both run on every message.

import { joke } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';
import type { CrisisCategory, CrisisLevel } from './types.ts';

// Two hints together read as a farewell: a decision, a goodbye, things put in order. Hints of despair alone
// (no way out, what's the point, nobody cares) make a concern; one farewell hint among them makes it urgent.
const hint = (pattern: RegExp, level: CrisisLevel = 'urgent', category: CrisisCategory = 'farewell'): CrisisRule => ({
	level,
	category,
	re: pattern,
	negatable: false,
	unless: guard`${joke}`
});

export const crisisHints: CrisisRule[] = [
	hint(
		re`\b(?:goodbye|good bye|bye forever|adios)\b(?! (?:for now|see you|until|til|till|tomorrow|later|por ahora|hasta|nos vemos))`
	),
	hint(
		re`\b(?:made up my mind|my mind is made up|ive decided|ya (?:lo )?decidi|ya decidi|ya tome (?:la|una) decision|lo tengo decidido)\b`
	),
	hint(
		re`\b(?:(?:im|i am) not (?:scared|afraid) anymore|no longer (?:scared|afraid)|(?:ya )?no (?:tengo|siento) miedo)\b`
	),
	hint(
		anyOf(
			r`\b(?:cant|cannot) (?:take|do|handle|bear|stand) (?:it|this|this pain|the pain|life|this life)(?: \w+)? (?:anymore|any longer)\b`,
			r`\bya no (?:aguanto|puedo mas|soporto|doy mas)\b`
		),
		'concern',
		'trapped'
	),
	hint(
		re`\b(?:no way out|hopeless|no hope left|i give up|giving up on (?:life|everything)|done fighting|tired of fighting|tired of everything|no (?:hay|veo) (?:salida|esperanza)|sin esperanza|me rindo|cansad[oa] de (?:todo|luchar|pelear))\b`,
		'concern',
		'trapped'
	),
	hint(re`\b(?:i have a plan|ive planned it|tengo un plan|tengo todo (?:listo|preparado|planeado))\b`),
	hint(re`\b(?:i know what (?:im going to|ill) do|do it tonight|ya se lo que voy a hacer|esta noche lo hago)\b`),
	hint(re`\b(?:sorry for everything|forgive me for everything|perdon(?:enme|ame|a)? por todo)\b`),
	hint(
		anyOf(
			r`\b(?:take care of|look after|cuid(?:a|an|en|ame|enme|anme) a) (?:my|the|mi|mis|los|las) (?:dog|cat|kids|babies|baby|son|daughter|pets?|mom|dad|mother|father|perro|perra|gato|gata|hijos?|hijas?|ninos|mascotas?|mama|papa)\b`,
			r`\btake care of (?:mom|dad)\b`
		)
	),
	hint(anyOf(r`\bwant out\b(?! of (?:the|this|my|that))`, r`\bquiero (?:salir de todo|irme de este mundo)\b`)),
	hint(
		re`\b(?:whats the point|no point anymore|(?:dont|cant) see the point|no le (?:encuentro|veo) (?:el )?sentido|nada tiene sentido|para que seguir)\b`,
		'concern',
		'passive_wish'
	),
	hint(
		re`\b(?:nobody (?:cares|would care|loves me|needs me)|no one (?:cares|would care|needs me)|nadie me (?:quiere|necesita)|a nadie le importo)\b`,
		'concern',
		'worthless'
	),
	hint(
		anyOf(
			r`\b(?:gave|giving|given) (?:my|all my) (?:things|stuff|clothes) away\b`,
			r`\b(?:gave away|giving away) (?:my|all my)\b`,
			r`\b(?:regale|regalando|regalado) (?:mis|todas mis) cosas\b`
		)
	),
	hint(anyOf(r`\bwant (?:you|\w+) to have (?:my|it|this|them|these)\b`, r`\bquiero que te quedes con mi\b`)),
	// English: things left where they can be found, thanks said as a last word, the papers and the title.
	hint(
		anyOf(
			r`\b(?:is|are) in (?:the|my) (?:sock |top |bottom |kitchen |nightstand )?(?:drawer|glovebox|glove box|safe|fireproof box|lockbox)\b`,
			r`\b(?:title|deed|pink slip|papers|keys?|passwords?)(?: to (?:the|my) \w+)? (?:is|are) (?:in|on|under|by) (?:the|my)\b`,
			r`\bin (?:your|her|his) name\b`
		)
	),
	hint(
		anyOf(
			r`\b(?:just )?want(?:ed)? to (?:say )?thank you\b(?! for (?:the|dinner|lunch|coming|the ride|the money|picking))`,
			r`\bthank you for everything\b`,
			r`\byou were (?:the best|a good|always (?:a|the))\b`
		)
	),
	hint(re`\bbye\b(?=\s*[.!]*\s*$)`),
	hint(re`\btell (?:\w+ ){1,2}(?:that )?i (?:forgive|love (?:them|him|her|you|em)\b)`),
	hint(re`\b(?:go to sleep|sleep|dormir(?:me)?) (?:and be done|y ya)\b`),
	hint(anyOf(r`\b(?:everything|all) (?:is )?in order\b`, r`\btodo en orden\b`)),
	hint(anyOf(r`\bmy will\b(?! ?power)`, r`\btestamento\b`)),
	hint(
		anyOf(
			r`\b(?:\w+day|tonight|tomorrow) is the day\b`,
			r`\b(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|hoy|manana|esta noche) lo hago\b`
		)
	),
	hint(
		anyOf(
			r`\b(?:just )?wanted (?:you )?to (?:know|say) (?:that )?i love you\b`,
			r`\bi love you all\b`,
			r`\bsolo queria (?:que supieras|decirte) que te (?:quiero|amo)\b`,
			r`\blos (?:quiero|amo) a todos\b`
		)
	),
	hint(anyOf(r`\bwont be needing\b`, r`\bya no (?:lo|la|los|las) voy a necesitar\b`)),
	hint(
		anyOf(
			r`\bcome (?:get|pick up) (?:the|my) (?:dog|cat|stuff|things)\b`,
			r`\bvenir por (?:el|mi) (?:perro|gato|cosas)\b`
		)
	),
	hint(
		anyOf(
			r`\btell (?:the kids|my kids|mom|dad|everyone|them|her|him|\w+) (?:that )?im sorry\b`,
			r`\bdi(?:les|le|ganle|ganles) (?:a \w+ (?:\w+ )?)?que lo siento\b`
		)
	),
	hint(anyOf(r`\b(?:not going to be|wont be) (?:here|around|there) for\b`, r`\bno voy a estar (?:para|en)\b`)),
	hint(anyOf(r`\bdont wait (?:for me|up)\b`, r`\bno me esper(?:en|es)\b`)),
	hint(anyOf(r`\b(?:have|got) it (?:all )?figured out\b`, r`\blo tengo (?:todo )?(?:pensado|planeado)\b`)),
	hint(
		anyOf(
			r`\bpronto (?:todo )?(?:va a )?(?:terminar|acabar|se acaba)\b`,
			r`\b(?:soon|tonight) it (?:will|ll) (?:all )?(?:end|be over)\b`
		)
	),
	hint(re`\b(?:no me (?:busquen|busques)|no hay vuelta atras|ya lo tengo decidido)\b`),
	hint(
		re`\bya (?:compre|consegui|tengo) (?:las pastillas|las pepas|la soga|la cuerda|el veneno|la pistola|el arma|todo lo que necesito)\b`
	)
];
