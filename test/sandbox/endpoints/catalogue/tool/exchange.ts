/** Exchange Online tools: message trace (Get-MessageTraceV2) and mailbox restore requests. */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, graphTenant, normalizeGraphError, requireDirectoryRole, tenantUsers } from '../../../graph';
import { getIgnoreCase, omit } from '../../../http';
import { coalesce, psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

const EXCHANGE_ROLES = ['Exchange Administrator', 'Global Reader', 'Global Administrator'];

interface TracedMessage {
	tenantId: string;
	MessageTraceId: string;
	MessageId: string;
	Status: string;
	Subject: string;
	RecipientAddress: string;
	SenderAddress: string;
	Received: Date;
	FromIP: string;
	ToIP: string | null;
}

const SUBJECTS = ['Quarterly report', 'Invoice 2026-0412', 'Team lunch on Friday', 'Your password expires soon', 'Re: Project timeline'];
const STATUSES = ['Delivered', 'Delivered', 'Delivered', 'FilteredAsSpam', 'Failed'];

const messages = perSandbox((state: SandboxState) => {
	const now = Date.now();
	const list: TracedMessage[] = [];
	for (const tenant of state.tenants.filter((t) => !t.isPartner)) {
		const mailboxes = tenantUsers(state, tenant).filter((u) => u.mail && u.userType === 'Member');
		mailboxes.forEach((user, index) => {
			const external = index % 2 === 0;
			const sender = external ? `billing@fabrikam-supplies.example` : (mailboxes[(index + 1) % mailboxes.length].mail ?? '');
			const status = STATUSES[index % STATUSES.length];
			const id = stableGuid(`trace/${tenant.customerId}/${user.id}`);
			list.push({
				tenantId: tenant.customerId,
				MessageTraceId: id,
				MessageId: `<${id.slice(0, 8).toUpperCase()}@${tenant.initialDomainName.replace('.onmicrosoft.com', '')}.prod.outlook.com>`,
				Status: status,
				Subject: SUBJECTS[index % SUBJECTS.length],
				RecipientAddress: user.mail ?? '',
				SenderAddress: sender,
				Received: new Date(now - (index + 1) * 3_600_000 * 7),
				FromIP: external ? '198.51.100.7' : '',
				ToIP: status === 'Delivered' ? null : '',
			});
		});
	}
	return list;
});

/** Exchange's ToString('u'): 2026-08-21 07:45:12Z */
const universal = (at: Date): string =>
	at
		.toISOString()
		.replace('T', ' ')
		.replace(/\.\d+Z$/, 'Z');

function exchangeTenant(state: SandboxState, tenantFilter: unknown): SandboxTenant {
	const tenant = graphTenant(state, tenantFilter, { authCheck: true });
	requireDirectoryRole(tenant, EXCHANGE_ROLES);
	return tenant;
}

function timeFrom(value: unknown): Date | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = psString(value);
	if (/^\d+$/.test(text)) return new Date(Number(text) * 1000);
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(text)) {
		throw new Error(`Exception calling "ParseExact" with "3" argument(s): "String '${text}' was not recognized as a valid DateTime."`);
	}
	return new Date(text);
}

