import { isFailure, readResults } from '../transport/envelope';
import { withoutSecret } from './common/readers';
import { secretFields, secretOutputOf, secretOutputParameter, secretPlaceholder } from './common/secrets';
import * as validate from './common/validators';
import { graphId } from './request';
import type { CippCall, CippParameter, CippRequest, OutputContext, SendTo, StepContext, ValueCheck } from './types';

/**
 * The safe password reset: the checks before it, the reset, and the follow-ups after it, shared
 * by User → Reset Password and Tenant → Reset Passwords.
 *
 * Order matters: the privileged-account guard (and, to enable a disabled account, its state) is
 * read first, so a refusal or a failed read changes nothing; once the password is reset, a failed follow-up (revoking
 * sessions, verifying) is reported in the item but never hides that the password changed.
 */
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

/** CIPP's text for a directory-synced user, whose new password goes through writeback later. */
const WRITEBACK_PENDING = /directory synced|password writeback|not confirmed yet/i;

/** Graph can take a few seconds to show a new password's timestamp: read again before saying "unconfirmed". */
const VERIFY_READS = 3;
const VERIFY_PAUSE_MS = 2_000;

const READ_ROLE = 'CIPP.Core.Read';
const WRITE_ROLE = 'Identity.User.ReadWrite';

/** The user fields the checks and the verification read through CIPP's Graph passthrough. */
export const STATE_FIELDS = 'id,userPrincipalName,displayName,accountEnabled,onPremisesSyncEnabled,lastPasswordChangeDateTime';

export interface ResetTarget {
	tenantFilter: string;
	/** UPN or object ID. */
	userId: string;
}

export interface PasswordState {
	userPrincipalName?: string;
	accountEnabled?: boolean;
	onPremisesSyncEnabled: boolean;
	lastPasswordChangeDateTime?: string;
}

/**
 * An AI agent may reset a password only with "must change" on: a password that an agent chose to
 * keep would be known to the model and its logs. n8n names a node's tool variant `<type>Tool`.
 */
function mustChangeForAgents(value: unknown, check: ValueCheck): unknown {
	const calledByAgent = check.node.type.endsWith('Tool');
	if (calledByAgent && value !== true && String(value).trim().toLowerCase() !== 'true') {
		validate.invalid(
			check,
			'an AI agent may only reset a password that the user must change at the next sign-in.',
			'Call the tool again with mustChangePassword set to true.',
		);
	}
	return value;
}

export function mustChangePasswordParameter(send?: SendTo): CippParameter {
	return {
		property: {
			displayName: 'Must Change Password',
			name: 'mustChangePassword',
			type: 'boolean',
			default: true,
			description: 'Whether the user must choose a new password at the next sign-in (always on when an AI agent calls this)',
		},
		send,
		validate: mustChangeForAgents,
	};
}

/**
 * Every default is the safe choice: sessions die with the old password, admins are refused, the
 * change is checked, and a disabled account stays disabled (it may have been disabled on purpose).
 */
export const safeResetParameters: CippParameter[] = [
	{
		property: {
			displayName: 'Revoke Sessions',
			name: 'revokeSessions',
			type: 'boolean',
			default: true,
			description: 'Whether to sign the user out everywhere after the reset, so a stolen session dies with the old password',
		},
	},
	{
		property: {
			displayName: 'Verify Reset',
			name: 'verifyReset',
			type: 'boolean',
			default: true,
			description:
				'Whether to read the user back after the reset and report if the change took effect (directory-synced users stay pending until writeback)',
		},
	},
	{
		property: {
			displayName: 'Enable Account First',
			name: 'enableAccountFirst',
			type: 'boolean',
			default: false,
			description:
				'Whether to enable a disabled account before the reset. Off by default: a disabled account may have been disabled on purpose.',
		},
	},
	{
		property: {
			displayName: 'Allow Privileged Accounts',
			name: 'allowPrivilegedAccounts',
			type: 'boolean',
			default: false,
			description:
				'Whether to reset accounts that hold a Microsoft Entra directory role. Off by default: such accounts are refused, so an automation cannot take over an admin.',
		},
	},
	secretOutputParameter('temporary password'),
];

const userPath = (userId: string) => `users/${graphId(userId)}`;

/** A Graph GET through CIPP's passthrough; CIPP follows every page. */
export async function graphRead(
	call: CippCall,
	tenantFilter: string,
	endpoint: string,
	select: string,
	filter?: string,
): Promise<IDataObject[]> {
	const qs: IDataObject = { tenantFilter, Endpoint: endpoint, $select: select, ...(filter ? { $filter: filter } : {}) };
	const request: CippRequest = { method: 'GET', endpoint: 'ListGraphRequest', qs };
	const response = (await call(request, READ_ROLE)) as IDataObject | undefined;
	const results = response?.Results;
	return (Array.isArray(results) ? results : results ? [results] : []) as IDataObject[];
}

