/**
 * Mailbox settings through New-ExoRequest (Set-Mailbox, Enable-Mailbox, Set-CASMailbox,
 * Start-ManagedFolderAssistant) and the lists that show them: Invoke-ListMailboxes,
 * -ExecHideFromGAL, -ExecSetLitigationHold, -ExecSetRetentionHold, -ExecEnableAutoExpandingArchive,
 * -ExecCopyForSent, -ExecSetMailboxQuota, -ExecSetRecipientLimits, -ListMailboxCAS,
 * -ExecSetCASMailbox,
 * -ExecStartManagedFolderAssistant.
 */
import { perSandbox, stableGuid } from '../../../directory';
import { USER_IDS } from '../../../fixtures';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, tenantUsers } from '../../../graph';
import { convertToBoolean, psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { mailboxOf } from '../user/data';
import type { ExchangeTarget } from './state';
import { CAS_PROTOCOLS, exchangeError, exchangeTarget, exchangeTenant, exchangeWrite, extrasOf, licensedForHold } from './state';

const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

/**
 * Contoso Reception, as the mailbox endpoints first see it: a shared mailbox (sign-in blocked)
 * that forwards to Megan Bowen and keeps a copy.
 */
const seeded = perSandbox((state) => {
	const reception = state.users.find((user) => user.id === USER_IDS.contosoReception);
	const megan = state.users.find((user) => user.id === USER_IDS.meganBowen);
	const mailbox = reception && mailboxOf(state, reception);
	if (mailbox && megan) {
		Object.assign(mailbox, { type: 'SharedMailbox', forwardingAddress: megan.userPrincipalName, deliverToMailboxAndForward: true });
	}
	return true;
});

/** Every mailbox of a tenant (users with one), as the Exchange cmdlets list them. */
export function tenantMailboxes(state: SandboxState, tenant: SandboxTenant): ExchangeTarget[] {
	seeded(state);
	return tenantUsers(state, tenant).flatMap((user) => {
		const mailbox = mailboxOf(state, user);
		return mailbox ? [{ tenant, user, mailbox, extras: extrasOf(state, user) }] : [];
	});
}

/** A read that answers HTTP 403 with the normalized error as its only row, as CIPP's Exchange lists do. */
function exchangeList(name: string, role: string, rows: (state: SandboxState, tenant: SandboxTenant) => unknown[]): Endpoint {
	return {
		name,
		role,
		handle(ctx) {
			try {
				return { status: 200, body: rows(ctx.state, exchangeTenant(ctx.state, ctx.fromQuery('tenantFilter'))) };
			} catch (error) {
				return { status: 403, body: [exchangeError(error)] };
			}
		},
	};
}

const ListMailboxes = exchangeList('ListMailboxes', 'Exchange.Mailbox.Read', (state, tenant) =>
	tenantMailboxes(state, tenant).map(({ user, mailbox, extras }) => ({
		Id: user.mailNickname ?? user.userPrincipalName.split('@')[0],
		ExchangeGuid: stableGuid(`${user.id}/exchange`),
		ArchiveGuid: mailbox.archive ? stableGuid(`${user.id}/archive`) : ZERO_GUID,
		WhenSoftDeleted: null,
		UPN: user.userPrincipalName,
		displayName: user.displayName,
		primarySmtpAddress: user.mail ?? user.userPrincipalName,
		ArchiveEnabled: mailbox.archive,
		AutoExpandingArchive: extras.autoExpanding,
		AutoExpandingArchiveScope: extras.autoExpanding ? 'Mailbox' : 'None',
		recipientType: 'UserMailbox',
		recipientTypeDetails: mailbox.type,
		AdditionalEmailAddresses: user.proxyAddresses
			.filter((address) => address.startsWith('smtp:'))
			.map((address) => address.slice(5))
			.join(', '),
		ForwardingSmtpAddress: mailbox.forwardingSmtpAddress?.replace('smtp:', '') ?? '',
		InternalForwardingAddress: mailbox.forwardingAddress,
		DeliverToMailboxAndForward: mailbox.deliverToMailboxAndForward,
		HiddenFromAddressListsEnabled: extras.hidden,
		ExternalDirectoryObjectId: user.id,
		IsDirSynced: user.onPremisesSyncEnabled === true,
		MessageCopyForSendOnBehalfEnabled: extras.copyForSendOnBehalf,
		MessageCopyForSentAsEnabled: extras.copyForSentAs,
		LitigationHoldEnabled: extras.litigationHold,
		LitigationHoldDate: extras.litigationHoldDate,
		LitigationHoldDuration: extras.litigationHoldDuration,
		LicensedForLitigationHold: licensedForHold(user),
		ComplianceTagHoldApplied: false,
		RetentionHoldEnabled: extras.retentionHold,
		InPlaceHolds: [],
		RetentionPolicy: extras.retentionPolicy,
	})),
);

const fromBody = (tenant: string, identity: string) => (ctx: EndpointContext) => ({
	tenantFilter: ctx.fromBody(tenant),
	identity: ctx.fromBody(identity),
});
const fromEither = (ctx: EndpointContext) => ({ tenantFilter: ctx.fromQueryOrBody('tenantFilter'), identity: ctx.fromQueryOrBody('ID') });

const ExecHideFromGAL = exchangeWrite({
	name: 'ExecHideFromGAL',
	target: fromEither,
	change: ({ extras }, ctx) => {
		extras.hidden = convertToBoolean(ctx.fromQueryOrBody('HideFromGAL'));
		return `Successfully ${extras.hidden ? 'hidden' : 'unhidden'} ${psString(ctx.fromQueryOrBody('ID'))} from GAL.`;
	},
	failed: (error, ctx) =>
		`Failed to set ${psString(ctx.fromQueryOrBody('ID'))} to ${convertToBoolean(ctx.fromQueryOrBody('HideFromGAL')) ? 'hidden' : 'unhidden'} in GAL. Error: ${error}`,
	failStatus: 403,
});

/** `-not $Request.Body.disable -as [bool]`: a hold is turned on unless `disable` is truthy. */
function holdOn(ctx: EndpointContext): boolean {
	const disable = ctx.fromBody('disable');
	return !(disable === true || (typeof disable === 'string' && disable !== '') || (typeof disable === 'number' && disable !== 0));
}

/** "<kind> hold for <UPN> with Id <Identity>", as both hold endpoints word it. */
const holdOf = (kind: string, ctx: EndpointContext) =>
	`${kind} hold for ${psString(ctx.fromBody('UPN'))} with Id ${psString(ctx.fromBody('Identity'))}`;
const holdDays = (ctx: EndpointContext) => (holdOn(ctx) ? Number.parseInt(psString(ctx.fromBody('days')), 10) || 0 : 0);

const ExecSetLitigationHold = exchangeWrite({
	name: 'ExecSetLitigationHold',
	target: fromBody('tenantFilter', 'Identity'),
	change: ({ user, extras }, ctx) => {
		const on = holdOn(ctx);
		if (on && !licensedForHold(user)) {
			throw new GraphError(
				`The mailbox '${psString(ctx.fromBody('Identity'))}' doesn't have the license required for litigation hold. Assign Exchange Online Plan 2 or Exchange Online Archiving.`,
			);
		}
		const days = holdDays(ctx);
		Object.assign(extras, {
			litigationHold: on,
			litigationHoldDate: on ? (extras.litigationHoldDate ?? new Date().toISOString()) : null,
			...(days !== 0 ? { litigationHoldDuration: `${days}.00:00:00` } : {}),
		});
		return `${holdOf('Litigation', ctx)} has been set to ${psString(on)}${days !== 0 ? ` for ${days} days` : ''}`;
	},
	failed: (error, ctx) => `Could not set litigation ${holdOf('', ctx).trim()} to ${psString(holdOn(ctx))}. Error: ${error}`,
	failStatus: 500,
});

const ExecSetRetentionHold = exchangeWrite({
	name: 'ExecSetRetentionHold',
	target: fromBody('tenantFilter', 'Identity'),
	change: ({ extras }, ctx) => {
		extras.retentionHold = holdOn(ctx);
		return `${holdOf('Retention', ctx)} has been set to ${psString(extras.retentionHold)}`;
	},
	failed: (error, ctx) => `Could not set retention ${holdOf('', ctx).trim()} to ${psString(holdOn(ctx))}. Error: ${error}`,
	failStatus: 500,
});

/** Set-CIPPMailboxArchive prints the username, or the ID when it is blank. */
const archiveName = (ctx: EndpointContext) => psString(ctx.fromBody('username')).trim() || psString(ctx.fromBody('ID'));

const ExecEnableAutoExpandingArchive = exchangeWrite({
	name: 'ExecEnableAutoExpandingArchive',
	target: fromBody('tenantFilter', 'ID'),
	change: ({ extras }, ctx) => {
		extras.autoExpanding = true;
		return `Successfully enabled auto-expanding archive for ${archiveName(ctx)}`;
	},
	failed: (error, ctx) => `Failed to set auto-expanding archive for ${archiveName(ctx)}. Error: ${error}`,
	failStatus: 500,
});

const copyState = (ctx: EndpointContext) => {
	const on = psString(convertToBoolean(ctx.fromQueryOrBody('messageCopyState')));
	return `'Send as' as ${on} and 'Sent on behalf' as ${on}`;
};

const ExecCopyForSent = exchangeWrite({
	name: 'ExecCopyForSent',
	target: fromEither,
	change: ({ extras }, ctx) => {
		const on = convertToBoolean(ctx.fromQueryOrBody('messageCopyState'));
		Object.assign(extras, { copyForSentAs: on, copyForSendOnBehalf: on });
		return `Successfully set message copy for ${copyState(ctx)} on ${psString(ctx.fromQueryOrBody('ID'))}.`;
	},
	failed: (error, ctx) => `Failed to set message copy for ${copyState(ctx)} - ${error}`,
	failStatus: 500,
});

const QUOTAS = ['ProhibitSendQuota', 'ProhibitSendReceiveQuota', 'IssueWarningQuota'] as const;
const UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };

