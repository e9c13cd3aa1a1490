// Crisis by concept rather than by phrase, in both languages at once. People in crisis rarely repeat a stock
// phrase, so these rules look for a dangerous thing together with what makes it dangerous anywhere in the
// sentence: a firearm; pills with an amount, "at once" or a symptom; a withdrawal with shaking or things seen;
// being gone with everyone "better off"; a threat against a named person.

import { hyperbole, joke, news, past, reported, supervised, toldSo } from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule, type Rule } from './rules.ts';
import type { CrisisCategory, CrisisLevel } from './types.ts';

const pills = String.raw`pills|meds|medication|tablets|xan\w*|bars|benzos?|klonopin|valium|ativan|seroquel|ambien|\w+pam|sleeping pills|painkillers|pain meds|oxy\w*|perc\w*|fent\w*|heroin|dope|opioids|methadone|morphine|insulin|pastillas|pildoras|tabletas|pastis|medicinas|medicamentos?|rivotril|clonazepam|tafil|fentanilo|heroina|morfina`;
const drugs = String.raw`${pills}|coke|cocaine|meth|crack|molly|coca|cristal|perico|piedra|droga`;
const symptom = String.raw`chest (?:is |feels )?(?:\w+ )?(?:heavy|tight)|cant (?:get a (?:full |proper )?breath|see straight)|rooms? (?:is |are )?spinning|pecho (?:pesado|apretado)|cant breathe|no puedo respirar|confused|confundid[oa]|blurry|borroso|mareado|mareada|cant (?:get (?:him|her|them) to )?(?:talk|wake)|wont talk|no (?:me )?habla|no responde|no reacciona|passed out|desmayad[oa]|throwing up|vomitando|really weird|muy raro|muy rara`;
const withdrawal = String.raw`(?:stopp\w*|quit\w*|gave up) (?:drinking|using|the (?:booze|drink|pills|benzos|xanax))|since (?:i|he|she) (?:stopped|quit)|deje de (?:tomar|beber|consumir)|dejo de (?:tomar|beber|consumir)|without (?:a drink|drinking|booze|alcohol)|no (?:booze|drink|alcohol)|day \d|(?:\d|two|three|four|five) days? (?:off|without|since|sober|clean)|off (?:the )?(?:xanax|benzos|pills|booze)|cold turkey|(?:hasnt|havent|hadnt|not) (?:had|touched) (?:a |any )?(?:drinks?|wine|beer|booze|alcohol|vodka|liquor|pills?|xanax|benzos?)(?: \w+){0,3}? (?:in|for|since) |(?:\d+|two|three|four|five) days? (?:dry|sober|without)|trying to (?:quit|stop) (?:drinking|the (?:booze|xanax|benzos|pills))|(?:hasnt|havent|hadnt|not) had (?:a |any )?(?:wine|drink|beer|booze|alcohol|vodka|liquor)(?: \w+){0,2}? in (?:\w+) days|withdraw\w*|detox\w*|sin (?:tomar|beber|alcohol|pastillas|clonazepam|consumir)|(?:tercer|segundo|cuarto) dia|abstinencia|cruda|ran out of (?:my )?(?:\w+ )?(?:xanax|benzos?|bars|pills|klonopin|valium|ativan|meds|booze|alcohol|liquor)|cut me off|quit (?:drinking|the (?:\w+ )?(?:xanax|benzos|bars|booze|pills))|(?:aint|havent|hasnt|not|no|without) (?:had )?a (?:drink|drop)|poured (?:out|it out|out every)|days? off (?:the )?(?:bars|xanax|benzos|booze|pills)|been (?:\d|two|three|four|five) days`;
const tremor = String.raw`talking to (?:people|someone|things|nobody) (?:who|that) (?:arent|isnt|werent) (?:there|real)|(?:had|having|has) (?:\w+ ){0,3}?(?:fit|seizure|convulsions?)|cant (?:keep (?:anything|water|food) down|stop (?:sweating|throwing up|puking))|hearing (?:things|voices)|doesnt (?:know|recognize) (?:where|who|me)|(?:bugs|spiders|ants) (?:crawling|on (?:me|the wall|my skin))|(?:body|hands?|skin) (?:is |are )?buzzing|black(?:ed|ing) out|seizures?|seizing|keeps trying to (?:leave|go out|get out|pick up)|(?:wont|cant|dont) stop (?:shaking|trembling)|shaking|tremors|seeing (?:spiders|bugs|snakes|rats|people|shadows|things)|(?:no (?:me )?(?:dejan?|paran?) de|sin parar de) temblar|shakin(?: like a leaf)?|twitch\w*|jerk(?:ing|s)|(?:had|having) (?:like )?(?:a|another) fit|eyes rolled|(?:couldnt|cant) control my (?:arms|legs|body|hands)|sweatin|(?:a man|someone|people|somebody) standing (?:at|in|by) (?:the )?(?:foot|corner|end|door)|temblando|temblores|tiemblo|veo (?:aranas|bichos|animales|gente|sombras|cosas)|confused|confundid[oa]|sweating|sudando`;