/** The directory roles a user holds, directly or through a role-assignable group. */
export async function directoryRoles(call: CippCall, target: ResetTarget): Promise<string[]> {
	const roles = await graphRead(
		call,
		target.tenantFilter,
		`${userPath(target.userId)}/transitiveMemberOf/microsoft.graph.directoryRole`,
		'displayName,roleTemplateId',
	);
	return roles.map((role) => String(role.displayName ?? role.roleTemplateId));
}

export async function readPasswordState(call: CippCall, target: ResetTarget): Promise<PasswordState> {
	const [user] = await graphRead(call, target.tenantFilter, userPath(target.userId), STATE_FIELDS);
	if (!user) throw new Error(`CIPP returned no user for ${target.userId}.`);
	return passwordState(user);
}

export function passwordState(user: IDataObject): PasswordState {
	return {
		userPrincipalName: user.userPrincipalName as string | undefined,
		// Graph returns null, not false, for cloud-only users.
		onPremisesSyncEnabled: user.onPremisesSyncEnabled === true,
		accountEnabled: typeof user.accountEnabled === 'boolean' ? user.accountEnabled : undefined,
		lastPasswordChangeDateTime: (user.lastPasswordChangeDateTime as string | null) ?? undefined,
	};
}

export type ResetStatus = 'confirmed' | 'pending' | 'unconfirmed';

/**
 * Whether the password changed since `since`: confirmed once Graph shows a newer change; a
 * directory-synced user is pending until writeback lands on-premises and syncs back.
 */
export function judgeChange(state: PasswordState, since: string): { status: ResetStatus; note?: string } {
	const changed = Date.parse(state.lastPasswordChangeDateTime ?? '') >= Date.parse(since);
	if (changed) return { status: 'confirmed' };
	if (state.onPremisesSyncEnabled) {
		return {
			status: 'pending',
			note: 'This user is synced from on-premises Active Directory: password writeback applies the new password asynchronously. Check again later with User → Get Password Reset Status.',
		};
	}
	return {
		status: 'unconfirmed',
		note: 'Microsoft Graph does not show the change yet; it can take a minute to replicate. Check again later with User → Get Password Reset Status.',
	};
}

export function stateFields(state: PasswordState): IDataObject {
	return {
		lastPasswordChangeDateTime: state.lastPasswordChangeDateTime ?? null,
		onPremisesSyncEnabled: state.onPremisesSyncEnabled,
		accountEnabled: state.accountEnabled ?? null,
	};
}

export function errorText(error: unknown): string {
	if (error instanceof Error) {
		const description = (error as { description?: string | null }).description;
		return description ? `${error.message} ${description}` : error.message;
	}
	return String(error);
}

/** Parses ExecResetPass's answer: the output item without steps. Used with or without the follow-ups. */
export function resetPasswordOutput(response: unknown, context: OutputContext): IDataObject[] {
	const [result] = readResults(response);
	if (!result || isFailure(result)) context.fail(result?.text ?? 'CIPP returned no result.');
	const secret = result.copyField;
	const mode = secretOutputOf(context.values);
	// The password belongs in one field only: take it out of CIPP's sentence.
	const message = withoutSecret(result.text, secret, secretPlaceholder(secret, mode, 'temporaryPassword'));
	return [
		{
			userId: context.values.userId,
			tenantFilter: context.values.tenantFilter,
			mustChangePassword: context.values.mustChangePassword,
			status: WRITEBACK_PENDING.test(result.text) ? 'pending' : 'success',
			...secretFields(secret, mode, 'temporaryPassword'),
			message,
		},
	];
}

/** The reset request for one target, as User → Reset Password builds it. */
export function resetRequest(target: ResetTarget, mustChange: boolean): CippRequest {
	return {
		method: 'POST',
		endpoint: 'ExecResetPass',
		qs: {},
		body: { tenantFilter: target.tenantFilter, ID: graphId(target.userId), MustChange: mustChange },
	};
}

/** Refuses, before anything changes, a target that holds a directory role. */
export async function guardPrivileged(context: StepContext, target: ResetTarget): Promise<IDataObject> {
	if (context.values.allowPrivilegedAccounts === true) {
		return { status: 'skipped', reason: 'Allow Privileged Accounts is on' };
	}
	let roles: string[];
	try {
		roles = await directoryRoles(context.call, target);
	} catch (error) {
		// The first call of a reset: its error (a certificate, a permission, an unknown user) keeps
		// its own message and hint, and says that nothing changed.
		const unchanged = 'Nothing was changed: the password is only reset once the admin-role check has passed.';
		const known = error instanceof NodeApiError || error instanceof NodeOperationError;
		throw new NodeOperationError(
			context.node,
			known ? error.message : `Could not check whether ${target.userId} holds an admin role: ${errorText(error)}`,
			{
				itemIndex: context.itemIndex,
				description: [known ? error.description : undefined, unchanged].filter(Boolean).join(' '),
			},
		);
	}
	if (roles.length > 0) throw new PrivilegedAccountRefused(context, target, roles);
	return { status: 'passed', roles: [] };
}

