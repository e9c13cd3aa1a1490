// Spanish crisis language by concept rather than by sentence: a small vocabulary for each idea (a means, a
// goodbye, a threat, being worthless, a burden, trapped) joined by short word gaps to a cue that makes it the
// writer's own and final, so phrasings nobody wrote down still match. Written on the folded text (no accents,
// "pa" and "q" already spelled out) in the Spanish of México, the Río de la Plata, the Caribbean, Colombia,
// Chile, Perú, Spain and Central America, and the Spanglish between them.

import { pills } from './crisis.es.medical.ts';
import { hyperboleEs, joke, news, otherHurtsEs, past, reported, toldSoEs } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

/** A few words between the parts of an idea, never across punctuation. */
const gap = String.raw`(?: \w+){0,4}?`;
/** The rest of a clause: words and commas, up to a sentence break. */
const near = String.raw`[^.!?\n]{0,80}?`;

/** Recovery and the long past told in Spanish: "salí del pozo", "hoy estoy bien", "ya no me corto". */
const healed = String.raw`\b(?:sali|logre salir|encontre la salida|hoy estoy bien|ahora estoy bien|llevo (?:\w+ )?(?:anos?|meses|dias) (?:limpi|sobri|sin)\w*|agradezco|sin verguenza|tatuaje|orgullos\w*|ensene|gracias a (?:dios|mi (?:madrina|padrino|grupo))|antes (?:era|pensaba|me sentia|sentia)|(?:pensaba|creia|sentia) que|recuerdo cuando|ya no me (?:corto|lastimo|quemo)|cumplo \w+ (?:anos|meses)|hoy ayudo)\b`;
/** A wish for a while: "hasta el lunes", "una semana a la playa" (but not "no hasta el lunes, nunca"). */
const forAWhile = String.raw`\b(?<!no )(?:hasta (?:el|la|que|manana|pasado)|un rato|unos dias|una semana|el finde|este (?:weekend|finde)|de vacaciones|a la playa)\b`;
/** Words another person said about the writer: "me dice que soy una inútil" (unless the writer agrees). */
const theySay = String.raw`\b(?:me|le|nos) (?:dice|dijo|dicen|decia|grita|llama|trata)\b(?![^]*tiene razon)`;

const pillNames = String.raw`${pills}|pastas|pepas|clonas?|orfidal\w*|acetaminofen\w*|ibuprofen\w*|aspirinas?|fenta`;
const means = String.raw`${pillNames}|\d+ ?mg|frascos?|blister|soga|cuerda|cinturon|pistola|revolver|escopeta|puente|vias|tren|azotea|balcon|cloro|lejia|amoniaco|destapacanos|veneno|raticida|matarratas|ratas|gillette|carbon|manguera|edificio|rio|rifle|arma|viaducto|anticongelante|insecticida|herbicida|paraquat|cianuro`;
/** What makes a means the writer's way out: how many, how fast, kept aside, asked about for no reason. */
const lethal = String.raw`no despertar|que no despierte|(?:dormid[oa]|dormir) para siempre|sin dolor|que no duela|mas rapid[oa]|sea rapido|letal(?:es)?|mortal(?:es)?|toxico|mas peligros[oa]s|se necesitan?|hacen? falta|harian falta|cuanto tarda|guardad[oa]s|juntad[oa]s|apartad[oa]s|las conte|friega|lo suficiente|no se para|se puede pasar|mas alto|a una persona|de carga|baranda|para abajo|calculando|colgad[oa]|viga|sellar|rendijas|cargad[oa]|puerta cerrada|sin ventana|en la (?:mochila|cajuela)|para que era|no (?:me )?pregunte[ns]?|pregunto por algo|ya sabes para que|para saber nomas|no es para pescar|contad[oa]s|alcanza|\d+ metros|no sabe a nada|donde (?:se|lo|la) consig\w*|la necesito|es para mi|no sobreviv\w*|no (?:me )?levant\w*|uno no aguante|que no sospech\w*|mas fuertes con`;
/** Words that make handing things over a goodbye. */
const parting = String.raw`\b(?:gracias por (?:todo lo que|todos estos anos|ser el unico|ser la unica|bancarme)|perdon(?:ame|en)? (?:por )?todo|los quiero a todos|love (?:u|you) always|no me (?:busques|busquen)|no (?:llores|lloren) por mi|ya no (?:voy|vas|van|estoy|puedo|estare)|ya es hora|no estes triste|que (?:te|le) vaya bien en la vida|fue un (?:gusto|honor)|adios|para siempre|cuando (?:yo )?(?:ya )?no este|despues del? (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|weekend|finde)|ya (?:esta )?todo (?:listo|en orden|arreglado)|ya escribi|para que no (?:tengan|tengas) que (?:hacer nada|limpiar|preocupar\w*)|(?:todo|lo que hay)(?: \w+)? es (?:tuyo|para ti)|haz con (?:ello|eso) lo que quieras|este es el ultimo)`;