// Signs of an overdose or a medical emergency, which count when the message also says something was taken.
const sign = String.raw`heart (?:\w+ ){0,4}?(?:explode|beating out of|going crazy)|rooms? (?:is |are )?spinning|cant feel my \w+|slumped over|(?:gone|went|is|going) limp|(?:hes|shes|is|looks|turned|turning|going) (?:all )?(?:gr[ae]y|ashen)|(?:hard|impossible) to wake(?: up)?|no siento (?:las|los|la|el|mis) \w+|numb|entumid\w*|(?:everything|the room) is spinning|todo (?:me )?da vueltas|(?:think|feel like) im dying|me estoy muriendo|(?:keeps?|wont stop|cant stop|been) (?:throwing up|vomiting)|vomitando|no (?:para|deja) de vomitar|nodding out|cabeceando|(?:keep|me estoy) (?:passing out|quedando dormid[oa])|lips (?:look|are|feel) (?:weird|funny|blue|purple|gr[ae]y)|labios (?:raros|azules|morados)|(?:not|isnt|no esta) (?:breathing|respirando)|(?:wont|cant|no) (?:answer|wake|respond|despierta|reacciona|contesta)(?: me)?|passed out|desmayad\w*|(?:heart|corazon) (?:is )?(?:racing|pounding|a mil)`;
const taken = String.raw`took|tak\w+|swallow\w*|shot up|snort\w*|smok\w*|used|did|drank|drinking|popp\w*|nodding|${drugs}|stuff|me meti|se metio|tom(?:e|o|ando|aba|ar|arme|aste|aron)|me inyecte|se inyecto|inyect\w*|me trague|trag\w+|consum\w+|cosas`;

const rule = (
	level: CrisisLevel,
	category: CrisisCategory,
	pattern: RegExp,
	unless: Rule['unless'] = guard`${joke}|${past}|${news}|${reported}`
): CrisisRule => ({ level, category, re: pattern, unless });

