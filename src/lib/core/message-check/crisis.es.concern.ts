// Spanish crisis language at the `concern` level: a wish to be dead, life not worth living, worthlessness, being
// a burden, no way out, and self-harm told as history. Written natively, across regions (voseo, México, the
// Caribbean, Colombia, Spain), without accents like the folded text, and with "q", "xq", "pa" already spelled
// out by spelling.ts. Each rule names a pattern, not a sentence: the wish is often split by a word or two
// ("desear nunca más despertar", "quisiera ya no despertar"). Kept out: idioms and jokes ("me muero de la
// vergüenza jaja"), a bounded wish ("dormir y no despertar hasta el sábado", "desaparecer una semana").

import { boundedEs, hyperboleEs, joke, past, recoveredEs, reported, toldSoEs, tradeEs } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

// "Me quiero morir de la vergüenza" is an idiom; "me quiero morir" is not.
const idiom = String.raw`(?! de (?:la )?(?:verguenza|risa|pena|hambre|sueno|ganas|amor|envidia|aburrimiento|calor|frio|cansancio|nervios|sed|ternura|felicidad|alegria|emocion|la emocion|celos))`;
const notJoking = guard`${joke}|${hyperboleEs}|${reported}`;
// Being alive, said as people say it.
const living = String.raw`vivir|existir|seguir viviendo|seguir viv[oa]|seguir existiendo|seguir respirando|respirar|estar viv[oa]|seguir aqui|estar en este mundo|seguir en este mundo|despertar(?:me)?|amanecer|levantarme`;

