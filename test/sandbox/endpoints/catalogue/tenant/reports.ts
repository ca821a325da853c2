/** Tenant reports: shared mailbox statistics, Entra Connect status, CSP subscriptions, directory roles. */
import { stableGuid } from '../../../directory';
import { TENANT_IDS } from '../../../fixtures';
import { GraphError, graphTenant, normalizeGraphError, tenantUsers } from '../../../graph';
import type { Endpoint } from '../../endpoint';
import { ROLE_DEFINITIONS } from '../../../roles';
import { exchangeTenant } from './request';

/**
 * The shared mailboxes of a tenant, in the order Exchange lists them. In Fabrikam the statistics of
 * "Legal" cannot be read (a mailbox mid-move, say), so CIPP's list stops there.
 */
function sharedMailboxes(tenantId: string): Array<{ name: string; readable: boolean }> {
	const legal = tenantId === TENANT_IDS.fabrikam ? [{ name: 'Legal', readable: false }] : [];
	return [{ name: 'Info', readable: true }, ...legal, { name: 'Accounts', readable: true }];
}

/**
 * Invoke-ListSharedMailboxStatistics: Get-MailboxStatistics per shared mailbox. A mailbox whose
 * statistics fail hits `continue` inside ForEach-Object, which leaves the whole pipeline: the
 * mailboxes after it are silently left out, and the answer is still HTTP 200.
 */
const ListSharedMailboxStatistics: Endpoint = {
	name: 'ListSharedMailboxStatistics',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromQuery('tenantFilter'));
			const mailboxes = sharedMailboxes(tenant.customerId);
			const unreadable = mailboxes.findIndex((mailbox) => !mailbox.readable);
			return {
				status: 200,
				body: (unreadable < 0 ? mailboxes : mailboxes.slice(0, unreadable)).map(({ name }, index) => ({
					DisplayName: name,
					MailboxGuid: stableGuid(`${tenant.customerId}/shared/${name}`),
					ItemCount: 1824 - index * 977,
					TotalItemSize: index === 0 ? '1.204 GB (1,292,779,520 bytes)' : '412.6 MB (432,642,048 bytes)',
					LastLogonTime: '2026-08-19T14:02:11Z',
					MailboxTypeDetail: 'SharedMailbox',
					PrimarySmtpAddress: `${name.toLowerCase()}@${tenant.defaultDomainName}`,
				})),
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: [normalizeGraphError(error.message)] };
		}
	},
};

/** Invoke-ListAzureADConnectStatus: settings, objects in error, or both (one object in an array). */
const ListAzureADConnectStatus: Endpoint = {
	name: 'ListAzureADConnectStatus',
	role: 'Tenant.Directory.Read',
	handle(ctx) {
		const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
		const dataToReturn = ctx.fromQuery('DataToReturn') ?? '';
		const organization = tenant.organization;
		const settings = {
			dirSyncEnabled: organization.onPremisesSyncEnabled === true,
			numberOfHoursFromLastSync: organization.onPremisesLastSyncDateTime,
			raw: organization,
		};
		// CIPP's "objects in error" is every user, contact and group of the first page, whatever its
		// onPremisesProvisioningErrors holds (Invoke-ListAzureADConnectStatus.ps1:25-49): here every
		// user, only the first synced one with an error.
		const firstSynced = tenantUsers(ctx.state, tenant).find((user) => user.onPremisesSyncEnabled === true);
		const inError = tenantUsers(ctx.state, tenant).map((user) => ({
			id: user.id,
			displayName: user.displayName,
			createdDateTime: user.createdDateTime,
			onPremisesProvisioningErrors:
				user === firstSynced
					? [
							{
								category: 'PropertyConflict',
								occurredDateTime: '2026-08-18T03:12:40Z',
								propertyCausingError: 'ProxyAddresses',
								value: `smtp:${user.userPrincipalName}`,
							},
						]
					: [],
			ObjectType: 'user',
		}));
		if (dataToReturn === 'AzureADConnectSettings') return { status: 200, body: settings };
		if (dataToReturn === 'AzureADObjectsInError') return { status: 200, body: inError };
		return { status: 200, body: [{ AzureADConnectSettings: settings, ObjectsInError: inError }] };
	},
};

/** Invoke-ListCSPLicenses: only tenants mapped in the Sherweb integration (Contoso) have subscriptions. */
const ListCSPLicenses: Endpoint = {
	name: 'ListCSPLicenses',
	role: 'Tenant.Directory.Read',
	handle(ctx) {
		const tenantFilter = (ctx.fromQuery('tenantFilter') ?? '').toLowerCase();
		if (tenantFilter !== 'contoso.onmicrosoft.com' && tenantFilter !== TENANT_IDS.contoso) {
			return {
				status: 400,
				body: [
					'Unable to retrieve CSP licenses, ensure that you have enabled the Sherweb integration and mapped the tenant in the integration settings.',
				],
			};
		}
		return {
			status: 200,
			body: [
				{
					sku: 'CFQ7TTC0LCHC:0002',
					productName: 'Microsoft 365 Business Premium',
					quantity: 12,
					billingCycle: 'Monthly',
					commitmentTerm: 'P1Y',
					renewalDate: '2027-01-01',
				},
				{
					sku: 'CFQ7TTC0LH18:0001',
					productName: 'Exchange Online (Plan 1)',
					quantity: 3,
					billingCycle: 'Monthly',
					commitmentTerm: 'P1M',
					renewalDate: '2026-09-01',
				},
			],
		};
	},
};

/** Invoke-ListRoles: role definitions with the users that hold each. */
const ListRoles: Endpoint = {
	name: 'ListRoles',
	role: 'Identity.Role.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		try {
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			const users = tenantUsers(ctx.state, tenant);
			return {
				status: 200,
				body: ROLE_DEFINITIONS.map((role) => {
					const members = users
						.filter((user) => user.directoryRoles.includes(role.displayName))
						.map((user) => ({
							displayName: user.displayName,
							userPrincipalName: user.userPrincipalName,
							id: user.id,
							directoryScopeId: '/',
						}));
					return {
						Id: role.id,
						roleTemplateId: role.id,
						DisplayName: role.displayName,
						Description: role.description,
						Members: members,
						MemberCount: members.length,
						isBuiltIn: true,
						isEnabled: true,
					};
				}),
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 400, body: `Failed to list roles for tenant ${tenantFilter ?? ''}. ${normalizeGraphError(error.message)}` };
		}
	},
};

export const endpoints: Endpoint[] = [ListSharedMailboxStatistics, ListAzureADConnectStatus, ListCSPLicenses, ListRoles];
