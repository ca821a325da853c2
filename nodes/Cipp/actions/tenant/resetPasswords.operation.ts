import { writes } from '../common/endpoints';
import { choices, shownWhen } from '../common/fields';
import { groupParameter, tenantParameter } from '../common/pickers';
import * as validate from '../common/validators';
import {
	PrivilegedAccountRefused,
	errorText,
	graphRead,
	guardPrivileged,
	mustChangePasswordParameter,
	resetPasswordOutput,
	safeReset,
	safeResetParameters,
} from '../safeReset';
import type { CippOperation, StepContext } from '../types';

/**
 * Breach response: the safe reset for every user of a tenant, or for the members of a group, a
 * department or a list of UPNs. One output item per user, all paired with the item that asked.
 */
import type { IDataObject } from 'n8n-workflow';

const USER_FIELDS = 'id,userPrincipalName,displayName,userType,accountEnabled,department';

interface Candidate {
	userPrincipalName: string;
	displayName?: string;
	/** Why the user is left out before any check, e.g. a guest. */
	excluded?: string;
	/** A UPN from the list that the tenant does not have. */
	notFound?: boolean;
}

/** Graph's OData string literal: a quote is doubled. */
const odataString = (text: string) => `'${text.replace(/'/g, "''")}'`;

function candidateOf(user: IDataObject): Candidate {
	const guest = user.userType === 'Guest';
	return {
		userPrincipalName: String(user.userPrincipalName),
		displayName: user.displayName as string | undefined,
		// A guest's password belongs to its home organisation; CIPP cannot reset it here.
		excluded: guest ? 'Guest account: its password is managed by its home organisation' : undefined,
	};
}

async function listCandidates(context: StepContext, tenantFilter: string): Promise<Candidate[]> {
	const { values } = context;
	switch (values.target) {
		case 'group': {
			const members = await graphRead(context.call, tenantFilter, `groups/${String(values.groupId)}/members`, USER_FIELDS);
			// Groups can hold devices and other groups too: only users have a UPN.
			return members.filter((member) => typeof member.userPrincipalName === 'string').map(candidateOf);
		}
		case 'department': {
			const filter = `department eq ${odataString(String(values.department))}`;
			return (await graphRead(context.call, tenantFilter, 'users', USER_FIELDS, filter)).map(candidateOf);
		}
		case 'userList': {
			const byUpn = new Map(
				(await graphRead(context.call, tenantFilter, 'users', USER_FIELDS)).map((user) => [
					String(user.userPrincipalName).toLowerCase(),
					user,
				]),
			);
			return validate.listOf(values.userPrincipalNames).map((upn) => {
				const user = byUpn.get(upn.toLowerCase());
				return user ? candidateOf(user) : { userPrincipalName: upn, notFound: true };
			});
		}
		default:
			return (await graphRead(context.call, tenantFilter, 'users', USER_FIELDS)).map(candidateOf);
	}
}

/** One user's item: excluded, would be reset (dry run), reset, or failed. Never throws. */
async function resetOne(context: StepContext, tenantFilter: string, candidate: Candidate): Promise<IDataObject> {
	const dryRun = context.values.dryRun !== false;
	const base = { tenantFilter, userId: candidate.userPrincipalName, displayName: candidate.displayName ?? null, dryRun };
	if (candidate.notFound) return { ...base, status: 'notFound', reason: 'The tenant has no user with this UPN' };
	if (candidate.excluded) return { ...base, status: 'excluded', reason: candidate.excluded };
	const target = { tenantFilter, userId: candidate.userPrincipalName };
	try {
		if (dryRun) {
			const privilegedCheck = await guardPrivileged(context, target);
			return { ...base, status: 'wouldReset', steps: { privilegedCheck } };
		}
		return { ...base, ...(await safeReset(context, target)) };
	} catch (error) {
		if (error instanceof PrivilegedAccountRefused) {
			return { ...base, status: 'excluded', reason: 'Holds a directory role (Allow Privileged Accounts is off)', roles: error.roles };
		}
		return { ...base, status: 'failed', error: errorText(error) };
	}
}

export const resetPasswords: CippOperation = {
	resource: 'tenant',
	value: 'resetPasswords',
	name: 'Reset Passwords',
	action: "Reset the passwords of a tenant's users",
	description:
		'Breach response: reset every user of a tenant, or the members of a group, a department or a list of UPNs, each with the same safe steps and password output as User → Reset Password. Dry Run (on by default) lists the targets without touching them; accounts holding an admin role and guests are excluded. One item per user.',
	...writes('ExecResetPass', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		{
			property: {
				displayName: 'Users',
				name: 'target',
				type: 'options',
				default: 'allUsers',
				description: 'Which users of the tenant to reset',
				options: choices({ 'All Users': 'allUsers', 'Members of a Group': 'group', Department: 'department', 'List of UPNs': 'userList' }),
			},
		},
		shownWhen({ target: ['group'] }, groupParameter(undefined, { description: 'The group whose user members are reset' })),
		shownWhen(
			{ target: ['department'] },
			{
				property: {
					displayName: 'Department',
					name: 'department',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'e.g. Finance',
					description: "Users whose Department is exactly this (Microsoft Entra's department field)",
				},
				validate: validate.text,
			},
		),
		shownWhen(
			{ target: ['userList'] },
			{
				property: {
					displayName: 'User Principal Names',
					name: 'userPrincipalNames',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'e.g. adele.vance@contoso.com, alex.wilber@contoso.com',
					description: 'The users to reset, comma-separated (or a list from an expression)',
				},
				validate: (value, check) => {
					const upns = validate.listOf(value);
					if (upns.length === 0)
						validate.invalid(check, 'no user principal name was given.', `Enter at least one UPN in "${check.field}".`);
					return upns.map((upn) => validate.userPrincipalName(upn, check));
				},
			},
		),
		{
			property: {
				displayName: 'Dry Run',
				name: 'dryRun',
				type: 'boolean',
				default: true,
				description:
					'Whether to only list the users that would be reset (and those excluded) without changing anything. On by default: check the list, then run again with it off.',
			},
		},
		mustChangePasswordParameter(),
		...safeResetParameters,
	],
	output: resetPasswordOutput,
	run: async (context): Promise<IDataObject[]> => {
		const tenantFilter = String(context.values.tenantFilter);
		const candidates = await listCandidates(context, tenantFilter);
		const outcomes = await context.runEach(candidates, async (candidate) => await resetOne(context, tenantFilter, candidate));
		return outcomes.map((outcome) => (outcome.ok ? outcome.value : { tenantFilter, status: 'failed', error: errorText(outcome.error) }));
	},
};
