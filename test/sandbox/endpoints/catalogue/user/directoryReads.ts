/** A user's directory surroundings: ListDeletedItems, ListUserCounts, ListUserGroups, ListUserDevices, ExecDeviceDelete. */
import { stableGuid } from '../../../directory';
import type { SandboxGroup } from '../../../directory';
import type { ManagedDevice } from '../../../fixtures';
import { GraphError, graphGetUser, graphTenant, requireDirectoryRole, tenantUsers } from '../../../graph';
import { omit } from '../../../http';
import { coalesce, psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { graphUser, groupsOf, userData } from './data';

function deletedGroup(group: SandboxGroup): Record<string, unknown> {
	return omit(group, 'tenantId', 'members', 'owners', 'calculatedGroupType');
}

/** Invoke-ListDeletedItems: directory/deletedItems per type, each with CIPP's TargetType. */
const ListDeletedItems: Endpoint = {
	name: 'ListDeletedItems',
	role: 'Tenant.Directory.Read',
	handle(ctx) {
		// New-GraphBulkRequest is outside any try block: a failure is an unhandled 500 with plain text.
		const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
		const items = userData(ctx.state).deleted.filter((item) => item.tenantId === tenant.customerId);
		const users = items.flatMap((item) =>
			item.user
				? [
						{
							...graphUser(item.user),
							userPrincipalName: `${item.user.id.replace(/-/g, '')}${item.user.userPrincipalName}`,
							deletedDateTime: item.deletedDateTime,
							TargetType: 'User',
						},
					]
				: [],
		);
		const groups = items.flatMap((item) =>
			item.group ? [{ ...deletedGroup(item.group), deletedDateTime: item.deletedDateTime, TargetType: 'Group' }] : [],
		);
		return { status: 200, body: [...users, ...groups] };
	},
};

const GLOBAL_ADMIN = /global administrator/i;

/** Invoke-ListUserCounts: four $count requests in one Graph batch. */
const ListUserCounts: Endpoint = {
	name: 'ListUserCounts',
	role: 'Identity.User.Read',
	handle(ctx) {
		const filter = ctx.fromQuery('tenantFilter');
		if (filter === 'AllTenants') {
			return { status: 200, body: { Users: 'Not Supported', LicUsers: 'Not Supported', Gas: 'Not Supported', Guests: 'Not Supported' } };
		}
		try {
			const tenant = graphTenant(ctx.state, filter, { authCheck: true });
			const users = tenantUsers(ctx.state, tenant);
			return {
				status: 200,
				body: {
					Users: users.length,
					LicUsers: users.filter((user) => user.assignedLicenses.length > 0).length,
					Gas: users.filter((user) => GLOBAL_ADMIN.test(user.jobTitle ?? '')).length,
					Guests: users.filter((user) => user.userType === 'Guest').length,
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Error: `Failed to retrieve user counts: ${error.message}` } };
		}
	},
};

function groupKind(group: SandboxGroup): { calculatedGroupType: string; groupType: string } {
	if (group.groupTypes.includes('Unified')) return { calculatedGroupType: 'm365', groupType: 'Microsoft 365' };
	if (group.mailEnabled && group.securityEnabled) return { calculatedGroupType: 'security', groupType: 'Mail-Enabled Security' };
	if (group.securityEnabled) return { calculatedGroupType: 'generic', groupType: 'Security' };
	return { calculatedGroupType: 'distributionList', groupType: 'Distribution List' };
}

/** Invoke-ListUserGroups: /users/{id}/memberOf/$/microsoft.graph.group, first page only, ordered by name. No try block. */
const ListUserGroups: Endpoint = {
	name: 'ListUserGroups',
	role: 'Identity.User.Read',
	handle(ctx) {
		const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
		const user = graphGetUser(ctx.state, tenant, psString(ctx.fromQuery('userId')));
		// New-GraphGetRequest -noPagination: Graph's first page only (memberOf pages at 100).
		const groups = groupsOf(ctx.state, tenant, user)
			.sort((a, b) => a.displayName.localeCompare(b.displayName))
			.slice(0, 100);
		return {
			status: 200,
			body: groups.map((group) => ({
				id: group.id,
				DisplayName: group.displayName,
				MailEnabled: group.mailEnabled,
				Mail: group.mail,
				SecurityGroup: group.securityEnabled,
				GroupTypes: group.groupTypes.join(','),
				OnPremisesSync: null,
				IsAssignableToRole: null,
				...groupKind(group),
			})),
		};
	},
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `<DateTime> | Out-String` on an en-US Functions host: the long date and time plus a line break. */
function outString(iso: string): string {
	const date = new Date(iso);
	const hours = date.getUTCHours();
	const time = `${hours % 12 || 12}:${String(date.getUTCMinutes()).padStart(2, '0')}:${String(date.getUTCSeconds()).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
	return `${WEEKDAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()} ${time}\r\n`;
}

/**
 * A device's Entra object ID: the `id` of /devices/{id} and of a user's ownedDevices. It is not the
 * Entra device ID (`deviceId`, which Intune calls azureADDeviceId); CIPP's ListUserDevices answers
 * the object ID as ID and ExecDeviceDelete acts on it.
 */
export function entraObjectId(device: ManagedDevice | { azureADDeviceId: string }): string {
	return stableGuid(`entra-device-object/${String(device.azureADDeviceId)}`);
}

/** Invoke-ListUserDevices: the user's ownedDevices with the Intune ID (EPMID); any Graph failure gives []. */
const ListUserDevices: Endpoint = {
	name: 'ListUserDevices',
	role: 'Identity.User.Read',
	handle(ctx) {
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQuery('tenantFilter'), { authCheck: true });
			const user = graphGetUser(ctx.state, tenant, psString(ctx.fromQuery('UserID')));
			const data = userData(ctx.state);
			const devices = ctx.state.devices.filter((device) => device.userId === user.id && !data.deletedDevices.has(entraObjectId(device)));
			return {
				status: 200,
				body: devices.map((device) => ({
					ID: entraObjectId(device),
					accountEnabled: !data.disabledDevices.has(entraObjectId(device)),
					approximateLastSignInDateTime: outString(String(device.lastSyncDateTime)),
					createdDateTime: outString(String(device.enrolledDateTime)),
					deviceOwnership: device.ownerType === 'company' ? 'Company' : 'Personal',
					displayName: device.deviceName,
					enrollmentType: device.deviceEnrollmentType,
					isCompliant: device.complianceState === 'compliant',
					managementType: 'MDM',
					manufacturer: device.manufacturer,
					model: device.model,
					operatingSystem: device.operatingSystem,
					onPremisesSyncEnabled: false,
					operatingSystemVersion: device.osVersion,
					trustType: device.operatingSystem === 'Windows' ? 'AzureAd' : 'Workplace',
					EPMID: device.id,
				})),
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 200, body: [] };
		}
	},
};

const DEVICE_ACTIONS = ['Enable', 'Disable', 'Delete'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Invoke-ExecDeviceDelete -> Set-CIPPDeviceState on /beta/devices/{id}; failures are 400. */
const ExecDeviceDelete: Endpoint = {
	name: 'ExecDeviceDelete',
	role: 'Identity.Device.ReadWrite',
	handle(ctx) {
		// Body first here: $Request.Body.X ?? $Request.Query.X.
		const read = (name: string) => coalesce(ctx.fromBody(name), ctx.fromQuery(name));
		const action = psString(read('action'));
		const id = psString(read('ID'));
		const fail = (message: string) => ({ status: 400, body: { Results: message } });
		const canonical = DEVICE_ACTIONS.find((candidate) => candidate.toLowerCase() === action.toLowerCase());
		if (!canonical) {
			return fail(
				`Cannot validate argument on parameter 'Action'. The argument "${action}" does not belong to the set "Enable,Disable,Delete" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
			);
		}
		if (!GUID.test(id)) return fail("Cannot validate argument on parameter 'DeviceID'. DeviceID must be a valid GUID.");
		try {
			const tenant = graphTenant(ctx.state, read('tenantFilter'), { authCheck: true });
			requireDirectoryRole(tenant, ['Cloud Device Administrator', 'Intune Administrator']);
			const data = userData(ctx.state);
			const device = ctx.state.devices.find(
				(candidate) =>
					candidate.tenantId === tenant.customerId &&
					entraObjectId(candidate) === id.toLowerCase() &&
					!data.deletedDevices.has(id.toLowerCase()),
			);
			if (!device)
				throw new GraphError(`Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
			if (canonical === 'Delete') data.deletedDevices.add(id.toLowerCase());
			else if (canonical === 'Disable') data.disabledDevices.add(id.toLowerCase());
			else data.disabledDevices.delete(id.toLowerCase());
			return { status: 200, body: { Results: `Executed action ${canonical} on ${id}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return fail(`Failed to queue action ${canonical} on ${id}. Error: ${error.message}`);
		}
	},
};

export const endpoints: Endpoint[] = [ListDeletedItems, ListUserCounts, ListUserGroups, ListUserDevices, ExecDeviceDelete];
