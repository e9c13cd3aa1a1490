// What keeps a crisis pattern from counting, in both languages. Both languages' crisis patterns run on every
// message, so each guard has to know both: "hablamos de pensamientos suicidas" is as reported as "asked about".

/** Laughter and jokes: "that movie was so sad I wanted to die lol", "ese chiste me mató jajaja". */
export const joke = String.raw`\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|jk|rofl|xd|jaja\w*|jeje\w*|jiji\w*|jsjs\w*|jajs)\b`;

/** The past, told as part of recovery: "two years ago I overdosed", "hace un año tuve una sobredosis". */
export const past = String.raw`\b(?:(?:years?|months?|a while|a long time) ago|used to|back (?:then|when|in)|last (?:year|month|spring|summer|fall|autumn|winter|time)|when i was (?:\d+|a kid|young|younger|a teen|in|using|drinking|high|sick|on)|in (?:19|20)\d\d|survived|saved my life|anniversary|hace (?:(?:un|una|unos|unas|dos|tres|cuatro|cinco|seis|\d+|muchos|varios) (?:anos?|mes(?:es)?)|mucho tiempo|tiempo|anos|meses)|(?:el|la) (?:ano|mes|semana) pasad[oa]|solia|antes (?:pensaba|queria|me|sentia|tenia)|cuando (?:era|tenia|estaba en)|sobrevivi\w*|me salvaste|me salvaron|aniversario)\b`;

/** News about others, and grief for someone already gone. */
export const news = String.raw`\b(?:news|article|downtown|heard about|read about|on tv|the paper|podcast|documentary|movie|series|book|lecture|celebrity|rapper|singer|actor|prevention|awareness|training|statistics|epidemic|(?<!almost |nearly |casi )(?:died|murio)|passed away|funeral|rip|memorial|obituary|noticias?|tele|television|documental|pelicula|serie|libro|charla|conferencia|periodico|barrio|colonia|articulo|prevencion|campana|capacitacion|taller|estadisticas|murio|murieron|fallecio|fallecieron|velorio|entierro|qepd|epd)\b`;

/** A question asked by someone else, not a statement: "my therapist asked about suicidal thoughts". */
export const reported = String.raw`\b(?:asked|asks|ask me|asking (?:me|if|whether|about)|screen\w*|questionnaire|survey|pregunt\w*|hablamos de|hablaron de|cuestionario|encuesta)\b`;

/** Withdrawal told as over, or watched over by staff: "I was shaking for days", "the nurse says it's normal". */
export const supervised = String.raw`\b(?:was|were|had been|temble|temblaba|nurse|doctors?|staff|they(?:re| are) watching|monitor\w*|enfermer[oa]|doctor[ae]?s?|me estan cuidando|is normal|es normal)\b`;

/** Someone else's emergency told calmly: "in the ER with Grandma, she fell but she's okay". */
export const otherwiseFine = String.raw`\b(?:with (?:my )?(?:grandma|grandpa|mom|dad|mother|father|sister|brother|aunt|uncle|friend)|con (?:la |el |mi )?(?:abuel[oa]|mama|papa|herman[oa]|ti[oa]|amig[oa])|(?:she|he|shes|hes)(?: is)? (?:okay|ok|fine)|(?:esta|estan) bien|fell|se cayo)\b`;
