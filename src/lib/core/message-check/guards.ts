// What keeps a crisis pattern from counting, in both languages. Both languages' crisis patterns run on every
// message, so each guard has to know both: "hablamos de pensamientos suicidas" is as reported as "asked about".

/** Laughter and jokes: "that movie was so sad I wanted to die lol", "ese chiste me mató jajaja". */
export const joke = String.raw`\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|jk|rofl|xd|jaja\w*|jeje\w*|jiji\w*|jsjs\w*|jajs)\b`;

/** The past, told as part of recovery: "two years ago I overdosed", "hace un año tuve una sobredosis". */
export const past = String.raw`\b(?:(?:years?|months?|a while|a long time) ago|used to|back (?:then|when|in)|last (?:year|month|spring|summer|fall|autumn|winter|time)|when i was (?:\d+|a kid|young|younger|a teen|in|using|drinking|high|sick|on)|in (?:19|20)\d\d|survived|saved my life|anniversary|hace (?:(?:un|una|unos|unas|dos|tres|cuatro|cinco|seis|\d+|muchos|varios) (?:anos?|mes(?:es)?)|mucho tiempo|tiempo|anos|meses)|(?:el|la) (?:ano|mes|semana) pasad[oa]|solia|antes (?:pensaba|queria|me|sentia|tenia)|cuando (?:era|tenia|estaba en)|sobrevivi\w*|me salvaste|me salvaron|aniversario)\b`;

/** News about others, and grief for someone already gone. */
export const news = String.raw`\b(?:news|did (?:you|u) hear|article|netflix|peli|pelis|downtown|heard about|read about|on tv|the paper|podcast|documentary|movie|series|book|lecture|celebrity|rapper|singer|actor|prevention|awareness|training|statistics|epidemic|(?<!almost |nearly |casi )(?:died|murio)|passed away|funeral|rip|memorial|obituary|noticias?|tele|television|documental|pelicula|serie|libro|charla|conferencia|periodico|barrio|colonia|articulo|prevencion|campana|capacitacion|taller|estadisticas|murio|murieron|fallecio|fallecieron|velorio|entierro|qepd|epd)\b`;

/** A question asked by someone else, not a statement: "my therapist asked about suicidal thoughts". */
export const reported = String.raw`\b(?:asked|asks|ask me|asking (?:me|if|whether|about)|screen\w*|questionnaire|survey|pregunt\w*|hablamos de|hablaron de|cuestionario|encuesta)\b`;

/** Withdrawal told as over, or watched over by staff: "I was shaking for days", "the nurse says it's normal". */
export const supervised = String.raw`(?<=\b(?:i|he|she|it|we|they|you|hands|body|legs|arms|mom|dad|mum) )(?:was|were|had been)\b|\b(?:temble|temblaba|nurse|doctors?|staff|they(?:re| are) watching|monitor\w*|enfermer[oa]|doctor[ae]?s?|me estan cuidando|is normal|es normal)\b`;

/** Someone else's emergency told calmly: "in the ER with Grandma, she fell but she's okay". */
export const otherwiseFine = String.raw`\b(?:with (?:my )?(?:grandma|grandpa|mom|dad|mother|father|sister|brother|aunt|uncle|friend)|con (?:la |el |mi )?(?:abuel[oa]|mama|papa|herman[oa]|ti[oa]|amig[oa])|(?:she|he|shes|hes)(?: is)? (?:okay|ok|fine)|(?:esta|estan) bien|fell|se cayo)\b`;

/**
 * English hyperbole about dying, read in the sentence: "this meeting is so boring I want to die", "if I have to
 * hear that song again I'll kill myself". A crisis said beside a small annoyance is rarer than the joke.
 */
export const hyperbole = String.raw`\b(?:so (?:boring|bored|embarrass\w*|cringe\w*|awkward|hungry|full|cute|funny)|boring|bored|embarrass\w*|cringe\w*|mortified|hilarious|spoilers?|traffic|homework|finals|mondays?|hangry|leftovers|ate my (?:\w+ )?(?:food|lunch|dinner|fries|snacks?|cake|pizza|sandwich|cereal|candy|chips|ice cream)|this (?:heat|humidity|song|show|episode|movie|meeting|lecture|class|traffic|game|commute|playlist|line|queue)|if i have to (?:sit|listen|hear|watch|read|do|go|sit through|deal with|work)\b(?: \w+){0,4}? (?:another|one more|again|this))\b`;

/** A wish for a while, not for good: "sleep until Saturday", "disappear for a week", "vanish to a beach". */
export const bounded = String.raw`\b(?:until|till|til|for (?:like )?(?:a|an|the|one|two|three|\d+|a few|a couple of|like a|some|the whole|the rest of the) (?:\w+ )?(?:days?|weeks?|weekend|months?|hours?|while|bit|nap|year|summer|night)|for the (?:weekend|summer|holidays?)|on (?:a|an) (?:beach|island|vacation|trip)|to (?:a|an|some) (?:island|beach|cabin|mountain)|vacation|holiday|nap)\b`;

