// What a browser sends back from a passkey ceremony, checked before anything reads it: base64url of bounded
// length, and the fields @simplewebauthn/browser gives.

import { z } from 'zod';
import type { Catalogue } from '../../i18n/catalogue.ts';

type ErrorKey = keyof Catalogue['errors'];

const base64url = z
	.string({ error: 'passkeyResponseInvalid' satisfies ErrorKey })
	.max(4096, 'passkeyResponseInvalid' satisfies ErrorKey)
	.regex(/^[A-Za-z0-9_-]*$/, 'passkeyResponseInvalid' satisfies ErrorKey);
const bigBase64url = z
	.string({ error: 'passkeyResponseInvalid' satisfies ErrorKey })
	.max(32_768, 'passkeyResponseInvalid' satisfies ErrorKey)
	.regex(/^[A-Za-z0-9_-]*$/, 'passkeyResponseInvalid' satisfies ErrorKey);
const credentialShape = {
	id: base64url.min(1, 'passkeyResponseInvalid' satisfies ErrorKey),
	rawId: base64url.min(1, 'passkeyResponseInvalid' satisfies ErrorKey),
	type: z.literal('public-key', { error: 'passkeyResponseInvalid' satisfies ErrorKey }),
	authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
	clientExtensionResults: z.looseObject({}).default({})
};

/** What a browser sends after creating a passkey (@simplewebauthn/browser's startRegistration). */
export const registrationResponseInput = z.looseObject({
	...credentialShape,
	response: z.looseObject(
		{
			clientDataJSON: bigBase64url,
			attestationObject: bigBase64url,
			transports: z.array(z.string().max(32)).max(10).optional()
		},
		{ error: 'passkeyResponseInvalid' satisfies ErrorKey }
	)
});

/** What a browser sends after signing with a passkey (@simplewebauthn/browser's startAuthentication). */
export const authenticationResponseInput = z.looseObject({
	...credentialShape,
	response: z.looseObject(
		{
			clientDataJSON: bigBase64url,
			authenticatorData: bigBase64url,
			signature: bigBase64url,
			userHandle: base64url.optional()
		},
		{ error: 'passkeyResponseInvalid' satisfies ErrorKey }
	)
});

export type RegistrationResponse = z.output<typeof registrationResponseInput>;
export type AuthenticationResponse = z.output<typeof authenticationResponseInput>;
