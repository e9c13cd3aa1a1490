// Spanish farewells: goodbyes, letters and last times, things given away or left in order, a date set.

import { joke, news, past } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

// No longer being here, said as a farewell: "ya no voy a estar".
export const goodbyesSaid: CrisisRule[] = [
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
	}
];

// Farewells and deadlines told without a method word: letters, things given away or left in order, a date.
export const farewellsUnsaid: CrisisRule[] = [
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
	}
];

// Told around grief: "ese día me voy con él" beside a date that marks a death. Not guarded by news or jokes,
// which grief carries.
export const goingWithTheDead: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\b(?:ese dia|pronto|ya|el \d+) me voy con (?:el|ella|mi (?:viejo|vieja|papa|mama|hij[oa]|abuel[oa]))\b(?! (?:a|al|de|para|pa))`,
			r`\bcuida(?:me|nme)? (?:al?|a la|a los) \w+`
		),
		requires: guard`\b(?:ese dia me voy|ya no voy a (?:poder|estar)|se cumple (?:un ano|\w+ anos))\b`
	}
];

// Belongings handed out, three times or more in one message: "a la Vale le dejé la tablet… la bici se la pasé al
// Bastián". One or two gifts are ordinary; three, with nothing said about a trip or a move, read as putting things in order.
export const belongingsHandedOut: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'farewell',
		re: re`\b(?:le|les|te|se la|se lo|se las|se los) (?:deje|dejo|pase|paso|di|doy|regale|devolvi|done)\b`,
		requires: guard`\b(?:le|les|te|se la|se lo|se las|se los) (?:deje|dejo|pase|paso|di|doy|regale|devolvi|done)\b[^]*\b(?:le|les|te|se la|se lo|se las|se los) (?:deje|dejo|pase|paso|di|doy|regale|devolvi|done)\b[^]*\b(?:le|les|te|se la|se lo|se las|se los) (?:deje|dejo|pase|paso|di|doy|regale|devolvi|done)\b`,
		negatable: false,
		unless: guard`${news}|\b(?:viaje|vacaciones|me mudo|mudanza|cumpleanos|navidad|regalo de|cuando vuelva|nos vemos)\b`
	}
];
