import type { enPlan } from './en.plan.ts';

// Mi plan, en español: la página de la cuenta, sus versiones anteriores, el PDF y «Empezar desde mi plan».

export const esPlan: typeof enPlan = {
	lists: {
		conditions: {
			heading: 'Mis condiciones para reconectar',
			hint: 'Lo que tiene que pasar antes de reconectar. Por ejemplo: que esté sobrio cuando hablemos.'
		},
		boundaries: { heading: 'Mis límites', hint: 'Por ejemplo: nada de visitas si ha estado consumiendo.' },
		expectations: {
			heading: 'Lo que espero',
			hint: 'Por ejemplo: que llame antes en lugar de presentarse sin avisar.'
		},
		supports: { heading: 'Apoyo de otras personas', hint: 'Por ejemplo: mi hermana me acompaña al primer encuentro.' },
		signs: { heading: 'Señales de cambio que estoy observando', hint: 'Por ejemplo: va a reuniones cada semana.' }
	},
	page: {
		title: 'Mi plan',
		intro:
			'Tu plan es tuyo: lo que necesitas antes de reconectar, tus límites, lo que esperas, quién te apoya y las señales de cambio que estás observando. Cámbialo cuando lo necesites. Se guardan todas las versiones.',
		empty: 'Todavía no has guardado un plan. Puedes escribirlo abajo o desde los pasos 4 y 5 de la guía.',
		current: 'Versión {version}, guardada el {date}',
		nothing: 'Todavía no hay nada escrito aquí.',
		saved: 'Guardado como versión {version}.',
		unchanged: 'No había cambios, así que tu plan sigue en la versión {version}.',
		actions: 'Imprimir o descargar',
		print: 'Imprimir',
		download: 'Descargar en PDF',
		editTitle: 'Cambia tu plan',
		editHint: 'Un punto por línea. Las líneas vacías no se guardan.',
		save: 'Guardar mi plan',
		conflict:
			'Tu plan se guardó desde otro lugar mientras escribías. Lo que escribiste sigue aquí: compáralo con tu plan de arriba y vuelve a guardar para quedarte con tus palabras.',
		lineProblem: 'Línea {line}: {problem}',
		versionsTitle: 'Versiones anteriores',
		noVersions: 'Todavía no hay versiones anteriores. Cada vez que guardas, la versión anterior se queda aquí.',
		versionLink: 'Versión {version}, guardada el {date}',
		back: 'Volver a tu cuenta'
	},
	version: {
		title: 'Mi plan, versión {version}',
		savedOn: 'Guardada el {date}. Esta versión anterior se conserva tal como era.',
		back: 'Volver a mi plan'
	},
	pdf: {
		title: 'Mi plan',
		version: 'Versión {version}, guardada el {date}',
		notSaved: 'Todavía sin guardar',
		nothing: 'Todavía no hay nada escrito aquí.',
		footer: 'Escrito con Porchlight. Este plan es tuyo: cámbialo cuando lo necesites.'
	},
	guide: {
		label: 'Tu plan',
		intro: 'Iniciaste sesión: puedes empezar estas listas desde tu plan o guardarlas en él.',
		start: 'Empezar desde mi plan',
		save: 'Guardar estas listas en mi plan',
		started:
			'Estas listas vienen ahora de tu plan (versión {version}). Lo que cambies aquí se queda en este dispositivo hasta que lo guardes en tu plan.',
		startedEmpty: 'Tu plan todavía no tiene nada guardado, así que estas listas se quedan como están.',
		saved: 'Guardado en tu plan, como versión {version}.',
		conflict:
			'Tu plan se cambió en otro lugar después de abrir esta página. Para quedarte con estas listas, elige otra vez «Guardar estas listas en mi plan». Para ver primero tu plan, elige «Empezar desde mi plan».',
		failed:
			'No pudimos llegar a tu plan en este momento. Estas listas siguen en este dispositivo; inténtalo de nuevo en un momento.',
		invalid: 'No se pudo guardar tu plan: {problem}'
	}
};
