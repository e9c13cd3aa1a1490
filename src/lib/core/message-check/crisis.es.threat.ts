// Spanish threats to a life: to kill or hurt someone, from others to the writer, a weapon got with a warning.

import { hyperboleEs, joke, news, past } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

// "Mi mamá me va a matar cuando vea el tatuaje" is an idiom; "si no pago me matan" is not.
const scolding = String.raw`\b(?:cuando|si) (?:se entere|se enteren|vea|vean|sepa|sepan|lo sepa|me vea|me vean|llegue|se de cuenta|sabe|ve)\b|\b(?:mi|tu) (?:mama|mami|papa|papi|jefe|jefa|esposa|esposo|mujer|novia|novio|abuel[oa]|maestr[oa]|herman[oa]|madre|padre|suegr[oa]) (?:me|nos) (?:va|iba) a matar\b`;

// A killing sworn or made conditional: "te juro que lo mato", "si vuelve lo mato".
export const killingSworn: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\b(?:lo|la|los|las) mato a\b`,
			r`\b(?:si|juro que|te juro que|ya) (?:\w+ ){0,5}?(?:lo|la|los|las) mato\b`
		),
		unless: guard`${joke}`
	}
];

// A threat to someone's life: from them, to them, or from others.
export const threatsToLife: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\bte (?:mato|matare|voy a matar)\b`,
			r`\bmatarte\b`,
			r`\b(?:voy a|vamos a) matar(?:lo|la|los|las)?\b(?! (?:trabajando|estudiando))`,
			r`\b(?:lo|la|los|las) (?:voy a matar|matare)\b`,
			r`\bjuro que (?:lo|la|los|las) mato\b`,
			r`\b(?:voy a|vamos a|quiero|ganas de) matar a\b`,
			r`\bse (?:donde|en donde) (?:vive|vives|viven|trabaja|trabajas|duerme)\b`,
			r`\b(?:quemar|quemo|quemare|voy a quemar) (?:tu|su|la) (?:casa|carro|coche)\b`,
			r`\b(?:ya )?(?:estas|eres) (?:hombre |mujer )?muert[oa]\b(?! (?:de|para))`
		),
		unless: guard`${joke}|\bmatar el tiempo\b`
	},
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\b(?:me|nos) (?:van a|va a|quieren|quiere|iban a|amenazaron con|amenazo con) matar\b(?! (?:de (?:hambre|risa|un susto|los nervios|aburrimiento)|con (?:tanta|tanto|esa|ese|sus|tus)))`,
			r`\b(?:va|van|quiere|quieren|vienen|viene) a matarme\b`,
			r`\bme (?:matan|mataran)\b(?! (?:de|con|los (?:pies|zapatos|tacones|nervios)|las (?:ganas|ansias)))`,
			r`\b(?:soy|es|eres) (?:hombre|mujer) muert[oa]\b`,
			r`\bamenaz\w* (?:de muerte|con matar\w*)\b`,
			r`\bme quieren (?:muert[oa]|matar)\b`,
			r`\b(?:peligra|temo por) mi vida\b`,
			r`\bmi vida (?:esta )?en peligro\b`
		),
		unless: guard`${joke}|${scolding}|${hyperboleEs}`
	},
	// A threat from others told with nervous laughter is still a threat: "jaja dice que me tira al canal".
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\bme (?:tira|van a tirar|va a tirar|tiran) al (?:canal|rio|mar)\b`,
			r`\bla proxima (?:visita|vez) no (?:es|va a ser) (?:pa|para) (?:cobrar|hablar|platicar)\b`
		),
		negatable: false,
		unless: guard`${scolding}`
	},
	// Stabbed or shot by someone: an emergency, not only a safety concern (safety.ts has the rest).
	{
		level: 'urgent',
		category: 'threat',
		re: re`\bme (?:apunalo|apunalaron|acuchillo|acuchillaron|disparo|dispararon|balearon|balaceo)\b`,
		unless: guard`${past}`
	}
];

