/**
 * Compromised-account response and the mailbox reads it relies on: Invoke-ExecBECCheck (queued
 * BECRun), -ExecBECRemediate, -ListUserMailboxRules, -ListUserTrustedBlockedSenders,
 * -RemoveTrustedBlockedSender, -ListUserMailboxDetails, -ListBasicAuth.
 */
import { perSandbox, stableGuid } from '../../../directory';
import { USER_IDS } from '../../../fixtures';
import type { SandboxState, SandboxTenant, SandboxUser } from '../../../fixtures';
import { GraphError, graphGetUser, graphTenant, normalizeGraphError, tenantUsers } from '../../../graph';
import { generatePassword } from '../../../password';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { tenantCollaboration } from '../teamsSharePoint/data';
import { authMethods, exoMailbox, mailboxOf, nowIso, tenantSignIns, userData } from './data';

export interface InboxRule {
	Name: string;
	Identity: string;
	Enabled: boolean;
	Priority: number;
	Description: string;
	ForwardTo: string[] | null;
	MoveToFolder: string | null;
	DeleteMessage: boolean;
	MarkAsRead: boolean;
	SubjectOrBodyContainsWords: string[] | null;
}

interface JunkConfig {
	TrustedSendersAndDomains: string[];
	BlockedSendersAndDomains: string[];
}

interface BecRun {
	status: 'Waiting' | 'Completed';
	/** Follow-up reads until the queued run has finished (the sandbox's stand-in for BECRunOrchestrator). */
	pending: number;
	results: string;
}

function rule(user: SandboxUser, index: number, spec: Partial<InboxRule> & { Name: string }): InboxRule {
	return {
		Identity: `${user.userPrincipalName}\\${stableGuid(`${user.id}/rule/${index}`).slice(0, 8)}`,
		Enabled: true,
		Priority: index + 1,
		Description: '',
		ForwardTo: null,
		MoveToFolder: null,
		DeleteMessage: false,
		MarkAsRead: false,
		SubjectOrBodyContainsWords: null,
		...spec,
	};
}

/** Alex Wilber's mailbox carries the classic attacker rule; everyone has Exchange's own junk and OOF rules. */
function seedRules(user: SandboxUser): InboxRule[] {
	const system = [
		rule(user, 90, { Name: 'Junk E-Mail Rule', Description: 'Junk e-mail rule' }),
		rule(user, 91, { Name: 'Microsoft.Exchange.OOF.KnownSenders.Template', Enabled: false }),
	];
	if (user.id === USER_IDS.alexWilber) {
		return [
			rule(user, 0, {
				Name: '.',
				Description:
					'If the message includes specific words in the subject or body "invoice" or "payment" forward to attacker@proton.example and move to RSS Feeds and mark as read',
				ForwardTo: ['"attacker@proton.example" [SMTP:attacker@proton.example]'],
				MoveToFolder: 'RSS Feeds',
				MarkAsRead: true,
				SubjectOrBodyContainsWords: ['invoice', 'payment'],
			}),
			rule(user, 1, { Name: 'Newsletters', Description: 'Move newsletters to Reading', MoveToFolder: 'Reading' }),
			...system,
		];
	}
	return [rule(user, 1, { Name: 'Newsletters', Description: 'Move newsletters to Reading', MoveToFolder: 'Reading' }), ...system];
}

const mailState = perSandbox(() => ({
	rules: new Map<string, InboxRule[]>(),
	junk: new Map<string, JunkConfig>(),
	bec: new Map<string, BecRun>(),
	basicAuthCached: false,
}));

/** Get-InboxRule -IncludeHidden for the user's mailbox. */
export function inboxRules(state: SandboxState, user: SandboxUser): InboxRule[] {
	const rules = mailState(state).rules;
	if (!rules.has(user.id)) rules.set(user.id, seedRules(user));
	return rules.get(user.id) as InboxRule[];
}

function junkConfig(state: SandboxState, user: SandboxUser): JunkConfig {
	const junk = mailState(state).junk;
	if (!junk.has(user.id)) {
		const domain = user.userPrincipalName.split('@')[1];
		junk.set(user.id, {
			TrustedSendersAndDomains: [`payroll@${domain}`, 'fabrikam.com'],
			BlockedSendersAndDomains: ['offers@spam.example'],
		});
	}
	return junk.get(user.id) as JunkConfig;
}

/** CIPP's own rules are left out wherever it lists or disables rules. */
const isSystemRule = (candidate: InboxRule) =>
	candidate.Name === 'Junk E-Mail Rule' || candidate.Name.startsWith('Microsoft.Exchange.OOF.');

