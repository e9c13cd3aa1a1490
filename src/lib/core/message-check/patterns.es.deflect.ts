// Spanish patterns for what the guide says to pause on: "If they deflect, blame, or manipulate, pause. It
// might not be time." Blame, minimizing, pressure and guilt, read on the folded text like patterns.es.ts.

import { anyOf, r, re, type SignalRule } from './rules.ts';

const roles = String.raw`(?:madre|mama|padre|papa|hermana|hermano|esposa|esposo|hija|hijo|amiga|amigo|familia|abuela|abuelo|tia|tio|persona)`;

export const deflectEs: SignalRule[] = [
	// blame: pone la causa en el familiar o en otros.
	{
		kind: 'blame',
		re: anyOf(
			r`\b(?:tu|usted|ustedes|mi \w+|el|ella|ellos|ellas) (?:tienes|tuviste|tiene|tuvo|tienen|tuvieron) la culpa\b`,
			r`\b(?:es|fue|era|todo es|todo fue) (?:tu|su) culpa\b`,
			r`\bpor (?:tu|su) culpa\b`,
			r`\bla culpa (?:es|fue|la tienes|la tiene) (?:tuya|de ti|de ustedes|de mi (?:jefe|ex|papa|mama|esposa|esposo|familia|novio|novia))\b`,
			r`\bculpa tuya\b`
		),
		masks: ['responsibility']
	},
	{
		kind: 'blame',
		re: anyOf(
			r`\bsi (?:tu |usted |ustedes )?(?:no )?(?:me |nos )?(?:hubieras|hubieses|hubieran|hubiesen)\b`,
			r`\bsi (?:mi \w+|el|ella|ellos|ellas|papa|mama|usted) (?:no )?(?:me |nos )?(?:hubiera|hubiese)\b`,
			r`\bpor culpa de (?:tu|su|mi|ti|ustedes|el|ella|ellos|ellas)\b`,
			r`\bsi (?:tu |usted )?(?:me )?(?:apoyaras|ayudaras|escucharas|entendieras)\b`,
			r`\b(?:me|tu me|ustedes me) (?:obligaste|empujaste|orillaste|llevaste a|hiciste (?:tomar|beber|recaer|consumir|hacerlo)|obligaron|orillaron|empujaron|hicieron (?:tomar|beber|recaer))\b`,
			r`\b(?:mi \w+|el|ella|ellos|ellas|tu|usted)(?: \w+)? me (?:obligo|obligaron|empujo|empujaron|orillo|orillaron|hizo|hicieron|llevo|llevaron) a (?:tomar|beber|recaer|consumir|drogarme|hacerlo|fumar|esto)\b`
		),
		masks: ['responsibility']
	},
	{
		kind: 'blame',
		re: anyOf(
			r`\b(?:tu |usted |ustedes )?nunca (?:creiste|confiaste) en mi\b`,
			r`\b(?:hizo|hiciste|hicieron) que (?:volviera|recayera|tomara|consumiera|empezara)\b`,
			r`\bme (?:hiciste|hicieron|volviste) (?:asi|esto|como soy)\b`,
			r`\b(?:tu |usted |ustedes )?nunca me (?:escuchas|escuchaste|apoyas|apoyaste|ayudas|ayudaste|entendiste|entiendes|creiste|crees|diste (?:una )?oportunidad|das (?:una )?oportunidad|defendiste|respetaste)\b`,
			r`\bme (?:echaste|corriste|sacaste|botaste)\b`,
			r`\b(?:echaste|corriste|sacaste|botaste) de (?:la )?casa\b`,
			r`\b(?:gracias a ti|por ti|por ustedes) (?:recai|volvi a|estoy (?:asi|en la calle|mal)|termine|empece a)\b`,
			r`\b(?:te|le|les) (?:echo|hecho) la culpa\b`,
			r`\b(?:te|los|las) culpo\b`,
			r`\bme (?:echas|echan|echaste) la culpa\b`,
			r`\b(?:nunca|no) te (?:voy a )?perdon(?:o|are|ar) (?:que|lo que|haberme)\b`
		),
		masks: ['responsibility']
	},
	// minimizing: resta importancia, niega o desvía.
	{
		kind: 'minimizing',
		re: anyOf(
			r`\b(?:tanto|mucho|un) (?:drama|escandalo|alboroto|show|pancho|berrinche)\b`,
			r`\bno (?:le )?hacen? dano(?: a nadie)?\b`,
			r`\b(?:no|tampoco|ni) (?:es|fue|era|esta|estuvo) (?:para tanto|gran cosa|la gran cosa|tan grave|tan malo|tan mal|tanto|nada grave|nada del otro mundo)\b`,
			r`\bno exageres\b`,
			r`\bno (?:seas|te pongas) (?:exagerad[oa]|dramatic[oa]|asi|intens[oa]|paranoic[oa]|histeric[oa])\b`,
			r`\bno (?:es|fue|era) (?:mi culpa|culpa mia)\b`,
			r`\bni que (?:hubiera|fuera|hubiese)\b`,
			r`\bal menos no\b`,
			r`\bno soy (?:un |una )?(?:adict[oa]|alcoholic[oa]|drogadict[oa]|borrach[oa]|vicios[oa])\b`
		),
		negatable: false,
		masks: ['responsibility']
	},
	{
		kind: 'minimizing',
		re: anyOf(
			r`\b(?:solo|solamente|nomas|nada mas|apenas) (?:fue |era |es |me tome |tome |me fume |fume |eran |fueron |me eche )?(?:una vez|un poquito|poquito|una cerveza|unas cervezas|unos tragos|unas copas|un trago|una copa|un toque|un porro|mota|marihuana|un churro|una linea|una pastilla|unas pastillas|un fin de semana|una noche|un desliz|unas chelas|una chela|un pase|un poco de (?:mota|alcohol|vino|cerveza))\b`,
			r`\b(?:todo el mundo|todos|toda la gente|cualquiera|mis amigos|todos mis amigos|la mayoria) (?:lo hace|lo hacen|toma|toman|fuma|fuman|bebe|beben|se echa|se echan|consume|consumen|se droga|se drogan|lo ha hecho|sale de fiesta|se emborracha)\b`
		),
		masks: ['responsibility']
	},
	{
		kind: 'minimizing',
		re: anyOf(
			r`\bexager\w*`,
			r`\bdramatic[oa]\b`,
			r`\b(?:te )?(?:acuerdas|recuerdas) mal\b`,
			r`\beso no (?:paso|fue asi)\b`,
			r`\bno fue asi\b`,
			r`\blo tengo (?:bajo control|controlado)\b`,
			r`\b(?:esta|todo esta) bajo control\b`,
			r`\bpuedo (?:dejarlo|parar|dejar de \w+) cuando (?:quiera|yo quiera)\b`,
			r`\bno tengo (?:ningun )?problema con (?:el alcohol|las drogas|la bebida|el trago|la mota)\b`
		)
	},
	{
		kind: 'minimizing',
		re: re`\b(?:deja de actuar como si|solo es un problema (?:porque|para ti)|(?:tu )?lo haces (?:un )?problema|(?:eso|esto) fue hace (?:anos|mucho|tanto)|por que sigues (?:enojad[oa]|molest[oa]|con eso|sacando)|superalo|olvidalo|ya dejalo|dejalo (?:ya|asi|en el pasado)|olvida eso|deja eso|deja el pasado atras|deja las cosas asi|lo pasado pasado|pasado pisado|borron y cuenta nueva|da vuelta a la pagina|pasa la pagina|no le des (?:tantas )?vueltas|no pasa nada|te preocupas (?:demasiado|mucho|de mas)|calmate|relajate|tranquilizate|no es para que te pongas asi)\b`,
		negatable: false
	},
	{
		kind: 'minimizing',
		re: anyOf(
			r`\bno necesito (?:rehabilitacion|rehab|tratamiento|terapia|ayuda|ir a (?:terapia|juntas|reuniones|rehab)|un anexo|juntas|reuniones|padrino)\b`,
			r`\bpuedo (?:dejarlo|parar|dejar de \w+|salir de esto|controlarlo) (?:yo )?(?:solo|sola|sin ayuda)\b`
		),
		negatable: false,
		masks: ['apology', 'action']
	},
	{
		kind: 'minimizing',
		re: re`\b(?:siento|lamento|perdon|perdona) (?:que|si) (?:te )?(?:sientas|sentiste|hayas sentido|lo (?:veas|tomes|tomaste|tomas)|ofendi|molesto|molesta)\b`,
		masks: ['apology']
	},
	// pressure: prisa, ultimátums, exigir respuesta ya.
	{
		kind: 'pressure',
		re: anyOf(
			r`\b(?:urgente|urge|urgencia|emergencia|ya mismo|ahora mismo|ahorita mismo|de inmediato|inmediatamente|cuanto antes|lo antes posible|lo mas pronto posible|apurate|apurale|date prisa)\b`,
			r`\b(?:contestame|contesta|respondeme|responde|llamame|marcame|hablame|escribeme|contestes|respondas|contestar|responder|llames|sal|ven|baja|abre|abreme|decide|decidete)\b(?: \w+){0,2}? (?:ya|ahora|ahorita|de una vez|rapido|inmediatamente|en este momento|hoy mismo)\b`,
			r`\b(?:hoy|esta noche|manana) mismo\b`,
			r`\bpara (?:hoy|esta noche|ya)\b`,
			r`\b(?:hoy|ahora) o nunca\b`,
			r`\b(?:es|esta es) tu ultima oportunidad\b`,
			r`\bse me acaba el tiempo\b`,
			r`\b(?:te doy|tienes) hasta\b`
		)
	},
	{
		kind: 'pressure',
		re: anyOf(
			r`\bno me ignores\b`,
			r`\bno me hagas rogar(?:te)?\b`,
			r`(?<=(?:^|[.!?¡¿]) *)(?:contestame|respondeme|llamame|contesta|responde)(?= *(?:[.!?]|$))`,
			r`\blo necesito (?:hoy|ya|ahora|esta noche|para hoy)\b`,
			r`\bsi no (?:me )?(?:contestas|respondes|llamas|marcas|abres)\b`,
			r`\btienes (?:una hora|\d+ (?:horas|minutos)|hasta) \w+`,
			r`\bme (?:vas|van) a (?:seguir )?ignorar\b`,
			r`\bsigues ignorandome\b`,
			r`\b(?:necesito|quiero|dame) (?:una |la |tu )?respuesta (?:ya|ahora|hoy|esta noche|de una vez)\b`,
			r`\bdeja(?:r)? de ignorarme\b`,
			r`\bpor que no (?:me )?(?:contestas|respondes|hablas)\b`,
			r`\bpor que me ignoras\b`,
			r`\bno tengo (?:mucho )?tiempo\b`,
			r`\bno (?:voy a|pienso) (?:esperar|volver a pedir\w*|rogarte|seguir esperando|rogar)\b`,
			r`\bya no (?:voy a )?esper(?:o|ar)\b`,
			r`\bo (?:si no|me (?:quedo|voy|echan|corren|matan|muero)|te (?:vas a arrepentir|arrepentiras)|nunca (?:mas )?(?:me )?(?:vuelves|vas|volveras)|lo pierdo|se acabo|olvidate de mi)\b`,
			r`\bsi no (?:me )?(?:contestas|respondes|ayudas|mandas|das|prestas|vienes|pagas|depositas)\b(?:[ ,]+\w+){0,5}?[ ,]+(?:voy a|me voy|te vas|nunca|olvidate|se acabo|me muero|me quedo|te arrepentiras|no (?:me )?(?:vuelves|vas) a)\b`,
			r`\bte vas a arrepentir\b`,
			r`\bte arrepentiras\b`
		),
		negatable: false
	},
	// guilt: presión emocional.
	{
		kind: 'guilt',
		re: anyOf(
			r`\bsi (?:de verdad |realmente |en verdad |de veras |al menos |tan solo |en serio |posta |neta )?me (?:quisieras|amaras|quieres|amas|quisieran|apreciaras|tuvieras carino)\b`,
			r`\b(?:una|un) (?:buena|buen|verdadera|verdadero) ${roles}\b(?: \w+){0,2}? (?:no|nunca|jamas|haria|hace|ayuda|ayudaria|perdona|perdonaria|apoya|apoyaria|abandona|abandonaria|deja|dejaria|ignora|ignoraria|estaria|esta|debe|deberia|siempre|cierra|da)\b`,
			r`\b(?:que clase|que tipo|vaya|menuda|valiente)(?: de)? ${roles}\b`,
			r`\bmientras (?:tu|ustedes) (?:vives|viven|estas|estan|comes|comen|duermes|duermen|tienes|tienen)\b`,
			r`\bno (?:te|les) importa(?:n)? (?:si|que|lo que) (?:me|yo)\b`,
			r`\bse supone que (?:me )?(?:quieres|debes|tienes que)\b`,
			r`\bme tenias que (?:querer|apoyar|ayudar)\b`,
			r`\bpasara lo que pasara\b`,
			r`\b(?:querria|hubiera querido|quisiera) que (?:me |nos )?(?:dieras|perdonaras|ayudaras|apoyaras|hablaras)\b`,
			r`\bte vas a sentir (?:fatal|mal|terrible|culpable)\b(?: \w+){0,3}? (?:cuando|si)\b`
		)
	},
	{
		kind: 'guilt',
		re: anyOf(
			r`\b(?:todos|todo el mundo|los demas|toda la familia)(?: ya)? me (?:perdonaron|perdono|han perdonado|perdonan|perdona)\b`,
			r`\b(?:todos|todo el mundo|los demas|toda la familia)\b(?: \w+){0,4}? (?:menos|excepto|salvo) (?:tu|vos|usted|ustedes)\b`,
			r`\bmuert[oa] para (?:ti|ustedes)\b`,
			r`\bpara ti (?:ya )?(?:estoy|soy) (?:muert[oa]|nada)\b`,
			r`\bno existo para (?:ti|ustedes)\b`,
			r`\bno (?:te|les) importo\b`,
			r`\bnunca te (?:importe|he importado)\b`,
			r`\b(?:estaras|estaran) (?:feliz|felices|content[oa]s?|tranquil[oa]s?|satisfech[oa]s?)\b`,
			r`\b(?:estas|estan) (?:feliz|content[oa]|tranquil[oa]|satisfech[oa]) (?:ahora|ya)\b`,
			r`\b(?:espero|supongo|seguro) que (?:estes|esten|estas|estan) (?:feliz|felices|content[oa]s?|tranquil[oa]s?|satisfech[oa]s?)\b`,
			r`\bgracias por nada\b`
		)
	},
	{
		kind: 'guilt',
		re: anyOf(
			r`\b(?:nunca (?:has sido|fuiste)|no (?:eres|has sido|fuiste)) (?:una|un) (?:buena|buen|verdadera|verdadero) ${roles}\b`,
			r`\bdespues de todo lo que (?:hice|he hecho|hago|di|he dado) por (?:ti|ustedes|vos|usted)\b`,
			r`\bme (?:abandonaste|abandonaron|dejaste solo|dejaste sola|diste la espalda|dieron la espalda|dejaste tirad[oa]|olvidaste)\b`,
			r`\b(?:dar|das|dan|darle|darme|dio|diste) la espalda\b`,
			r`\b(?:tu|su) propi[oa] (?:hijo|hija|sangre|hermano|hermana|madre|padre|familia)\b`,
			r`\b(?:me voy a|tendre que|voy a tener que) (?:dormir|quedar(?:me)?|vivir) en la calle\b`,
			r`\bno te (?:duele|da pena|importa) (?:verme|que (?:me|este|duerma))\b`,
			r`\bcomo (?:puedes|pudiste) (?:hacerme|abandonar|ignorar|dejar|darme)\b`,
			r`\bla familia (?:esta|debe|deberia|es) para (?:apoyar|ayudar|estar)\b`,
			r`\bdeja(?:r|s)? a (?:su|tu) (?:propio )?(?:hijo|hija) (?:en la calle|tirad[oa]|sol[oa])\b`
		),
		negatable: false
	},
	// Pressure across regions (voseo, México, the Caribbean, Spain): a demand with "ya", "ahorita", "esta noche", a
	// deadline, "o si no", "ya no aguanto más" said to hurry the answer.
	{
		kind: 'pressure',
		re: anyOf(
			r`\b(?:necesito|ocupo|quiero) que (?:me |nos )?\w+(?: \w+){0,4}? (?:hoy|ya|ahorita|ahora|esta noche|hoy mismo|ya mismo)\b(?! (?:estoy|tengo|voy|se|no se))`,
			r`\b(?:\w+(?:ame|eme|ime)(?:lo|la|los|las)?|dame|damelo|ven|veni|vente|venite|manda|deposita|transfiere|transferi|pasa|paga|contesta|responde|decidi|sal|baja|abre|haceme)\b(?: \w+){0,4}? (?:ya|ahorita|ya mismo|ahora mismo|de una vez|en este momento|rapido|rapidito)(?= *(?:[.!?,]|$|porfa|por favor|que|q|es|no))`,
			r`\btiene que ser (?:hoy|esta noche|ya|ahorita|ahora|manana temprano)\b`,
			r`\bantes de (?:esta noche|las \d+|que (?:cierren|se haga tarde|anochezca))\b`,
			r`\b(?:sin falta|a mas tardar)\b`,
			r`\b(?:tenes|tienen|tenes tiempo) hasta\b`,
			r`\b(?:ya no aguanto|no aguanto|ya no doy|no doy) mas\b`,
			r`\b(?:es la|esta es la) ultima vez que te (?:lo )?(?:pido|digo|escribo|ruego|aviso)\b`,
			r`\bpor ultima vez\b`,
			r`\b(?:ahorita|ya) o nunca\b`,
			r`\bno me hagas esperar\b`,
			r`\b(?:dale|apura|apurate|andale)[ ,]+(?:rapido|rapidito|ya)\b`,
			r`\b(?:me|nos) (?:cortan|corten|sacan|echan|corren|desalojan|quitan) (?:\w+ ){0,3}?(?:hoy|esta noche|ahorita|manana)\b`
		),
		negatable: false
	},
	// Guilt in other words: "si de verdad te importara", "después de todo lo que hice por vos", "así me pagás".
	{
		kind: 'guilt',
		re: anyOf(
			r`\bsi (?:de verdad |en serio |realmente |posta |neta |en verdad )?te (?:importara|importo|importaria|interesara)\b`,
			r`\basi me (?:pagas|pagan|agradeces)\b`,
			r`\bnunca (?:estas|estuviste|estan|estuvieron) (?:cuando|para mi)\b`,
			r`\bsin tu ayuda (?:me quedo|me voy a quedar|voy a terminar|no (?:voy a|se|tengo))\b`
		),
		negatable: false
	}
];