export const ListMessageTrace: Endpoint = {
	name: 'ListMessageTrace',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromBody('tenantFilter'));
			const messageId = psString(ctx.fromBody('MessageId'));
			const days = Number(ctx.fromBody('days') ?? 0);
			const start = days
				? new Date(Date.now() - days * 86_400_000)
				: (timeFrom(ctx.fromBody('startDate')) ?? new Date(Date.now() - 2 * 86_400_000));
			const end = days ? new Date() : (timeFrom(ctx.fromBody('endDate')) ?? new Date());
			// Get-MessageTraceV2 serves at most 10 days per query; CIPP passes the span as is.
			if (!messageId && end.getTime() - start.getTime() > 10 * 86_400_000) {
				throw new Error('The time range between StartDate and EndDate cannot exceed 10 days.');
			}
			const status = psString(getIgnoreCase(ctx.fromBody('status'), 'value'));
			const address = (name: string) => psString(coalesce(getIgnoreCase(ctx.fromBody(name), 'value'), ctx.fromBody(name))).toLowerCase();
			const recipient = address('recipient');
			const sender = address('sender');
			const fromIp = psString(ctx.fromBody('fromIP'));
			const toIp = psString(ctx.fromBody('toIP'));
			const found = messages(ctx.state)
				.filter((m) => m.tenantId === tenant.customerId)
				.filter((m) =>
					messageId
						? m.MessageId === messageId
						: m.Received >= start &&
							m.Received <= end &&
							(!status || m.Status === status) &&
							(!fromIp || m.FromIP === fromIp) &&
							(!toIp || m.ToIP === toIp),
				)
				.filter(
					(m) => (!recipient || m.RecipientAddress.toLowerCase() === recipient) && (!sender || m.SenderAddress.toLowerCase() === sender),
				)
				.map((m) => ({
					MessageTraceId: m.MessageTraceId,
					Status: m.Status,
					Subject: m.Subject,
					RecipientAddress: m.RecipientAddress,
					SenderAddress: m.SenderAddress,
					Received: universal(m.Received),
					FromIP: m.FromIP,
					ToIP: m.ToIP,
				}));
			return { status: 200, body: found };
		} catch (error) {
			const message =
				error instanceof GraphError ? normalizeGraphError(error.message) : error instanceof Error ? error.message : String(error);
			return { status: 500, body: [{ Status: `Failed to retrieve message trace ${message}` }] };
		}
	},
};

export const restores = perSandbox((state: SandboxState) => {
	const contoso = state.tenants.find((t) => t.defaultDomainName === 'contoso.onmicrosoft.com');
	const users = contoso ? tenantUsers(state, contoso) : [];
	const target = users.find((u) => u.userPrincipalName.startsWith('adele.vance'));
	const source = users.find((u) => u.userPrincipalName.startsWith('johanna.lorenz'));
	if (!contoso || !target || !source) return [];
	return [
		{
			tenantId: contoso.customerId,
			Name: 'MailboxRestore',
			Identity: `${target.userPrincipalName}\\MailboxRestore`,
			RequestGuid: stableGuid('restore/contoso/adele'),
			TargetMailbox: target.displayName,
			SourceMailbox: source.displayName,
			Status: 'Completed',
			BatchName: '',
			WhenCreated: '2026-08-18T09:12:44Z',
			WhenChanged: '2026-08-18T09:31:02Z',
		},
	];
});

export const ListMailboxRestores: Endpoint = {
	name: 'ListMailboxRestores',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromQuery('tenantFilter'));
			const requests = restores(ctx.state).filter((r) => r.tenantId === tenant.customerId);
			const identity = ctx.fromQuery('Identity');
			// [bool]$Request.Query.Statistics: any non-empty text is true, "false" included.
			if (ctx.fromQuery('Statistics') && identity) {
				const request = requests.find((r) => r.Identity.toLowerCase() === identity.toLowerCase() || r.RequestGuid === identity);
				if (!request)
					throw new GraphError(
						`The operation couldn't be performed because object '${identity}' couldn't be found on '${tenant.initialDomainName.replace('.onmicrosoft.com', '')}.prod.outlook.com'.`,
					);
				const statistics = {
					Name: request.Name,
					Identity: request.Identity,
					RequestGuid: request.RequestGuid,
					Status: request.Status,
					PercentComplete: 100,
					BytesTransferred: '1.21 GB (1,299,224,115 bytes)',
					ItemsTransferred: 18342,
					EstimatedTransferSize: '1.23 GB (1,320,712,118 bytes)',
					...(ctx.fromQuery('IncludeReport')
						? {
								Report: {
									Entries: [
										'8/18/2026 9:12:44 AM [AM4PR01MB1234] Request processing started.',
										'8/18/2026 9:31:02 AM [AM4PR01MB1234] Request is complete.',
									],
								},
							}
						: {}),
				};
				return { status: 200, body: [statistics] };
			}
			return { status: 200, body: requests.map((request) => omit(request, 'tenantId')) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: [normalizeGraphError(error.message)] };
		}
	},
};