/** The guard's refusal; Tenant → Reset Passwords reports such users as excluded instead of failing. */
export class PrivilegedAccountRefused extends NodeOperationError {
	constructor(
		context: StepContext,
		target: ResetTarget,
		readonly roles: string[],
	) {
		super(context.node, `Refused to reset ${target.userId}: the account holds the directory role ${roles.join(', ')}`, {
			itemIndex: context.itemIndex,
			description:
				'Nothing was changed. Resetting an admin from an automation could hand over the tenant. Reset it by hand, or turn on "Allow Privileged Accounts" if this workflow is meant to.',
		});
	}
}

/** Enables a disabled account when asked to; the reset does not go ahead if that fails. */
async function enableIfAsked(context: StepContext, target: ResetTarget, before: PasswordState | undefined): Promise<IDataObject> {
	if (context.values.enableAccountFirst !== true) return { status: 'skipped', reason: 'Enable Account First is off' };
	if (before?.accountEnabled !== false) return { status: 'notNeeded', reason: 'The account is enabled' };
	if (before.onPremisesSyncEnabled) {
		// CIPP enables a synced account in the cloud and only then fails with its "AD Sync enabled"
		// warning: the account would be open although the reset did not happen.
		throw new NodeOperationError(
			context.node,
			`Refused to enable ${target.userId} before the reset: the account is synced from on-premises Active Directory`,
			{
				itemIndex: context.itemIndex,
				description:
					'Nothing was changed. CIPP would enable the cloud account and then fail, leaving it open without a reset. Enable the account in on-premises AD and let it sync, or turn off "Enable Account First".',
			},
		);
	}
	const request: CippRequest = {
		method: 'POST',
		endpoint: 'ExecDisableUser',
		qs: {},
		body: { tenantFilter: target.tenantFilter, ID: graphId(target.userId), Enable: true },
	};
	let failure: string | undefined;
	try {
		const results = readResults(await context.call(request, WRITE_ROLE));
		failure =
			results
				.filter(isFailure)
				.map((result) => result.text)
				.join(' ') || undefined;
		if (!failure) return { status: 'done', message: results.map((result) => result.text).join(' ') };
	} catch (error) {
		failure = errorText(error);
	}
	throw new NodeOperationError(context.node, `Could not enable ${target.userId} before the reset: ${failure}`, {
		itemIndex: context.itemIndex,
		description:
			'The password was not reset. Enable the account in CIPP (a directory-synced account is enabled on-premises), or turn off "Enable Account First".',
	});
}

async function revokeIfAsked(context: StepContext, target: ResetTarget, username: string): Promise<IDataObject> {
	if (context.values.revokeSessions !== true) return { status: 'skipped', reason: 'Revoke Sessions is off' };
	const request: CippRequest = {
		method: 'POST',
		endpoint: 'ExecRevokeSessions',
		qs: {},
		body: { tenantFilter: target.tenantFilter, id: graphId(target.userId), Username: username },
	};
	try {
		const results = readResults(await context.call(request, WRITE_ROLE));
		const text = results.map((result) => result.text).join(' ');
		return results.some(isFailure) ? { status: 'failed', error: text } : { status: 'done', message: text };
	} catch (error) {
		return { status: 'failed', error: errorText(error) };
	}
}

async function verifyIfAsked(context: StepContext, target: ResetTarget, resetAt: string): Promise<IDataObject> {
	if (context.values.verifyReset !== true) return { status: 'skipped', reason: 'Verify Reset is off' };
	try {
		for (let read = 1; ; read++) {
			const state = await readPasswordState(context.call, target);
			const judged = judgeChange(state, resetAt);
			if (judged.status !== 'unconfirmed' || read >= VERIFY_READS) return { ...judged, ...stateFields(state) };
			await sleep(VERIFY_PAUSE_MS);
		}
	} catch (error) {
		return { status: 'failed', error: errorText(error) };
	}
}

/** Graph keeps whole seconds: the change time of a reset made now is not before this second. */
const thisSecond = () => new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();

/**
 * The whole safe reset of one target. Throws (nothing changed) when the guard refuses or a check
 * before the reset fails; after the reset, every follow-up reports its own outcome in `steps`,
 * and `complete` says whether every step asked for succeeded.
 */
export async function safeReset(
	context: StepContext,
	target: ResetTarget,
	request = resetRequest(target, context.values.mustChangePassword === true),
): Promise<IDataObject> {
	const privilegedCheck = await guardPrivileged(context, target);
	// Only enabling needs the state before the reset (verifying compares with the reset's time).
	const before = context.values.enableAccountFirst === true ? await readPasswordState(context.call, target) : undefined;
	const enableAccount = await enableIfAsked(context, target, before);

	const resetAt = thisSecond();
	const answer = await context.call(request, WRITE_ROLE);
	const [reset] = resetPasswordOutput(answer, { ...context, request });

	const username = before?.userPrincipalName ?? target.userId;
	const revokeSessions = await revokeIfAsked(context, target, username);
	const verify = await verifyIfAsked(context, target, resetAt);
	const steps = { privilegedCheck, enableAccount, revokeSessions, verify };
	return {
		...reset,
		userId: target.userId,
		tenantFilter: target.tenantFilter,
		resetAt,
		complete: !Object.values(steps).some((step) => step.status === 'failed'),
		steps,
	};
}