export const crisisConcepts: CrisisRule[] = [
	// A firearm in a message like these is a crisis, except in idioms and toys.
	rule(
		'urgent',
		'method',
		re`(?<!\b(?:nail|glue|water|toy|nerf|staple|paint|heat|spray|jump the|under the|smoking|son of a|big|top) )(?<!\b(?:stick\w*|stuck) to \w+ )\b(?:guns?|pistol|handgun|glock|revolver|rifle|shotgun|firearm|pistola|arma|escopeta|cuete|fusca)\b(?! (?:show|blazing|de (?:agua|juguete|doble filo)|shy))`,
		guard`${joke}|${past}|${news}|\b(?:sold|pawned|got rid of|locked up|turned in|hunting|range|deer|vendi|empene|entregue|cacer\w*|venado)\b`
	),
	// Pills or drugs with an amount, all at once, saved up, deadly, or with a danger sign.
	rule(
		'urgent',
		'method',
		anyOf(
			r`\b(?:a|an|un|una) (?:puno|punado|monton|chingo|bola|bunch|handful|fistful) de (?:${pills})\b`,
			r`\b(?:whole|entire|toda la|todo el) (?:month|week|mes|semana|bottle|frasco|caja|box)\b(?: \w+){0,2}? (?:of|de) (?:my |mis |sus |the |las |los )?(?:${pills})\b`,
			r`\b(?:${pills})\b(?: \w+){0,5}? (?:at once|all at once|de una vez|de golpe)\b`,
			r`\b(?:deadliest|most dangerous|mas peligros\w+|mortal\w*|letal\w*|lethal)\b(?: \w+){0,3}? (?:${pills})\b`,
			r`\b(?:${pills})\b(?: \w+){0,3}? (?:are |is |son |es )?(?:the )?(?:deadliest|most dangerous|mas peligros\w+|mortal\w*|letal\w*|lethal)\b`,
			r`\b(?:stockpil\w*|hoard\w*|junt\w+|guard\w+|acumul\w+|ahorr\w+)\b(?: \w+){0,3}? (?:${pills})\b`
		)
	),
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:${drugs})\b(?:[ ,]+\w+){0,8}?[ ,]+(?:${symptom})\b`,
			r`\b(?:${symptom})\b(?:[ ,]+\w+){0,8}?[ ,]+(?:after|despues de|por) (?:the |las |la |el |los )?(?:${drugs})\b`
		),
		negatable: false,
		unless: guard`${joke}|${past}|${news}`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: re`\b(?:${sign})\b`,
		requires: guard`\b(?:${taken})\b`,
		negatable: false,
		unless: guard`${joke}|${past}|${news}|\b(?:flu|gripa|gripe|food|comida|pregnan\w*|embarazada|sometimes|side effects?|psychiatrist|prescri\w*|a veces|efectos? secundarios?|psiquiatra|receta|coffees?|caffeine|energy drinks?|cafes?)\b`
	},
	// Dangerous withdrawal: days without, with shaking or things seen.
	{
		level: 'urgent',
		category: 'withdrawal',
		re: re`\b(?:${tremor})\b`,
		requires: guard`\b(?:${withdrawal})\b`,
		negatable: false,
		unless: guard`${past}|${news}|${supervised}`
	},
	// Alcohol first, then pills: the dangerous mix told the other way round.
	rule(
		'urgent',
		'overdose',
		re`\b(?:drank|took|had|tome|me tome|bebi|me eche)\b(?: \w+){0,5}? (?:fifth|bottle|vodka|whiske?y|tequila|botella|mezcal|ron|cervezas)\b(?: \w+){0,3}? (?:and|y|con|plus|mas) (?:\w+ ){0,3}?(?:${pills})\b`
	),
	// Being gone, with everyone better off or done a favour.
	rule(
		'concern',
		'burden',
		anyOf(
			r`\b(?:easier|better|happier|favou?r|mejor|mas facil|mas felices|mas feliz|en paz|favor)\b(?: \w+){0,5}? (?:without me|sin mi)\b(?! (?:\w+ )?(?:help|ayuda|dinero|money))`,
			r`\b(?:favou?r|favor)\b(?: \w+){0,5}? (?:if i (?:disappeared|was gone|died|were gone)|si (?:yo )?(?:desapareciera|me muriera|no estuviera|me fuera para siempre))\b`,
			r`\bsi (?:yo )?(?:desapareciera|me muriera|estuviera muert[oa])\b`
		),
		guard`${joke}|${past}|${news}|${reported}|${toldSo}`
	),
	// Lips changing colour, hopelessness about everything: signs that count on their own.
	rule(
		'urgent',
		'overdose',
		anyOf(
			r`\blips (?:look|are|feel|went|turned|going) (?:weird|funny|blue|purple|gr[ae]y)\b`,
			r`\blabios (?:raros|azules|morados)\b`,
			r`\b(?:dont|cant) see the point (?:of|in) (?:anything|any of this|it all|life|living|going on|waking up)\b`
		)
	),
	// Dying now, not deserving to live, a method set up, a plan worked out.
	rule(
		'urgent',
		'intent',
		anyOf(
			r`\b(?:im|think im|feel like im) dying\b(?! (?:to|of|for|laughing|inside|out here|over here|in here|from (?:laughing|embarrassment)))`,
			r`\bme estoy muriendo\b(?! de (?:hambre|risa|sueno|frio|calor|verguenza|ganas|aburrimiento|la risa))`,
			r`\bdont deserve to (?:live|be alive|be here|exist)\b`,
			r`\b(?:garage|cochera)\b(?: \w+){0,4}? (?:car|carro|coche|motor|engine) (?:running|on|prendido|encendido)\b`,
			r`\b(?:thinking about|staring at|looking at|pensando en|viendo) (?:the|las|los|el|la) (?:tracks|vias|vacio)\b`,
			r`\b(?:thought about|thinking about|figured out|planned|worked out|know) how (?:id|ill|im going to|to|i would|i will) do it\b`,
			r`\b(?:ya )?(?:pense|planee|se) como (?:lo voy a hacer|hacerlo)\b`
		),
		guard`${joke}|${past}|${news}|${reported}|${hyperbole}`
	),
	// A threat to someone's life, told as what another said.
	rule(
		'urgent',
		'threat',
		re`\b(?:dijo|dice|said)\b(?: \w+){0,8}? (?:nos|me|te|los) (?:mata|matan|va a matar|van a matar)\b`
	),
	// Asking not to wake up.
	rule(
		'concern',
		'passive_wish',
		re`\b(?:pray|hope|wish|ask god|asking god|le pido a dios|ojala|espero|quisiera|rezo)\b(?: \w+){0,4}? (?:dont|not|never|no|nunca) (?:wake|waking|despertar|despierto|amanecer)\b`,
		guard`${joke}|${past}`
	),
	// A threat against a named person, by whoever makes it, and one said plainly ("I'll end you", "te acabo").
	rule(
		'urgent',
		'threat',
		anyOf(
			r`\b(?:going to|gonna|wants? to|about to|will|va a|van a|voy a|quiere|quieren)\s+(?:kill|shoot|stab|murder|matar|disparar\w*|apunalar\w*|balear)\s+(?:my|his|her|your|their|a mi|a tu|a su|al|a la|a los|a ese|a esa)\b`,
			r`\b(?:ill|im going to) (?:end|finish) you\b`,
			r`\bte (?:acabo|quiebro|parto la madre|voy a quebrar)\b`,
			r`\b(?:price|precio|hit) (?:on|a) (?:my|mi) (?:head|cabeza)\b`,
			r`\bpusieron precio\b`
		),
		guard`${joke}|${hyperbole}|\b(?:if|when|cuando|si) (?:s?he|they|mom|dad|my \w+|se entere|vea|sepa)\b`
	)
];
