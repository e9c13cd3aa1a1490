// Spanish crisis language, written without accents because the folded text has none ("está" and "esta" read
// the same). Idioms are kept out by what the patterns require: "me muero de ganas", "me mata la espera",
// "ese chiste me mató" and "muerto de cansancio" never match; "me va a matar cuando se entere" is guarded.

import { pills } from './crisis.es.medical.ts';
import { hyperboleEs, joke, news, otherHurtsEs, past, pastEs, recoveredEs, reported } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

// "Mi mamá me va a matar cuando vea el tatuaje" is an idiom; "si no pago me matan" is not.
const scolding = String.raw`\b(?:cuando|si) (?:se entere|se enteren|vea|vean|sepa|sepan|lo sepa|me vea|me vean|llegue|se de cuenta|sabe|ve)\b|\b(?:mi|tu) (?:mama|mami|papa|papi|jefe|jefa|esposa|esposo|mujer|novia|novio|abuel[oa]|maestr[oa]|herman[oa]|madre|padre|suegr[oa]) (?:me|nos) (?:va|iba) a matar\b`;

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
	},
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\b(?:lo|la|los|las) mato a\b`,
			r`\b(?:si|juro que|te juro que|ya) (?:\w+ ){0,5}?(?:lo|la|los|las) mato\b`
		),
		unless: guard`${joke}`
	},
	{
		level: 'urgent',
		category: 'farewell',
		re: re`\bya no (?:voy a estar|estare)\b(?= *(?:[.!,]|$|aqui|mucho tiempo|mas tiempo|para (?:ti|ustedes)))`,
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
			r`\bya no (?:voy a |iba a )?(?:ser|sere) (?:un )?(?:problema|carga|estorbo) (?:para nadie|de nadie|para ustedes|para ti|mas)\b`,
			r`\bya no (?:les|te|los) (?:causo|causare|voy a causar|doy|dare|voy a dar) (?:mas )?(?:problemas|molestias|lata|dolores de cabeza)\b`,
			r`\b(?:me )?desaparezc\w* para siempre\b`,
			r`\bya no (?:tendran|tendras|van a tener) que (?:preocuparse|preocuparte|cargar) (?:por|con) mi\b`,
			r`\btodo (?:listo|preparado|planeado) para (?:acabar|terminar|irme|hacerlo|matarme|morir|despedirme)\b`
		),
		negatable: false,
		unless: guard`${past}`
	},
	// Ending it all, said without a method: intent.
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
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
			r`\bestoy (?:arriba|encima|en lo alto) de(?:l| la) (?:edificio|puente|azotea|techo|cerro)\b`,
			r`\b(?:tirarme|aventarme|lanzarme|saltar|me (?:voy a |quiero |pienso )?(?:tirar|aventar|lanzar)) (?:del|de la|de un|de una|desde|al|a las|frente al?|bajo|abajo del?|debajo del?)\b(?! (?:cama|sillon|sofa|piso|suelo|alberca|agua|carro|camion|coche|barco|trampolin))`,
			r`\b(?:voy a|me voy a) (?:saltar|brincar)\b(?! (?:la|el|de))`,
			r`\b(?:estrellarme|estrellar el carro|chocar el carro) (?:contra|en)\b`
		)
	},
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:busque|buscando|buscaba|investigue|investigando|googlee|googleando|leyendo|lei|averiguando|averigue) (?:en internet |en google )?(?:como|formas|maneras|la forma|la manera|metodos) (?:de |para )?(?:morir|matarme|suicidarme|hacerlo|acabar con|no despertar|quitarme la vida|ahorcarme|envenenarme)\b`,
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
	},
	// Intent in slang and across regions: "me quiero matar posta", "me voy a aventar", "quitarme de en medio",
	// "ctb", "kms" (not "20 kms"), a decision taken, "esta vez no voy a fallar".
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
	},
	// Farewells and deadlines told without a method word: letters, things given away or left in order, a date.
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\b(?:deje|dejo|te deje|les deje|escribi|ya escribi|tengo escritas?|termine de escribir) (?:\w+ ){0,2}?(?:las cartas|una carta|mi carta|unas cartas|una nota|mi nota|cartas)\b(?! (?:de (?:recomendacion|presentacion|motivacion|credito|navidad|reyes)|al (?:juez|abogado)))`,
			r`\b(?:las|mis|unas) cartas (?:en|estan en|encima|sobre|debajo|para)\b`,
			r`\bnota de despedida\b`,
			r`\bya (?:yo )?no (?:lo|la|los|las) (?:voy a|vaya a|voy a volver a) necesitar\b`,
			r`\b(?:quedate|quedese|quedense|te quedas|se queda) con (?:mis|mi) (?:\w+ ){0,2}?(?:cosas|ropa|tenis|chaqueta|bici|guitarra|play|celu|celular|carro|moto|perro|gato|herramientas)\b`,
			r`\b(?:regale|regalé|le regale|le di|done|la done) (?:\w+ ){0,3}?(?:mi guitarra|mi ropa|la ropa|mis cosas|mi perro|mi gato|mi play|mi celu|mi bici|el perro|el gato)\b`,
			r`\b(?:la|el) (?:clave|contrasena|password) (?:\w+ ){0,3}?(?:esta|es)\b`,
			r`\bya pague (?:\w+ ){0,4}?hasta (?:diciembre|enero|fin de ano)\b`,
			r`\b(?:hoy|esta noche|manana|el \d+|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) es (?:el dia|la noche)(?= *(?:[.!,]|$))(?![^]{0,100}\b(?:concierto|en vivo|fiesta|boda|partido|estreno|graduacion|cumple\w*|emocionad[oa]s?|por fin vamos|show|tocada|baile|la final|boletos)\b)`,
			r`\besta noche (?:se acaba|se termina|termina|acaba) todo\b`,
			r`\b(?:era|es) cuestion de tiempo(?= *(?:[.!,]|$))`,
			r`\b(?:despues de|pasando|cuando pase) (?:mi|el) (?:cumple\w*|navidad|ano nuevo|boda de \w+)\b(?: \w+){0,2}? me voy\b`,
			r`\b(?:aguanto|aguantar|aguantare|me doy|me quedan?|llego|doy) (?:\w+ ){0,2}?hasta (?:navidad|ano nuevo|fin de ano|mi cumple\w*|el cumple\w*|el \d+|que (?:pase|terminen?|se gradue|nazca))\b`,
			r`\bno (?:llego|voy a llegar) a (?:navidad|ano nuevo|fin de ano|mi cumple\w*|los \d+)\b`,
			r`\b(?:este|el) (?:es el )?ultimo (?:mensaje|msj|que te (?:mando|escribo))\b`,
			r`\b(?:este|es) (?:es )?el ultimo(?= *(?:[.!,]|$))`,
			r`\bno (?:me )?(?:llames|llamen|busques|busquen) (?:\w+ ){0,2}?que no (?:voy a|pienso) contestar\b`,
			r`\b(?:cuida|cuidame|cuiden|cuidenme|cuidala|cuidalo) (?:a|de) (?:la perrita|el perrito|mi perr[oa]|mi gat[oa]|mis hijos|los nenes|los ninos|mi mama|mi vieja)\b`,
			r`\bno quiero (?:que me hagan )?(?:misa|velorio|funeral)\b`,
			r`\bhasta siempre\b`,
			r`\bya no (?:vas|van|vais) a tener que (?:\w+ ){1,3}?(?:nunca mas|(?:por|x) mi)\b`,
			r`\bya no (?:me )?(?:vas|van) a tener que aguantar\b`,
			r`\b(?:ni hoy ni (?:nunca|ninguna otra|manana|ningun otro)|ni esta noche ni nunca)\b`,
			r`\bcarta (?:lista|escrita|terminada)\b`,
			r`\b(?:la|mi) carta (?:esta|quedo|te la deje) (?:en|lista|debajo|sobre)\b`,
			r`\bfue (?:un gusto|bonito mientras duro|un placer)\b(?! (?:verte|conocerte en|trabajar|compartir))`,
			r`\b(?:chao|chau) (?:chao |chau )?mundo\b`,
			r`\bgracias y perdon (?:por|x) todo\b`,
			r`\bultima vez que te (?:molesto|escribo)\b`,
			r`\bsi manana no (?:contesto|respondo|aparezco|despierto)\b`,
			r`\b(?:papeles|poliza|papeles de la poliza) (?:de la aseguranza|del seguro|de vida)\b`,
			r`\b(?:para|pa) que no (?:tengan|tengas) que (?:hacer nada|preocuparse|limpiar)\b`,
			r`\blo que (?:sobre|quede)\b[^.!?]{0,40}\b(?:reparten|repartan)\b`,
			r`\b(?:dile|diles|digale|diganle)\b[^.!?]{0,30}\b(?:no sufri|estaba tranquil[oa])\b`,
			r`\b(?:te|se) (?:quedas|quede|queda|quedan) con (?:mis|mi) (?!(?:cheque|sueldo|quincena|dinero|plata|lana|tarjeta|salario|pago|aguinaldo|papeles|documentos|pasaporte)\b)\w+`,
			r`\bcuando yo (?:ya )?no (?:este|exista)\b`,
			r`\bnos vemos en (?:otra vida|el cielo|la otra vida)\b`,
			r`\bcuando me encuentren\b`,
			r`\bmi (?:ultimo deseo|ultima voluntad)\b`,
			r`\b(?:deje|dejo|dejar|esta|ya)(?: \w+){0,2}? (?:todo|las cosas) (?:listo|arreglado|pagado|en orden|ordenado)\b`,
			r`\b(?:la )?(?:clave|contrasena) del (?:banco|cajero|celular|cel|telefono) (?:esta |queda )?en\b`,
			r`\besto es (?:un|mi) adios\b`,
			r`\b(?:adios|chau|bye) (?:a todos|para siempre|mundo)\b`,
			r`\bya no (?:me )?(?:van|vas) a (?:saber|tener noticias) de mi\b`,
			r`\bultima vez que me (?:vas|van) a (?:ver|oir|escuchar|leer)\b`,
			r`\bya no me (?:van|vas) a (?:volver a )?(?:ver|oir|escuchar)\b`,
			r`\blo que (?:hay|queda|dejo) (?:\w+ ){0,2}?es (?:tuyo|suyo|de ustedes|para ti|para vos)\b`,
			r`\bdeje escrito\b`,
			r`\bquien se queda con (?:el|la|mis|mi)\b`
		),
		negatable: false,
		unless: guard`${news}|\bno me (?:queda|quedaba)\b|\bvieja\b|\b(?:compre|tengo) otr[oa]\b|\bme compre\b|\bya no (?:la|lo) uso\b|\b(?:viaje|vacaciones|me mudo|mudanza|rehab\w*|anexo|internar\w*|de viaje|cuando vuelva|regreso el|nos vemos)\b`
	},
	// Thanks for everything, with things being left to others or a goodbye elsewhere in the message.
	{
		level: 'urgent',
		category: 'farewell',
		re: re`\bgracias por (?:todo|bancarme|aguantarme|ser (?:la|el) (?:mejor|unic[oa]))\b`,
		requires: guard`\b(?:cuida(?:me|nme)? a|quedate con|quedese con|(?:te|le|se lo|se la) dejo (?:al?|la|mis?|el|los)|ya es hora|no me (?:busques|busquen)|ya no (?:lo|la|los|las) voy a necesitar|para siempre|la done|regale|cuando (?:lo|me) encuentren)\b`,
		negatable: false,
		unless: guard`${news}|\b(?:viaje|vacaciones|me mudo|nos vemos|cuando vuelva)\b`
	},
	// Told around what would hide it: grief ("ese día me voy con él"), a question "por algo", a rope bought with a
	// joke for the shop, a knot "no es pa pescar". Not guarded by news, jokes or "preguntó", which those carry.
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\bpregunto (?:por|x) algo\b`,
			r`\bnudos?\b[^]{0,60}\bno es (?:pa|para) (?:pescar|acampar|un columpio|la escuela)\b`,
			r`\b(?:pase|fui|compre)\b[^.!?]{0,30}\b(?:por|x) (?:una|la) (?:soga|cuerda)\b`
		)
	},
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\b(?:ese dia|pronto|ya|el \d+) me voy con (?:el|ella|mi (?:viejo|vieja|papa|mama|hij[oa]|abuel[oa]))\b(?! (?:a|al|de|para|pa))`,
			r`\bcuida(?:me|nme)? (?:al?|a la|a los) \w+`
		),
		requires: guard`\b(?:ese dia me voy|ya no voy a (?:poder|estar)|se cumple (?:un ano|\w+ anos))\b`
	},
	// Belongings handed out, three times or more in one message: "a la Vale le dejé la tablet… la bici se la pasé al
	// Bastián". One or two gifts are ordinary; three, with nothing said about a trip or a move, read as putting things in order.
	{
		level: 'urgent',
		category: 'farewell',
		re: re`\b(?:le|les|te|se la|se lo|se las|se los) (?:deje|dejo|pase|paso|di|doy|regale|devolvi|done)\b`,
		requires: guard`\b(?:le|les|te|se la|se lo|se las|se los) (?:deje|dejo|pase|paso|di|doy|regale|devolvi|done)\b[^]*\b(?:le|les|te|se la|se lo|se las|se los) (?:deje|dejo|pase|paso|di|doy|regale|devolvi|done)\b[^]*\b(?:le|les|te|se la|se lo|se las|se los) (?:deje|dejo|pase|paso|di|doy|regale|devolvi|done)\b`,
		negatable: false,
		unless: guard`${news}|\b(?:viaje|vacaciones|me mudo|mudanza|cumpleanos|navidad|regalo de|cuando vuelva|nos vemos)\b`
	},
	// Ways and means, asked or gathered without the word suicide: the quickest way, how much is deadly, a toxic
	// mix, poison, a bridge, a train, a car filled with smoke, getting sick enough for a hospital.
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:la )?(?:forma|manera|modo) (?:mas )?(?:rapida|facil|segura|indolora) (?:de|para) (?:morir|irme|acabar|no sentir|no despertar|dejar de existir|matarse|quitarse)\b`,
			r`\b(?:formas|maneras) (?:de|para) (?:morir|matarse|no despertar)\b`,
			r`\bcuant[oa]s? (?:\w+ ){0,3}?(?:es|son) (?:mortal|letal|mortales|letales|demasiad[oa]s?|una sobredosis)\b`,
			r`\bcuant[oa]s? (?:\w+ ){0,5}?(?:se necesitan?|hacen? falta|harian falta|(?:para|pa) morir|hay que tomarse|tendria que tomar|(?:para|pa) que sea rapido|(?:para|pa) no despertar)\b`,
			r`\b(?:veneno|raticida|matarratas|pastillas? (?:para|pa|de) las ratas|insecticida|herbicida|paraquat|fosfuro|cianuro)\b`,
			r`\bgas toxico\b`,
			r`\b(?:cloro|lejia|amoniaco|destapacanos|acido|sosa)\b(?: \w+){0,3}? (?:con|y) (?:\w+ ){0,2}?(?:cloro|lejia|amoniaco|destapacanos|acido|vinagre)\b`,
			r`\b(?:tanque|cilindro|tambo) de gas\b[^.!?]{0,40}\b(?:cinta|rendijas|cerrad[oa]|sellar)\b`,
			r`\b(?:sentad[oa]|parad[oa]|subid[oa]) (?:en|sobre) (?:la|el) (?:baranda|barandal|barandilla|cornisa|borde)\b`,
			r`\b(?:manera|forma|metodo)\b[^.!?]{0,30}\bque no duela\b`,
			r`\bcuant[oa]s?\b[^.!?]{0,40}\b(?:friega|revienta|destroza|dana) el higado\b`,
			r`\bnudo (?:corredizo|de horca)\b`,
			r`\b(?:me deje|me deja) dormid[oa] (?:para|pa) siempre\b`,
			r`\b(?:carbon|anafre|brasero)\b(?:[^.!?]{0,40})\b(?:cinta|sellar|cerrad[oa]|encerrad[oa]|el cuarto|el carro|el bano)\b`,
			r`\b(?:manguera|el escape)\b(?:[^.!?]{0,40})\b(?:humo|carro|coche|auto|cajuela)\b`,
			r`\b(?:el tren|el metro|las vias|el puente|la azotea|el balcon|la ventana|el barranco|un piso \d+|\d+ ?(?:no|vo|er|do|to) piso)\b(?:[^.!?]{0,60})\b(?:no pregunten?|calculando|saltar|tirarme|aventarme|mirando (?:para|pa) abajo|a que hora pasa|que tan alto|cuanto mide)\b`,
			r`\b(?:a que hora pasa|que tan alto es|desde que altura|a que altura)\b`,
			r`\b(?<!\bintente )(?:tirarme|aventarme|me tiro|me aviento|me lanzo) (?:por|a) (?:la ventana|el balcon|las vias|el tren|el metro|los carros|un carro|un camion)\b`,
			r`\bme voy a aventar\b(?= *(?:[.!,]|$|ya\b|adios|desde|del? (?:un|una|la|el) (?:puente|edificio|azotea|techo|piso)))`,
			r`\b(?:enfermar\w*|ponerme mal) (?:lo suficiente|tanto|(?:para|pa) que me (?:internen|dejen internad[oa]))\b`,
			r`\b(?:voy a|me voy a|quiero|pienso) tomar(?:me)? (?:todas las|todo el frasco|toda la caja|un frasco|las \d+|el bote|todo el bote|todas mis)\b`,
			r`\btomarme (?:todas las|todo el frasco|toda la caja|el frasco|el bote|todas mis)\b`,
			r`\b(?:para|pa) (?:no (?:volver a )?despertar|morir(?:me)?|matarme|dormir para siempre|acabar con todo|no sentir nada nunca)\b(?! (?:de (?:risa|hambre|sueno)))`,
			r`\b(?:lanzarme|tirarme|aventarme|saltar) al vacio\b`,
			r`\bme (?:quiero|pienso) (?:aventar|tirar|lanzar)\b(?= *(?:[.!,]|$|ya\b|de una|desde))`,
			r`\b(?:buscando|busque|viendo|vi|leyendo|lei) (?:en (?:google|internet|youtube) )?(?:cuanto|cuantas|cuantos|como hacer que el carro|que pastillas)\b(?:[^.!?]{0,60})\b(?:mortal|letal|peligros\w*|hacen? falta|se necesitan|tarda|humo|alcohol)\b`,
			r`\b(?:las|ya las|ya los) (?:he apartado|aparte|tengo apartadas|junte) (?:en|dentro)\b`,
			r`\btengo (?:\d+|dos|tres|cuatro|cinco) (?:cajas|frascos|blisters)\b`
		),
		unless: guard`${news}|${reported}|${joke}|${hyperboleEs}|\b(?:plaga|fumigar|fumigacion|jardin|plantas)\b`
	},
	// Self-harm now or again, in other words than "cortarme".
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
	},
	// A threat to hurt someone, not only to kill: "al que me quite a mis hijos lo lastimo".
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
	},
	// Self-harm happening as the message is written, with what it is done with somewhere in the message: "ahorita
	// mismo lo estoy haciendo, no puedo parar". Laughter at the start does not undo it.
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
	},
	// "Desvivirse" used as "unalive": "esta noche me desvivo y ya". The word is itself the joking register for
	// suicide, so laughter beside it does not make it a joke; "me desvivo por ti" (going out of one's way) is kept out.
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
			r`\b(?:desvivirme|me (?:voy a |quiero |pienso )?desvivir|me desvivo|unalivearme|me (?:voy a |quiero )?unalive\w*)\b(?! (?:por|para|pa|en|de|con|trabajando|atendiendo|cuidando))`
		),
		unless: guard`${reported}|${news}|${past}`
	},
	// A weapon got for someone, with a warning of what comes next: "le he comprado una navaja… la próxima vez que
	// le ponga la mano encima no me voy a ir". A threat to a life even unsaid.
	{
		level: 'urgent',
		category: 'threat',
		re: re`\b(?:compre|comprado|consegui|conseguido|tengo|traigo|cargo|guardo|guardado|agarre)\b(?: \w+){0,3}? (?:navaja|cuchillo|pistola|arma|machete|fierro|cuete|fusca|bate|punal|revolver)\b`,
		requires: guard`\bla proxima vez que\b|\bsi (?:\w+ )?(?:vuelve|se atreve|le vuelve|la vuelve|me vuelve) a\b|\bcomo (?:\w+ )?vuelva a\b|\blo digo en serio\b|\bme las (?:va|van) a pagar\b|\bno (?:me voy a|pienso) (?:ir|quedar (?:quiet|callad)\w*|dejar que)\b|\b(?:para|pa) que me (?:pares|detengas)\b`,
		negatable: false,
		unless: guard`${joke}|${news}|\b(?:caza\w*|cazar|venados?|pescar|acampar|cocina\w*)\b`
	}
];