/** Recovery told as recovery: "two years free of self-harm", "I'm proud I haven't cut since May". */
export const recovered = String.raw`\b(?:clean (?:from|of|for|since)|free (?:from|of|for|since)|proud|milestone|recovery|recovered|healed|grateful|thankful|no longer|havent (?:cut|hurt|harmed|tried|self|done (?:it|that)|in (?:\d+ |two |three |many |a few )?(?:years?|months?|a (?:long )?(?:while|time)))|years? (?:clean|free|since|sober|without)|anniversary|in a (?:good|better) place|(?:are|look|is) (?:white|faded|silver) now|fading|faded|(?:doing|so much) better now|a long time ago|\d+ years (?:out|free|clean|since)|dont hide them|(?:still|keep|kept|been) (?:going to|doing|hitting|showing up (?:to|at)) (?:my )?(?:group|meetings|uas|iop|outpatient|aa|na|therapy)|doing my uas)\b`;

/** English: a dark time told as long behind, in words the shared `past` lacks ("two winters ago", "in my twenties"). */
export const longAgo = String.raw`\b(?:(?:two|three|four|five|six|\d+|a few|several|many) (?:winters?|summers?|springs?|christmases|lifetimes?) ago|that year|those years|back in (?:the day|19|20|high school|college)|(?:most of |in )?my (?:twenties|teens|thirties|forties)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) years? (?:out|sober|clean|free|later)|a long time ago|i remember|that (?:girl|guy|man|woman|person) is gone|(?:my|that) last run|since (?:19|20)\d\d|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen) (?:years?|yrs?|months?) (?:since|from|after) (?:my|the|that|i)|(?:told|tell|telling|shared|sharing|talked|talking|opened up|spoke|speaking) (?:\w+ ){0,3}?about (?:the (?:time|night|day|year)|when) i)\b`;

/** English: what others say happened, not what the writer says: "they're saying suicide", "they say it was laced". */
export const hearsay = String.raw`\b(?:(?:they|people|cops|police|the news|every(?:one|body)|doctors?) (?:say|said|saying|are saying|think|ruled|reported)|theyre (?:saying|reporting|calling it)|(?:read|saw|seen|heard) (?:that|somewhere|online|a (?:post|report|study)|on (?:the news|facebook|reddit|twitter|tiktok))|(?:overdose|od|suicide|drug|opioid|fentanyl) (?:deaths|death rates?|rates?|numbers|statistics|stats))\b`;

// Spanish guards added for real text (issue 12). New constants, so the ones above keep their meaning.

/**
 * A wish bounded in time or place is rest, not death: "dormir y no despertar hasta el sábado", "desaparecer una
 * semana a la playa". A lookahead, put right after the wish.
 */
export const boundedEs = String.raw`(?!,? (?:\w+ ){0,3}?(?:hasta (?:el|la|manana|que|el fin|las|mediodia|tarde|\d)|temprano|por (?:un|una|unos|unas|\d+|dos|tres|el fin)|un rato|una semana|un mes|unos dias|unas horas|todo el (?:dia|finde|fin)|(?:este|el) (?:fin de semana|finde|weekend|puente|verano)|a la playa|en (?:la playa|vacaciones|una isla|el campo)|de vacaciones|hasta que (?:pase|acabe|termine)|(?<!\b(?:en|de|tras|los|las) )(?:\d+|dos|tres|cuatro|cinco|un par de) (?:dias|horas|semanas|noches)\b))`;

/**
 * Spanish hyperbole around a wish to die: "este trabajo es tan aburrido que me quiero morir", "qué oso, me
 * quiero morir", "me quiero matar, otra vez las llaves adentro".
 */
export const hyperboleEs = String.raw`\b(?:tan \w+ (?:que|q)|tanto \w+ (?:que|q)|que (?:oso|verguenza|pena|flojera|hueva|weva|pereza|asco|calor|frio|cringe|roche|palo)|del aburrimiento|de aburrimiento|con este calor|de la verguenza|que aburrido|que aburrida|llaves adentro|se me (?:olvido|quemo|cayo)|el examen|la tarea|las tareas|los finales|el trafico|la fila|la cola|la reunion|la junta de trabajo|otra vez las llaves|me deje las llaves|de risa|jugando|el partido|(?:este|esta|ese|esa) (?:trafico|trabajo|calor|frio|examen|tarea|dolor|espera|cruda|resaca|fila|clase|materia|proyecto|chamba|curro|laburo)|(?:una|otra) reunion|como (?:me |le |nos |te )?(?:vuelva|vuelvan|toque|toquen|ponga|pongan|mande|manden|haga|hagan|pida|pidan) (?:a|otra|otro)|(?:esta|este|el|la) (?:semana|dia|mes|ano|lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|temporada|quincena) (?:\w+ )?(?:me|nos) (?:quiere|quieren|va a|van a|esta|estan) ?(?:matar|matando|acabar))\b`;

/**
 * A dark time told as behind the writer, in Spanish: "llevo dos años sin cortarme", "hoy estoy bien", "ya lo
 * superé". Keeps past self-harm told in recovery from reading as a concern.
 */
