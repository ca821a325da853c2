/**
 * Mobile devices, automatic replies, message sizes and restricted senders: Invoke-ListMailboxMobileDevices,
 * -ExecMailboxMobileDevices (Set-CIPPMobileDevice), -ListOoO (Get-CIPPOutOfOffice), -ExecSetMailboxEmailSize
 * (Set-CippMaxEmailSize), -ListRestrictedUsers and -ExecRemoveRestrictedUser.
 */
import { perSandbox, stableGuid } from '../../../directory';
import { USER_IDS } from '../../../fixtures';
import type { SandboxState, SandboxUser } from '../../../fixtures';
import { GraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { exchangeError, exchangeTarget, exchangeTenant } from './state';

interface MobileDevice {
	deviceID: string;
	Guid: string;
	deviceFriendlyName: string;
	deviceModel: string;
	deviceOS: string;
	deviceType: string;
}

interface DeviceAccess {
	devices: MobileDevice[];
	allowed: string[];
	blocked: string[];
}

const access = perSandbox(() => new Map<string, DeviceAccess>());

/** One phone per licensed, enabled member, as its first ActiveSync partnership. */
export function deviceAccess(state: SandboxState, user: SandboxUser): DeviceAccess {
	let found = access(state).get(user.id);
	if (!found) {
		const devices =
			user.accountEnabled && user.assignedLicenses.length > 0
				? [
						{
							deviceID: stableGuid(`${user.id}/eas`).replace(/-/g, '').toUpperCase(),
							Guid: stableGuid(`${user.id}/eas/guid`),
							deviceFriendlyName: `${user.givenName ?? user.displayName}'s iPhone`,
							deviceModel: 'iPhone16,2',
							deviceOS: 'iOS 18.5 22F76',
							deviceType: 'Outlook',
						},
					]
				: [];
		found = { devices, allowed: [], blocked: [] };
		access(state).set(user.id, found);
	}
	return found;
}

const ListMailboxMobileDevices: Endpoint = {
	name: 'ListMailboxMobileDevices',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		try {
			const { user } = exchangeTarget(ctx.state, ctx.fromQuery('tenantFilter'), ctx.fromQuery('Mailbox'));
			const { devices, blocked, allowed } = deviceAccess(ctx.state, user);
			const rows = devices.map((device) => ({
				clientType: 'Outlook',
				clientVersion: '1.0',
				deviceAccessState: blocked.includes(device.deviceID) ? 'Blocked' : 'Allowed',
				deviceFriendlyName: device.deviceFriendlyName,
				deviceModel: device.deviceModel,
				deviceOS: device.deviceOS,
				deviceType: device.deviceType,
				firstSync: '3/12/2026 10:22:31 AM',
				lastSyncAttempt: '8/21/2026 7:58:02 AM',
				lastSuccessSync: '8/21/2026 7:58:02 AM',
				status: allowed.includes(device.deviceID) || !blocked.includes(device.deviceID) ? 'DeviceOk' : 'DeviceBlocked',
				deviceID: device.deviceID,
				Guid: device.Guid,
			}));
			return { status: 200, body: rows };
		} catch (error) {
			return { status: 403, body: [exchangeError(error)] };
		}
	},
};