/** Exchange's ByteQuantifiedSize from text such as "49GB", or Infinity for Unlimited. */
function quotaBytes(text: string, parameter: string): number {
	const match = /^\s*(\d+(?:\.\d+)?)\s?(B|KB|MB|GB|TB)\b/i.exec(text);
	if (/^\s*unlimited\s*$/i.test(text)) return Infinity;
	if (!match) {
		throw new GraphError(
			`Cannot process argument transformation on parameter '${parameter}'. Cannot convert value "${text}" to type "Microsoft.Exchange.Data.Unlimited\`1[Microsoft.Exchange.Data.ByteQuantifiedSize]".`,
		);
	}
	return Number(match[1]) * UNITS[match[2].toUpperCase()];
}

function quotaText(bytes: number, given: string): string {
	return bytes === Infinity ? 'Unlimited' : `${given.trim().replace(/\s+/, ' ')} (${Math.round(bytes).toLocaleString('en-US')} bytes)`;
}

/** Invoke-ExecSetMailboxQuota: one Set-Mailbox per quota flag; $quota is overwritten by each call's (empty) answer. */
const ExecSetMailboxQuota: Endpoint = {
	name: 'ExecSetMailboxQuota',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const username = psString(ctx.fromBody('user'));
		let quota: unknown = ctx.fromBody('quota');
		const results: string[] = [];
		try {
			const target = exchangeTarget(ctx.state, ctx.fromBody('tenantfilter'), username);
			for (const name of QUOTAS) {
				const flagValue = ctx.fromBody(name);
				if (!flagValue || flagValue === '') continue;
				const given = psString(quota);
				if (!given) throw new GraphError(`Cannot bind argument to parameter '${name}' because it is null.`);
				const bytes = quotaBytes(given, name);
				const next = { ...target.extras.quotas, [name]: quotaText(bytes, given) };
				const size = (key: (typeof QUOTAS)[number]) => (/^Unlimited/.test(next[key]) ? Infinity : quotaBytes(next[key], key));
				if (size('IssueWarningQuota') > size('ProhibitSendQuota') || size('ProhibitSendQuota') > size('ProhibitSendReceiveQuota')) {
					throw new GraphError(
						`The value of property '${name}' isn't valid: IssueWarningQuota must be at most ProhibitSendQuota, which must be at most ProhibitSendReceiveQuota.`,
					);
				}
				target.extras.quotas = next;
				quota = null;
				results.push(`Changed ${name} for ${username} - `);
			}
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			results.push(`Could not adjust mailbox quota for ${username}. Error: ${error.message}`);
		}
		return { status: 200, body: { Results: results.length ? results : [null] } };
	},
};