export const crisisEsConcern: CrisisRule[] = [
	// A passive wish to be dead: not wanting to live, wanting to die or not wake up.
	{
		level: 'concern',
		category: 'passive_wish',
		re: anyOf(
			r`\bno (?:me )?(?:quiero|quisiera|queria|deseo|tengo ganas de)(?: (?:ni|ya|mas|seguir|volver a|tener que|nunca mas))* (?:${living})\b${boundedEs}(?! (?:asi|de esta|con|en|aqui|alla|ahi|como|sin|temprano|tarde|sol[oa]|lejos|cerca|a las|con el|para|por))`,
			r`\bya no (?:quiero|queria) (?:estar|seguir) (?:aqui|en este mundo|viv[oa])\b(?! (?:en|con|de|trabajando|viviendo|sin))`,
			r`\b(?:no )?(?:tengo|hay) ganas de (?:seguir|vivir|nada)(?= *(?:[.!?,]|$|posta|neta|la verdad|de verdad|ya|nunca|ni))`
		),
		negatable: false,
		unless: guard`${joke}|${hyperboleEs}`
	},
	{
		level: 'concern',
		category: 'passive_wish',
		re: anyOf(
			r`\b(?:quiero|quisiera|queria|me quiero|me quisiera|deseo|desearia|desear|deseando|ganas de|solo quiero|prefiero|preferiria|me gustaria|sueno con|pido|pidiendole a dios|le pido a dios)(?: \w+){0,2}? (?:morir|morirme|estar muert[oa]|dejar de existir|no existir|desaparecer(?: para siempre| de este mundo| del mapa)?|irme de este mundo|no estar (?:aqui|viv[oa])|no haber nacido|que (?:dios|la muerte) me (?:lleve|recoja)|que me lleve (?:dios|la muerte|la pelona)|dormir para siempre)\b${idiom}${boundedEs}(?! (?:de (?:aqui|las redes|facebook|insta\w*|whatsapp|tiktok|tu vida|sus vidas|la casa|la fiesta|esta ciudad)|del (?:grupo|trabajo|planeta (?:un|por|hasta))|un (?:tiempo|rato)))`,
			r`\b(?:quisiera|quiero|queria|deseo|desear|deseando|desearia|ojala|espero|pido|rezo|ruego|me gustaria)\b(?: \w+){0,4}? (?:no|nunca|jamas)(?: mas| volver a)?(?: me)? (?:despertar\w*|despierte|despertara|amanecer|amanezca|abrir los ojos)\b${boundedEs}(?! (?:la|el|mi) (?:alarma|despertador|ruido|bebe|nino|perro|vecino|jefe))`,
			r`\bojala (?:\w+ ){0,3}?me (?:atropelle|atropellara|caiga un rayo|parta un rayo|de un infarto|diera un infarto)\b`,
			r`\bojala (?:\w+ ){0,2}?(?:me muera|me muriera|morirme|estuviera muert[oa]|no hubiera nacido|nunca hubiera nacido|no existiera|me (?:llevara|lleve) (?:dios|la muerte)|todo se acabe|se acabe todo|no despertar|no despierte|me durmiera)\b${idiom}${boundedEs}`,
			r`\b(?:dormir|dormirme|acostarme|cerrar los ojos)(?: \w+){0,2}? y (?:ya )?(?:no|nunca|jamas) (?:mas |volver a )?(?:despertar|despertarme|abrirlos|amanecer)\b${boundedEs}`,
			r`\bno (?:despertar|despertarme) (?:nunca|mas|jamas)\b`,
			r`\b(?:mejor|preferiria|prefiero) (?:estar )?muert[oa]\b`,
			r`\b(?:seria|es) mejor no haber nacido\b`,
			r`\b(?:mejor|prefiero) me (?:muero|muera|muriera)\b${idiom}(?! (?:antes|que))`,
			r`\b(?:quiero|necesito|ojala) que (?:todo|esto|el dolor) (?:se acabe|termine|pare)(?: ya| de una vez| para siempre)?(?= *(?:[.!?,]|$|ya|de una))`,
			r`\b(?:quiero|necesito|ojala) que (?:se acabe|termine|pare|acabe) (?:todo|esto|el dolor)\b(?! (?:el|la|lo) \w+)`
		),
		unless: guard`${joke}|${hyperboleEs}|${reported}|${past}`
	},
	// A wish to be run over, struck or taken, or not to wake up, stays a wish to be dead when laughter follows it
	// ("ojalá me atropelle un bus jaja"): laughter is how people say it, so this rule does not take the joke guard.
	// Hyperbole (an embarrassment, a chore) still frames it.
	{
		level: 'concern',
		category: 'passive_wish',
		re: anyOf(
			r`\b(?:ojala|quisiera que|me gustaria que|a ver si|le pido a dios que|rezo (?:para|pa) que)\b(?: \w+){0,3}? me (?:atropell\w*|arroll\w*|pise (?:un|una|el|la) \w+|caiga (?:un rayo|un piano|algo encima|el techo)|parta un rayo|de un infarto|diera un infarto|lleve (?:dios|la muerte|la pelona|la flaca)|llevara (?:dios|la muerte|la pelona|la flaca))\b`,
			r`\b(?:ojala|quisiera|me gustaria|le pido a dios|a ver si)\b(?: \w+){0,3}? (?:no (?:despierte|despertar|amanezca|amanecer)|me quede dormid[oa] para siempre)\b${boundedEs}`
		),
		negatable: false,
		unless: guard`${hyperboleEs}|${reported}|${past}|${recoveredEs}`
	},
	// Life not worth living, no reason to go on.
	{
		level: 'concern',
		category: 'passive_wish',
		re: anyOf(
			r`\b(?:la|mi|esta) vida (?:ya )?no (?:tiene|le encuentro|le veo|vale) (?:ningun |nada de )?(?:sentido|caso|chiste|la pena|nada)\b`,
			r`\bno (?:vale|tiene) (?:la pena|sentido|caso|chiste) (?:vivir|seguir|seguir viviendo|seguir viv[oa]|la vida|mi vida|seguir aqui|seguir existiendo|existir|despertar|levantarme)\b`,
			r`\bno (?:le )?(?:encuentro|veo|hallo) (?:el |ningun )?(?:sentido|caso|chiste|proposito) (?:a|de) (?:la vida|vivir|seguir|mi vida|existir|nada|despertar|levantarme)\b`,
			r`\b(?:que|cual es el) (?:sentido|caso|chiste|punto) (?:de|tiene|en) (?:vivir|seguir viviendo|seguir viv[oa]|seguir aqui|existir|la vida|mi vida)\b`,
			r`\bde que (?:sirve|me sirve) (?:vivir|seguir viviendo|seguir aqui|mi vida|existir)\b`,
			r`\b(?:para|pa) que (?:seguir|sigo) (?:viviendo|viv[oa]|aqui|existiendo|vivir|respirando|intentando|luchando)\b`,
			r`\b(?:para|pa) que (?:vivo|vivir|naci|existo|me levanto|despierto|sigo)(?= *(?:[.!?,]|$|la verdad|si|ya|posta|neta))`,
			r`\bno (?:tengo|me queda|me quedan|hay) (?:razones|razon|motivos?|nada|por que|porque)(?: \w+)? (?:para|pa|por (?:que|el que)|por lo que) (?:vivir|seguir)\b`,
			r`\bno tiene sentido seguir\b`,
			r`\bya no (?:puedo|quiero) (?:mas con )?(?:la|esta|mi) vida\b`,
			r`\b(?:cansad[oa]|hart[oa]|jart[oa]|mamad[oa]|agotad[oa]|aburrid[oa]|chat[oa]|podrid[oa]|hasta la madre|hasta la coronilla) de (?:vivir|la vida|existir|estar viv[oa]|respirar)\b`,
			r`\bme (?:canse|cansé|harte) de (?:vivir|la vida|existir|estar viv[oa])\b`,
			r`\b(?:vivir|la vida|estar viv[oa]|cada dia|cada segundo) (?:\w+ ){0,2}?(?:es|son) (?:un|una|puro|pura) (?:desperdicio|tortura|castigo|infierno|esfuerzo al pedo)\b`,
			r`\b(?:morir|morirme|la muerte|estar muert[oa]) (?:me )?(?:suena|se oye|parece) (?:bien|bonit[oa]|tentador\w*|un alivio|la solucion|mejor)\b`,
			r`\bsi me muero (?:\w+ ){0,2}?(?:que alivio|(?:me )?da (?:lo mismo|igual)|mejor|seria un alivio|nadie)\b`,
			r`\bme da (?:igual|lo mismo) (?:vivir|estar viv[oa]|morir|morirme|si me muero|si vivo)\b`,
			r`\bseria un alivio (?:morir|morirme|no despertar|no estar)\b`,
			r`\b(?:pienso|pensando|pense|pensado|fantaseo|fantaseando|sueno)(?: \w+){0,3}? (?:en|con) (?:la muerte|morir|morirme|estar muert[oa]|no despertar|desaparecer para siempre|dejar de existir|no estar)\b`,
			r`\b(?:ya no tengo|no me quedan|sin) (?:fuerzas|ganas|animo) (?:de|para|pa) (?:seguir|vivir|luchar|levantarme|nada)\b`,
			r`\bya no (?:quiero|puedo) (?:seguir luchando|luchar mas|seguir adelante|seguir con (?:esto|mi vida|la vida))\b`,
			r`\b(?:me quiero|quiero) ir (?:con (?:dios|mi (?:mama|papa|hij[oa]|abuel[oa]|viej[oa]))|al cielo|de aqui para siempre|para siempre)\b`,
			r`\b(?:no (?:debi|debia|deberia|tendria que) (?:haber )?nacer|no (?:debi|deberia) haber nacido|desearia no haber nacido|maldigo el dia en que naci)\b`,
			r`\b(?:descansar|dormir) (?:para siempre|eternamente|en paz de una vez)\b`,
			r`\bmuert[oa] en vida\b`,
			r`\b(?:dormid[oa]|dormir|dormirme) (?:para|pa) siempre\b`,
			r`\bno voy a durar mucho\b`,
			r`\bno me importaria (?:morir|morirme|no despertar|que me pase algo|que me (?:atropelle|mate))\b`,
			r`\bsi me pasa algo (?:\w+ ){0,2}?(?:mejor|da igual|no importa|que importa)\b`,
			r`\bque me atropelle (?:un|el) (?:carro|coche|camion|auto|tren)\b`,
			r`\bno quiero seguir\b(?= *(?:[.!?,]|$|mas\b(?! con)|ya\b))`,
			r`\b(?:me duele vivir|vivir me duele|ya no quiero sufrir mas|cansad[oa] de sufrir)\b`,
			r`\b(?:quisiera|quiero|desearia) no estar\b(?= *(?:[.!?,]|$|mas|ya))`,
			r`\bla (?:unica|mejor) salida (?:es|seria) (?:la muerte|morir|morirme|irme|desaparecer)\b`,
			r`\bla muerte (?:es|seria) (?:la|mi) (?:unica )?(?:salida|solucion|descanso)\b`
		),
		negatable: false,
		unless: notJoking
	},
	// Thoughts of death, said as one has them; "no tengo pensamientos de hacerme daño" is negated.
	{
		level: 'concern',
		category: 'passive_wish',
		re: re`\b(?:ideas|pensamientos) de (?:muerte|morir(?:me)?|quitarme la vida|hacerme dano|desaparecer)\b`,
		unless: notJoking
	},
	// Worthlessness and self-hatred.
	{
		level: 'concern',
		category: 'worthless',
		re: anyOf(
			r`\bno (?:valgo|vales) (?:nada|(?:para|pa) nada|ni (?:un peso|madre|verga|mierda|un carajo|la pena)|verga|madre|un carajo|una mierda)\b`,
			r`\bno sirvo (?:(?:para|pa) nada|ni (?:para|pa|como) \w+|pa na)\b`,
			r`\bque no sirve (?:para|pa) nada\b`,
			r`\bsolo sirvo (?:para|pa) (?:danar|lastimar|joder|arruinar|fallar|decepcionar|estorbar)\b`,
			r`\b(?:un|una) buen[oa] (?:para|pa) (?:nada|na)\b`,
			r`\bsoy(?<!\b(?:dice|dijo|dicen|decia|grita|llama|dijeron) (?:que )?soy) (?:un[oa]? )?(?:gran |puto |puta |total )?(?:basura|mierda|cagada|fracaso|porqueria|desperdicio|lacra|escoria|asco|inutil|fracasad[oa]|malagradeci\w*)\b(?! (?:en|con|para|jugando|cocinando|bailando|manejando|de cocinero|de cocinera))`,
			r`\bsoy (?:un[oa]? )?(?:puto|puta|total|gran) desastre\b`,
			r`\bsoy (?:un[oa]? )?(?:parasito|lastre|plaga|desgraciad[oa]|miserable|perdedor[a]?|despojo|sanguijuela|peso muerto)\b(?! (?:en|con|para))`,
			r`\b(?:nunca )?(?:soy|voy a ser|sere) suficiente\b`,
			r`\b(?:que )?asco (?:de mi|me doy|de mi mism[oa])\b`,
			r`\bno (?:se|puedo) hacer nada bien\b`,
			r`\btodos me odian\b`,
			r`\bsoy peor que (?:la basura|una rata|nada|un perro)\b`,
			r`\b(?:una|un) (?:porqueria|basura|mierda|asco|desastre|fracaso|lacra) de (?:persona|ser humano|padre|madre|hij[oa]|tipo|mujer|hombre)\b`,
			r`\btodo lo que toco (?:lo |se )?(?:pudre|arruino|destruyo|echo a perder|jodo|cago|rompe|muere|seca)\b`,
			r`\bsoy como (?:una|un) (?:plaga|cancer|virus|maldicion)\b`,
			r`\bya no soy (?:persona|nadie|nada)\b`,
			r`\b(?:cascaron vacio|desastre con patas|cagada tras cagada)\b`,
			r`\bsoy un error\b`,
			r`\bme (?:da|dio) asco\b(?: \w+){0,6}? (?:espejo|mirando|vi|veo|soy)\b`,
			r`\bno (?:iba|voy) a llegar a nada\b`,
			r`\bno le sirvo a nadie\b`,
			r`\b(?:un )?cero a la izquierda\b`,
			r`\beso valgo\b`,
			r`\bsoy (?:la|el) peor (?:madre|padre|hij[oa]|persona|herman[oa]|espos[oa]|amig[oa]|pareja)\b`,
			r`\bsoy (?:lo peor|lo peor que|un error|un cero a la izquierda|nadie|nada)\b(?! (?:en|con|para|de))`,
			r`\bme (?:odio|doy asco|da asco lo que veo|dio asco lo que vi)\b(?! (?:por (?:comer|haber comido|no)|cuando (?:como|me tomo fotos)))`,
			r`\bodio (?:ser yo|quien soy|lo que soy|estar viv[oa]|mi existencia|mi vida)\b`,
			r`\bsoy (?:una |la )?(?:decepcion|verguenza|desgracia)\b(?! (?:en|con|para (?:el|la)))`,
			r`\bsoy (?:un|una) (?:mal|mala|pesim[oa]|horrible|terrible) (?:padre|madre|hij[oa]|persona|herman[oa]|espos[oa]|ser humano)\b`,
			r`\b(?:siempre )?(?:lo )?arruino todo\b`,
			r`\b(?:todo lo hago mal|no hago nada bien|no sirvo ni (?:para|pa) morir\w*|asco de persona|no soy nadie)\b`,
			r`\bno merezco (?:ni )?(?:vivir|estar viv[oa]|existir|nada|que me quieran|ser feliz|el aire|amor|ser amad[oa]|respirar)\b`,
			r`\btodo lo que toco lo (?:arruino|destruyo|echo a perder|jodo|cago)\b`,
			r`\b(?:lo arruino|arruino|destruyo) todo lo que toco\b`,
			r`\b(?:mis hijos|mi familia|ellos|ellas|todos) (?:merecen|se merecen) (?:algo|alguien) mejor (?:que yo|q yo)\b`
		),
		negatable: false,
		unless: guard`${hyperboleEs}|${reported}|${toldSoEs}`
	},
	// "No vale nada" in the third person: the writer, unless it is a thing's price ("este carro ya no vale nada").
	{
		level: 'concern',
		category: 'worthless',
		re: re`\bno vale (?:nada|(?:para|pa) nada|ni (?:un peso|madre|verga|mierda|un carajo|la pena)|verga|madre|un carajo|una mierda)\b`,
		negatable: false,
		unless: guard`${hyperboleEs}|${reported}|${toldSoEs}|${tradeEs}`
	},
	// Being a burden, and everyone better off.
	{
		level: 'concern',
		category: 'burden',
		re: anyOf(
			r`\b(?:estan|estarian|estarias|estaria|estaran|estaras|seria|serian|seras|viven|vivirian|vivian|irian|iria|les iria|te iria) (?:\w+ ){0,2}?(?:mejor|mas felices|mas feliz|mas tranquil[oa]s?|en paz) (?:sin (?:mi|un (?:padre|papa|hijo|hermano|esposo|marido)|una (?:madre|mama|hija|hermana|esposa))\b(?! (?:ex|novi[oa]|ayuda|dinero|carro|trabajo|celular|casa))|si (?:yo )?(?:no existiera|no estuviera|estuviera muert[oa]|me muero|me muriera|desaparezco|desapareciera|me voy para siempre|no hubiera nacido|ya no estoy|ya no estuviera))`,
			r`\b(?:todos|todas|ustedes|ellos|la familia|mis hijos|el mundo) (?:estarian|estarias|serian|vivirian|estaria|seria) (?:mucho |muchisimo )?(?:mejor|mas felices|mas tranquil[oa]s)(?= *(?:[.!?,]|$|sin|si))`,
			r`\bsin mi (?:\w+ ){0,3}?(?:estarian|estarias|serian|vivirian|estaria|seria|estan|son|viven|os ahorrariais|se ahorrarian|te ahorrarias|te quitarias|se quitarian|podrian|podriais|podrias)\b`,
			r`\bsoy (?:solo |nada mas |solamente |una )?(?:una carga|un estorbo|una molestia|un peso|un problema)(?: \w+)? (?:para|pa) (?:todos|ustedes|ti|vos|la familia|mi familia|mis \w+)\b`,
			r`\b(?:soy|ser|me siento|siento que soy) (?:solo |nada mas |solamente )?(?:una carga|un estorbo|una molestia|un peso muerto)\b`,
			r`\b(?:carga|estorbo) (?:tan grande )?para (?:todos|ustedes|ti|vos|la familia)\b`,
			r`\b(?:si|cuando) (?:yo )?(?:ya )?(?:no existiera|no hubiera nacido|me muriera|no estuviera|ya no (?:este|estuviera|exista))\b`,
			r`\bnadie (?:me )?(?:extranaria|notaria|se daria cuenta|me va a extranar|lo notaria|me echaria de menos)\b`,
			r`\ba nadie le (?:importaria|importa|va a importar) si (?:me muero|desaparezco|ya no estoy|me mato)\b`,
			r`\b(?:les|te|le) (?:haria|hago) un favor (?:a todos |al mundo )?(?:si|yendome|muriendome|desapareciendo)\b`,
			r`\b(?:solo|nomas|nada mas) (?:les |te |le )?(?:causo|traigo|doy|he dado|dejo) (?:puros |mas )?(?:problemas|dolor|sufrimiento|dolores de cabeza|disgustos|verguenzas)\b`,
			r`\bya no (?:los|las|les|te) quiero (?:joder|molestar|estorbar|hacer sufrir) mas\b`,
			r`\bpronto no (?:tendran|tendras|van a tener) que preocuparse\b`,
			r`\b(?:les|te|le) (?:arruino|estoy arruinando|arruine) la vida\b`,
			r`\b(?:solo|nomas) (?:soy|he sido) (?:un|una) (?:problema|carga|estorbo|molestia)\b`,
			r`\b(?:se|te) (?:librarian|librarias|quitarian|quitarias) (?:de mi|un peso)\b`,
			r`\bmejor para todos (?:si|que) (?:yo )?(?:no (?:estuviera|existiera)|me (?:muero|muera|muriera|voy|fuera)|desaparezco|desapareciera)\b`,
			r`\ba nadie le (?:haria|hago|voy a hacer) falta\b`,
			r`\b(?:les|te|le) (?:estorbo|complico la vida|doy lastima|hago la vida imposible)\b`,
			r`\bsoy la causa de (?:todo|todos sus|sus|tus)\b`,
			r`\b(?:el dia|cuando) (?:que |q )?(?:yo )?ya no (?:este|exista)\b`,
			r`\b(?:me borrara|borrarme|me borro) del mapa\b${boundedEs}`,
			r`\bseria un alivio (?:para|pa) (?:todos|ustedes|ti|mi familia)\b`,
			r`\bya no (?:les|te|le) voy a (?:pesar|molestar|estorbar)\b`,
			r`\bse les acabe el problema\b`,
			r`\b(?:les|te|le) quito mas de lo que (?:les|te|le) doy\b`,
			r`\bquitarle la vida a los demas\b`,
			r`\bdejar de ocupar espacio\b`,
			r`\b(?:soy|ser) (?:un|una) (?:bulto|peso|carga|lastre|costal|gasto)\b(?! (?:de (?:ropa|trabajo|papas)|ligero))`,
			r`\bsin este peso\b`,
			r`\bmi (?:existencia|vida) es (?:un|una) (?:gasto|carga|estorbo|peso|error|desperdicio)\b`,
			r`\bsin mi (?:ahi |alrededor |cerca )?(?:\w+ ){0,2}?(?:crece|crecen|estan|viven|suena|seria|serian) (?:mejor|distinto|tranquil\w+|feliz|felices)\b`,
			r`\b(?:merece|merecen|se merece) (?:un|una) (?:papa|padre|mama|madre|hermano|hermana|hijo|hija) de verdad\b`,
			r`\b(?:costarles|les cuesto|le cuesto|te cuesto) (?:plata|dinero|disgustos)\b`,
			r`\b(?:quitarme|me quito|me voy a quitar|sacarme|me saco|me voy a sacar) (?:de en medio|del medio)\b(?! (?:para que (?:ustedes )?(?:esten|sean) (?:juntos|felices)|de (?:tu|su) relacion))`
		),
		negatable: false,
		unless: guard`${past}|\bpidiendo\w*\b`
	},
	// No way out, trapped, nothing will change.
	{
		level: 'concern',
		category: 'trapped',
		re: anyOf(
			r`\bno (?:hay|tengo|veo|le veo|encuentro|le encuentro|existe|queda|se ve) (?:ninguna |otra |mas |ni una )?(?:salida|escape|escapatoria)\b(?! (?:de emergencia|del (?:estacionamiento|parking|edificio|metro)|por la|al (?:publico|estacionamiento)))`,
			r`\b(?:un|en un|en este) callejon sin salida\b`,
			r`\bsin salida\b(?! (?:al|a la|de emergencia))`,
			r`\b(?:estoy|me siento|me veo|siento que estoy|vivo|sigo) (?:completamente |totalmente |bien |muy )?(?:atrapad[oa]|acorralad[oa]|encerrad[oa] en (?:un cuarto sin puertas|mi cabeza|esta vida|este cuerpo))\b(?! en (?:el |la )?(?:trafico|elevador|ascensor|tren|metro|bano|fila|cola|aeropuerto|nieve|lluvia|oficina|trabajo|juego|libro|serie))`,
			r`\bno (?:hay|tengo|veo|le veo) (?:ningun |mi )?futuro\b(?! (?:en|con|para (?:el|la|este|esta)))`,
			r`\bno (?:hay|tengo|me queda) (?:ninguna |ya )?esperanzas?\b(?! (?:de que|en que|de (?:ganar|encontrar|conseguir)))`,
			r`\b(?:esto|mi vida|nada) (?:nunca|jamas) (?:va a|se va a|van a) (?:cambiar|acabar|mejorar)\b`,
			r`\b(?:esto|nada) no (?:va a|se va a) (?:cambiar|mejorar|acabar) nunca\b`,
			r`\b(?:esto|mi vida|lo mio|mi caso|yo) (?:ya )?no (?:hay|tiene) (?:arreglo|remedio)\b`,
			r`\bno (?:hay|tengo) (?:manera de salir|forma de salir|como salir|pa donde)\b`,
			r`\bno (?:veo|se) (?:como|por donde|pa donde) salir\b`,
			r`\bya no veo por donde\b`,
			r`\b(?:estoy|sigo|vivo) en un (?:pozo|hoyo|infierno)\b(?! (?:de (?:trabajo|tareas)))`,
			r`\bcada vez que intento salir me hundo\b`,
			r`\b(?:nunca|jamas) (?:voy a|vamos a) salir de (?:esto|este (?:hoyo|pozo|infierno)|aqui)\b`,
			r`\bno (?:puedo|logro) salir de (?:este|esta) (?:hoyo|pozo|infierno|oscuridad|depresion)\b`,
			r`\btodo (?:es|esta|se ve) (?:negro|oscuro)\b`,
			r`\b(?:estoy|me siento|sigo) (?:bien |muy |completamente )?hundid[oa]\b`,
			r`\bsiento que me ahogo\b`,
			r`\bno (?:aguanto|soporto) (?:esta|mi) vida\b`,
			r`\besto no es vida\b`,
			r`\bel futuro (?:es|se ve) (?:una pared|negro|oscuro|un hoyo)\b`,
			r`\bno veo nada mas alla de\b`,
			r`\bnada cambia ni va a cambiar\b`,
			r`\b(?:vivo|estoy|vivir) en una jaula\b`,
			r`\basi hasta que me muera\b`,
			r`\bno le veo (?:puerta|salida|fin) a (?:esto|mi vida)\b`,
			r`\bestar en un pozo\b`,
			r`\b(?:esto|mi vida) no tiene fin\b`,
			r`\bsin futuro\b(?! (?:en (?:el|la|este|esta)|con))`,
			r`\bno (?:veo|hay) luz al final\b`,
			r`\bya no (?:hay|tengo) (?:nada|nadie) (?:por|para) (?:quien|que|lo que) (?:luchar|vivir|seguir)\b`,
			r`\bmi vida ya se acabo\b`,
			r`\b(?:me tiene|me tienen) agarrad[oa] y (?:ya )?no (?:hay|puedo)\b`
		),
		negatable: false,
		unless: guard`${hyperboleEs}`
	},
	// Self-harm or an attempt told as history, or as a risk that comes back.
	{
		level: 'concern',
		category: 'self_harm_past',
		re: anyOf(
			r`\b(?:antes|cuando|de cuando|yo) (?:\w+ ){0,3}?me (?:cortaba|lastimaba|quemaba|autolesionaba|hacia dano)\b`,
			r`\bme (?:cortaba|autolesionaba)\b(?! (?:el|la|las|los) (?:pelo|cabello|unas|barba|fleco))`,
			r`\b(?:mis |las |tiene |tengo )?cicatrices (?:de (?:cuando|los cortes|las cortadas)|en (?:los|las|el|la) (?:brazos?|munecas?|muslos?|piernas?|panza))\b`,
			r`\bmi (?:ultimo|primer|segundo|tercer|otro) intento\b`,
			r`\b(?:tuve|hice) (?:un|otro|mi) intento\b`,
			r`\bdespues del intento\b`,
			r`\b(?:la ultima vez|la primera vez) (?:que )?me (?:corte|queme|lastime)\b`,
			r`\b(?:me tire|me avente|me colgue|me corte las venas|me tome (?:todas|un frasco|un bote))\b[^.!?]{0,40}?\bhace (?:\w+ )?(?:anos|meses)\b`,
			r`\b(?:intente|ya intente|lo intente) (?:\w+ ){0,2}?(?:matarme|suicidarme|quitarme la vida|ahorcarme|tirarme|aventarme|colgarme|envenenarme|cortarme las venas)\b`,
			r`\b(?:ya )?lo intente (?:una vez|dos veces|antes|hace)\b`,
			r`\btermine (?:cortandome|en urgencias (?:por|despues))\b`,
			r`\b(?:cuando tenia \d+|a los \d+|el (?:ano|verano|invierno) pasado|hace (?:\w+ )?(?:anos|meses))\b[^.!?]{0,80}?\b(?:me tome (?:todas|todo|un monton|muchas|un bote|un frasco|una caja)|intente|me corte|me tire|me colgue|termine en (?:urgencias|el hospital))\b`,
			r`\bme tome (?:todas las|un monton de|todo el frasco de) (?:pastillas|pildoras)\b(?:[^.!?]*)\b(?:no fue un accidente|termine en urgencias)\b`
		),
		negatable: false,
		unless: guard`${recoveredEs}|${reported}|${hyperboleEs}`
	},
	// Past self-harm whose pull is still there: "no lo estoy haciendo, pero la parte de mí que quería sigue ahí",
	// "las ganas de cortarme volvieron". Counts only where the message names the self-harm it comes from.
	{
		level: 'concern',
		category: 'self_harm_past',
		re: anyOf(
			r`\b(?:la|esa|una|esta) parte de mi que (?:queria|quiere|lo queria|lo hacia|pedia|necesitaba)\b[^.!?]{0,80}?\b(?:sigue|seguia|volvio|se (?:desperto|hubiera despertado|despierta))\b`,
			r`\b(?:las ganas|el impulso|la necesidad|las ansias) de (?:hacerlo|cortarme|rayarme|lastimarme|hacerme dano|volver a hacerlo)\b(?: (?!no\b|nunca\b)\w+){0,3}? (?:sigue|siguen|volvio|volvieron|regreso|regresaron)\b`
		),
		requires: guard`\b(?:rayitas|rayas|me rayaba|cortes|cortadas|me cortaba|cicatrices|marcas|me lastimaba|me hacia dano|gillette|cuchilla|navaja|tijeras?|no lo estoy haciendo|no lo he vuelto a hacer|cortarme|lastimarme)\b`,
		negatable: false,
		unless: guard`${reported}`
	}
];
