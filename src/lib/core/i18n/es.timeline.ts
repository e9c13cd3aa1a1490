import type { enTimeline } from './en.timeline.ts';

// El historial, la revisión semanal y la vista de constancia. Palabras neutras: un espejo, nunca una nota.

export const esTimeline: typeof enTimeline = {
	back: 'Volver a tu cuenta',
	channels: {
		call: 'Llamada',
		text: 'Mensaje de texto',
		'in-person': 'En persona',
		letter: 'Carta',
		social: 'Redes sociales',
		other: 'Otro'
	},
	statuses: { seen: 'Lo vi', notSeen: 'No lo vi', notSure: 'No lo tengo claro', none: 'Sin revisión' },
	list: {
		title: 'Historial de contactos',
		intro:
			'Cada vez que te buscó, tal como lo anotaste: lo que dijo o prometió, lo que hizo y lo que decidiste. Solo tú puedes verlo.',
		addLink: 'Anotar un contacto',
		heading: 'Contactos, del más reciente al más antiguo',
		empty: 'Todavía no hay contactos anotados. Cuando te busque, puedes anotarlo aquí, ahora o más tarde.',
		channel: 'Cómo',
		said: 'Lo que dijo o prometió',
		did: 'Lo que hizo',
		decision: 'Lo que decidiste',
		note: 'Tu nota privada',
		nothingWritten: 'Nada anotado',
		noDecision: 'Nada decidido todavía',
		change: 'Cambiar o quitar',
		changeLabel: 'el contacto del {date}',
		added: 'El contacto ya está en tu historial.',
		changed: 'Tus cambios están guardados.',
		removed: 'El contacto se quitó.'
	},
	form: {
		addTitle: 'Anotar un contacto',
		addIntro: 'Solo hacen falta cuándo y cómo; lo demás puede esperar hasta que quieras.',
		when: 'Cuándo pasó',
		whenHint: 'La fecha y la hora como las recuerdas. Se guardan tal como las escribes.',
		channel: 'Cómo te buscó',
		said: 'Lo que dijo o prometió',
		saidHint: 'Sus palabras, lo más parecidas que recuerdes.',
		did: 'Lo que hizo',
		didHint: 'Lo que viste que hizo, no solo lo que dijo.',
		decision: 'Lo que decidiste',
		noDecision: 'Nada decidido todavía',
		note: 'Tu nota privada',
		noteHint: 'Solo tú puedes verla.',
		add: 'Añadir al historial',
		save: 'Guardar los cambios'
	},
	edit: {
		title: 'Cambiar un contacto',
		removeTitle: 'Quitar este contacto',
		removeIntro: 'Al quitarlo, sale de tu historial para siempre. Antes te lo preguntaremos una vez más.',
		remove: 'Quitar este contacto',
		confirmTitle: '¿Quitar este contacto para siempre?',
		confirmBody: 'No se podrá recuperar. Tus otros contactos y tus revisiones semanales quedan como están.',
		confirm: 'Sí, quitarlo',
		keep: 'No, conservarlo',
		backToTimeline: 'Volver al historial'
	},
	checkIn: {
		title: 'Revisión semanal',
		intro:
			'Por cada señal de cambio de tu plan: ¿la viste esta semana? No hay respuestas correctas, y «no lo tengo claro» también es una respuesta sincera.',
		weekLabel: 'Semana',
		weekOption: 'Semana del {date}',
		thisWeek: 'Semana del {date} (esta semana)',
		showWeek: 'Abrir esta semana',
		heading: 'Semana del {date}',
		noteLabel: 'Nota (opcional)',
		save: 'Guardar esta revisión',
		replaceHint: 'Si guardas otra vez, se reemplazan las respuestas de esta semana.',
		saved: 'Tu revisión de la semana del {date} está guardada. Puedes cambiarlo cuando quieras.',
		noSigns:
			'Tu plan todavía no tiene señales de cambio. Las señales de cambio son lo que te gustaría ver con el tiempo, en hechos, como «va a las reuniones» o «llama cuando dijo que llamaría». Añade algunas a tu plan y la revisión te preguntará por cada una.',
		toPlan: 'Ir a mi plan',
		toConsistency: 'Ver las semanas una junto a otra'
	},
	consistency: {
		title: 'Palabras y hechos, semana a semana',
		intro:
			'Un espejo de lo que anotaste en las últimas 12 semanas, del {from} al {to}. No juzga ni puntúa nada: pone lo que escribiste una cosa junto a otra, para que puedas mirarlo con calma.',
		signsHeading: 'Señales de cambio',
		signsTitle: 'Lo que anotaste, semana a semana',
		signsDesc:
			'Por cada señal de cambio de tu plan, lo que anotaste en cada una de las 12 semanas del {from} al {to}. Las mismas cifras están en la tabla de abajo.',
		signsCaption: 'Lo que anotaste de cada señal de cambio, semana a semana',
		noSigns: 'Tu plan todavía no tiene señales de cambio, así que aquí no hay nada que mostrar.',
		toPlan: 'Añadir señales de cambio a mi plan',
		toCheckIn: 'Hacer la revisión de esta semana',
		legend: 'Qué significa cada forma',
		reachOutsHeading: 'Contactos',
		reachOutsTitle: 'Contactos, semana a semana',
		reachOutsDesc:
			'Por cada una de las 12 semanas del {from} al {to}: cuántos contactos anotaste, en cuántos dijo o prometió algo y en cuántos anotaste algo que hizo. Las mismas cifras están en la tabla de abajo.',
		reachOutsCaption: 'Contactos, semana a semana',
		week: 'Semana del',
		reachOuts: 'Contactos',
		said: 'Con algo dicho o prometido',
		did: 'Con algo que hizo anotado',
		toTimeline: 'Ver el historial'
	}
};
