// Spanish methods: a place, a way, the means at hand, and ways and means asked about or gathered.

import { pills } from './crisis.es.medical.ts';
import { hyperboleEs, joke, news, reported } from './guards.ts';
import { anyOf, guard, r, type CrisisRule } from './rules.ts';

// A place, a way, the means at hand.
export const meansAtHand: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:estoy|parad[oa]|sentad[oa]|arriba) (?:en|sobre) (?:el|la|las|un|una|lo alto del?) (?:puente|azotea|techo|cornisa|vias|barranco|precipicio|acantilado|borde|orilla del \w+)\b`,
			r`\bestoy (?:arriba|encima|en lo alto) de(?:l| la) (?:edificio|puente|azotea|techo|cerro)\b`,
			r`\b(?:tirarme|aventarme|lanzarme|saltar|me (?:voy a |quiero |pienso )?(?:tirar|aventar|lanzar)) (?:del|de la|de un|de una|desde|al|a las|frente al?|bajo|abajo del?|debajo del?)\b(?! (?:cama|sillon|sofa|piso|suelo|alberca|agua|carro|camion|coche|barco|trampolin))`,
			r`\b(?:voy a|me voy a) (?:saltar|brincar)\b(?! (?:la|el|de))`,
			r`\b(?:estrellarme|estrellar el carro|chocar el carro) (?:contra|en)\b`
		)
	},
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:busque|buscando|buscaba|investigue|investigando|googlee|googleando|leyendo|lei|averiguando|averigue) (?:en internet |en google )?(?:como|formas|maneras|la forma|la manera|metodos) (?:de |para )?(?:morir|matarme|suicidarme|hacerlo|acabar con|no despertar|quitarme la vida|ahorcarme|envenenarme)\b`,
			r`\bdosis (?:letal|mortal)\b`,
			r`\bmorir sin dolor\b`
		)
	},
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:guarde|guardado|guardadas|guardados|junte|juntando|juntado|ahorre|ahorrado|escondidas|escondi|escondo|acumule|acumulando|acumulado|tengo listas|tengo juntas)\b(?: \w+){0,3}? (?:${pills})\b`,
			r`\b(?:${pills}) (?:guardadas|juntas|escondidas|listas|contadas|en la mano|frente a mi)\b`,
			r`\bsuficientes (?:${pills}) (?:para|como para)\b`
		)
	},
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:tengo|tiene|tienen|traigo|trae|traen|compre|consegui|agarre|agarro|saco|saque|apunta|apunto|cargue) (?:\w+ ){0,2}?(?:pistola|arma|revolver|escopeta|rifle|cuete|fusca|navaja|cuchillo|machete|soga|cuerda)\b`,
			r`\bcon (?:la|una) (?:navaja|cuchilla)\b`,
			r`\b(?:soga|cuerda) (?:al cuello|lista|atada|en el cuello)\b`,
			r`\bamarre (?:la|una) (?:soga|cuerda)\b`
		),
		unless: guard`\b(?:vendi|empene|entregue|me deshice|caza\w*|cazar|venados?|bajo llave)\b`
	}
];