const ListUserMailboxRules: Endpoint = {
	name: 'ListUserMailboxRules',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		const userId = psString(ctx.fromQuery('UserID'));
		const userEmail = psString(ctx.fromQuery('userEmail')) || userId;
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const { user } = exoMailbox(ctx.state, tenant, userId);
			return { status: 200, body: inboxRules(ctx.state, user).filter((candidate) => !isSystemRule(candidate)) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: [`Failed to retrieve mailbox rules for ${userEmail} : Error: ${normalizeGraphError(error.message)}`] };
		}
	},
};

const ListUserTrustedBlockedSenders: Endpoint = {
	name: 'ListUserTrustedBlockedSenders',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		const userId = psString(ctx.fromQuery('UserID'));
		const userPrincipalName = ctx.fromQuery('userPrincipalName') ?? null;
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const config = junkConfig(ctx.state, exoMailbox(ctx.state, tenant, userId).user);
			const rows = (['TrustedSendersAndDomains', 'BlockedSendersAndDomains'] as const).flatMap((property) =>
				config[property].map((value) => ({
					UserPrincipalName: userPrincipalName,
					UserID: userId,
					Type: property === 'TrustedSendersAndDomains' ? 'Trusted Sender/Domain' : 'Blocked Sender/Domain',
					TypeProperty: property,
					Value: value,
				})),
			);
			return { status: 200, body: rows };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: [`Failed to retrieve junk email configuration for ${userId} : Error: ${normalizeGraphError(error.message)}`],
			};
		}
	},
};

