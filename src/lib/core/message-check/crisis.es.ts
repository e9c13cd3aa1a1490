// Spanish crisis language, written without accents because the folded text has none ("está" and "esta" read
// the same). Idioms are kept out by what the patterns require: "me muero de ganas", "me mata la espera",
// "ese chiste me mató" and "muerto de cansancio" never match; "me va a matar cuando se entere" is guarded.

import { pills } from './crisis.es.medical.ts';
import { joke, past, reported } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

// "Mi mamá me va a matar cuando vea el tatuaje" is an idiom; "si no pago me matan" is not.
const scolding = String.raw`\b(?:cuando|si) (?:se entere|se enteren|vea|vean|sepa|sepan|lo sepa|me vea|me vean|llegue|se de cuenta|sabe|ve)\b|\b(?:mi|tu) (?:mama|mami|papa|papi|jefe|jefa|esposa|esposo|mujer|novia|novio|abuel[oa]|maestr[oa]|herman[oa]|madre|padre|suegr[oa]) (?:me|nos) (?:va|iba) a matar\b`;
const idiomDeath = String.raw`(?! de (?:la )?(?:verguenza|risa|pena|hambre|sueno|ganas|amor|envidia|aburrimiento|calor|frio|cansancio|nervios))`;

export const crisisEs: CrisisRule[] = [
	// Suicide said plainly.
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
		unless: guard`${reported}|${past}|${joke}`
	},
	{
		level: 'concern',
		category: 'passive_wish',
		re: re`\bno (?:me )?(?:quiero|quisiera) (?:vivir|seguir viviendo|seguir viv[oa]|existir|despertar(?:me)?|estar viv[oa]|seguir aqui)\b(?! (?:asi|de esta|con|en|aqui|alla|ahi|como))`,
		negatable: false
	},
	// Wishes to be dead, said plainly or not.
	{
		level: 'concern',
		category: 'passive_wish',
		re: re`\b(?:quiero|quisiera|me quiero|ganas de|deseo|prefiero|preferiria|solo quiero) (?:morir|morirme|estar muert[oa]|dejar de existir|no existir|no despertar|dormir y no despertar|desaparecer(?: para siempre| de este mundo| del mapa)?)\b${idiomDeath}(?! (?:un rato|unos dias|de aqui|del grupo|de tu vida|de sus vidas))`,
		unless: guard`${joke}|${reported}`
	},
	{
		level: 'concern',
		category: 'passive_wish',
		re: anyOf(
			r`\bojala (?:no despertar|no despierte|no me despierte|no amanecer|me muera|morirme|me muriera|estuviera muert[oa]|no hubiera nacido|no existiera|me (?:llevara|lleve) (?:dios|la muerte)|todo se acabe|se acabe todo)\b${idiomDeath}`,
			r`\b(?:dormir|dormirme) y no (?:despertar|volver a despertar|despertarme)\b`,
			r`\bno (?:despertar|despertarme) (?:nunca|mas|jamas|manana)\b`,
			r`\b(?:mejor|preferiria|prefiero) (?:estar )?muert[oa]\b`
		),
		negatable: false,
		unless: guard`${joke}`
	},
	{
		level: 'concern',
		category: 'passive_wish',
		re: anyOf(
			r`\bpara que (?:seguir|sigo) (?:viviendo|viv[oa]|aqui|existiendo|vivir)\b`,
			r`\bno tengo (?:razones|razon|motivos?|nada|por que|porque) (?:para|por (?:que|el que)|por lo que) vivir\b`,
			r`\bno (?:vale|tiene) (?:la pena|sentido) (?:vivir|seguir viviendo|seguir viv[oa]|la vida|mi vida|seguir aqui|seguir existiendo)\b`,
			r`\bno (?:le )?(?:encuentro|veo) (?:ningun )?sentido a (?:la vida|vivir|seguir|mi vida)\b`,
			r`\b(?:dormir|dormirme) para siempre\b`,
			r`\bya no (?:puedo|quiero) (?:mas con )?(?:la|esta|mi) vida\b`,
			r`\b(?:cansad[oa]|hart[oa]) de (?:vivir|la vida|existir|estar viv[oa])\b`
		),
		negatable: false
	},
	// Being a burden, and being gone.
	{
		level: 'concern',
		category: 'burden',
		re: anyOf(
			r`\b(?:estan|estarian|estarias|estaria|estaran|estaras|seria|serian|seras|viven|vivirian|vivian) (?:todos |todas )?(?:mejor|mas felices|mas feliz|mas tranquil[oa]s?|en paz) (?:sin mi\b(?! (?:ex|novi[oa]|esposo|esposa|ayuda|dinero|carro|trabajo|celular))|si (?:yo )?(?:no existiera|no estuviera|estuviera muert[oa]|me muero|me muriera|desaparezco|desapareciera|me voy para siempre|no hubiera nacido|ya no estoy|ya no estuviera))`,
			r`\bsoy (?:solo |nada mas |solamente )?(?:una carga|un estorbo|una molestia)\b`,
			r`\b(?:carga|estorbo) para (?:todos|ustedes|ti|la familia)\b`,
			r`\b(?:si|cuando) (?:yo )?(?:no existiera|no hubiera nacido|me muera|me muriera|ya no (?:este|estuviera|exista))\b`
		),
		negatable: false,
		unless: guard`${past}|\b(?:a veces|pidiendo\w*)\b`
	},
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
			r`\b(?:si|ya|mejor|hoy|esta noche|voy y|juro que|o) (?:\w+ ){0,4}?me mato\b(?! (?:trabajando|estudiando|de|a|en|por))`,
			r`\bnadie (?:me )?(?:extranaria|notaria|se daria cuenta|me va a extranar|lo notaria)\b`,
			r`\b(?:quiero|necesito) que (?:todo|esto|el dolor) (?:se acabe|termine|pare)\b`,
			r`\b(?:quiero|necesito|ojala) que (?:se acabe|termine|pare|acabe) (?:todo|esto|el dolor)\b`,
			r`\bya no (?:voy a estar|estare)\b(?= *(?:[.!,]|$|aqui|mucho tiempo|mas tiempo|para (?:ti|ustedes)))`,
			r`\bme mato yo\b`,
			r`\b(?:lo|la|los|las) mato a\b`,
			r`\b(?:si|juro que|te juro que|ya) (?:\w+ ){0,5}?(?:lo|la|los|las) mato\b`,
			r`\b(?:hoy|esta noche) (?:termino|acabo) con (?:todo|esto|mi vida)\b`
		),
		unless: guard`${joke}`
	},
	// Goodbyes, letters, last times, everything ready.
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\b(?:esta es|es|aqui va) mi (?:despedida|ultimo mensaje|ultima carta|carta de despedida)\b(?! (?:hasta|si|antes))`,
			r`\bme despido (?:de (?:ti|ustedes|todos|todas)|para siempre)\b`,
			r`\badios para siempre\b`,
			r`\b(?:ultimo|ultima) (?:adios|despedida)\b`,
			r`\bcartas? (?:para|a) (?:todos|cada uno|cada quien|ustedes|toda la familia)\b`,
			r`\bcartas? de despedida\b`,
			r`\bcuando (?:leas|lean) esto\b`,
			r`\b(?:ultima vez|ultimo mensaje) que (?:saben|sabran|sabes|sabras|oyes|oiran|escuchas|escucharan|ves|veran|recibes)\b`,
			r`\bnunca (?:mas )?(?:van a saber|sabran|vas a saber|sabras) de mi\b`,
			r`\b(?:escribi|deje|tengo escritas|termine) (?:las|mis|unas) cartas\b`,
			r`\b(?:escribi|deje) (?:una|mi) carta (?:para (?:ustedes|todos|ti|cada)|de despedida)\b`
		),
		unless: guard`\b(?:anexo|rehab\w*|viaje|me mudo|mudanza|enmiendas|pasos|padrino|tratamiento|internar\w*)\b`
	},
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\b(?:escuchar|oir|ver|hablar con|abrazar|decirte|oirte|verte|escucharte|abrazarte|hablarte)\b(?: \w+){0,4}? (?:por|una) ultima vez\b`,
			r`\b(?:diles|dile|digan|diganle|diganles|decirle) (?:a \w+ )?que (?:los|las|la|lo|te|les) (?:quise|ame|queria|amaba)\b`
		)
	},
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\b(?:todo|ya) (?:se )?(?:va a )?(?:terminar|acabar|acabara|terminara) (?:pronto|esta noche|hoy)\b`,
			r`\bya no (?:voy a )?(?:ser|sere) (?:un )?(?:problema|carga|estorbo) (?:para nadie|para ustedes|para ti|mas)\b`,
			r`\bya no (?:les|te|los) (?:causo|causare|voy a causar|doy|dare|voy a dar) (?:mas )?(?:problemas|molestias|lata|dolores de cabeza)\b`,
			r`\b(?:me )?desaparezc\w* para siempre\b`,
			r`\bya no (?:tendran|tendras|van a tener) que (?:preocuparse|preocuparte|cargar) (?:por|con) mi\b`,
			r`\btodo (?:listo|preparado|planeado) para (?:acabar|terminar|irme|hacerlo|matarme|morir|despedirme)\b`,
			r`\bacabar con (?:todo|esta vida|mi sufrimiento)\b`,
			r`\bacabar con esto (?:esta noche|hoy|para siempre|de una vez por todas)\b`
		),
		negatable: false,
		unless: guard`${past}`
	},
	// A place, a way, the means at hand.
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:estoy|parad[oa]|sentad[oa]|arriba) (?:en|sobre) (?:el|la|las|un|una|lo alto del?) (?:puente|azotea|techo|cornisa|vias|barranco|precipicio|acantilado|borde|orilla del \w+)\b`,
			r`\b(?:tirarme|aventarme|lanzarme|saltar|me (?:voy a |quiero |pienso )?(?:tirar|aventar|lanzar)) (?:del|de la|de un|de una|desde|al|a las|frente al?|bajo)\b(?! (?:cama|sillon|sofa|piso|suelo|alberca|agua|carro|camion|coche|barco|trampolin))`,
			r`\b(?:voy a|me voy a) (?:saltar|brincar)\b(?! (?:la|el|de))`,
			r`\b(?:estrellarme|estrellar el carro|chocar el carro) (?:contra|en)\b`
		)
	},
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:busque|buscando|buscaba|investigue|investigando|googlee|googleando|leyendo|lei|averiguando|averigue) (?:en internet |en google )?(?:como|formas|maneras|la forma|la manera|metodos) (?:de |para )?(?:morir|matarme|suicidarme|hacerlo|acabar con|no despertar|quitarme la vida|ahorcarme|envenenarme)\b`,
			r`\bcuant[oa]s (?:${pills})\b(?: \w+){0,4}? (?:para (?:morir|no despertar|matar)|se necesitan|hacen falta|son mortales|me matan|matan)\b`,
			r`\bdosis (?:letal|mortal)\b`,
			r`\bmorir sin dolor\b`
		)
	},
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:guarde|guardado|guardadas|guardados|junte|juntando|juntado|ahorre|ahorrado|escondidas|escondi|escondo|acumule|acumulando|acumulado|tengo listas|tengo juntas)\b(?: \w+){0,3}? (?:${pills})\b`,
			r`\b(?:${pills}) (?:guardadas|juntas|escondidas|listas|contadas|en la mano|frente a mi)\b`,
			r`\bsuficientes (?:${pills}) (?:para|como para)\b`
		)
	},
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:tengo|tiene|tienen|traigo|trae|traen|compre|consegui|agarre|agarro|saco|saque|apunta|apunto|cargue) (?:\w+ ){0,2}?(?:pistola|arma|revolver|escopeta|rifle|cuete|fusca|navaja|cuchillo|machete|soga|cuerda)\b`,
			r`\bcon (?:la|una) (?:navaja|cuchilla)\b`,
			r`\b(?:soga|cuerda) (?:al cuello|lista|atada|en el cuello)\b`,
			r`\bamarre (?:la|una) (?:soga|cuerda)\b`
		),
		unless: guard`\b(?:vendi|empene|entregue|me deshice|caza\w*|cazar|venados?|bajo llave)\b`
	},
	// Self-harm now.
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\bme (?:volvi|vuelvo|he vuelto|volvere) a cortar\b`,
			r`\bme (?:estoy|sigo) cortando\b`,
			r`\bme corte(?=\s*(?:$|[.!?,;]| y | otra vez| de nuevo| a proposito| los brazos| el brazo| las munecas| la muneca| las piernas| la pierna))`,
			r`\bcortarme\b(?! (?:el|la|las|los) (?:pelo|cabello|unas|barba|fleco|luz|agua|gas|internet|telefono|linea|servicio|credito|dinero|apoyo|cable))`,
			r`\b(?:hacerme|me hago|me estoy haciendo) dano\b`,
			r`\blastimarme\b`,
			r`\bme lastimo a proposito\b`,
			r`\bautolesi\w*`,
			r`\bme (?:quemo|queme|estoy quemando) (?:a proposito|con (?:cigarros|cigarrillos|el encendedor))\b`
		),
		unless: guard`${reported}|${past}`
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
	},
	// A threat to someone's life: from them, to them, or from others.
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
			r`\b(?:me|nos) (?:van a|va a|quieren|quiere|iban a|amenazaron con|amenazo con) matar\b`,
			r`\b(?:va|van|quiere|quieren|vienen|viene) a matarme\b`,
			r`\bme (?:matan|mataran)\b`,
			r`\b(?:soy|es|eres) (?:hombre|mujer) muert[oa]\b`,
			r`\bamenaz\w* (?:de muerte|con matar\w*)\b`,
			r`\bme quieren (?:muert[oa]|matar)\b`,
			r`\b(?:peligra|temo por) mi vida\b`,
			r`\bmi vida (?:esta )?en peligro\b`
		),
		unless: guard`${joke}|${scolding}`
	},
	// Stabbed or shot by someone: an emergency, not only a safety concern (safety.ts has the rest).
	{
		level: 'urgent',
		category: 'threat',
		re: re`\bme (?:apunalo|apunalaron|acuchillo|acuchillaron|disparo|dispararon|balearon|balaceo)\b`,
		unless: guard`${past}`
	}
];