export const crisisEsWide: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'intent',
		re: anyOf(
			r`\b(?:decidi|decidido|tengo decidido|ya elegi|tome la decision|tengo (?:todo )?(?:pensado|planeado))\b${near}\b(?:quitarme|ponerle|le pongo|punto final|acabar con todo|terminar con todo|matarme|suicidarme|no seguir|irme de este mundo|me mato|no paso de|no amanezco|el dia|me voy(?=[,.!]|$))`,
			r`\bno (?:pienso (?:estar|llegar)|paso de esta noche|amanezco|voy a llegar al? (?:lunes|viernes|domingo|manana|navidad))\b`,
			r`\b(?:termin|acab)\w* con mi (?:historia|existencia)\b|\birme de todo\b|\b(?:me retiro|retirarme|me bajo|bajarme) de la vida\b|\besta vez no fallo(?=\s*[.,!]|$)|\bme (?:voy|quiero ir|iria) de este mundo\b|\bme doy de baja\b`,
			r`\b(?:ya )?tengo (?:la )?fecha(?=\s*[.,!]|$)|\bno me (?:van|vas) a encontrar a tiempo\b`,
			r`\blo (?:voy a hacer|hago|hare) cuando (?:todos )?(?:esten dormidos|se duerman|no haya nadie)\b`,
			r`\bterminar lo que empece\b`
		),
		unless: guard`${joke}|${reported}|${news}`
	},
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:${means})\b${near}\b(?:${lethal})`,
			r`\bcuant[oa]s?\b${near}\b(?:te|lo|la) matan?\b|\b(?:aguanta|colgar)\b${near}\b\d+ kilos\b`,
			r`\b(?:estoy|ando|sentad[oa]) (?:junto a las vias|en (?:la baranda|el borde|la cornisa))\b`
		),
		unless: guard`${news}|${healed}|\b(?:ratones|dolor de|receta|el medico me|como se toma)\b`
	},
	{
		level: 'urgent',
		category: 'method',
		re: re`\b(?:tirarme|aventarme|lanzarme|arrojarme|brincar|me (?:tiro|aviento|lanzo|arrojo)) (?:del|de la|por la|al|a las|desde el) (?:puente|azotea|edificio|ventana|balcon|tren|metro|vias|techo)\b`,
		unless: guard`${joke}|${hyperboleEs}|${news}|${healed}|${past}`
	},
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\bya (?:yo )?no (?:los?|las?) voy a (?:necesitar|usar|ocupar)\b`,
			r`\bya no (?:voy a|van a|vas a|iba a)${gap} (?:estar (?:para|pa) molestar|tener que (?:aguantar|preocupar|cargar|mandar|cuidar)\w*|ser (?:un )?problema (?:de|para) nadie|pesar|dar mas)`,
			r`\bfue (?:un (?:gusto|honor|placer)|bonito mientras duro)\b`,
			r`\bya me despedi de\b|\bya me puedo ir tranquil[oa](?=\s*[.,!]|$)|\bya escribi lo que tenia que escribir\b`,
			r`\bno (?:llores|lloren) por mi\b|\bcuando (?:yo )?(?:falte|ya no este|ya me haya ido)\b`,
			r`\b(?:(?:aguanto|le doy|doy) hasta|hasta (?:navidad|ano nuevo|fin de ano|mi cumple))\b${near}\b(?:me despido|y ya|aguanto|me voy)\b`
		),
		unless: guard`${joke}|${news}|\b(?:viaje|vacaciones|mudanza|me mudo|rehab\w*|anexo|tratamiento|internar\w*)\b`
	},
	{
		level: 'urgent',
		category: 'farewell',
		re: re`\bno quiero (?:que me hagan )?(?:velorio|misa|funeral|novenario)\b|\bque me (?:cremen|entierren)\b`,
		unless: guard`${joke}|\b(?:cuando sea viej[oa]|algun dia|de viej[oa])\b`
	},
	// Where the money and the papers are: "la clave del banco está en el cuaderno azul".
	{
		level: 'urgent',
		category: 'farewell',
		re: re`\b(?:la clave|el password|las? contrasenas?|el pin|los papeles|el seguro|aseguranza|beneficiari\w*|la escritura|lo que sobre|car title)\b${near}\b(?:cuaderno|libreta|papelito|a (?:tu|su) nombre|beneficiari\w*|reparten|en estos casos|leela despues|borradores|es tuyo|es para ti|gaveta|ropero|por si (?:las moscas|acaso))\b`,
		unless: guard`${joke}|${news}|\b(?:wifi|netflix|viaje|vacaciones|mudanza)\b`
	},
	// Handing things over, with words of parting somewhere in the message.
	{
		level: 'urgent',
		category: 'farewell',
		re: anyOf(
			r`\b(?:(?:te|le|les|se) (?:quedas|quede|queda|quedan|deje|dejo|di|regale|pase|doy)|qued(?:ate|ese|ense|arte) con|regale)\b${gap} (?:mis?|la|el|los|las|con mis?)\b${near}\b(?:tenis|jordan|bici|moto|guitarra|play|reloj|ropa|chaqueta|campera|tablet|perr[oa]|perrita|gat[oa]|matas|herramientas|celu\w*|llaves|carro|cosas|chain)\b`,
			r`\b(?:cuida(?:me|n|le)?|cuiden) (?:a |al |a la |a mis |a los )?(?:mi |mis )?\w+`
		),
		requires: guard`${parting}`,
		unless: guard`${joke}|${news}|\b(?:viaje|vacaciones|mudanza|me mudo|rehab\w*|anexo|tratamiento|internar\w*)\b`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:me (?:tome|trague|acabe|empine|he tomado|acabo de tomar)|tomarme)${gap} (?:el frasco|la caja|el blister|el bote|todo lo (?:que (?:tenia|habia)|del botiquin)|todas las (?:que|de)|lo que tenia guardado|tod[oa]s (?:los|las|mis) (?:${pillNames}))\b`,
			r`\bpastillas de mas\b|\bme inyecte (?:el doble|de mas)\b`,
			r`\b(?:todas|todo) (?:las |lo )?del (?:frasco|blister|bote|botiquin|caja)\b`
		),
		unless: guard`${news}|${past}|${healed}`
	},
	// The body giving way after taking something: "me pesa el cuerpo", "no abre los ojos".
	{
		level: 'urgent',
		category: 'overdose',
		re: re`\b(?:no siento (?:la cara|las (?:piernas|manos)|los brazos|el cuerpo)|me pesa (?:el cuerpo|todo)|(?:todo )?me da vueltas(?: todo)?|el corazon (?:me )?(?:va a explotar|a mil)|no puedo respirar|me cuesta respirar|se me cierran los ojos|no abre los ojos|(?:mantener|abrir) los ojos|me falta el aire|pecho apretado|palid[oa]|durmiendo (?:la boca|la cara|las manos)|esta vomitando|me estoy durmiendo|camara lenta|ya siento que me voy)\b`,
		requires: guard`\bme empastille\b|\b(?:(?:me|se) (?:tom|trag|baj|met|pus|inyect|empin)[eio]|mezcle|tome)\b[^.]{0,60}?\b(?:${pillNames}|jarabe|oxi\w*|de todo|heroina|frasco|caja|un puno|las de (?:dormir|la semana)|lo que (?:me )?quedaba|todas)\b`,
		unless: guard`${news}|${past}|${healed}`
	},
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: anyOf(
			r`\b(?:me (?:estoy |volvi a |acabo de |vuelvo a )?(?:(?:pellizc|ray|marc|cort|quem|lastim|rasc|mord|muerd|clav|golpe|rasgu|romp)\w*|pegue|dando contra)|(?:cort|quem|lastim|golpe|ray|pellizc)andome|me hice (?:cortes|dano|marcas|heridas))\b(?! (?:el|las|los) (?:pelo|cabello|fleco|barba|dedo))${near}\b(?:a proposito|vidrios?|tijeras|aguja|para sentir algo|otra vez|de nuevo|hasta (?:sacarme |que )?(?:sangr\w*|sale sangre|me sangr\w*|deje de)|sangr\w*|cuchilla|gillette|navaja|cutter|sacapuntas|encendedor|cigarros?|compas|contra la pared|(?:los|las|mis) (?:brazos|piernas|muslos|munecas)|carne viva|no (?:paro|puedo parar|para)|ya van)\b`,
			r`\b(?:gillette|cuchilla|navaja|cutter)\b${near}\b(?:ya (?:van|empece)|no paro|en la mano|aqui)\b`,
			r`\b(?:cortes|cortecitos|marcas|quemaduras) (?:de hoy|frescas?|nuevas?)\b|\bde tanto (?:rascar|cortar)\w*`
		),
		unless: guard`${past}|${healed}|${news}|${otherHurtsEs}|\b(?:cocinando|afeitando|me empujo|me avento|me tiro)\b`
	},
	{
		level: 'urgent',
		category: 'self_harm_now',
		re: re`\b(?:me lo hice yo|lo hice yo)\b`,
		requires: guard`\b(?:sangr\w*|cortes?|muneca|brazos?|piernas?|quem\w*|marcas)\b`,
		unless: guard`${past}|${healed}`
	},
	{
		level: 'urgent',
		category: 'withdrawal',
		re: re`\b(?:tiembl\w*|tembl\w*|sudo frio|sudando|suda mucho|vomit\w*|alucin\w*|veo (?:cosas|gente)|bichos|aranas|convulsion\w*|ataque|me cai|me sacudi\w*|descargas|delir\w*|voces|que no esta|no hay nadie|donde estoy|que dia|se me va|se mueve|me brinca|corrientes|me desmaye|sombras|animales|reconoce|espasmos|me sudan)\b`,
		requires: guard`\b(?:dias? sin|sin (?:tomar|beber|trago|guaro|chupe|alcohol|una gota|ron|benzos|las pastillas|las pastis|mi trago)|deje (?:el|la|las|los) \w+|lo dejo|ni una cerveza|no ha tomado|no he (?:tomado|bebido)|dejo (?:la|el) \w+|deja(?:ba|r|ndo)? (?:el|la|los|las) (?:trago|alcohol|chupe|pisto|guaro|vino|ron|cerveza|pastillas|pastis|benzos|clonazepam|rivotril|alprazolam)|no tengo de las|dejado de (?:tomar|beber)|desde que (?:deje|no tomo|me encerraron))\b`,
		unless: guard`${past}|${healed}|\b(?:de frio|nervios|examen|susto)\b`
	},
	{
		level: 'urgent',
		category: 'threat',
		re: anyOf(
			r`\b(?:te|lo|la|los|las|le|les) (?:(?:voy|vamos|va) a|juro que) (?:matar|lastimar|quemar|hacer dano|romper (?:la cara|la madre|la cabeza)|abrir la cabeza|dejar tirad[oa]s?|(?:meter|dar|pegar) un \w+|picar|partir la madre|reventar|prender fuego|volar la cabeza|enterrar el cuchillo|clavar el cuchillo|desfigurar)`,
			r`(?<!\b(?:me|nos|se) )\b(?:voy|vamos) a (?:matar|lastimar|quemar|reventar|picar|balear|apunalar|acuchillar|volar|enterrar|prender|hacerle dano|hacerle algo)(?:lo|la|los|las|le|les)?\b(?! (?:de|a (?:besos|cosquillas)|trabajando|estudiando))`,
			r`\b(?:lo|la|los|las|le|les|te) (?:mato|entierro|lastimo|quemo|reviento|abro la cabeza|rompo la cara|parto la madre|meto un (?:plomazo|tiro|balazo|cuchillazo)|cago a tiros|dejo tirad[oa]s?|prendo fuego|corto el cuello)\b`,
			r`\b(?:vas|van|ya) a? ?ver(?:as|a|an)? lo que (?:te|le|les) (?:pasa|va a pasar)\b|\b(?:tipo|wey|man|cabron|vato|desgraciad[oa]) no amanece\b|\b(?:te|le|lo) voy a dar\b${near}\b(?:machete|cuchillo|pistola|fierro|bate)\b|\b(?:escuela|colegio|prepa|liceo)\b${near}\bvan a pagar\b|\bme las (?:vas a |va a )?paga\w*`
		),
		unless: guard`${joke}|${news}|\b(?:a besos|a cosquillas|de risa|el hambre|la sed)\b`
	},
	{
		level: 'concern',
		category: 'passive_wish',
		re: anyOf(
			r`\b(?:ojala|quisiera que|me gustaria que) (?:me (?:atropell\w*|pasara algo|llevara)|dios me (?:lleve|llevara))\b`,
			r`\bsi me (?:diera|da|pasara|muriera|muero)\b${near}\bno me (?:quejaria|importaria)\b|\bno (?:le )?tengo miedo a morir\b|\bno me deje despertar\b|\b(?:preferiria|prefiero|quisiera) no (?:seguir|estar) (?:aqui|viv[oa]|en este mundo)\b(?! en)|\bno (?:volver a )?ver (?:otro|el) amanecer\b|\bsi me (?:agarra|atropella|lleva) (?:un|el) (?:carro|camion|bus|tren)\b|\b(?:estar viv[oa]|vivir) me (?:pesa|cansa)\b|\b(?:me decepciona|odio) despertar\b|\bno volver a (?:abrir los ojos|despertar)\b`,
			r`\bquiero que todo (?:se )?(?:termine|acabe)\b|\b(?:dormirme|dormir) y no volver\b|\bdejar de (?:ocupar espacio|existir|estar(?=\s*[.,!]|$))`
		),
		negatable: false,
		unless: guard`${joke}|${forAWhile}|${healed}`
	},
	{
		level: 'concern',
		category: 'worthless',
		re: anyOf(
			r`\b(?:soy|me siento|me veo|sigo siendo|no soy mas que)(?: (?:solo|nada mas|como|un|una|el|la|puto|puta|gran|peor que))*? (?:mancha|trapo|peso muerto|caso perdido|poca cosa|basura|estorbo|fracas[oa]\w*|verguenza|error|desperdicio|inutil|porqueria|mierda|cagada|plaga|lacra|escoria|parasito|sanguijuela|decepcion|cero a la izquierda|bueno para (?:nada|na)|malagradeci\w*|fantasma|cascaron)\b`,
			r`\b(?:me odio|me detesto|me doy asco|no me soporto|me da asco (?:verme|la basura|lo que)|me dio asco (?:la basura|lo que vi))\b`,
			r`\b(?:no valgo|no vali|no le sirvo a nadie|eso valgo|no merezco (?:ni|nada|vivir|el aire|que nadie))\b(?: (?:nada|para nada|ni|a nadie|el aire))?`,
			r`\bvalgo menos que\b|\bno hay nada bueno en mi\b|\bme averguenzo de (?:existir|mi|ser)\b|\bnadie (?:me )?quiere (?:ver|cerca)\b|\b(?:todo lo echo|lo echo todo|todo lo echa)\b`
		),
		unless: guard`${joke}|${healed}|${news}|${theySay}|${toldSoEs}`
	},
	{
		level: 'concern',
		category: 'burden',
		re: anyOf(
			r`\b(?:estarian|estarias|estaria|estariais|vivirian|viviria|les iria|te iria|le iria|seria|serian|crece|vive|viven)(?: \w+){0,3}? (?:mejor|mas tranquil\w+|mas felices|mas feliz|mas facil|en paz)\b${near}\b(?:sin (?:mi|un|una|alguien)|si (?:yo )?(?:ya )?(?:no estuviera|no existiera|desapareciera|me fuera|me muero|me muriera)|con otro|con alguien|sin (?:este|esta))\b`,
			r`\bsi (?:yo )?(?:ya )?(?:faltara|no estuviera|no existiera|desapareciera|me fuera|me muriera)\b${near}\b(?:podrian|podria|estarian|serian|vivirian|respirar|descansar\w*|tranquil\w*|mejor|felices)\b|\bdescansarian si\b`,
			r`\b(?:no tienen vida|sufren|lloran)${near}\bpor mi culpa\b|\bles (?:robe|arruine) (?:los mejores anos|la vida)\b|\benterrarme\b`,
			r`\bsin mi(?: alrededor| aqui| ahi)?${gap} (?:crece|crecen|vive|viven|estan|estarian|les va|le va|te va|iria|irian|seria|serian|\w+ ahorrar\w+)\b`,
			r`\b(?:todo|lo unico) (?:lo )?que hago es (?:costar|dar|causar)\w*`,
			r`\b(?:les|te|le|os) (?:(?:quit|ahorr)(?:o|aria\w*)|haria un favor)\b${near}\b(?:peso|mas de lo que|todo eso|monton|si (?:ya )?no estuviera)`,
			r`\bcarga\w* conmigo\b|\bresto en vez de sumar\b|\bles (?:quite|he quitado) (?:demasiado|todo)\b`
		),
		negatable: false,
		unless: guard`${joke}|${healed}|${past}`
	},
	{
		level: 'concern',
		category: 'trapped',
		re: anyOf(
			r`\bno (?:hay|veo|le veo|tengo|encuentro|hay forma de|hay manera de)${gap} (?:salida|escapatoria|escape|puerta|como salir|forma de salir|manera de salir|para donde (?:correr|hacerse|ir)|por donde|futuro)\b(?! (?:del?|de este|de esta) (?:estacionamiento|edificio|casa|metro|parking|mall|tunel|aeropuerto|hospital|estadio|laberinto))`,
			r`\bno tiene (?:arreglo|solucion|salida|fin)\b`,
			r`\bno se (?:arregla|va a arreglar) nunca\b|\bsin fondo\b|\btunel sin luz\b|\bno hay para donde\b|\bsalidas (?:estan )?cerradas\b|\buna (?:trampa|jaula)\b`,
			r`\bcada puerta\b${near}\b(?:se cierra|al mismo (?:lugar|sitio|hoyo))\b|\b(?:en|dentro de) (?:un|el mismo) (?:pozo|hoyo)\b|\brueda de hamster\b|\barena movediza\b|\btodo termina igual\b|\bme hundo\b`,
			r`\b(?:las paredes|el cuarto|la casa|todo) se (?:me )?(?:cierran?|vienen? encima|achica)\b|\bhaga lo que haga\b${near}\b(?:no cambia nada|nada cambia|todo (?:sigue|queda|termina) igual|da igual|no sirve de nada)\b`
		),
		negatable: false,
		unless: guard`${joke}|${healed}|${past}|\bme (?:tiene|tienen) encerrad\w*|\b(?:trafico|ascensor|elevador)\b`
	},
	{
		level: 'concern',
		category: 'self_harm_past',
		re: re`\b(?:me cortaba|me quemaba|me lastimaba|(?:mi|el|un|del|ultimo|primer) intento\b|intento de suicidio|intente (?:matarme|quitarme|suicid\w*|tirarme|ahorcarme|cortarme)|lo intente|intente una vez|de la ultima vez|trate de (?:matarme|quitarme)|me trate de quitar|me tome (?:todas las|un monton de|un frasco de|una caja de) pastillas|me (?:corte|queme|tire de)\b(?! (?:el|las|los) (?:pelo|cabello|unas|fleco|dedo))|me hice dano|no fue (?:un )?accidente|(?:me tome|me trague) (?:\w+ ){0,5}?a proposito)\b`,
		requires: guard`\b(?:otra vez|de nuevo|ganas|me vuelve|vuelvo a|volvi a pensar|lo pienso|sigo pensando|me acuerdo|pensamientos|miedo|nadie (?:en la familia )?sabe|nunca te dije|no fue (?:un )?accidente|no le dije a nadie|igual de mal|la idea|me asuste|no quiero repetir|cicatrices|lo vuelvo|volvieron|no estoy mejor|esas ideas|estoy igual)\b`,
		negatable: false,
		unless: guard`${news}|${healed}`
	}
];