// Told around what would hide it: a question "por algo", a rope bought with a joke for the shop, a knot
// "no es pa pescar". Not guarded by news, jokes or "preguntó", which those carry.
export const meansToldAround: CrisisRule[] = [
	// Told around what would hide it: grief ("ese día me voy con él"), a question "por algo", a rope bought with a
	// joke for the shop, a knot "no es pa pescar". Not guarded by news, jokes or "preguntó", which those carry.
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\bpregunto (?:por|x) algo\b`,
			r`\bnudos?\b[^]{0,60}\bno es (?:pa|para) (?:pescar|acampar|un columpio|la escuela)\b`,
			r`\b(?:pase|fui|compre)\b[^.!?]{0,30}\b(?:por|x) (?:una|la) (?:soga|cuerda)\b`
		)
	}
];

// Ways and means, asked or gathered without the word suicide: the quickest way, how much is deadly, a toxic
// mix, poison, a bridge, a train, a car filled with smoke, getting sick enough for a hospital.
export const waysAndMeans: CrisisRule[] = [
	{
		level: 'urgent',
		category: 'method',
		re: anyOf(
			r`\b(?:la )?(?:forma|manera|modo) (?:mas )?(?:rapida|facil|segura|indolora) (?:de|para) (?:morir|irme|acabar|no sentir|no despertar|dejar de existir|matarse|quitarse)\b`,
			r`\b(?:formas|maneras) (?:de|para) (?:morir|matarse|no despertar)\b`,
			r`\bcuant[oa]s? (?:\w+ ){0,3}?(?:es|son) (?:mortal|letal|mortales|letales|demasiad[oa]s?|una sobredosis)\b`,
			r`\bcuant[oa]s? (?:\w+ ){0,5}?(?:se necesitan?|hacen? falta|harian falta|(?:para|pa) morir|hay que tomarse|tendria que tomar|(?:para|pa) que sea rapido|(?:para|pa) no despertar)\b`,
			r`\b(?:veneno|raticida|matarratas|pastillas? (?:para|pa|de) las ratas|insecticida|herbicida|paraquat|fosfuro|cianuro)\b`,
			r`\bgas toxico\b`,
			r`\b(?:cloro|lejia|amoniaco|destapacanos|acido|sosa)\b(?: \w+){0,3}? (?:con|y) (?:\w+ ){0,2}?(?:cloro|lejia|amoniaco|destapacanos|acido|vinagre)\b`,
			r`\b(?:tanque|cilindro|tambo) de gas\b[^.!?]{0,40}\b(?:cinta|rendijas|cerrad[oa]|sellar)\b`,
			r`\b(?:sentad[oa]|parad[oa]|subid[oa]) (?:en|sobre) (?:la|el) (?:baranda|barandal|barandilla|cornisa|borde)\b`,
			r`\b(?:manera|forma|metodo)\b[^.!?]{0,30}\bque no duela\b`,
			r`\bcuant[oa]s?\b[^.!?]{0,40}\b(?:friega|revienta|destroza|dana) el higado\b`,
			r`\bnudo (?:corredizo|de horca)\b`,
			r`\b(?:me deje|me deja) dormid[oa] (?:para|pa) siempre\b`,
			r`\b(?:carbon|anafre|brasero)\b(?:[^.!?]{0,40})\b(?:cinta|sellar|cerrad[oa]|encerrad[oa]|el cuarto|el carro|el bano)\b`,
			r`\b(?:manguera|el escape)\b(?:[^.!?]{0,40})\b(?:humo|carro|coche|auto|cajuela)\b`,
			r`\b(?:el tren|el metro|las vias|el puente|la azotea|el balcon|la ventana|el barranco|un piso \d+|\d+ ?(?:no|vo|er|do|to) piso)\b(?:[^.!?]{0,60})\b(?:no pregunten?|calculando|saltar|tirarme|aventarme|mirando (?:para|pa) abajo|a que hora pasa|que tan alto|cuanto mide)\b`,
			r`\b(?:a que hora pasa|que tan alto es|desde que altura|a que altura)\b`,
			r`\b(?<!\bintente )(?:tirarme|aventarme|me tiro|me aviento|me lanzo) (?:por|a) (?:la ventana|el balcon|las vias|el tren|el metro|los carros|un carro|un camion)\b`,
			r`\bme voy a aventar\b(?= *(?:[.!,]|$|ya\b|adios|desde|del? (?:un|una|la|el) (?:puente|edificio|azotea|techo|piso)))`,
			r`\b(?:enfermar\w*|ponerme mal) (?:lo suficiente|tanto|(?:para|pa) que me (?:internen|dejen internad[oa]))\b`,
			r`\b(?:voy a|me voy a|quiero|pienso) tomar(?:me)? (?:todas las|todo el frasco|toda la caja|un frasco|las \d+|el bote|todo el bote|todas mis)\b`,
			r`\btomarme (?:todas las|todo el frasco|toda la caja|el frasco|el bote|todas mis)\b`,
			r`\b(?:para|pa) (?:no (?:volver a )?despertar|morir(?:me)?|matarme|dormir para siempre|acabar con todo|no sentir nada nunca)\b(?! (?:de (?:risa|hambre|sueno)))`,
			r`\b(?:lanzarme|tirarme|aventarme|saltar) al vacio\b`,
			r`\bme (?:quiero|pienso) (?:aventar|tirar|lanzar)\b(?= *(?:[.!,]|$|ya\b|de una|desde))`,
			r`\b(?:buscando|busque|viendo|vi|leyendo|lei) (?:en (?:google|internet|youtube) )?(?:cuanto|cuantas|cuantos|como hacer que el carro|que pastillas)\b(?:[^.!?]{0,60})\b(?:mortal|letal|peligros\w*|hacen? falta|se necesitan|tarda|humo|alcohol)\b`,
			r`\b(?:las|ya las|ya los) (?:he apartado|aparte|tengo apartadas|junte) (?:en|dentro)\b`,
			r`\btengo (?:\d+|dos|tres|cuatro|cinco) (?:cajas|frascos|blisters)\b`
		),
		unless: guard`${news}|${reported}|${joke}|${hyperboleEs}|\b(?:plaga|fumigar|fumigacion|jardin|plantas)\b`
	}
];
