// The member's own records — reach-outs, contacts, the plan, weekly check-ins, the consistency view and the
// import from the device — as use-cases bound to their repositories. Every call is scoped to one member.

import { addContact, removeContact } from '#lib/core/contacts/contacts.ts';
import { importDeviceData } from '#lib/core/device-import/import.ts';
import { getPlan, getPlanVersion, savePlan, signsOfChange } from '#lib/core/plan/plan.ts';
import { getCheckIn, removeCheckIn, saveCheckIn } from '#lib/core/timeline/check-ins.ts';
import { consistencyOf } from '#lib/core/timeline/consistency.ts';
import { addReachOut, changeReachOut, getReachOut, removeReachOut } from '#lib/core/timeline/reach-outs.ts';
import { checkInsRepository } from '../db/repositories/check-ins.ts';
import { contactsRepository } from '../db/repositories/contacts.ts';
import { memberImportTransaction } from '../db/repositories/member-import.ts';
import { plansRepository } from '../db/repositories/plans.ts';
import { reachOutsRepository } from '../db/repositories/reach-outs.ts';
import { newId } from '../ids.ts';
import type { Infrastructure } from './infrastructure.ts';

export function memberDataApp({ connection, keyring }: Infrastructure, clock = () => new Date()) {
	const { db } = connection;
	const reachOuts = reachOutsRepository(db, keyring);
	const contacts = contactsRepository(db, keyring);
	const plans = plansRepository(db, keyring);
	const checkIns = checkInsRepository(db, keyring);
	const inTransaction = memberImportTransaction(db, keyring);
	return {
		reachOuts: {
			list: (memberId: string) => reachOuts.list(memberId),
			get: (memberId: string, id: string) => getReachOut(reachOuts, memberId, id),
			add: (memberId: string, input: unknown) => addReachOut(reachOuts, memberId, input, newId(), clock()),
			change: (memberId: string, id: string, input: unknown) => changeReachOut(reachOuts, memberId, id, input, clock()),
			remove: (memberId: string, id: string) => removeReachOut(reachOuts, memberId, id)
		},
		contacts: {
			list: (memberId: string) => contacts.list(memberId),
			add: (memberId: string, input: unknown) => addContact(contacts, memberId, input, newId(), clock()),
			remove: (memberId: string, id: string) => removeContact(contacts, memberId, id)
		},
		plan: {
			get: (memberId: string) => getPlan(plans, memberId),
			version: (memberId: string, version: number) => getPlanVersion(plans, memberId, version),
			history: (memberId: string) => plans.history(memberId),
			save: (memberId: string, input: unknown) => savePlan(plans, memberId, input, newId(), clock()),
			signsOfChange: (memberId: string) => signsOfChange(plans, memberId)
		},
		checkIns: {
			list: (memberId: string) => checkIns.list(memberId),
			find: (memberId: string, week: string) => checkIns.get(memberId, week),
			get: (memberId: string, week: string) => getCheckIn(checkIns, memberId, week),
			save: (memberId: string, input: unknown) => saveCheckIn(checkIns, memberId, input, newId(), clock()),
			remove: (memberId: string, week: string) => removeCheckIn(checkIns, memberId, week)
		},
		consistency: (memberId: string) => consistencyOf({ plans, checkIns, reachOuts }, memberId, clock()),
		importFromDevice: (memberId: string, input: unknown) =>
			importDeviceData(inTransaction, memberId, input, newId, clock())
	};
}

export type MemberDataApp = ReturnType<typeof memberDataApp>;
