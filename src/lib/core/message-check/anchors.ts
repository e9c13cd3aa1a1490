// The words crisis cannot be said without, in both languages: death and dying, a means, the body in danger, a
// goodbye, worthlessness, being a burden, no way out. The learned word list (learned.ts) weighs every word it was
// fitted on, and ordinary words pick up weight from the messages they happened to share ("sounded", "saving",
// "tonight"); on text unlike its messages it would raise crisis on those alone ("He called tonight, and he sounded
// calm"). So it raises nothing unless its stretch holds one of these words. Folded text: lower case, no accents.

/** Entries separated by "|"; line breaks between them are only for reading. */
const list = (entries: string): string[] => entries.split('|').map((entry) => entry.trim());

/**
 * Word beginnings, so one entry covers a word's forms ("overdos" → overdose, overdosed, overdosing); a few are
 * phrases, because the word alone is ordinary ("no way out", "sin salida").
 */
const beginnings = [
	// English: death, dying, killing, suicide and its slang
	...list(`die|died|dying|dead|death|kill|suicid|unaliv|kms|kys|ctb|sewerslide|goodbye|farewell|funeral`),
	// English: means and the body in danger
	...list(`
		pill|overdos|od|xan|benzo|klonopin|valium|ativan|seroquel|fent|heroin|oxy|percs|percocet|rope|noose|
		hang|gun|pistol|rifle|shotgun|firearm|bullet|shoot|knife|knives|blade|razor|cut|bleed|blood|burn|
		harm|hurt|scar|wrist|bridge|jump|tracks|railroad|train|roof|ledge|cliff|drown|not breath|cant breath|
		stopped breath|barely breath|lips|seizure|seizing|shak|tremor|withdraw|detox|stab
	`),
	// English: a wish to be gone, worthlessness, burden, no way out
	...list(`
		wake|alive|not exist|dont exist|stop existing|existing|worthless|useless|burden|better off|trash|
		waste|failure|trapped|escape this|escape it all|want to escape|need to escape|hopeless|pointless|
		no point|no way out|give up|giving up|cant go on|end it|end my|ending it|disappear|vanish|without me|
		if i was gone|if i was just gone|if i were gone|dont want to be here|not want to be here|
		cant get out|no way forward|no way to fix|no version|walls|nothing right|anything right
	`),
	// English: a farewell without the word, things given away
	...list(`take care of|wont need|give away|giving away|gave away|highest|tallest`),
	// Spanish: la muerte, matarse, el suicidio
	...list(`mori|muer|muri|matar|mato|mate|suicid|desvivi|quitarme|adios|despedi`),
	// Spanish: los medios y el cuerpo en peligro
	...list(`
		pastill|pildor|sobredosis|fentanil|rivotril|clonazepam|tafil|cuerda|soga|ahorca|arma|cuchill|navaja|
		cortarme|cortando|me corto|me corte|cortes|cortad|sangr|lastim|hacerme dano|me hago dano|
		me hice dano|puente|tirarme|aventarme|vias|azotea|no respir|no puedo respirar|no esta respirando|
		labios|convuls|tembl|tiemblo|abstinencia|desperta
	`),
	// Spanish: no valer nada, ser una carga, no tener salida
	...list(`
		inutil|una carga|soy carga|estorbo|mejor sin mi|basura|valgo|sirvo|atrapad|no hay salida|sin salida|
		ninguna salida|otra salida|quiero desaparecer|desaparecer para siempre|no quiero existir|
		dejar de existir|no quiero vivir|ganas de vivir|seguir viviendo|para que vivir|aguanto|no puedo mas|
		sin mi|no quiero estar|no hay manera|no tengo salida|paredes|nada bien|cicatri|quem
	`),
	// Spanish: una despedida sin decirlo, las cosas regaladas
	...list(`cuidame|cuidenme|cuida a|cuida al|cuida mi|no voy a necesitar|regal|terraza|mas alt`)
];

const anchor = new RegExp(`\\b(?:${beginnings.join('|')})`);

/** Whether the folded text holds a word crisis cannot be said without. */
export function hasCrisisWord(folded: string): boolean {
	return anchor.test(folded);
}
