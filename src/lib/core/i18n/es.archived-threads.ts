import type { enArchivedThreads } from './en.archived-threads.ts';

// Una conversación cuyo especialista ya no está en la organización: se conserva para la persona, solo lectura.

export const esArchivedThreads: typeof enArchivedThreads = {
	title: 'Conversación anterior',
	note: 'La persona especialista con quien hablabas aquí ya no forma parte de la organización. La conversación sigue siendo tuya y puedes leerla cuando quieras, pero ya nadie puede escribir en ella. Si quieres volver a recibir orientación, puedes pedirla y otra persona especialista te escribirá en una página nueva.',
	you: 'Tú',
	former: 'Tu especialista anterior'
};