/** Remove-CIPPTrustedBlockedSender: Set-MailboxJunkEmailConfiguration with @{Remove = value}; removing an absent value is no error. */
const RemoveTrustedBlockedSender: Endpoint = {
	name: 'RemoveTrustedBlockedSender',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const upn = psString(ctx.fromBody('userPrincipalName'));
		const property = psString(ctx.fromBody('typeProperty'));
		const value = psString(ctx.fromBody('value'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const config = junkConfig(ctx.state, exoMailbox(ctx.state, tenant, upn).user);
			if (property !== 'TrustedSendersAndDomains' && property !== 'BlockedSendersAndDomains') {
				throw new GraphError(`A parameter cannot be found that matches parameter name '${property}'.`);
			}
			config[property] = config[property].filter((entry) => entry.toLowerCase() !== value.toLowerCase());
			return { status: 200, body: { Results: `Successfully removed '${value}' from ${property} for ${upn}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to remove junk email configuration entry for ${upn}. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

function becReport(state: SandboxState, tenant: SandboxTenant, user: SandboxUser): Record<string, unknown> {
	const signIns = tenantSignIns(state, tenant);
	const logon = (event: (typeof signIns)[number]) => ({
		CreatedDateTime: event.createdDateTime,
		id: event.id,
		AppDisplayName: event.resourceDisplayName,
		Status: (event.status as { errorCode: number }).errorCode === 0 ? 'Success' : 'Failed',
		IPAddress: event.ipAddress,
	});
	const week = Date.now() - 7 * 86_400_000;
	const users = tenantUsers(state, tenant);
	return {
		AddedApps: [],
		SuspectUserMailboxLogons: signIns
			.slice(0, 50)
			.map((event) => ({ ...logon(event), UserPrincipalName: event.userPrincipalName, UserDisplayName: event.userDisplayName })),
		LastSuspectUserLogon: signIns
			.filter((event) => event.userId === user.id)
			.slice(0, 1)
			.map(logon),
		SuspectUserDevices: [],
		NewRules: inboxRules(state, user)
			.filter((candidate) => !isSystemRule(candidate))
			.map((candidate) => ({ ...candidate, RecentlyChanged: candidate.Name === '.' })),
		InboxRuleChanges: [],
		SentMessages: [],
		MailboxPermissionChanges: [],
		NewUsers: users
			.filter((candidate) => Date.parse(candidate.createdDateTime) >= week)
			.map((candidate) => ({ id: candidate.id, displayName: candidate.displayName })),
		MFADevices: authMethods(state, user).filter((method) => method['@odata.type'] !== '#microsoft.graph.passwordAuthenticationMethod'),
		ChangedPasswords: users
			.filter((candidate) => Date.parse(candidate.lastPasswordChangeDateTime) >= week)
			.map((candidate) => ({
				id: candidate.id,
				displayName: candidate.displayName,
				lastPasswordChangeDateTime: candidate.lastPasswordChangeDateTime,
			})),
		IntuneDevices: [],
		IntuneDevicesError: null,
		ExtractedAt: nowIso(),
		ExtractResult: 'Successfully extracted logs from auditlog',
	};
}

/**
 * Invoke-ExecBECCheck: with no finished report (and none waiting), or with overwrite, it queues
 * BECRunOrchestrator and answers {GUID}; while the run is Waiting it answers {Waiting: true} (when
 * GUID was sent); then the report, the JSON text the run stored. The sandbox's run finishes after
 * one follow-up read.
 */
const ExecBECCheck: Endpoint = {
	name: 'ExecBECCheck',
	role: 'Identity.User.Read',
	handle(ctx) {
		const userid = psString(ctx.fromQuery('userid'));
		const key = userid || psString(ctx.fromQuery('GUID'));
		const runs = mailState(ctx.state).bec;
		const run = runs.get(key);
		if (!run || (run.results === '' && run.status !== 'Waiting') || ctx.fromQuery('overwrite') === 'true') {
			// Push-BECRun needs the tenant and user; without them it stops at once and the row stays Waiting.
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: false });
			const user = graphGetUser(ctx.state, tenant, userid);
			runs.set(key, { status: 'Waiting', pending: 1, results: JSON.stringify(becReport(ctx.state, tenant, user)) });
			return { status: 200, body: { GUID: userid } };
		}
		if (!ctx.fromQuery('GUID')) return { status: 200, body: { GUID: userid } };
		if (run.status === 'Waiting' && run.pending > 0) {
			run.pending--;
			return { status: 200, body: { Waiting: true } };
		}
		run.status = 'Completed';
		return { status: 200, body: run.results };
	},
};

/** Invoke-ExecBECRemediate: six steps, each answered as {resultText, state}; HTTP 200 however many failed. */
const ExecBECRemediate: Endpoint = {
	name: 'ExecBECRemediate',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const userid = psString(ctx.fromBody('userid'));
		const username = psString(ctx.fromBody('username'));
		const results: Array<Record<string, unknown>> = [];
		const step = (failure: string, work: () => Record<string, unknown>) => {
			try {
				results.push(work());
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				results.push({ resultText: `${failure}: ${error.message}`, state: 'error' });
			}
		};
		const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: false });
		const find = () => graphGetUser(ctx.state, tenant, username);
		step('Failed to reset password', () => {
			const user = find();
			const password = generatePassword();
			user.passwordProfile = { password, forceChangePasswordNextSignIn: true };
			user.lastPasswordChangeDateTime = nowIso();
			return {
				resultText: `Successfully reset the password for , ${username}. User must change password is set to True. The new password is ${password}`,
				copyField: password,
				state: 'success',
			};
		});
		step('Failed to disable account', () => {
			const user = find();
			user.accountEnabled = false;
			if (user.onPremisesSyncEnabled) {
				throw new GraphError(
					`Failed to set sign-in state for ${username}. Error: WARNING: User ${username} is AD Sync enabled. Please enable/disable in the local AD.`,
				);
			}
			return { resultText: `Successfully set account enabled state to False for ${username}`, state: 'success' };
		});
		step('Failed to revoke sessions', () => {
			graphGetUser(ctx.state, tenant, userid).signInSessionsValidFromDateTime = nowIso();
			return { resultText: `Successfully revoked sessions for ${username}`, state: 'success' };
		});
		step('Failed to remove MFA methods', () => {
			// Remove-CIPPUserMFA escapes the user itself.
			const user = graphGetUser(ctx.state, tenant, encodeURIComponent(username));
			const methods = authMethods(ctx.state, user);
			const removable = methods.filter((method) => method['@odata.type'] !== '#microsoft.graph.passwordAuthenticationMethod');
			if (removable.length === 0) return { resultText: `No MFA methods found for user ${username}`, state: 'info' };
			userData(ctx.state).authMethods.set(
				user.id,
				methods.filter((method) => !removable.includes(method)),
			);
			const names = removable.map((method) => (method['@odata.type'].split('.').pop() ?? '').replace('Authentication', '')).join(', ');
			return {
				resultText: `Successfully removed MFA methods (${names}) for user ${username}. User must supply MFA at next logon`,
				state: 'success',
			};
		});
		step('Failed to process inbox rules', () => {
			const { user } = exoMailbox(ctx.state, tenant, username);
			const rules = inboxRules(ctx.state, user).filter((candidate) => !isSystemRule(candidate));
			if (rules.length === 0)
				return {
					resultText: `Found ${inboxRules(ctx.state, user).length} inbox rules for ${username}, but none require disabling (only system rules found).`,
					state: 'info',
				};
			rules.forEach((candidate) => (candidate.Enabled = false));
			return { resultText: `Successfully disabled ${rules.length} inbox rules for ${username}`, state: 'success' };
		});
		step('Failed to disable OneDrive sharing', () => {
			const site = tenantCollaboration(ctx.state, tenant).sites.find(
				(candidate) => candidate.isPersonalSite && candidate.ownerPrincipalName.toLowerCase() === username.toLowerCase(),
			);
			if (!site) throw new GraphError(`Failed to set OneDrive sharing for ${username}. Error: Unable to retrieve user's mysite URL.`);
			site.sharingCapability = 'Disabled';
			return { resultText: `Successfully set OneDrive sharing to 'Disabled' for ${username} (${site.webUrl})`, state: 'success' };
		});
		return { status: 200, body: { Results: results } };
	},
};

/** Invoke-ListUserMailboxDetails: Exchange failures are swallowed (Write-Error), so an unknown mailbox answers a record of nulls. */
const ListUserMailboxDetails: Endpoint = {
	name: 'ListUserMailboxDetails',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		const userId = psString(ctx.fromQuery('UserID'));
		const userMail = psString(ctx.fromQuery('userMail'));
		const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
		let found: ReturnType<typeof exoMailbox> | undefined;
		try {
			found = exoMailbox(ctx.state, tenant, userId);
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
		}
		const mailbox = found && mailboxOf(ctx.state, found.user);
		const upn = found?.user.userPrincipalName;
		return {
			status: 200,
			body: [
				{
					ForwardAndDeliver: mailbox?.deliverToMailboxAndForward ?? null,
					ForwardingAddress: mailbox?.forwardingSmtpAddress ?? mailbox?.forwardingAddress ?? null,
					LitigationHold: mailbox ? false : null,
					HiddenFromAddressLists: mailbox ? false : null,
					MailboxImapEnabled: mailbox ? true : null,
					MailboxPopEnabled: mailbox ? true : null,
					SmtpClientAuthenticationDisabled: mailbox ? true : null,
					Permissions: [],
					ItemCount: mailbox ? 4821 : 0,
					TotalItemSize: mailbox ? 3.42 : 0,
					// Alex Wilber's account was used to send spam: Get-BlockedSenderAddress lists his address.
					BlockedForSpam: found?.user.id === USER_IDS.alexWilber && userMail.toLowerCase() === found.user.mail?.toLowerCase(),
					ArchiveMailBox: mailbox?.archive ?? false,
					RecipientTypeDetails: mailbox?.type ?? null,
					Mailbox: mailbox ? { UserPrincipalName: upn, PrimarySmtpAddress: found?.user.mail, RecipientTypeDetails: mailbox.type } : null,
				},
			],
		};
	},
};