const limitOf = (ctx: EndpointContext) => psString(ctx.fromBody('recipientLimit'));

const ExecSetRecipientLimits = exchangeWrite({
	name: 'ExecSetRecipientLimits',
	target: fromBody('tenantFilter', 'Identity'),
	change: ({ extras }, ctx) => {
		const limit = limitOf(ctx);
		const number = Number(limit);
		if (/^unlimited$/i.test(limit)) extras.recipientLimits = 'Unlimited';
		else if (Number.isInteger(number) && number >= 1 && number <= 1000) extras.recipientLimits = number;
		else
			throw new GraphError(
				`Cannot process argument transformation on parameter 'RecipientLimits'. The value "${limit}" must be between 1 and 1000.`,
			);
		return `Recipient limit for ${psString(ctx.fromBody('userid'))} has been set to ${limit}`;
	},
	failed: (error, ctx) => `Could not set recipient limit for ${psString(ctx.fromBody('userid'))} to ${limitOf(ctx)}. Error: ${error}`,
	failStatus: 500,
});

const ListMailboxCAS = exchangeList('ListMailboxCAS', 'Exchange.Mailbox.Read', (state, tenant) =>
	tenantMailboxes(state, tenant).map(({ user, extras }) => ({
		DisplayName: user.displayName,
		PrimarySmtpAddress: user.mail ?? user.userPrincipalName,
		Guid: stableGuid(`${user.id}/exchange`),
		ECPEnabled: extras.cas.ECPEnabled,
		OWAEnabled: extras.cas.OWAEnabled,
		ImapEnabled: extras.cas.IMAPEnabled,
		PopEnabled: extras.cas.POPEnabled,
		MAPIEnabled: extras.cas.MAPIEnabled,
		EwsEnabled: extras.cas.EWSEnabled,
		ActiveSyncEnabled: extras.cas.ActiveSyncEnabled,
		SmtpClientAuthenticationDisabled: extras.cas.SmtpClientAuthenticationDisabled ?? null,
	})),
);

