/** Mailbox endpoints (Exchange Online through New-ExoRequest): ExecConvertMailbox, ExecEnableArchive, ExecEmailForward, ExecSetOoO. */
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, graphTenant, normalizeGraphError } from '../../../graph';
import { isPlainObject } from '../../../http';
import { coalesce, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { exoMailbox } from './data';
import type { Mailbox } from './data';

function exoTenant(state: SandboxState, tenantFilter: unknown): SandboxTenant {
	const tenant = graphTenant(state, tenantFilter, { authCheck: true });
	if (!tenant.gdapRoles.includes('Exchange Administrator')) {
		throw new GraphError("The role assigned to application isn't supported in this scenario.");
	}
	return tenant;
}

function validateSet(parameter: string, value: string, allowed: string[]): string {
	const match = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
	if (!match) {
		throw new GraphError(
			`Cannot validate argument on parameter '${parameter}'. The argument "${value}" does not belong to the set "${allowed.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
		);
	}
	return match;
}

const MAILBOX_TYPES: Record<string, Mailbox['type']> = {
	Shared: 'SharedMailbox',
	Regular: 'UserMailbox',
	Room: 'RoomMailbox',
	Equipment: 'EquipmentMailbox',
};

/** Invoke-ExecConvertMailbox -> Set-CIPPMailboxType (Set-Mailbox -Type). Body only. */
const ExecConvertMailbox: Endpoint = {
	name: 'ExecConvertMailbox',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromBody('ID'));
		const requested = psString(ctx.fromBody('MailboxType'));
		let type: string;
		try {
			type = validateSet('MailboxType', requested, Object.keys(MAILBOX_TYPES));
		} catch (error) {
			return { status: 500, body: { Results: (error as Error).message } };
		}
		try {
			const tenant = exoTenant(ctx.state, ctx.fromBody('tenantFilter'));
			exoMailbox(ctx.state, tenant, id).mailbox.type = MAILBOX_TYPES[type];
			return { status: 200, body: { Results: `Successfully converted ${id} to a ${type} mailbox` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to convert ${id} to a ${type} mailbox. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

/** Invoke-ExecEnableArchive -> Set-CIPPMailboxArchive (Enable-Mailbox -Archive $true). */
const ExecEnableArchive: Endpoint = {
	name: 'ExecEnableArchive',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('id'));
		const username = psString(ctx.fromQueryOrBody('username')).trim() || id;
		try {
			const tenant = exoTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'));
			exoMailbox(ctx.state, tenant, id).mailbox.archive = true;
			return { status: 200, body: { Results: `Successfully set archive for ${username} to True` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to set archive for ${username}. Error: ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** Invoke-ExecEmailForward -> Set-CIPPForwarding (Set-Mailbox). An unknown forwardOption does nothing; disabling answers two lines. */
const ExecEmailForward: Endpoint = {
	name: 'ExecEmailForward',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const username = psString(ctx.fromBody('userID'));
		const internal = ctx.fromBody('ForwardInternal');
		const forward = psString(typeof internal === 'string' ? internal : isPlainObject(internal) ? internal.value : undefined);
		const external = psString(ctx.fromBody('ForwardExternal'));
		const keepCopy = ctx.fromBody('KeepCopy') === true;
		const option = psString(ctx.fromBody('forwardOption')).toLowerCase();
		if (!['internaladdress', 'externaladdress', 'disabled'].includes(option)) return { status: 200, body: { Results: [null] } };
		try {
			const tenant = exoTenant(ctx.state, ctx.fromBody('tenantFilter'));
			const { mailbox } = exoMailbox(ctx.state, tenant, username);
			let message: string | null = null;
			if (option === 'disabled') {
				Object.assign(mailbox, { forwardingAddress: null, forwardingSmtpAddress: null, deliverToMailboxAndForward: false });
				// Set-CIPPForwarding's Write-Output "Disabling forwarding for X" becomes a first result line.
				return {
					status: 200,
					body: { Results: [`Disabling forwarding for ${username}`, `Successfully disabled forwarding for ${username}`] },
				};
			} else if (option === 'internaladdress' && forward) {
				const target = tenantRecipient(ctx, tenant, forward);
				Object.assign(mailbox, { forwardingAddress: target, forwardingSmtpAddress: null, deliverToMailboxAndForward: keepCopy });
				message = `Successfully set forwarding for ${username} to Internal Address ${forward} with keeping a copy set to ${psString(keepCopy)}`;
			} else if (option === 'externaladdress' && external) {
				Object.assign(mailbox, {
					forwardingAddress: null,
					forwardingSmtpAddress: `smtp:${external}`,
					deliverToMailboxAndForward: keepCopy,
				});
				message = `Successfully set forwarding for ${username} to External Address ${external} with keeping a copy set to ${psString(keepCopy)}`;
			}
			return { status: 200, body: { Results: [message] } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: [`Failed to set forwarding for ${username}. Error: ${normalizeGraphError(error.message)}`] } };
		}
	},
};

function tenantRecipient(ctx: EndpointContext, tenant: SandboxTenant, identity: string): string {
	try {
		return exoMailbox(ctx.state, tenant, identity).user.userPrincipalName;
	} catch {
		throw new GraphError(
			`Couldn't find object "${identity}". Please make sure that it was spelled correctly or specify a different object.`,
		);
	}
}

/** DateTime.ToString() on an en-US host, e.g. 12/1/2026 9:00:00 AM. */
function dotNetDate(date: Date): string {
	const hours = date.getUTCHours();
	const time = `${hours % 12 || 12}:${String(date.getUTCMinutes()).padStart(2, '0')}:${String(date.getUTCSeconds()).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
	return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${time}`;
}

function toDate(value: unknown): Date | null {
	const text = psString(value);
	if (!text) return null;
	const date = /^\d+$/.test(text) ? new Date(Number(text) * 1000) : new Date(text);
	if (Number.isNaN(date.getTime())) throw new GraphError(`Cannot convert value "${text}" to type "System.DateTime".`);
	return date;
}

/** Invoke-ExecSetOoO -> Set-CIPPOutOfOffice (Set-MailboxAutoReplyConfiguration). Body only. */
const ExecSetOoO: Endpoint = {
	name: 'ExecSetOoO',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const userId = psString(ctx.fromBody('userId'));
		const stateField = ctx.fromBody('AutoReplyState');
		const requested = psString(coalesce(isPlainObject(stateField) ? stateField.value : undefined, stateField));
		try {
			const state = validateSet('State', requested, ['Enabled', 'Disabled', 'Scheduled']) as Mailbox['autoReplyState'];
			const input = psString(ctx.fromBody('input'));
			const internal = input || psString(ctx.fromBody('InternalMessage')).trim() || null;
			const external = input || psString(ctx.fromBody('ExternalMessage')).trim() || null;
			let start: Date | null = null;
			let end: Date | null = null;
			if (state === 'Scheduled') {
				start = toDate(ctx.fromBody('StartTime')) ?? new Date();
				end = toDate(ctx.fromBody('EndTime')) ?? new Date(start.getTime() + 7 * 86_400_000);
			}
			try {
				const tenant = exoTenant(ctx.state, ctx.fromBody('tenantFilter'));
				const { mailbox } = exoMailbox(ctx.state, tenant, userId);
				Object.assign(mailbox, {
					autoReplyState: state,
					...(internal !== null ? { internalMessage: internal } : {}),
					...(external !== null ? { externalMessage: external } : {}),
					// Invoke-ExecSetOoO passes ExternalMessage only when non-blank; without it Set-CIPPOutOfOffice sends ExternalAudience None.
					externalAudience: external !== null ? 'All' : 'None',
					startTime: start?.toISOString() ?? null,
					endTime: end?.toISOString() ?? null,
				});
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				throw new GraphError(`Could not add OOO for ${userId}. Error: ${normalizeGraphError(error.message)}`);
			}
			const results =
				start && end
					? `Scheduled Out-of-office for ${userId} between ${dotNetDate(start)} and ${dotNetDate(end)}`
					: `Set Out-of-office for ${userId} to ${state}.`;
			return { status: 200, body: { Results: results } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Could not set Out of Office for user: ${userId}. Error: ${error.message}` } };
		}
	},
};

export const endpoints: Endpoint[] = [ExecConvertMailbox, ExecEnableArchive, ExecEmailForward, ExecSetOoO];
