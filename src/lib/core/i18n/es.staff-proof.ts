import type { enStaffProof } from './en.staff-proof.ts';

// El personal demuestra dos veces quién es (issue 11): la página que pide una llave de acceso, el registro de
// administración y el aviso a las demás personas administradoras cuando cambian los recursos de crisis.

export const esStaffProof: typeof enStaffProof = {
	title: 'Configura una llave de acceso para continuar',
	intro:
		'Las páginas del personal guardan lo que las familias han compartido y los números de crisis que ven las personas en crisis. Por eso una contraseña sola no las abre: también hace falta una llave de acceso, protegida por la huella, la cara o el bloqueo de pantalla de este dispositivo.',
	enrol: {
		heading: 'Añade una llave de acceso',
		hint: 'Es un momento. Cuando esté añadida, se abren tus páginas, y la próxima vez podrás entrar con ella.',
		button: 'Añadir una llave de acceso y continuar'
	},
	stepUp: {
		title: 'Usa tu llave de acceso para continuar',
		intro:
			'Entraste con tu contraseña. Las páginas del personal también piden tu llave de acceso, para que una contraseña sola nunca baste.',
		button: 'Usar tu llave de acceso',
		cancelled: 'No se comprobó nada. Inténtalo de nuevo cuando quieras.',
		failed: 'No se pudo comprobar esta llave de acceso. Inténtalo de nuevo.',
		noDevice:
			'¿No estás en el dispositivo que guarda tu llave? Entra desde allí o pide ayuda a otra persona administradora.'
	},
	apiRefused:
		'Las peticiones del personal necesitan una sesión iniciada con una llave de acceso. Entra con tu llave o añade una primero.',
	log: {
		nav: 'Registro de administración',
		title: 'Registro de administración',
		intro:
			'Cada cambio hecho desde la administración: recursos de crisis y organización, invitaciones, asignaciones, solicitudes cerradas y especialistas. No se puede editar ni borrar.',
		none: 'Todavía nadie ha cambiado nada desde la administración.',
		caption: 'Qué se cambió desde la administración',
		on: 'Sobre qué',
		older: 'Cambios anteriores',
		kinds: {
			organisation_saved: 'guardó la organización y sus recursos de crisis',
			invite_sent: 'invitó a una persona especialista',
			request_assigned: 'asignó una solicitud',
			request_closed: 'cerró una solicitud',
			specialist_profile_saved: 'cambió el perfil de una persona especialista',
			invite_accepted: 'aceptó una invitación y se unió al personal'
		}
	},
	crisisNotice: {
		subject: 'Porchlight: se cambiaron los recursos de crisis',
		body: 'Otra persona que administra tu organización acaba de guardar los recursos de crisis que Porchlight muestra a las personas en crisis.\n\nSi lo esperabas, no hace falta hacer nada. Si no, entra y revísalos en la página Organización, y mira el registro de administración.'
	}
};