const ExecSetCASMailbox: Endpoint = {
	name: 'ExecSetCASMailbox',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const identity = psString(ctx.fromBody('Identity'));
		const displayName = psString(ctx.fromBody('DisplayName') ?? ctx.fromBody('Identity'));
		const changes: Record<string, boolean> = {};
		try {
			for (const name of [...CAS_PROTOCOLS, 'SmtpClientAuthenticationDisabled']) {
				const value = ctx.fromBody(name);
				if (value !== undefined && value !== null) changes[name] = convertToBoolean(value);
			}
		} catch (error) {
			return { status: 500, body: (error as Error).message };
		}
		const warnings: string[] = [];
		if (changes.SmtpClientAuthenticationDisabled === false) {
			delete changes.SmtpClientAuthenticationDisabled;
			warnings.push('SMTP Client Authentication can only be disabled, not enabled, and was left unchanged.');
		}
		if (Object.keys(changes).length === 0) {
			return { status: 400, body: { Results: warnings.length ? warnings.join(' ') : 'No CAS protocol settings were supplied.' } };
		}
		const summary = Object.entries(changes)
			.map(([name, value]) => `${name} = ${psString(value)}`)
			.join(', ');
		try {
			Object.assign(exchangeTarget(ctx.state, ctx.fromBody('tenantFilter'), identity).extras.cas, changes);
			const results = `Successfully set CAS settings for ${displayName} (${summary})`;
			return { status: 200, body: { Results: warnings.length ? `${results}. ${warnings.join(' ')}` : results } };
		} catch (error) {
			return { status: 500, body: { Results: `Failed to set CAS settings for ${displayName}. Error: ${exchangeError(error)}` } };
		}
	},
};

/** Identity is Id ?? UserPrincipalName; the message shows UserPrincipalName ?? Id. */
const assistantName = (ctx: EndpointContext) => psString(ctx.fromBody('UserPrincipalName') ?? ctx.fromQueryOrBody('Id'));

const ExecStartManagedFolderAssistant = exchangeWrite({
	name: 'ExecStartManagedFolderAssistant',
	target: (ctx) => ({
		tenantFilter: ctx.fromQueryOrBody('tenantFilter'),
		identity: ctx.fromQueryOrBody('Id') ?? ctx.fromBody('UserPrincipalName'),
	}),
	change: ({ extras }, ctx) => {
		extras.managedFolderAssistantRuns += 1;
		return `Successfully started Managed Folder Assistant for mailbox ${assistantName(ctx)}.`;
	},
	failed: (error, ctx) => `Failed to start Managed Folder Assistant for mailbox ${assistantName(ctx)}. Error: ${error}`,
	failStatus: 500,
});

/** Set-CippMailboxLocale: .NET's culture lookup first (a neutral or unknown culture throws), then Set-MailboxRegionalConfiguration. */
const ExecSetMailboxLocale = exchangeWrite({
	name: 'ExecSetMailboxLocale',
	target: fromBody('tenantFilter', 'user'),
	change: ({ extras }, ctx) => {
		const locale = psString(ctx.fromBody('locale'));
		if (/^[a-z]{2,3}$/i.test(locale)) throw new GraphError(`${locale} is not a valid Locale. Neutral cultures are not supported.`);
		if (!/^[a-z]{2,3}(-[a-z]{4})?-([a-z]{2}|\d{3})$/i.test(locale)) {
			throw new GraphError(`Culture is not supported. (Parameter 'name') ${locale} is an invalid culture identifier.`);
		}
		extras.locale = locale;
		return `Set locale for ${psString(ctx.fromBody('user'))} to ${locale}`;
	},
	failed: (error, ctx) => `Failed to set locale for ${psString(ctx.fromBody('user'))}. Error: ${error}`,
	failStatus: 500,
});

export const endpoints: Endpoint[] = [
	ExecSetMailboxLocale,
	ListMailboxes,
	ExecHideFromGAL,
	ExecSetLitigationHold,
	ExecSetRetentionHold,
	ExecEnableAutoExpandingArchive,
	ExecCopyForSent,
	ExecSetMailboxQuota,
	ExecSetRecipientLimits,
	ListMailboxCAS,
	ExecSetCASMailbox,
	ExecStartManagedFolderAssistant,
];