/** Set-CIPPMobileDevice: Quarantine 'false' allows, 'true' blocks (Set-CASMailbox), else Delete 'true' removes the partnership. */
function mobileDeviceChange(ctx: EndpointContext): string | null {
	const userId = psString(ctx.fromQuery('Userid'));
	const quarantine = ctx.fromQuery('Quarantine');
	const deviceId = psString(ctx.fromQuery('deviceid'));
	if (quarantine === 'false' || quarantine === 'true') {
		const block = quarantine === 'true';
		try {
			const lists = deviceAccess(ctx.state, exchangeTarget(ctx.state, ctx.fromQuery('tenantFilter'), userId).user);
			const [add, other] = block ? [lists.blocked, lists.allowed] : [lists.allowed, lists.blocked];
			if (!add.includes(deviceId)) add.push(deviceId);
			if (other.includes(deviceId)) other.splice(other.indexOf(deviceId), 1);
			return `${block ? 'Blocked' : 'Allowed'} Active Sync Device for ${userId}`;
		} catch (error) {
			return `Failed to ${block ? 'Block' : 'Allow'} Active Sync Device for ${userId}: ${exchangeError(error)}`;
		}
	}
	if (ctx.fromQuery('Delete') !== 'true') return null;
	const guid = psString(ctx.fromQuery('guid'));
	try {
		const tenant = exchangeTenant(ctx.state, ctx.fromQuery('tenantFilter'));
		const owner = ctx.state.users.find(
			(user) => user.tenantId === tenant.customerId && deviceAccess(ctx.state, user).devices.some((device) => device.Guid === guid),
		);
		if (!owner)
			throw new GraphError(
				`The operation couldn't be performed because object '${guid}' couldn't be found on 'BN8PR11MB3601.namprd11.prod.outlook.com'.`,
			);
		const { devices } = deviceAccess(ctx.state, owner);
		devices.splice(
			devices.findIndex((device) => device.Guid === guid),
			1,
		);
		return `Deleted Active Sync Device for ${userId}`;
	} catch (error) {
		return `Failed to delete Mobile Device ${guid}: ${exchangeError(error)}`;
	}
}

const ExecMailboxMobileDevices: Endpoint = {
	name: 'ExecMailboxMobileDevices',
	role: 'Exchange.Mailbox.ReadWrite',
	handle: (ctx) => ({ status: 200, body: { Results: mobileDeviceChange(ctx) } }),
};

/** DateTime.ToString('yyyy-MM-dd HH:mm'). */
const ooDate = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : null);

const ListOoO: Endpoint = {
	name: 'ListOoO',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		const userId = psString(ctx.fromQuery('userid'));
		try {
			const { mailbox } = exchangeTarget(ctx.state, ctx.fromQuery('tenantFilter'), userId);
			const settings = {
				AutoReplyState: mailbox.autoReplyState,
				StartTime: ooDate(mailbox.startTime),
				EndTime: ooDate(mailbox.endTime),
				InternalMessage: mailbox.internalMessage,
				ExternalMessage: mailbox.externalMessage,
				CreateOOFEvent: false,
				OOFEventSubject: null,
				AutoDeclineFutureRequestsWhenOOF: false,
				DeclineEventsForScheduledOOF: false,
				DeclineAllEventsForScheduledOOF: false,
				DeclineMeetingMessage: null,
			};
			// Get-CIPPOutOfOffice answers ConvertTo-Json text, which the function returns as it is.
			return { status: 200, body: JSON.stringify(settings, null, 2) };
		} catch (error) {
			return { status: 500, body: `Could not retrieve out of office message for ${userId}. Error: ${exchangeError(error)}` };
		}
	},
};

const maxSizes = perSandbox(() => new Map<string, { send: number; receive: number }>());

/** Invoke-ExecSetMailboxEmailSize -> Set-CippMaxEmailSize ([ValidateRange(1, 150)] sizes in MB). */
const ExecSetMailboxEmailSize: Endpoint = {
	name: 'ExecSetMailboxEmailSize',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const upn = ctx.fromBody('UPN');
		const id = ctx.fromBody('id');
		const shown = psString(upn ?? id);
		const size = (name: string) => (psString(ctx.fromBody(name)).trim() === '' ? 0 : Number(ctx.fromBody(name)));
		const [send, receive] = [size('maxSendSize'), size('maxReceiveSize')];
		const outOfRange = [send, receive].find((value) => !Number.isInteger(value) || value < 0 || value > 150);
		if (outOfRange !== undefined) {
			// [ValidateRange(1, 150)] fails while binding Set-CippMaxEmailSize's parameters.
			return {
				status: 500,
				body: { Results: `Cannot validate argument on parameter 'MaxSendSize'. The ${outOfRange} argument is outside the range 1-150.` },
			};
		}
		try {
			if (send === 0 && receive === 0) throw new Error('No max send or receive size provided. Cannot set mailbox email max size.');
			const { user } = exchangeTarget(ctx.state, ctx.fromBody('tenantFilter'), id ?? upn);
			const current = maxSizes(ctx.state).get(user.id) ?? { send: 35, receive: 36 };
			maxSizes(ctx.state).set(user.id, { send: send || current.send, receive: receive || current.receive });
			return {
				status: 200,
				body: {
					Results: `Set mailbox email max size for ${shown} to ${send ? `Send: ${send}MB ` : ''}${receive ? `Receive: ${receive}MB` : ''}`,
				},
			};
		} catch (error) {
			const text = error instanceof GraphError ? exchangeError(error) : (error as Error).message;
			return { status: 500, body: { Results: `Failed to set mailbox email max size for ${shown}. Error: ${text}` } };
		}
	},
};

