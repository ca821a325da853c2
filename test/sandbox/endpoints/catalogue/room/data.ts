/** Room and equipment mailboxes and room lists of each tenant, one copy per sandbox. */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError } from '../../../graph';
import { notFound } from '../contact/exchange';

export interface ResourceMailbox {
	ExternalDirectoryObjectId: string;
	DisplayName: string;
	Alias: string;
	PrimarySmtpAddress: string;
	UserPrincipalName: string;
	RecipientTypeDetails: 'RoomMailbox' | 'EquipmentMailbox';
	HiddenFromAddressListsEnabled: boolean;
	AccountDisabled: boolean;
	ResourceCapacity: number | null;
	Building: string | null;
	City: string | null;
	DefaultCalendarPermission: string;
	/** What Set-Place (room), Set-User (equipment), Set-CalendarProcessing and Set-MailboxCalendarConfiguration set, by cmdlet parameter name. */
	Settings: Record<string, unknown>;
}

/** Exchange's defaults for a new resource mailbox's booking and working hours. */
export function defaultSettings(): Record<string, unknown> {
	return {
		AllowConflicts: false,
		AllowRecurringMeetings: true,
		BookingWindowInDays: 180,
		MaximumDurationInMinutes: 1440,
		ProcessExternalMeetingMessages: false,
		ForwardRequestsToDelegates: true,
		ScheduleOnlyDuringWorkHours: false,
		AutomateProcessing: 'AutoAccept',
		WorkDays: 'Weekdays',
		WorkHoursStartTime: '08:00:00',
		WorkHoursEndTime: '17:00:00',
		WorkingHoursTimeZone: 'Pacific Standard Time',
	};
}

export interface RoomList {
	Guid: string;
	DisplayName: string;
	Alias: string;
	PrimarySmtpAddress: string;
	Description: string | null;
	RequireSenderAuthenticationEnabled: boolean;
	ManagedBy: string[];
	Members: string[];
}

function mailbox(
	tenant: SandboxTenant,
	type: ResourceMailbox['RecipientTypeDetails'],
	alias: string,
	name: string,
	capacity: number | null,
) {
	const address = `${alias}@${tenant.defaultDomainName}`;
	return {
		ExternalDirectoryObjectId: stableGuid(`${tenant.customerId}/resource/${alias}`),
		DisplayName: name,
		Alias: alias,
		PrimarySmtpAddress: address,
		UserPrincipalName: address,
		RecipientTypeDetails: type,
		HiddenFromAddressListsEnabled: false,
		AccountDisabled: true,
		ResourceCapacity: capacity,
		Building: type === 'RoomMailbox' ? 'HQ' : null,
		City: type === 'RoomMailbox' ? 'Seattle' : null,
		DefaultCalendarPermission: 'AvailabilityOnly',
		Settings: defaultSettings(),
	};
}

const resources = perSandbox((state: SandboxState) => {
	const byTenant = new Map<string, { mailboxes: ResourceMailbox[]; lists: RoomList[] }>();
	for (const tenant of state.tenants.filter((candidate) => !candidate.isPartner)) {
		const boardroom: ResourceMailbox = mailbox(tenant, 'RoomMailbox', 'boardroom', 'Board Room', 12);
		const huddle: ResourceMailbox = mailbox(tenant, 'RoomMailbox', 'huddle1', 'Huddle Room 1', 4);
		const projector: ResourceMailbox = mailbox(tenant, 'EquipmentMailbox', 'projector1', 'Projector 1', null);
		byTenant.set(tenant.customerId, {
			mailboxes: [boardroom, huddle, projector],
			lists: [
				{
					Guid: stableGuid(`${tenant.customerId}/roomList/hq`),
					DisplayName: 'HQ Rooms',
					Alias: 'hqrooms',
					PrimarySmtpAddress: `hqrooms@${tenant.defaultDomainName}`,
					Description: null,
					RequireSenderAuthenticationEnabled: true,
					ManagedBy: [],
					Members: [boardroom.PrimarySmtpAddress],
				},
			],
		});
	}
	return byTenant;
});

export function tenantResources(state: SandboxState, tenant: SandboxTenant): { mailboxes: ResourceMailbox[]; lists: RoomList[] } {
	const byTenant = resources(state);
	if (!byTenant.has(tenant.customerId)) byTenant.set(tenant.customerId, { mailboxes: [], lists: [] });
	return byTenant.get(tenant.customerId) as { mailboxes: ResourceMailbox[]; lists: RoomList[] };
}

const matches = (wanted: string, ...names: string[]) => names.some((name) => name.toLowerCase() === wanted.trim().toLowerCase());

/** A room or equipment mailbox by address, alias or ID (Exchange's -Identity), of the given type. */
export function findResource(list: ResourceMailbox[], identity: string, type: ResourceMailbox['RecipientTypeDetails']): ResourceMailbox {
	const found = list.find(
		(entry) =>
			entry.RecipientTypeDetails === type &&
			matches(identity, entry.PrimarySmtpAddress, entry.Alias, entry.ExternalDirectoryObjectId, entry.DisplayName),
	);
	if (!found) throw notFound(identity);
	return found;
}

export function findRoomList(lists: RoomList[], identity: string): RoomList {
	const found = lists.find((entry) => matches(identity, entry.Guid, entry.PrimarySmtpAddress, entry.Alias, entry.DisplayName));
	if (!found) throw notFound(identity);
	return found;
}

/** New-Mailbox / New-DistributionGroup: the name and the address must be free. */
export function requireFree(state: SandboxState, tenant: SandboxTenant, name: string, address: string): void {
	const { mailboxes, lists } = tenantResources(state, tenant);
	const names = [...mailboxes.map((entry) => entry.Alias), ...lists.map((entry) => entry.Alias)];
	const addresses = [
		...mailboxes.map((entry) => entry.PrimarySmtpAddress),
		...lists.map((entry) => entry.PrimarySmtpAddress),
		...state.users.filter((user) => user.tenantId === tenant.customerId).map((user) => user.userPrincipalName),
	];
	if (names.some((candidate) => candidate.toLowerCase() === name.toLowerCase())) {
		throw new GraphError(`The name "${name}" is already being used. Please try another name.`);
	}
	if (addresses.some((candidate) => candidate.toLowerCase() === address.toLowerCase())) {
		throw new GraphError(
			`The proxy address "SMTP:${address}" is already being used by the proxy addresses or LegacyExchangeDN. Please choose another proxy address.`,
		);
	}
}