export const recoveredEs = String.raw`\b(?:llevo|cumplo|cumpli|van) (?:\w+ ){0,3}?(?:sin (?:cortarme|lastimarme|hacerme dano|intentarlo|hacerlo)|limpi[oa]s?|sobri[oa]s?)|hoy (?:estoy|me siento) (?:bien|mejor|feliz|en paz)|ya lo (?:supere|deje atras)|sali adelante|gracias a (?:dios|la terapia|mi terapeuta|ustedes|ti)|ahora ayudo|mi testimonio|sin verguenza|me hice un tatuaje|(?:\d+|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:anos?|meses|dias|semanas) desde (?:la ultima vez|mi ultim[oa])|(?:cumplo|llevo|van) (?:\w+ ){0,2}(?:anos?|meses|dias|semanas) (?:de|desde) (?:mi|la) ultim[oa]|(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:anos?|meses|dias|semanas) sin (?:cortarme|autolesionarme|lastimarme|hacerme dano|consumir|tomar|beber)|(?:las |mis )?cicatrices (?:ya )?(?:casi )?(?:ni se (?:ven|notan)|no se (?:ven|notan)|se (?:borraron|estan borrando))|en (?:el )?(?:grupo|group|terapia|la junta|la reunion) (?:\w+ ){0,2}?(?:conte|comparti|hable|platique)|hoy tengo (?:una|un|mi|dos|tres)|la vida cambia|hoy ayudo|ya no lo hago(?! [^.!?]*pero)\b`;

/** The whole message is about someone else's death (news, grief): overdose words there are not the writer's. */
export const othersDeathEs = String.raw`\b(?:murio|murieron|fallecio|fallecieron|velorio|velatorio|novenario|entierro|enterramos|funeral|lo encontraron muerto|la encontraron muerta|noticias|salio en las noticias|en la tele|qepd|descanse en paz|rezar el rosario|cadena de oracion|did u see the news|the news|(?:los|las|quienes) (?:que )?se (?:fueron|murieron|nos fueron)|se (?:nos )?fue(?:ron)? (?:por|de) (?:una )?sobre ?dosis|placa con los nombres|en memoria de)\b`;

/** The past in Spanish by year or age: "la sobredosis del 2021", "a los 17", "cuando tenía 15". */
export const pastEs = String.raw`\b(?:del|en el|en|desde el) (?:19|20)\d\d\b|\bdespues de (?:la|mi) (?:sobredosis|intento)\b|\ba los \d+\b|\bcuando tenia \d+\b|\bel (?:verano|invierno|otono) pasado\b|\bde cuando (?:trate|intente|quise|me (?:corte|cortaba|tome))\b`;

/** Someone else's overdose told as news: "¿supiste del hijo de doña Rosa? le dio una sobredosis". */
export const othersNewsEs = String.raw`\b(?:supiste|te enteraste|sabias|escuchaste|viste) (?:lo )?(?:de|del|que)\b|\b(?:le|les) (?:dio|dieron|pego|agarro) (?:una )?sobre ?dosis\b`;

/** Spanish: what someone else calls the writer, a safety concern, not crisis: "me dice que soy una inútil". */
export const toldSoEs = String.raw`\b(?:me|le) (?:dice|dijo|dicen|dijeron|decia|decian|grita|grito|gritaba|llama|llamo|llamaba|trata|trato|ha dicho|han dicho|ha llamado|anda diciendo|vive diciendo)(?: de)?(?: que)? (?:soy|sos|eres|no sirvo|no valgo|una?|la|el|puta|inutil|basura|brut[oa])\b`;

/** Spanish: a thing's price, not a person's worth: "este carro ya no vale nada, me dan 8 mil pesos". */
export const tradeEs = String.raw`\b(?:\d+ (?:mil )?(?:pesos|dolares|euros|soles|lucas|varos|bolos|quetzales|lempiras)|(?:lo|la|los|las) (?:vendo|vendi|venda)|vender(?:lo|la|los|las)?|en partes|el lote|precio|cotiz\w*|empen\w*)\b`;

/**
 * Someone else is the one hurting the writer in this sentence ("mi pareja me cortó con un vidrio"): Spanish folds
 * "me cortó" and "me corto" alike, so self-harm words there are read as the other person's doing.
 */
export const otherHurtsEs = String.raw`\b(?:pareja|esposo|marido|novio|novia|padrastro|madrastra|mi ex|suegr[oa]|cunad[oa]|mi (?:papa|padre|hermano|jefe|vecino)|el muy|ese (?:tipo|wey|cabron|chabon))\b(?: \w+){0,4}? me\b`;

/** English: what someone else calls the writer, a safety concern, not crisis: "she keeps screaming that I'm worthless". */
export const toldSo = String.raw`\b(?:calls?|calling|called|says?|said|saying|screams?|screaming|screamed|yell\w*|tells?|telling|told|thinks?|thinking) (?:me|that|(?:me )?(?:that )?(?:im|i am))\b`;
