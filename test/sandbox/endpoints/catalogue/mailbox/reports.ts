/**
 * Tenant-wide mailbox reports: Invoke-ListMailboxForwarding, -ListSharedMailboxAccountEnabled,
 * -ListActiveSyncDevices and -ListGlobalAddressList, from the mailboxes the other endpoints change;
 * the Exchange Online Protection policy lists are answered generically.
 */
import { stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import type { Endpoint } from '../../endpoint';
import { genericRead } from '../../generic';
import { deviceAccess } from './devices';
import { tenantMailboxes } from './settings';
import { exchangeError, exchangeTenant } from './state';

/** A report read: the tenant from the query, HTTP 403 with the normalized error when Exchange refuses. */
function report(name: string, rows: (state: SandboxState, tenant: SandboxTenant) => unknown[], failStatus = 403): Endpoint {
	return {
		name,
		role: 'Exchange.Mailbox.Read',
		handle(ctx) {
			try {
				return { status: 200, body: rows(ctx.state, exchangeTenant(ctx.state, ctx.fromQuery('tenantFilter'))) };
			} catch (error) {
				return { status: failStatus, body: failStatus === 403 ? [exchangeError(error)] : [null] };
			}
		},
	};
}

const ListMailboxForwarding = report('ListMailboxForwarding', (state, tenant) =>
	tenantMailboxes(state, tenant)
		.filter(({ mailbox }) => mailbox.forwardingSmtpAddress || mailbox.forwardingAddress)
		.map(({ user, mailbox }) => {
			const external = mailbox.forwardingSmtpAddress?.replace('smtp:', '') ?? '';
			return {
				UPN: user.userPrincipalName,
				DisplayName: user.displayName,
				PrimarySmtpAddress: user.mail,
				RecipientTypeDetails: mailbox.type,
				ForwardingType: external ? 'External' : 'Internal',
				ForwardTo: external || mailbox.forwardingAddress,
				ForwardingSmtpAddress: external,
				InternalForwardingAddress: mailbox.forwardingAddress,
				DeliverToMailboxAndForward: mailbox.deliverToMailboxAndForward,
			};
		}),
);

/** A failure is caught and answered HTTP 500 with no rows ([null]). */
const ListSharedMailboxAccountEnabled = report(
	'ListSharedMailboxAccountEnabled',
	(state, tenant) =>
		tenantMailboxes(state, tenant)
			.filter(({ user, mailbox }) => mailbox.type === 'SharedMailbox' && user.accountEnabled)
			.map(({ user }) => ({
				UserPrincipalName: user.userPrincipalName,
				displayName: user.displayName,
				givenName: user.givenName,
				surname: user.surname,
				accountEnabled: user.accountEnabled,
				assignedLicenses: user.assignedLicenses,
				id: user.id,
				onPremisesSyncEnabled: user.onPremisesSyncEnabled,
			})),
	500,
);

const ListActiveSyncDevices = report('ListActiveSyncDevices', (state, tenant) =>
	tenantMailboxes(state, tenant).flatMap(({ user }) => {
		const { devices, blocked } = deviceAccess(state, user);
		return devices.map((device) => ({
			userDisplayName: user.displayName,
			userPrincipalName: user.userPrincipalName,
			deviceFriendlyName: device.deviceFriendlyName,
			deviceModel: device.deviceModel,
			deviceOS: device.deviceOS,
			deviceType: device.deviceType,
			clientType: 'Outlook',
			clientVersion: '1.0',
			deviceAccessState: blocked.includes(device.deviceID) ? 'Blocked' : 'Allowed',
			firstSyncTime: '2026-03-12T10:22:31Z',
			lastSyncAttemptTime: null,
			lastSuccessSync: null,
			syncInfoNote: 'Outlook for iOS and Android uses modern authentication and does not report ActiveSync sync times.',
			deviceID: device.deviceID,
			identity: `${user.userPrincipalName}\\ExchangeActiveSyncDevices\\Outlook§${device.deviceID}`,
			Guid: device.Guid,
		}));
	}),
);

const ListGlobalAddressList = report('ListGlobalAddressList', (state, tenant) =>
	tenantMailboxes(state, tenant)
		.map(({ user, mailbox, extras }) => ({
			Identity: user.mailNickname,
			DisplayName: user.displayName,
			Alias: user.mailNickname,
			PrimarySmtpAddress: user.mail,
			ExternalDirectoryObjectId: user.id,
			HiddenFromAddressListsEnabled: extras.hidden,
			EmailAddresses: user.proxyAddresses,
			IsDirSynced: user.onPremisesSyncEnabled === true,
			SKUAssigned: user.assignedLicenses.length > 0,
			RecipientType: 'UserMailbox',
			RecipientTypeDetails: mailbox.type,
			AddressListMembership: extras.hidden ? [] : ['\\Default Global Address List', '\\All Users'],
			Guid: stableGuid(`${user.id}/exchange`),
		}))
		.sort((a, b) => a.DisplayName.localeCompare(b.DisplayName)),
);

/** Get-<Kind>Policy joined with Get-<Kind>Rule. */
const policyRow = (index: number) => ({
	IsDefault: index === 0,
	RuleName: index === 0 ? null : `Rule ${index + 1}`,
	Priority: index === 0 ? null : index - 1,
	RecipientDomainIs: null,
	State: index === 0 ? null : 'Enabled',
});

export const endpoints: Endpoint[] = [
	ListMailboxForwarding,
	ListSharedMailboxAccountEnabled,
	ListActiveSyncDevices,
	ListGlobalAddressList,
	...['ListAntiPhishingFilters', 'ListMalwareFilters', 'ListSafeAttachmentsFilters'].map((name) =>
		genericRead(name, 'exchange', { fields: policyRow }),
	),
];
