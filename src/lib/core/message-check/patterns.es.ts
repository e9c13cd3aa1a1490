// Spanish signal patterns, in the guide's terms (shared/message-check/README.md). They read the folded text:
// lower case and without accents, so "perdóname" and "perdoname", "está" and "esta" are the same word.
// Patterns are phrases with small gaps and inflections, never whole sentences, so they carry to new messages.

import { deflectEs } from './patterns.es.deflect.ts';
import { anyOf, guard, r, re, type LocalePatterns, type SignalRule } from './rules.ts';
import { crisisWeightsEs } from './weights.es.ts';

const num = String.raw`(?:\d+|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|sesenta|noventa|cien|unos|unas|varios|varias|un par de|algunos|algunas|casi un|casi una|mas de un|mas de una)`;
const period = String.raw`(?:dias?|semanas?|mes|meses|anos?)`;
const sober = String.raw`(?:limpi[oa]s?|sobri[oa]s?|sin (?:tomar|beber|consumir|drogas|alcohol|fumar|usar|probar|una gota|nada|recaer|meterme nada))`;

const rules: SignalRule[] = [
	// request: dinero, un lugar donde quedarse, transporte, fianza, un favor.
	{
		kind: 'request',
		re: anyOf(
			r`\b(?:me |nos )?(?<!\bsi (?:\w+ ){0,3})(?:puedes|podrias|pudieras|podes|puede|podria|podrian|pueden|quieres|serias) (?:por favor |tu )?(?!(?:perdonar|creer|entender|imaginar|decir|escuchar|contestar|responder|llamar|hablar|ser sincer|que|por|tu)\w*\b)[a-z]+`,
			r`\b(?:te |se )?(?:lo |la |los |las )?(?:puedo|podria) (?!(?:decir|preguntar|explicar|ser|hablar|contar|llamar)\w*\b)[a-z]+(?=[^.!?¿]*\?)`,
			r`\bque (?:me |tu me |nos )?(?:prestes|des(?! (?:otra|una) oportunidad| chance| tiempo)|mandes|envies|pases|deposites|transfieras|lleves|recojas|busques|ayudes|pagues|compres|vengas|dejes|acompanes|firmes|hagas (?:el|un) favor|consigas|recibas|traigas|cuides|saques)\b`
		)
	},
	{
		kind: 'request',
		re: anyOf(
			r`\b(?:prestame|presteme|mandame|mandeme|enviame|envieme|depositame|transfiereme|pasame|llevame|recogeme|buscame|comprame|pagame|traeme|sacame)\b(?! (?:un|el) (?:mensaje|whats|texto|foto|link|numero|contacto))`,
			r`\bdejame (?:quedarme|ir|dormir|ver|usar|pasar|entrar|vivir|regresar|volver|llegar)\b`,
			r`\bayudame con (?:la|el|los|las|mi|mis|un|una|algo|dinero)\b`,
			r`\b(?:hazme|haz) (?:el|un) (?:favor|paro)\b`,
			r`\bechame la mano\b`,
			r`\bprestado\b`
		)
	},
	{
		kind: 'request',
		re: anyOf(
			r`\b(?:puedo|podria|me dejas|me dejarias|me permites|me permitirias) (?:quedarme|ir|pasar|venir|ver|usar|dormir|regresar|volver|vivir|llegar|visitar|llevarme)\b`,
			r`\bnecesito (?:un poco de |algo de |un |unos |unas? |el |la |tu |mas |otro |otra )?(?:dinero|plata|lana|feria|pisto|varo|billete|pesos|dolares|euros|\$|\d+|lugar|donde (?:quedarme|dormir|vivir)|aventon|raite|prestamo|renta|alquiler|fianza|telefono|celular|abogado|ropa|comida|pasaje|boleto|favor|ayuda (?:con|para))`
		)
	},
	{
		kind: 'request',
		re: anyOf(
			r`\b(?:te |les )?(?:pido|estoy pidiendo|quiero pedir(?:te|les)?|vengo a pedir(?:te)?|te queria pedir|queria pedirte) (?:un |una |el |de )?(?:favor|prestado|dinero|ayuda|plata|lana|prestamo|que me|un raite|un aventon|posada)\b`,
			r`\bme (?:lo |la |los |las )?(?:prestas|prestarias|mandas|mandarias|pasas|llevas|recoges|ayudas|echas la mano|haces el favor|compras|pagas|invitas|depositas|transfieres|traes|cuidas)\b`,
			r`\bsi no me (?:mandas|prestas|das|depositas|ayudas|pagas|llevas|recoges)\b`,
			r`\bme (?:lo |la )?(?:guardas|guardarias)\b`,
			r`\bme (?:das|darias) (?:dinero|para|lana|plata|\$|\d|un raite|un aventon|algo (?:de|para)|chance de|permiso de|posada)`
		)
	},
	// apology: disculpa, promesa o cambio anunciado sin nada concreto detrás.
	{
		kind: 'apology',
		re: anyOf(
			r`\b(?:lo siento|lo lamento|siento mucho|perdon|perdoname|perdoneme|perdonenme|perdonen|disculpa|disculpame|disculpe|disculpen|disculpenme|mil disculpas|mis disculpas|te pido (?:perdon|disculpas)|les pido (?:perdon|disculpas))\b(?! (?:que|si) (?:te|se) (?:sientas|sienta|sintieras|lo))`,
			r`\b(?:te |le |les )?(?:lo )?(?:prometo|juro)\b`,
			r`\bte doy mi palabra\b`,
			r`\bpuedo prometer(?:te)?\b`,
			r`\bya no quiero esa vida\b`,
			r`\b(?:creeme|creanme|confia en mi|confien en mi)\b`,
			r`\baprendi (?:la|mi) leccion\b`
		)
	},
	{
		kind: 'apology',
		re: anyOf(
			r`\b(?:nunca|jamas) (?:mas |nunca )?(?:va a |vuelve a |volvera a |lo vuelvo a |volvere a |vuelvo a |voy a volver a |te vuelvo a |te voy a )?(?:volver a )?(?:pasar|suceder|ocurrir|hacerlo|tomar|beber|consumir|fumar|drogarme|mentir\w*|fallarte|robarte|lastimarte|decepcionarte)\b`,
			r`\bno (?:va a |vuelve a |volvera a |lo vuelvo a |lo volvere a |lo voy a volver a )(?:volver a )?(?:pasar|suceder|ocurrir|hacer)\b`,
			r`\bnunca mas\b`
		),
		negatable: false
	},
	{
		kind: 'apology',
		re: anyOf(
			r`\b(?:he|ya) (?:cambiado|cambie)\b(?! de (?:numero|celular|telefono|casa|trabajo))`,
			r`\bsoy (?:otra persona|otr[oa]|una persona (?:diferente|distinta|nueva)|diferente|distint[oa]|un hombre nuevo|una mujer nueva)\b`,
			r`\b(?:esta vez|ahora si|ahora)\b(?: \w+){0,2}? (?:es|sera|va a ser|voy a ser|va) (?:diferente|distint[oa]|en serio|de verdad|para siempre)\b`,
			r`\b(?:todo|las cosas|mi vida) (?:va a ser|van a ser|sera|seran|va a estar|van a estar|va a cambiar|van a cambiar)(?: diferentes?| distint[oa]s?| mejor| bien)?\b`,
			r`\besta vez (?:si|es en serio|va en serio)\b`,
			r`\b(?:ya )?no soy (?:el|la) mism[oa]\b`
		)
	},
	{
		kind: 'apology',
		re: anyOf(
			r`\b(?:voy a|quiero|prometo|necesito|tengo que|estoy list[oa] para|estoy dispuest[oa] a|puedo|te prometo) (?:cambiar|mejorar|ser (?:mejor|otr[oa]|diferente|un buen|una buena)|dejar(?:lo| todo| las drogas| el alcohol| de (?:tomar|beber|consumir|fumar|drogarme)| el vicio| la droga| el trago)|componerme|recuperarme|salir de esto|echarle ganas|portarme bien|hacer las cosas bien|repararlo|compensarte|recompensarte|enderezar mi vida|limpiarme|rehabilitarme|buscar ayuda|pedir ayuda)\b`,
			r`\b(?:ya )?deje (?:las drogas|el alcohol|de tomar|de beber|de consumir|el vicio|todo eso|la droga|el trago)\b`,
			r`\b(?:estoy|ya estoy) (?:limpi[oa]|sobri[oa]) (?:ahora|ya)\b`,
			r`\bestoy list[oa]\b(?! para (?:ir|salir|el|la))`,
			r`\b(?:hablo|lo digo|va|voy) (?:muy |totalmente )?en serio\b`,
			r`\bte lo voy a (?:compensar|demostrar)\b`
		)
	},
	// action: pasos concretos de recuperación, dados o programados.
	{
		kind: 'action',
		re: anyOf(
			r`\b${num} (?:\w+ )?${period}\b(?: \w+){0,3}? ${sober}\b`,
			r`\b${sober} (?:desde hace |hace |por |durante |ya |casi |mas de )*${num} ${period}\b`,
			r`\b${sober} desde (?:el |la |hace )?(?:\d+|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|navidad|ano nuevo)\b`
		)
	},
	{
		kind: 'action',
		re: anyOf(
			r`\breunion(?:es)?\b(?! de (?:trabajo|padres|vecinos|la escuela|negocios))`,
			r`\b(?:sesion|sesiones|padrino|madrina|ahijad[oa]|doce pasos|12 pasos|los pasos|mi ficha|fichas?|llavero|alcoholicos anonimos|narcoticos anonimos|al-?anon)\b`,
			r`\bpaso (?:\d+|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b`,
			r`\bgrupo de (?:apoyo|aa|na|autoayuda|recuperacion|familias|terapia)\b`,
			r`\b(?:al|el|mi|un|del) grupo\b(?! de (?:amigos|whatsapp|trabajo|la escuela|chat))`,
			r`\b(?:la|las|mi|mis|una) juntas?\b(?! de (?:trabajo|vecinos|padres|la escuela|condominio))`,
			r`\b(?:de|en|a|al) (?:aa|na)\b`
		)
	},
	{
		kind: 'action',
		re: anyOf(
			r`\b(?:terapeuta|terapia|psicolog[oa]|psiquiatra|consejer[oa]|trabajadora? social|doctor de adicciones|especialista en adicciones|centro de rehabilitacion|rehabilitacion|rehab|anexo|clinica|internamiento|desintoxicacion|desintox|detox|tratamiento|granja|casa de recuperacion|casa de medio camino|casa sobria|comunidad terapeutica|hospital de dia|programa de (?:recuperacion|tratamiento|rehabilitacion)|(?:graduacion|termine|complete) (?:del|el) programa|me inscribi|sponsor|ambulatorio|metadona|suboxona|buprenorfina|naltrexona|vivitrol|disulfiram|antabus|medicamento para (?:la ansiedad|las ansias|el deseo|no tomar|dejar|el antojo)|antidoping|enmiendas|reparar el dano|linea de ayuda)\b`,
			r`\b(?:pruebas?|examen(?:es)?|analisis) (?:de )?(?:drogas|orina|antidoping|toxicologic\w*)\b`,
			r`\b(?:cita|entrevista|evaluacion) de (?:ingreso|valoracion)\b`
		)
	},
	{
		kind: 'action',
		re: re`\b(?:llevo|cumplo|cumpli) (?:ya )?${num} ${period}(?=\s*(?:[.!,]|$|y (?:voy|sigo)))`,
		requires: guard`\b(?:limpi[oa]|sobri[oa]|sin (?:tomar|beber|consumir)|dej\w+ de (?:tomar|beber|consumir)|juntas|reuniones|no mas|pastillas|drogas)\b`
	},
	// responsibility: reconoce el daño sin cargárselo a otro.
	{
		kind: 'responsibility',
		re: anyOf(
			r`\b(?:culpa mia|mi culpa)\b`,
			r`\bla culpa (?:es|fue) (?:toda )?mia\b`,
			r`\breconozco\b`,
			r`\b(?:acepto|asumo|tomo) (?:toda |la |mi |completa |plena )*(?:responsabilidad|culpa)\b`,
			r`\b(?:asumo|acepto|reconozco) (?:lo que (?:te )?hice|mis errores|mi parte|el dano)\b`,
			r`\bme hago (?:cargo|responsable)\b`,
			r`\b(?:soy|fui) (?:el |la )?(?:unic[oa] )?responsable\b`,
			r`\bte (?:falle|menti|lastime|robe|decepcione|traicione|defraude|hice (?:mucho )?dano|hice sufrir|hice pasar|heri|abandone|use|manipule)\b`,
			r`\b(?:les|los|las) (?:falle|menti|lastime|robe|decepcione|hice dano|hice sufrir|traicione)\b`
		)
	},
	{
		kind: 'responsibility',
		re: anyOf(
			r`\bno (?:te |se )?(?:lo )?merec(?:ias|ia|es|e)\b`,
			r`\b(?:no es|no fue|no era|nada (?:de esto )?(?:es|fue)) tu culpa\b`,
			r`\btu no (?:tuviste|tienes) (?:la )?culpa\b`,
			r`\bnadie me (?:obligo|obliga|forzo)\b`,
			r`\b(?:no tengo|sin|no hay) excusas?\b`,
			r`\bno (?:te )?(?:pongo|busco|voy a poner) excusas\b`,
			r`\bno (?:culpo|te culpo|le echo la culpa|te echo la culpa)(?: a nadie| a ti)?\b`,
			r`\b(?:fueron|son) mis (?:decisiones|errores)\b`,
			r`\btome (?:malas |mis )?decisiones\b`
		),
		negatable: false
	},
	{
		kind: 'responsibility',
		re: anyOf(
			r`\b(?:estuvo|esta|fue) mal lo que (?:te )?hice\b`,
			r`\blo que (?:te )?hice (?:estuvo|fue|esta|es) (?:mal|horrible|terrible|imperdonable)\b`,
			r`\bme equivoque\b`,
			r`\bla (?:regue|cague|fregue|jodi)\b`,
			r`\bmeti la pata\b`,
			r`\b(?:recai|tuve una recaida|volvi a (?:tomar|consumir|beber|usar|drogarme|caer|fumar)|tuve un desliz)\b`,
			r`\b(?:tome|bebi|consumi|me drogue) (?:de mas|otra vez|de nuevo)\b`,
			r`\bverguenza (?:por|de) (?:lo que|como|mi|todo lo que)\b`,
			r`\bme (?:da|muero de)(?: mucha| tanta)? verguenza\b`,
			r`\bme arrepiento de (?:lo que|todo lo que|haber)\b`,
			r`\btodo el (?:dano|sufrimiento|dolor) que (?:te )?(?:cause|hice)\b`,
			r`\blo que (?:te|le|les) hice pasar\b`,
			r`\byo fui (?:quien|el que|la que)\b`
		)
	},
	...deflectEs
];

export const patternsEs: LocalePatterns = {
	rules,
	crisisWeights: crisisWeightsEs,
	// "voy a" followed by a verb is an intention; "voy a las juntas" is a step being taken.
	intent: guard`\b(?:(?:voy|vas|va) a (?!(?:la|las|el|los|un|una|mi|mis)\b)\w+|prometo|quiero|quisiera|pienso|podria|deberia|me gustaria|tengo que|necesito|planeo|estoy dispuest[oa] a|estoy list[oa] para|intentare|tratare de|ojala)\b`,
	concrete: guard`\b(?:hoy|esta noche|manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|esta semana|la proxima semana|a las \d|\d+ ?(?:am|pm|hrs)|cita|turno|agende|agendad[oa]|programad[oa]|inscrib\w*|apunte|lista de espera|ya (?:llame|hable|fui))\b`
};
