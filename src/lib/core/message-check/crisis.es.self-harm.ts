// Spanish self-harm now: cutting, burning or hitting oneself, bleeding that will not stop, harm as it is written.

import { otherHurtsEs, past, recoveredEs, reported } from './guards.ts';
import { anyOf, guard, r, type CrisisRule } from './rules.ts';

// Self-harm now.
export const selfHarmNow: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\bme (?:volvi|vuelvo|he vuelto|volvere) a cortar\b`,
			r`\bme (?:quiero|voy a) cortar\b(?! (?:el|la|las|los|un|una) (?:pelo|cabello|unas|barba|fleco|luz|agua|telefono|cable|rato))`,
			r`\bme hice dano\b(?! (?:en el|jugando|con la puerta))`,
			r`\bme (?:estoy|sigo) cortando\b`,
			r`\bme corte(?=\s*(?:$|[.!?,;]| y | otra vez| de nuevo| a proposito| los brazos| el brazo| las munecas| la muneca| las piernas| la pierna))`,
			r`\bcortarme\b(?<!\bsin cortarme)(?! (?:el|la|las|los) (?:pelo|cabello|unas|barba|fleco|luz|agua|gas|internet|telefono|linea|servicio|credito|dinero|apoyo|cable))`,
			r`\b(?:hacerme|me hago|me estoy haciendo) dano\b`,
			r`\blastimarme\b`,
			r`\bme lastimo a proposito\b`,
			r`(?<!\bsin )\bautolesi\w*`,
			r`\bme (?:quemo|queme|estoy quemando) (?:a proposito|con (?:cigarros|cigarrillos|el encendedor))\b`,
			r`\bme (?:hice|hago|estoy haciendo) (?:unos |mas |otros )?(?:cortes|cortadas|heridas)\b`
		),
		unless: guard`${reported}|${past}|${recoveredEs}|${otherHurtsEs}`
	},
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\bno (?:para|paro|deja|dejo|puedo parar) (?:de )?(?:sangrar|salir sangre)\b`,
			r`\bno (?:para|paro) la sangre\b`,
			r`\b(?:sangrando|sangro|sangre) (?:mucho|muchisimo|demasiado|por todos lados|sin parar)\b`,
			r`\bmucha sangre\b`
		),
		negatable: false
	}
];

// Self-harm now or again, in other words than "cortarme".
export const selfHarmInOtherWords: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\b(?:otra vez|de nuevo|volvi a|volvieron) (?:\w+ ){0,1}?(?:los cortes|las cortadas|el cutting|cortarme|quemarme|lastimarme)\b`,
			r`\b(?:el|al|con el|del|hacer(?:me)?|hago|hice|relapsed con el) cutting\b`,
			r`\bme (?:volvi|he vuelto) a (?:quemar|lastimar|golpear|morder|rasgunar|marcar)\b`,
			r`\bme (?:muerdo|rasguno|rasco|golpeo|pego|doy) (?:\w+ ){0,2}?(?:hasta que (?:sale|salga|sangr\w+|deje de)|hasta sangrar|contra la pared)\b`,
			r`\bme (?:estoy dando|doy|di) (?:contra la pared|de golpes|de cabezazos)\b`,
			r`\bme corto con\b`,
			r`\b(?:volvi|he vuelto|vuelvo|regrese|recai) (?:a|en) lo de (?:la |las |los |el )?(?:tijeras?|gillette|navaja|cuchillas?|cortes|cortarme|cutter|rastrillo|sacapuntas|encendedor)\b`,
			r`\b(?:estoy|ando) en el bano con (?:la|una) (?:gillette|navaja|cuchilla|rastrillo)\b`,
			r`\bya empece\b(?=[^]*\b(?:gillette|navaja|cuchilla|cortar\w*|sangr\w+)\b)`,
			r`\b(?:se siente|se sentia|sentia|siento) (?:\w+ ){0,2}?(?:bien|alivio|como que respiro)\b(?=[^.!?]*\bcort\w+)`,
			r`\bcortarme (?:se siente|se sentia|me calma|me alivia)\b`,
			r`\b(?:muneca|brazo|brazos|pierna|piernas|mano)\b(?: \w+){0,3}? (?:ampollas|en carne viva)\b`,
			r`\bhasta (?:sacarme|que me sale|que me salga|que sale) sangre\b`,
			r`\bme (?:queme|quemo)\b[^.!?]{0,30}\ba proposito\b`,
			r`\b(?:marcas frescas|(?:cortecitos|cortaditas|cortes) de hoy)\b`,
			r`\bel (?:ardor|dolor) me calma\b`
		),
		unless: guard`${reported}|${recoveredEs}|${otherHurtsEs}`
	}
];

// Self-harm happening as the message is written, with what it is done with somewhere in the message: "ahorita
// mismo lo estoy haciendo, no puedo parar". Laughter at the start does not undo it.
export const selfHarmAsWritten: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\b(?:ahorita|ahora|en este momento)(?: mismo)? (?:lo )?(?:estoy haciendo|me lo estoy haciendo)\b`,
			r`\blo estoy haciendo (?:ahorita|ahora|en este momento)\b`,
			r`\bte escribo (?:durante|mientras (?:lo hago|me corto|sangro))\b`
		),
		requires: guard`\b(?:tijeras?|gillette|navaja|cuchillas?|cutter|rastrillo|sacapuntas|cort\w+|sangr\w+|quem\w+|lastim\w+)\b`,
		unless: guard`${reported}|${recoveredEs}|${otherHurtsEs}`
	}
];
