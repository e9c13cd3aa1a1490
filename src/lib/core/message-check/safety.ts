// Someone else hurting or threatening the writer: "he hit me again", "mi pareja me golpea". That is a safety
// concern for the writer, worth its own words and the domestic violence line; it is not self-harm and not by
// itself a crisis (a threat to the writer's life is, in crisis.*.ts). Both languages run on every message.

import { hyperboleEs, joke, past } from './guards.ts';
import { negations } from './negation.ts';
import { toSpan, type Folded } from './normalize.ts';
import { anyOf, guard, mergeRanges, r, re, ruleMatches, type Rule } from './rules.ts';
import type { Span } from './types.ts';

export const safetyRules: Rule[] = [
	{
		// Its own "not": "he never hit me" is not, "when I said that's not true she slapped me" is.
		re: re`\b(?:he|she|they|someone|somebody|hes|shes|theyre)\b(?: (?!never\b|not\b|didnt\b|doesnt\b|dont\b|wont\b|wouldnt\b|cant\b)\w+){0,2}? (?:hit\w*|beat\w*|chok\w+|strangl\w+|punched|slapp\w*|push\w*|shov\w*|kick\w*) (?:me|us)\b(?! (?:up|a |an |some|with the truth|to|into (?:going|doing)|around))`,
		negatable: false,
		unless: guard`${past}`
	},
	// Spanish across regions, past or present: hit, thrown at, grabbed, locked in, controlled, followed, or
	// threatened by someone ("me agarró del cuello", "me tiene encerrada", "me controla el dinero").
	{
		re: anyOf(
			r`\bme (?:volvio a |volvieron a |vuelve a |esta |estan )?(?:pega|pego|pegaron|golpea|golpeo|golpearon|golpeando|empuja|empujo|empujaron|patea|pateo|patearon|cachetea|cacheteo|ahorca|ahorco|estrangulo|mordio)\b(?! (?:duro|fuerte|mucho|la gripa|el covid|el sol|la cruda|el bajon|el cambio))`,
			r`\bme (?:avent\w*|tir(?:o|aron)|arroj\w*|lanz(?:o|aron)) (?:un|una|el|la|lo que|contra|al (?:piso|suelo)|por las escaleras)\b`,
			r`\bme (?:jal\w*|agarr\w*|tom\w*) (?:del|de los|el|los) (?:pelo|pelos|cuello|cabello)\b`,
			r`\bme (?:agarr\w*|cayeron) a (?:golpes|patadas|cachetadas|trancazos|palos|pinas|madrazos)\b`,
			r`\bme (?:rompi\w*|rompe|rompio) (?:la nariz|la boca|un diente|las costillas|las cosas|el celular|el brazo)\b`,
			r`\bme (?:dej\w*|hizo) (?:un moreton|moretones|el ojo morado|marcas|un chichon)\b`,
			r`\b(?:tengo|me dejo) el ojo morado\b`,
			r`\bme (?:dio|dieron|da|dan|pego|metio) (?:una |un )?(?:bofetada|cachetada|golpiza|paliza|madriza|putiza|chinga|pela|trompada|punetazo|patada|tunda|galleta|cachetadon|cabezazo)\b`,
			r`\bme (?:tiene|tienen|dejo|dejaron) encerrad[oa]\b`,
			r`\bno me deja (?:salir|trabajar|usar el celular|hablar con)\b`,
			r`\bme (?:controla|revisa|quita|esconde) (?:el dinero|la plata|la lana|el celular|el cuarto|mis cosas|mi celular|las llaves|los papeles)\b`,
			r`\bme (?:insulta|insulto|insultaron|insultaba|grita|grito|gritaron|gritaba|humilla|humillo|humillaron|humillaba|ridiculiza|ridiculizo)\b(?: \w+){0,2}? (?:todo el dia|todos los dias|enfrente de|delante de|frente a|en publico)\b`,
			// Called names by someone: "me dice que soy una inútil", "me dijo bruta", "me llama basura".
			r`\bme (?:dice|dijo|dicen|dijeron|decia|grita|grito|gritaba|llama|llamo|llamaba|trata|trato|ha dicho|han dicho|ha llamado|anda diciendo|vive diciendo)(?: de)?(?: que)?(?: soy)?(?: (?:una?|la|el|pinche))? (?:inutil|basura|estupid[oa]|idiota|brut[oa]|pendej[oa]|put[oa]|perra|zorra|loc[oa]|falop\w+|drogadict[oa]|borrach[oa]|verguenza|desgracia|lacra|escoria|fracasad[oa]|tont[oa]|mens[oa]|burr[oa]|bestia|asqueros[oa]|porqueria|mierda|una mierda)\b`,
			// Thrown out of home: "me dijo que no vuelva a casa", "me corrió de la casa".
			r`\bme (?:corrio|corrieron|echo|echaron|saco|sacaron) de (?:la|mi|su) casa\b|\b(?:me )?(?:dijo|ha dicho|dice|dijeron) que no (?:vuelva|regrese) (?:a (?:la )?casa|nunca|mas)\b`,
			// Again, or already: "me volvió a empujar", "me ha tirado el móvil contra la pared".
			r`\bme (?:volvio|volvieron|vuelve|vuelven|ha vuelto|han vuelto|quiso|intento|trato de) a? ?(?:pegar|golpear|empujar|patear|ahorcar|cachetear|morder|jalonear|estrangular|ahogar|escupir|encerrar)\b(?! (?:duro|fuerte|la gripa|el covid|el sol|la cruda|el bajon))`,
			r`\bme (?:ha|han|habia|habian) (?:pegado|golpeado|empujado|pateado|cacheteado|ahorcado|estrangulado|mordido|escupido|jaloneado|zarandeado|encerrado|amenazado)\b(?! (?:duro|fuerte|la gripa|el covid|el sol|la cruda|el bajon))`,
			r`\bme (?:ha|han|habia|habian) (?:tirado|aventado|lanzado|arrojado|roto) (?:un|una|el|la|lo que|contra|al piso|al suelo|por las escaleras|mis)\b(?! (?:corazon|alma|sueno))`,
			r`\bme (?:sigue|persigue|vigila) (?:a todos lados|a todas partes|al trabajo|todo el dia)\b`,
			r`\bse (?:aparece|presenta) en (?:mi casa|la puerta|el trabajo|mi trabajo)\b`,
			r`\bme (?:encierra\w*|acosa\w*|esta acosando|jalonea\w*|zarandea\w*|escupe|escupio|forzo|obliga a|violo|hizo dano)\b`,
			r`\bme avienta (?:cosas|lo que|todo)\b`,
			r`\bme levanta\w* (?:el puno|la mano)\b`,
			r`\bme (?:rastrea|instalo una app)\b|\bdonde estoy todo el tiempo\b`,
			r`\bme (?:pushed|hit|punched|slapped|choked|kicked|shoved)\b`,
			r`\bme revisa (?:el cel|el celu|el telefono|los mensajes|el whats)\b`,
			r`\bno me deja (?:ver|hablar con) a (?:mi familia|mis amig\w+|mi mama|mi papa|nadie)\b`,
			r`\b(?:tengo|me da) miedo (?:de (?:el|ella|mi (?:pareja|esposo|marido|novio|novia|ex))|de que me (?:pegue|haga algo|mate|lastime|golpee)|(?:cuando|como) llegue)\b`
		),
		unless: guard`${joke}|${hyperboleEs}|\b(?:mi|tu) (?:mama|papa|jefe|jefa) (?:me|nos) (?:va|iba) a matar (?:cuando|si)\b|\b(?:cuando|si) (?:se entere|vea|sepa)\b`
	},
	// A threat to the writer's life is also a crisis (crisis.es.ts); "si no le pago me matan" carries its own "no".
	{
		re: anyOf(
			r`\b(?:me|nos) (?:va|van|iba|iban) a (?:matar|pelar|quebrar|partir la madre|golpear|pegar|desaparecer)\b`,
			r`\bme (?:amenaz\w*|matan\b(?! (?:de|con|los (?:pies|zapatos|tacones|nervios))))`,
			r`\b(?:soy|es) (?:hombre|mujer) muert[oa]\b`,
			r`\bno (?:salgo|voy a salir|sales|salis|vas a salir) viv[oa]\b`,
			r`\b(?:me|nos) (?:va|van) a picar\b`,
			// A threat tied to leaving or telling: "dice que si lo dejo me mata", "si hablo me desaparece".
			r`\bsi (?:lo |la |te )?(?:dejo|me voy|me separo|lo denuncio|la denuncio|hablo|digo algo|le digo a alguien|cuento algo|me ve con|me encuentra)\b(?: \w+){0,3}? me (?:mata|mataria|matara|va a matar|hace algo|desaparece|quita a (?:los|mis) (?:ninos|hijos|nenes))\b`,
			r`\bme (?:tira|van a tirar|va a tirar|tiran) al (?:canal|rio|mar)\b`,
			r`\bya sabes lo que le paso al (?:otro|ultimo)\b`,
			r`\bla proxima (?:visita|vez) no (?:es|va a ser) (?:pa|para) (?:cobrar|hablar|platicar)\b`
		),
		negatable: false,
		unless: guard`${joke}|${hyperboleEs}|\b(?:mi|tu) (?:mama|papa|jefe|jefa) (?:me|nos) (?:va|iba) a matar (?:cuando|si)\b|\b(?:cuando|si) (?:se entere|vea|sepa)\b`
	},
	// English: hurt, threatened, held or watched by someone else, whoever it is ("Dad grabbed me", "my ex keeps
	// showing up at my job"). A threat to the writer's life is also a crisis (crisis.en.ts); both are shown.
	{
		re: anyOf(
			r`(?<!\b(?:i|you|u|we|im|youre|to|dont|didnt|let|car|truck|bus|train|bullet|lightning|it|this|that|karma)(?: \w+){0,2} )\b(?:hit|hits|hitting|slapped|slaps|slapping|punched|punches|punching|kicked|kicks|kicking|choked|chokes|choking|strangled|strangles|shoved|shoves|shoving|pushed|pushes|grabbed|grabs|grabbing|dragged|drags|spit on|spits on|spitting on|spat on|beat|beats|beating|threw (?:\w+ ){0,2}?at|throws (?:\w+ ){0,2}?at|hurts|hurting|pinned|pins|locked|threatened|threatens|threatening|stalking|stalks|raped|molested|touches|touching|(?:will|ll|going to|gonna|gon|to) (?:hurt|beat))\b (?:me|us)\b(?! (?:up|out|know|to (?:do|be|go|the|a|work|school|class|lunch|dinner|it)|into (?:going|doing)|around|back|in a (?:game|match)|with (?:the|a|his|her) (?:truth|idea|news|question)|off|down|hard|a |an |some))`,
			r`\b(?:wont|doesnt|dont|never) let me (?:leave|go out|see my|have my (?:phone|keys|money)|talk to|call)\b`,
			r`\b(?:keeps|kept|been|is|was) (?:showing up|following me|watching (?:me|my|the)|waiting (?:for me )?outside|sitting outside)\b(?: \w+){0,3}? (?:at|outside|by|around)? ?(?:my|the) (?:job|work|house|place|apartment|door|school|bus stop)\b`,
			r`\b(?:following|followed|follows) me (?:home|to (?:work|my)|from)\b`,
			r`\bim (?:a |as good as )?dead (?:man|woman|meat)\b|\bnext time (?:its|it will be|itll be) me\b`,
			r`\b(?:he|she|they|hes|shes|theyre|theyll|hell|shell|them|my \w+|the (?:dude|guy|man|plug|dealer|connect))\b(?: \w+){0,3}? (?:kill|shoot|stab|murder) (?:me|us)\b`,
			r`\b(?:locked|locks|locking) (?:me|us) (?:out|in)\b`,
			r`\b(?:tracks|tracking|checks|reads|goes through|went through) my (?:location|phone|texts|messages)\b`,
			r`\b(?:scared|afraid|terrified) (?:of (?:him|her|them|my (?:ex|boyfriend|husband|partner|dad))|(?:hell|shell|theyll|he will|she will|hes going to|shes going to) (?:hurt|hit|find|come after) me)\b`
		),
		unless: guard`${past}|${joke}`
	},
	// English, by concept: a weapon pulled, a fist through the wall by the writer's head, things taken or checked,
	// a home watched or damaged, being made to do things, being scared to go home. "If I don't, he locks me in"
	// carries a "don't" that negates nothing, so these read their own negation.
	{
		re: anyOf(
			r`\b(?:pulled|pulls|pointed|points|waved|held|holds) (?:a |his |her |the |their )?(?:knife|gun|blade|pistol|bat) (?:on|at) (?:me|us)\b|\b(?:they|he|she) (?:pulled|pull) (?:a|his|her|the) (?:knife|gun|blade|pistol)\b`,
			r`\b(?:scared|afraid|terrified) (?:to (?:go home|go back|leave|sleep|tell (?:him|her|them))|of what (?:he|she|they)(?:ll| will| might| would) do)\b`,
			r`\b(?:he|she|they|hes|shes|theyre) (?:took|takes|taking|keeps|hides|hid|hiding) my (?:id|phone|passport|(?:whole )?paycheck|wallet|documents|papers)\b`,
			r`\b(?:checks|tracks|reads) (?:the miles|my (?:phone|location|receipts|texts|mileage|odometer|bank))\b`,
			r`\b(?:fist|hand|punch\w*|hole) (?:\w+ ){0,2}?through the (?:door|wall|window) (?:next to|by|beside|near|behind) my (?:head|face)\b|\bnext time it (?:wont|will not|aint) be the (?:door|wall)\b`,
			r`\b(?:slashed|slashes|slit|keyed|smashed|busted) my (?:tires|car|windows?|windshield)\b|\b(?:driving|drives|drove|walking|walks|parked|parks) (?:\w+ ){0,2}?(?:past|by|outside) my (?:place|house|apartment|job|work)\b`,
			r`\b(?:was|is|keeps|been) (?:waiting|parked|sitting|showing up) (?:for me )?(?:by|at|outside|near) (?:my|the) (?:car|house|door|job|work|place|meetings?|school)\b`,
			r`\b(?:makes|made|forces|forced|forcing) me (?:to )?(?:buy|sell|steal|use|give|hand over|sleep)\b|\b(?:locks|locked|locking) me in\b`,
			r`\b(?:shoved|pushed|threw|knocked) (?:me|us) (?:down|into|against|off|through|across)\b|\bkicked me out (?:in|with(?:out)?) (?:my |the |no )?(?:socks|pajamas|cold|shoes|nothing|snow)\b`,
			r`\b(?:find|put|leave) me in (?:a|the) (?:ditch|ground|grave|river|trunk|dumpster)\b|\bmake sure i (?:never|dont|wont) see (?:the|my) (?:kids|children|son|daughter)\b`
		),
		negatable: false,
		unless: guard`${joke}`
	},
	// English: a weapon put to the writer's body, names and put-downs thrown at the writer, things of the writer's
	// smashed or thrown, pictures of the writer's car or home sent as a warning. Not when the writer is the one
	// doing it ("I threw my phone at the wall").
	{
		re: anyOf(
			r`(?<!\bi(?: \w+)? )\b(?:put|puts|putting|pointed|points|pointing|held|holds|holding|shoved|stuck|pressed|jammed)(?: \w+)? (?:a |his |her |the |their |that )?(?:gun|pistol|glock|strap|piece|knife|blade|bat|barrel) (?:in|to|at|against|on|up to|in front of) my (?:face|head|chest|throat|neck|side|back|temple|stomach|ribs)\b`,
			r`(?<!\bi(?: \w+)? )\b(?:screams?|screamed|screaming|yell(?:s|ed|ing)?|cuss(?:es|ed|ing)?|curs(?:es|ed|ing)|swore|swears|spat|spits?) (?:at|in) (?:me|my face)\b(?: \w+){0,3}? (?:in front of|every (?:day|night|time|morning)|all (?:day|night|the time)|until i (?:cried|shook)|for (?:an hour|hours)|and (?:called|threw|shoved|pushed|grabbed|told|said))\b`,
			r`\b(?:calls?|called|calling|call|named) me (?:a |an |his |her |their |such a |the |nothing but a )?(?:(?:fucking|stupid|worthless|useless|dirty|fat|lazy|dumb|little|pathetic) )?(?:stupid|worthless|useless|junkie|crackhead|crack head|addict|idiot|moron|retard\w*|loser|whore|slut|bitch|cunt|fat|ugly|pathetic|dumb|trash|garbage|nothing|failure|disgusting|psycho|crazy|waste|piece of (?:shit|crap|trash)|druggie|tweaker|methhead|pillhead|drunk)\b`,
			r`\b(?:keeps?|kept|always|constantly|wont stop|never stops) (?:telling|saying to|reminding|texting|yelling at|screaming at) me\b(?: that)?(?: \w+){0,2}? (?:(?:nobody|no one|noone) (?:would|will|could|wants|cares|loves|likes)|(?:im|i am|i was|youre|you are|ill always be) (?:a |an |just a |such a )?(?:\w+ )?(?:worthless|useless|stupid|junkie|nothing|disgusting|fat|ugly|failure|mistake|crazy|pathetic|burden|loser|waste|addict)|(?:ill|i will|youll|you will) (?:never|always)|a (?:\w+ )?(?:junkie|addict|crackhead|loser|whore) like (?:me|you))`,
			r`(?<!\bi(?: \w+)? )\b(?:grabbed|grabs|snatched|snatches|took|takes|ripped|rips|yanked|yanks) my (?:phone|keys|laptop|wallet|purse|bag|glasses|cell)\b(?: \w+){0,3}? (?:and )?(?:threw|throws|smashed|smashes|broke|breaks|snapped|stomped|hid|hides|tossed|chucked|flung|threw it)\b`,
			r`(?<!\bi(?: \w+)? )\b(?:threw|throws|smashed|smashes|broke|breaks|snapped|stomped on|chucked|flung|punched|kicked) (?:my (?:phone|laptop|glasses|tv|stuff|things|door|cell)|it|them) (?:at|against|into|across|through|onto) (?:the|a|my) (?:wall|floor|ground|door|window|street)\b`
		),
		negatable: false,
		unless: guard`${joke}`
	},
	// Pictures of the writer's car, home or family sent as a warning, where the message says it frightens them or
	// who sends them: "the guy I owe keeps texting me pics of my car, kinda scared".
	{
		re: re`\b(?:keeps?|kept|been|is|started|starts|sent|sends|texted|texts) (?:texting |sending |dming |messaging |snapping )?me (?:pics|pictures|photos|videos?|screenshots|a (?:pic|picture|photo|video)) of my (?:car|truck|house|place|kids?|door|front door|job|work|apartment|mom|family|daughter|son|window|street|building)\b`,
		requires: guard`\b(?:owe|owes|scared|afraid|terrified|creepy|creeped|creeping|threat\w*|my ex|stalk\w*|watching (?:me|my)|nervous|freaked|freaking|warning|no caption|(?:doesnt|didnt|wont) say (?:anything|a word|nothing)|just the (?:pics|pictures|photos))\b`,
		negatable: false,
		unless: guard`${joke}`
	}
];

/** Where someone else hurts or threatens the writer, in order; empty when nothing does. */
export function findSafety(original: string, folded: Folded): Span[] {
	const ranges = safetyRules.flatMap((rule) => ruleMatches(folded.text, rule, negations.both));
	return mergeRanges(ranges).map(([start, end]) => toSpan(original, folded, start, end));
}
