import { accountPaths } from './accounts.ts';
import { adminPaths } from './admin.ts';
import { checkInPaths } from './check-ins.ts';
import { guidancePaths } from './guidance.ts';
import { messageCheckPaths } from './message-check.ts';
import { messagePaths } from './messages.ts';
import { myDataPaths } from './my-data.ts';
import { passkeyPaths } from './passkeys.ts';
import { planPaths } from './plan.ts';
import { reachOutPaths } from './reach-outs.ts';
import { specialistPaths } from './specialist.ts';
import { sessionPaths } from './sessions.ts';
import { securityPaths } from './security.ts';
import { problemSchema, type Paths } from './shared.ts';

// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Each area describes its own paths;
// a test checks that every API route in src/routes is described here.

const paths: Paths = {
	...accountPaths,
	...guidancePaths,
	...messageCheckPaths,
	...myDataPaths,
	...passkeyPaths,
	...planPaths,
	...reachOutPaths,
	...checkInPaths,
	...specialistPaths,
	...adminPaths,
	...messagePaths,
	...sessionPaths,
	...securityPaths
};

export function openApiDocument() {
	return {
		openapi: '3.1.0',
		info: {
			title: 'Porchlight API',
			version: '1',
			description:
				'Everything a member can do in Porchlight. Member routes need the session cookie set by POST /api/v1/auth/signin; errors are application/problem+json (RFC 9457) with per-field messages in `errors`.'
		},
		servers: [{ url: '/' }],
		components: {
			schemas: { Problem: problemSchema },
			securitySchemes: {
				session: {
					type: 'apiKey',
					in: 'cookie',
					name: 'porchlight_session',
					description: 'Named `__Host-porchlight_session` (and Secure) when the service is reached over https.'
				}
			}
		},
		paths
	};
}
