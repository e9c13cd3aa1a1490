/**
 * The e-mail saying a message is waiting: deliberately plain. An inbox is often seen by others, so no name,
 * no preview, nothing of what was written; just where to read it once signed in.
 */
export const enMessageMail = {
	subject: 'A new message is waiting for you in Porchlight',
	body: 'You have a new message in Porchlight. Sign in to read it:\n\n{link}\n\nWe never put what a message says in an e-mail.'
};

export const esMessageMail: typeof enMessageMail = {
	subject: 'Tienes un mensaje nuevo en Porchlight',
	body: 'Tienes un mensaje nuevo en Porchlight. Inicia sesión para leerlo:\n\n{link}\n\nNunca ponemos en un correo lo que dice un mensaje.'
};

export const messageMailText = { en: enMessageMail, es: esMessageMail } as const;