const LEGACY_CLIENTS = ['IMAP4', 'POP3', 'Authenticated SMTP'];

/** The sign-ins of a tenant with a legacy protocol: every third user of the tenant, one row per user. */
function basicAuthRows(state: SandboxState, tenant: SandboxTenant): Array<Record<string, unknown>> {
	return tenantUsers(state, tenant)
		.filter((user, index) => user.userType === 'Member' && index % 3 === 0)
		.map((user, index) => ({
			userPrincipalName: user.userPrincipalName,
			clientAppUsed: LEGACY_CLIENTS[index % LEGACY_CLIENTS.length],
			Status: { errorCode: 0, failureReason: 'Other.', additionalDetails: null },
		}));
}

/** Invoke-ListBasicAuth: one tenant live; AllTenants from cachebasicauth, queued the first time. */
const ListBasicAuth: Endpoint = {
	name: 'ListBasicAuth',
	role: 'Identity.AuditLog.Read',
	handle(ctx) {
		const tenantFilter = psString(ctx.fromQuery('tenantFilter'));
		if (tenantFilter !== 'AllTenants') {
			try {
				return { status: 200, body: basicAuthRows(ctx.state, graphTenant(ctx.state, tenantFilter, { authCheck: false })) };
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return { status: 500, body: normalizeGraphError(error.message) };
			}
		}
		const state = mailState(ctx.state);
		if (!state.basicAuthCached) {
			state.basicAuthCached = true;
			return { status: 200, body: [{ MetaData: 'Loading data for all tenants. Please check back in 10 minutes' }] };
		}
		const rows = ctx.state.tenants
			.filter((tenant) => !tenant.isPartner)
			.flatMap((tenant) => basicAuthRows(ctx.state, tenant).map((row) => ({ ...row, Tenant: tenant.defaultDomainName })));
		return { status: 200, body: rows };
	},
};

export const endpoints: Endpoint[] = [
	ExecBECCheck,
	ExecBECRemediate,
	ListUserMailboxRules,
	ListUserTrustedBlockedSenders,
	RemoveTrustedBlockedSender,
	ListUserMailboxDetails,
	ListBasicAuth,
];