// A threat to hurt someone, not only to kill: "al que me quite a mis hijos lo lastimo".
export const threatsToHurt: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\b(?:lo|la|los|las|le|les|te) (?:lastimo|voy a lastimar|lastimare|hago dano|voy a hacer dano|cago a (?:tiros|palos|trompadas|pinas)|abro la cabeza|rompo (?:la cara|la madre|el hocico|los huesos|la cabeza)|parto (?:la madre|la cara|la madre a golpes)|voy a (?:partir (?:la madre|la cara|el alma)|romper (?:la cara|la madre|el hocico|los huesos|la cabeza)|reventar|quebrar|pelar|cagar a)|reviento|quiebro|meto un (?:tiro|balazo|plomazo))\b`,
			r`\b(?:al|a la|a los) que (?:\w+ ){0,6}?(?:lo|la|los|las|le) (?:lastimo|mato|parto|rompo|cago|quiebro|reviento|abro)\b`,
			r`\b(?:le|les) prendo fuego (?:a )?(?:la|su|tu) casa\b`,
			r`\bprenderle fuego a (?:la|su|tu) casa\b`,
			r`\bvoy a hacer (?:un desastre|una locura|una masacre)\b(?=[^.!?]*\b(?:fuego|casa|matar|lastimar|si no)\b)`,
			r`\bno respondo (?:de mi|de lo que (?:haga|pase|le haga))\b`,
			r`\bno (?:sales|salis|vas a salir|sale) viv[oa]\b`,
			r`\bquem(?:ar|o|are)(?:lo|la|los|las)? viv[oa]s?\b`,
			r`\b(?:lo|la|los|las|te) (?:voy a dejar|dejo) tirad[oa]s?\b`,
			r`\bno me (?:hagas|hagan) ir a buscar(?:te|los|la|lo)\b`,
			r`\bya sabes lo que le paso al (?:otro|ultimo)\b`,
			r`\b(?:el|la) (?:cuchillo|navaja|pistola|fierro|cuete) (?:lo|la) (?:traigo|tengo|cargo)\b`,
			r`\bvas a ver lo que te (?:pasa|va a pasar)\b`,
			r`\b(?:lo|la|los|las|te) voy a (?:apunalar|acuchillar|balear|picar|rajar)\b`
		),
		unless: guard`${joke}|${hyperboleEs}|\bmatar el tiempo\b`
	},
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\b(?:me|nos) (?:van|va) a (?:pelar|quebrar|desaparecer|levantar|dar cuello|echar plomo|picar)\b`,
			r`\b(?:soy|es|eres) (?:hombre|mujer) muert[oa]\b`,
			r`\bno (?:salgo|voy a salir) viv[oa]\b`,
			r`\b(?:me|nos) matan\b(?! (?:de|con|los (?:pies|zapatos|tacones|nervios)|las (?:ganas|ansias)))`
		),
		negatable: false,
		unless: guard`${joke}|${scolding}`
	}
];

// A weapon got for someone, with a warning of what comes next: "le he comprado una navaja… la próxima vez que
// le ponga la mano encima no me voy a ir". A threat to a life even unsaid.
export const weaponWithWarning: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'threat',
		re: re`\b(?:compre|comprado|consegui|conseguido|tengo|traigo|cargo|guardo|guardado|agarre)\b(?: \w+){0,3}? (?:navaja|cuchillo|pistola|arma|machete|fierro|cuete|fusca|bate|punal|revolver)\b`,
		requires: guard`\bla proxima vez que\b|\bsi (?:\w+ )?(?:vuelve|se atreve|le vuelve|la vuelve|me vuelve) a\b|\bcomo (?:\w+ )?vuelva a\b|\blo digo en serio\b|\bme las (?:va|van) a pagar\b|\bno (?:me voy a|pienso) (?:ir|quedar (?:quiet|callad)\w*|dejar que)\b|\b(?:para|pa) que me (?:pares|detengas)\b`,
		negatable: false,
		unless: guard`${joke}|${news}|\b(?:caza\w*|cazar|venados?|pescar|acampar|cocina\w*)\b`
	}
];