interface BlockedSender {
	SenderAddress: string;
	Reason: string;
	CreatedDatetime: string;
	ChangedDatetime: string;
	TemporaryBlock: boolean;
}

/** Get-BlockedSenderAddress per tenant: Alex Wilber (Contoso) went over the outbound limit. */
const restricted = perSandbox((state) => {
	const alex = state.users.find((user) => user.id === USER_IDS.alexWilber);
	const map = new Map<string, BlockedSender[]>();
	if (alex) {
		map.set(alex.tenantId, [
			{
				SenderAddress: alex.userPrincipalName,
				Reason:
					'OutBoundSpamLast24Hours=1207;OutBoundSpamLast1Hour=611;ExceedingLimitType=External;InternalRecipientCountToday=3;ExternalRecipientCountToday=1207',
				CreatedDatetime: '2026-08-20T22:14:05Z',
				ChangedDatetime: '2026-08-20T22:14:05Z',
				TemporaryBlock: false,
			},
		]);
	}
	return map;
});

const ListRestrictedUsers: Endpoint = {
	name: 'ListRestrictedUsers',
	role: 'Exchange.Mailbox.Read',
	handle(ctx) {
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromQuery('tenantFilter'));
			const part = (reason: string, key: string) =>
				reason
					.split(';')
					.find((entry) => entry.startsWith(`${key}=`))
					?.slice(key.length + 1) ?? '';
			const rows = (restricted(ctx.state).get(tenant.customerId) ?? []).map((sender) => {
				const limit = part(sender.Reason, 'ExceedingLimitType');
				return {
					SenderAddress: sender.SenderAddress,
					Reason: sender.Reason,
					BlockType: limit ? `${limit} recipient limit exceeded` : 'Email sending limit exceeded',
					CreatedDatetime: sender.CreatedDatetime,
					ChangedDatetime: sender.ChangedDatetime,
					TemporaryBlock: sender.TemporaryBlock,
					InternalCount: part(sender.Reason, 'InternalRecipientCountToday'),
					ExternalCount: part(sender.Reason, 'ExternalRecipientCountToday'),
				};
			});
			return { status: 200, body: rows };
		} catch (error) {
			return { status: 403, body: [exchangeError(error)] };
		}
	},
};

const ExecRemoveRestrictedUser: Endpoint = {
	name: 'ExecRemoveRestrictedUser',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const sender = psString(ctx.fromBody('SenderAddress'));
		try {
			if (!sender) throw new GraphError('SenderAddress parameter is required');
			const tenant = exchangeTenant(ctx.state, ctx.fromBody('tenantFilter'));
			const list = restricted(ctx.state).get(tenant.customerId) ?? [];
			// Remove-BlockedSenderAddress of an address that is not blocked is modelled as a no-op.
			const index = list.findIndex((entry) => entry.SenderAddress.toLowerCase() === sender.toLowerCase());
			if (index >= 0) list.splice(index, 1);
			return { status: 200, body: { Results: `Successfully removed ${sender} from the restricted users list.` } };
		} catch (error) {
			return { status: 500, body: { Results: `Failed to remove ${sender} from restricted list: ${exchangeError(error)}` } };
		}
	},
};

export const endpoints: Endpoint[] = [
	ListMailboxMobileDevices,
	ExecMailboxMobileDevices,
	ListOoO,
	ExecSetMailboxEmailSize,
	ListRestrictedUsers,
	ExecRemoveRestrictedUser,
];
