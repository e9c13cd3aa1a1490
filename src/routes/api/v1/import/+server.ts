import { z } from 'zod';
import { importDeviceData } from '#lib/core/device-import/import.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { memberTransaction, requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { newId } from '#lib/server/ids.ts';

// Below adapter-node's default body limit (512 kB); the page sends the device's reach-outs in batches.
const maxImportBytes = 480 * 1024;

export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}), maxImportBytes);
		return ok(await importDeviceData(await memberTransaction(), memberId, body, newId, new Date()));
	});
