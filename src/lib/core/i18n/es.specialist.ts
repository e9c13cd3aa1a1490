import type { enSpecialist } from './en.specialist.ts';

// El espacio de trabajo de la especialista: sus clientes, la ficha de cada uno con notas privadas, y el plan y la
// cronología que un cliente comparte, solo para leer.

export const esSpecialist: typeof enSpecialist = {
	caseload: {
		title: 'Tus clientes',
		intro: 'Las familias que te han asignado. Primero, los clientes cuya solicitud habla de una crisis.',
		workspace: 'Tu trabajo',
		availability: 'Tu horario semanal',
		sessions: 'Tus sesiones',
		heading: 'Clientes',
		count: { one: '{count} cliente', other: '{count} clientes' },
		empty: 'Todavía no tienes clientes asignados. Cuando la organización te asigne una solicitud, aparecerá aquí.',
		isNew: 'Nuevo',
		crisis: 'La solicitud habla de una crisis',
		assigned: 'Asignado el {date}',
		open: 'Abrir cliente',
		messages: 'Mensajes',
		unread: '{count} sin leer'
	},
	labels: {
		lovedOne: 'Su ser querido es',
		urgency: 'Qué tan urgente lo siente',
		language: 'Idioma preferido',
		times: 'Horarios que le convienen',
		story: 'En sus propias palabras',
		requested: 'Pidió orientación',
		assigned: 'Asignado a ti',
		noTimes: 'No indicó horarios.'
	},
	relationships: {
		child: 'Su hijo o hija',
		partner: 'Su pareja o expareja',
		sibling: 'Su hermano o hermana',
		parent: 'Su padre o madre',
		other: 'Otra persona cercana'
	},
	urgencies: {
		today: 'Hoy',
		thisWeek: 'Esta semana',
		noRush: 'Sin prisa'
	},
	languages: {
		en: 'Inglés',
		es: 'Español'
	},
	client: {
		title: 'Un cliente',
		back: 'Volver a sus clientes',
		requestHeading: 'Su solicitud',
		crisis:
			'Las palabras de esta solicitud hablan de una crisis. Comunícate pronto y ten a mano los recursos de crisis para compartirlos.',
		messages: 'Mensajes con este cliente',
		sharedHeading: 'Compartido contigo ahora',
		sharedIntro:
			'Lo que el cliente ha decidido dejarte leer. Puede dejar de compartirlo en cualquier momento; cada vez que lo abres, el cliente puede ver que lo hizo.',
		plan: 'Su plan',
		timeline: 'Su cronología',
		openPlan: 'Leer su plan',
		openTimeline: 'Leer su cronología',
		notShared: 'No compartido',
		notesHeading: 'Tus notas privadas',
		notesIntro:
			'Solo tú puedes leer estas notas. Nunca se muestran al cliente ni a otras especialistas. El cliente puede ver cuándo las abriste, no lo que dicen.',
		noNotes: 'Todavía no hay notas.',
		addHeading: 'Agregar una nota',
		note: 'Nota',
		add: 'Guardar nota',
		edit: 'Cambiar esta nota',
		editLabel: 'Cambiar la nota del {date}',
		save: 'Guardar cambios',
		written: 'Escrita el {date}',
		changed: 'Escrita el {date}, cambiada el {changed}',
		added: 'Tu nota está guardada.',
		saved: 'Tu nota se cambió.'
	},
	plan: {
		title: 'El plan de un cliente',
		intro: 'Solo para leer, mientras el cliente lo comparta contigo.',
		savedOn: 'Versión {version}, guardada el {date}',
		never: 'El cliente todavía no ha escrito un plan.',
		back: 'Volver al cliente'
	},
	timeline: {
		title: 'La cronología de un cliente',
		intro: 'Solo para leer, mientras el cliente la comparta contigo. Lo más reciente primero.',
		empty: 'El cliente todavía no ha anotado ningún contacto.',
		back: 'Volver al cliente'
	}
};
