// Spanish crisis language about the body: an overdose (said, too many, a whole bottle, a dangerous mix), the
// signs of one or of another medical emergency, and dangerous withdrawal. Written without accents, like the
// folded text; the past, news and jokes are guarded, as in crisis.es.ts.

import {
	joke,
	news,
	othersDeathEs,
	othersNewsEs,
	otherwiseFine,
	past,
	pastEs,
	recoveredEs,
	reported,
	supervised
} from './guards.ts';
import { anyOf, guard, r, re, type CrisisRule } from './rules.ts';

export const pills = String.raw`pastillas|pildoras|tabletas|quetiapina|seroquel|trazodona|litio|insulina|paracetamol|antidepresivos|pastis|clonazepam|rivotril|xanax|alprazolam|diazepam|lorazepam|tafil|valium|benzos?|medicinas|medicamentos?|fentanilo|heroina|opioides?|tramadol|morfina|pepas|chochos|pingas|clona|orfidal\w*|acetaminofen|tylenol|ibuprofeno|aspirinas?`;
const alcohol = String.raw`alcohol|vodka|tequila|cervezas?|vino|ron|mezcal|licor|tragos?|whisky|chupe|pisto|guaro|aguardiente|caguamas?|botella`;

export const crisisEsMedical: CrisisRule[] = [
	// Overdose: said, too many or too much, a whole bottle, a dangerous mix.
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\bsobre ?dosis\b`,
			r`\b(?:me|se) pase (?:con|de) (?:la dosis|las pastillas|la droga|la heroina|el fentanilo|el cristal|la coca|el perico|las pastis)\b`,
			r`\b(?:me|se) paso (?:con|de) (?:la dosis|las pastillas|la droga|la heroina|el fentanilo|el cristal|la coca|el perico|las pastis)\b`
		),
		// Someone else's overdose told as news or grief, anywhere in the message, is not the writer's.
		requires: guard`^(?![^]*${othersDeathEs})`,
		unless: guard`${past}|${pastEs}|${news}|${reported}|${recoveredEs}|${othersNewsEs}`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:me tome|se tomo|tome|tomo|me trague|se trago|trague|me meti|se metio|consumi|consumio|se inyecto|me inyecte|me empastille|se empastillo)\b(?: \w+){0,2}? (?:todo el (?:frasco|bote|blister|paquete)|toda la caja|todas (?:las|mis|sus) (?:${pills})|un monton de (?:${pills})|muchas (?:${pills})|demasiadas (?:${pills})|un punado de|varias cajas|el frasco|un frasco|algo (?:raro|malo|adulterado))\b`,
			r`\b(?:me meti|se metio|consumi|consumio|se inyecto|me inyecte) (?:demasiad[oa]|mucho mas|mas de (?:lo normal|la cuenta))\b`,
			r`\b(?:me trague|se trago|trague) (?:un|una|el|la) (?:frasco|bote|caja|tira)\b`,
			r`\b(?:me tome|tome|se tomo|trague|me trague)(?: como| unas| unos| casi| mas de)? (?:[5-9]|[1-9]\d+|diez|veinte|quince|treinta)(?: de)? (?:mis |las |sus )?(?:${pills})\b`,
			r`\btodo el (?:frasco|bote|blister|tarro)\b`,
			r`\bfrasco (?:entero|completo)\b`
		),
		unless: guard`${past}`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:tome|tomo|tomando|tomaba|trague|meti|metio|mezcle|mezclo|mezclando|consumi|consumio|me eche|se echo|bebi|bebio)\b(?: \w+){0,4}? (?:${pills})\b(?: \w+){0,3}? (?:con|y|mas|encima de|junto con) (?:\w+ ){0,3}?(?:${alcohol})\b`,
			r`\bmezcl\w*\b(?: \w+){0,4}? (?:con|y) (?:\w+ ){0,2}?(?:${alcohol}|${pills})\b`
		),
		requires: guard`^(?![^]*${othersDeathEs})`,
		unless: guard`${past}|${pastEs}`
	},
	// Signs of an overdose or a medical emergency.
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\bno (?:puede|puedo|podia|pude|podemos) respirar\b`,
			r`\bno (?:esta )?respira(?:ndo)?\b`,
			r`\b(?:dejo|deja|ha dejado|dejando) de respirar\b`,
			r`\b(?:le|me) cuesta (?:mucho )?respirar\b`,
			r`\brespira (?:muy )?(?:raro|lento|poco|mal|despacio|feo)\b`,
			r`\b(?:labios|unas|dedos|cara|piel|boca) (?:\w+ ){0,2}?(?:azules|morados|moradas|azul|morado|morada|grises)\b`,
			r`\b(?:se puso|se esta poniendo|se pone|esta|se ve) (?:azul|morad[oa]|gris)\b`,
			r`\bno (?:despierta|reacciona|se despierta|lo puedo despertar|la puedo despertar|puedo despertarl[oa]|abre los ojos)\b(?! (?:hasta|temprano))`,
			r`\binconsciente\b`,
			r`\bespuma por la boca\b`,
			r`\bno me puedo mantener despiert[oa]\b`,
			r`\bdolor (?:en el|de) pecho\b`,
			r`\bme duele (?:mucho )?el pecho\b`,
			r`\bel pecho me (?:duele|aprieta)\b`,
			r`\bpresion en el pecho\b`
		),
		negatable: false,
		unless: guard`${joke}`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\bcorazon\b(?: \w+){0,3}? (?:a mil|muy rapido|acelerado|se me sale|late raro|duele)\b`,
			r`\bno siento (?:las piernas|los brazos|la cara|el cuerpo)\b`,
			r`\b(?:ronca raro|hace ruidos raros|gorgote\w*|estertor)\b`
		),
		requires: guard`\b(?:${pills}|coca|cristal|perico|piedra|sobre ?dosis|mezcle|me meti|se metio|abstinencia|demasiad[oa])\b`,
		negatable: false,
		unless: guard`${joke}`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: re`\bno (?:responde|reacciona|contesta)\b`,
		requires: guard`\b(?:respira\w*|azul|morad[oa]|se metio|me meti|inyect\w*|sobre ?dosis|pastillas|desmay\w*|inconsciente)\b`,
		negatable: false
	},
	// Dangerous withdrawal.
	{
		level: 'urgent',
		category: 'withdrawal',
		re: anyOf(
			r`\bconvulsi\w*`,
			r`\bataque epileptico\b`,
			r`\b(?:veo|viendo|vi|escucho|escuchando|oigo|oyendo) (?:cosas que no|voces|bichos|animales|aranas|sombras|gente que no)\b`,
			r`\balucin(?:o|ando|aciones|e|ar)\b`,
			r`\bdelirium\b`
		),
		unless: guard`${past}|${news}`
	},
	{
		level: 'urgent',
		category: 'withdrawal',
		re: anyOf(
			r`\b(?:temblando|tiemblo|temblores|tembladera|escalofrios)\b(?: \w+){0,2}? (?:muy fuertes?|mucho|muchisimo|sin parar|horribles?|fuertes?|fuertisimos?|incontrolables?)\b`,
			r`\bno (?:paro|puedo parar|dejo) de temblar\b`
		),
		requires: guard`\b(?:sin (?:tomar|beber|alcohol|consumir|pastillas|nada)|dejando|abstinencia|desintox\w*|cruda|resaca|malilla|deje|dias? sin|alcohol|pastillas|clonazepam|rivotril)\b`,
		unless: guard`${past}|${supervised}`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:llama|llamen|llame|llamar|llamaste|llamo|marca|marquen) (?:a )?(?:una ambulancia|la ambulancia|emergencias|al 911|al 112|la cruz roja|los paramedicos)\b`,
			r`\b(?:le di|le dieron|me dieron|necesito|necesita|dale|denle|ponle) (?:la |el |una )?(?:naloxona|narcan)\b`
		),
		unless: guard`${past}`
	},
	{
		level: 'urgent',
		category: 'overdose',
		re: re`\ben (?:urgencias|la sala de emergencias|terapia intensiva)\b`,
		requires: guard`\b(?:sobre ?dosis|pastillas|tome|me meti|se metio|cort\w+|sangr\w+|respir\w+|naloxona|convulsi\w*|apunal\w+|disparo|golpe\w*)\b`,
		unless: guard`${past}|${otherwiseFine}|\b(?:estuve|estuvo|estuvimos)\b`
	},
	// Taken already, told in passing: "me tomé como 20 acetaminofén", "ya me tomé lo que tenía guardado".
	{
		level: 'urgent',
		category: 'overdose',
		re: anyOf(
			r`\b(?:me he tomado|me tome|me he tragado|me trague|se tomo|se ha tomado|se trago)(?: como| unos| unas| mas de| casi)? (?:todos los|todas las|[5-9]|\d{2,}|veinte|treinta|cuarenta|cincuenta)\b(?! (?:cervezas|chelas|tragos|copas|shots|tequilas|cafes|vasos|litros|minutos|horas|dias|anos|de (?:la|mis|las) (?:vitaminas|presion)))`,
			r`\b(?:ya )?me tome lo que (?:tenia|tenian|habia|tengo) guardad[oa]\b`,
			r`\b(?:tirad[oa]|esta|ta|quedo|se quedo) sin respirar\b`,
			r`\bespuma (?:en|por) la boca\b`,
			r`\bme (?:acabe|termine) (?:el frasco|la caja|el bote|todas las|toda la tira)\b`,
			r`\b(?:le |me )?meti\w*\b[^.!?]{0,40}\bsin probar\b`,
			r`\bya siento que me voy\b(?! a)`,
			r`\bme tome (?:las|unas) (?:\d+|dos|tres|cuatro|cinco) (?:de|del) \w+(?: \w+)? con (?:el |la )?(?:${alcohol})\b`,
			r`\b(?:me|se) (?:tome|tomo|meti|metio|trague|trago) (?:\w+ ){0,3}?(?:pastillas|pildoras|pastis|pepas|chochos) de mas\b`,
			r`\bcreo que me (?:pase|meti demasiad[oa]|tome demasiad[oa]s)\b`,
			r`\b(?:me|se) (?:pase|paso) (?:de|con) (?:las )?(?:pastillas|pastis|pepas|chochos|la dosis|la droga|el trago|el alcohol)\b`
		),
		unless: guard`${past}|${pastEs}|${news}`
	},
	// Dangerous withdrawal in everyday words: trembling, a fit, people or bugs that are not there.
	{
		level: 'urgent',
		category: 'withdrawal',
		re: anyOf(
			r`\bme tiembla\w* (?:\w+ ){0,2}?(?:las manos|las piernas|todo|el cuerpo|mucho|muchisimo)\b`,
			r`\btiembla\w* (?:muchisimo|mucho|sin parar|horrible|todo el dia)\b`,
			r`\bempezo a temblar\b`,
			r`\bdescargas electricas\b`,
			r`\bme (?:sacudi|sacudia) (?:entero|entera|todo|toda)\b`,
			r`\bse me nublo todo\b`,
			r`\b(?:habla|hablando|hablo) (?:con|de) (?:gente|unos hombres|unas personas|alguien|personas)(?: que)? (?:no (?:esta|estan|existe)|estan en)\b`,
			r`\b(?:escucha|oye|ve|dice que ve) (?:voces|cosas|gente|bichos|animales)\b`,
			r`\b(?:delirando|deliriums?|sudando frio|suda (?:frio|mucho|muchisimo))\b`,
			r`\b(?:vi|veo|ve|ven|viendo) (?:a )?(?:un|una|unos|unas) (?:senor|senora|hombre|mujer|persona|nino|bichos|aranas)\b(?: \w+){0,2}? (?:parad[oa]|sentad[oa]|en (?:la|el) (?:esquina|pared|techo|cama))\b`,
			r`\bhay bichos\b`,
			r`\bno sabe en que dia\b`,
			r`\b(?:temblando como|el cuerpo me brinca|me brinca\w* sol[oa]|vomit\w* (?:con )?sangre|no se donde estoy|se me va la onda|(?:la calle|el piso|el cuarto|todo) se mueve|sudo frio|me tiemblan hasta)\b`,
			r`\bvi (?:a|al) (?:\w+ ){0,2}?muert[oa]\b`
		),
		requires: guard`\b(?:sin (?:las |el |la |mi |mis |una )?(?:pastis|pastillas|pastas|guaro|trago|tomar|beber|alcohol|chupe|pisto|cervezas?|clonazepam|rivotril|alprazolam|benzos?|nada|gota)|ya no tengo (?:de )?(?:las|mis) (?:pastas|pastillas|pastis)|ni una (?:cerveza|gota|copa)|(?:lo|la|las|los) (?:deje|dejo)|dej\w+ de (?:tomar|beber|consumir)|no ha (?:tomado|bebido)|dias? sin|de golpe|abstinencia|cruda|malilla)\b`,
		unless: guard`${news}`
	}
];
