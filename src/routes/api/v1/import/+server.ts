import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';

// Below adapter-node's default body limit (512 kB); the page sends the device's reach-outs in batches.
const maxImportBytes = 480 * 1024;

export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}), maxImportBytes);
		return ok(await (await getApp()).memberData.importFromDevice(memberId, body));
	});
