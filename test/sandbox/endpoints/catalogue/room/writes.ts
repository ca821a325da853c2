/** Invoke-AddRoomMailbox, -AddEquipmentMailbox, -AddRoomList, -EditRoomMailbox, -EditEquipmentMailbox, -EditRoomList. */
import { beyondSpec } from '../../../../contract/beyondSpec';
import { stableGuid } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError, requireDirectoryRole } from '../../../graph';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { exoAnswer, exoTenant } from '../contact/exchange';
import type { ResourceMailbox } from './data';
import { defaultSettings, findResource, findRoomList, requireFree, tenantResources } from './data';

const blank = (value: unknown) => psString(value).trim() === '';

/** New-Mailbox -Room / -Equipment, then Set-CIPPSignInState (Graph; needs User Administrator through GDAP). */
function newResourceMailbox(ctx: EndpointContext, tenantField: string, type: ResourceMailbox['RecipientTypeDetails']) {
	const what = type === 'RoomMailbox' ? 'Room' : 'Equipment';
	const name = psString(ctx.fromBody('displayName'));
	const upn = psString(ctx.fromBody('userPrincipalName'));
	const results: string[] = [];
	return exoAnswer(
		() => {
			const tenant = exoTenant(ctx.state, ctx.fromBody(tenantField));
			const alias = psString(ctx.fromBody('username'));
			if (!alias) throw new GraphError("Cannot bind argument to parameter 'Name' because it is an empty string.");
			requireFree(ctx.state, tenant, alias, upn);
			const capacity = ctx.fromBody('ResourceCapacity');
			tenantResources(ctx.state, tenant).mailboxes.push({
				ExternalDirectoryObjectId: stableGuid(`${tenant.customerId}/resource/${alias}`),
				DisplayName: name,
				Alias: alias,
				PrimarySmtpAddress: upn,
				UserPrincipalName: upn,
				RecipientTypeDetails: type,
				HiddenFromAddressListsEnabled: false,
				AccountDisabled: false,
				ResourceCapacity: type === 'RoomMailbox' && !blank(capacity) ? Number(capacity) : null,
				Building: null,
				City: null,
				DefaultCalendarPermission: 'AvailabilityOnly',
				Settings: defaultSettings(),
			});
			results.push(type === 'RoomMailbox' ? `Successfully created room: ${name}.` : `Successfully created equipment mailbox: ${name}`);
			const created = tenantResources(ctx.state, tenant).mailboxes.at(-1) as ResourceMailbox;
			try {
				requireDirectoryRole(tenant, ['User Administrator', 'Global Administrator']);
				created.AccountDisabled = true;
				results.push(`Successfully blocked sign-in for ${what} mailbox ${upn}`);
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				const inner = `Failed to set sign-in state for ${created.ExternalDirectoryObjectId}. Error: ${error.message}`;
				results.push(`Failed to block sign-in for ${what} mailbox: ${upn}. Error: ${inner}`);
			}
			return { status: 200, body: { Results: results } };
		},
		(message) => {
			const failed =
				type === 'RoomMailbox'
					? { status: 500, text: `Failed to create room mailbox: ${name}. Error: ${message}` }
					: { status: 403, text: `Failed to create equipment mailbox: ${name}. Error: ${message}` };
			return { status: failed.status, body: { Results: [failed.text] } };
		},
	);
}

const AddRoomMailbox: Endpoint = {
	name: 'AddRoomMailbox',
	role: 'Exchange.Room.ReadWrite',
	handle: (ctx) => newResourceMailbox(ctx, 'tenantid', 'RoomMailbox'),
};

const AddEquipmentMailbox: Endpoint = {
	name: 'AddEquipmentMailbox',
	role: 'Exchange.Equipment.ReadWrite',
	handle: (ctx) => newResourceMailbox(ctx, 'tenantID', 'EquipmentMailbox'),
};

/** Invoke-AddRoomList: the address is username@primDomain.value, else username@<tenant filter as given>. */
const AddRoomList: Endpoint = {
	name: 'AddRoomList',
	role: 'Exchange.Room.ReadWrite',
	handle(ctx) {
		const tenantFilter = ctx.fromBody('tenantFilter') ?? ctx.fromBody('tenantid');
		const alias = psString(ctx.fromBody('username'));
		const name = psString(ctx.fromBody('displayName'));
		const domain = ctx.fromBody('primDomain');
		const address = `${alias}@${isPlainObject(domain) && !blank(domain.value) ? psString(domain.value) : psString(tenantFilter)}`;
		return exoAnswer(
			() => {
				const tenant = exoTenant(ctx.state, tenantFilter);
				const domainPart = address.split('@')[1].toLowerCase();
				if (!tenant.domains.some((candidate) => candidate.toLowerCase() === domainPart)) {
					throw new GraphError(`The domain "${domainPart}" isn't an accepted domain for your organization.`);
				}
				requireFree(ctx.state, tenant, alias, address);
				tenantResources(ctx.state, tenant).lists.push({
					Guid: stableGuid(`${tenant.customerId}/roomList/${alias}`),
					DisplayName: name,
					Alias: alias,
					PrimarySmtpAddress: address,
					Description: null,
					RequireSenderAuthenticationEnabled: true,
					ManagedBy: [],
					Members: [],
				});
				return { status: 200, body: { Results: [`Successfully created room list: ${name}.`] } };
			},
			(message) => ({ status: 500, body: { Results: [`Failed to create room list: ${name}. Error: ${message}`] } }),
		);
	},
};

/** Set-Mailbox always gets DisplayName: an empty one is refused by Exchange. */
function setDisplayName(mailbox: ResourceMailbox, value: unknown): void {
	if (blank(value)) throw new GraphError("Cannot bind argument to parameter 'DisplayName' because it is null.");
	mailbox.DisplayName = psString(value);
}

function setHidden(mailbox: ResourceMailbox, value: unknown): void {
	if (!blank(value)) mailbox.HiddenFromAddressListsEnabled = /^true$/i.test(psString(value));
}

/** Invoke-EditRoomMailbox: Set-Mailbox (DisplayName always), Set-Place, Set-CalendarProcessing, calendar configuration and permission. */
const EditRoomMailbox: Endpoint = {
	name: 'EditRoomMailbox',
	role: 'Exchange.Room.ReadWrite',
	handle(ctx) {
		const name = psString(ctx.fromBody('displayName'));
		return exoAnswer(
			() => {
				const tenant = exoTenant(ctx.state, ctx.fromBody('tenantID'));
				const room = findResource(tenantResources(ctx.state, tenant).mailboxes, psString(ctx.fromBody('roomId')), 'RoomMailbox');
				setDisplayName(room, ctx.fromBody('displayName'));
				if (!blank(ctx.fromBody('capacity'))) room.ResourceCapacity = Number(ctx.fromBody('capacity'));
				setHidden(room, ctx.fromBody('hiddenFromAddressListsEnabled'));
				setByName(ctx, room, 'EditRoomMailbox');
				const results = [
					`Successfully updated room: ${name} (Mailbox, Place & Calendar Properties)`,
					`Successfully updated room: ${name} (Calendar Configuration)`,
				];
				const permission = ctx.fromBody('DefaultCalendarPermission');
				const level = isPlainObject(permission) ? permission.value : permission;
				if (!blank(level)) {
					room.DefaultCalendarPermission = psString(level);
					results.push(`Successfully updated room: ${name} (Default Calendar Permission)`);
				}
				return { status: 200, body: { Results: results } };
			},
			(message) => ({
				status: 403,
				body: { Results: [`Failed to update Room mailbox ${psString(ctx.fromBody('userPrincipalName'))}. ${message}`] },
			}),
		);
	},
};

/** Invoke-EditEquipmentMailbox: Set-Mailbox (DisplayName always), Set-User, Set-CalendarProcessing, calendar configuration. */
const EditEquipmentMailbox: Endpoint = {
	name: 'EditEquipmentMailbox',
	role: 'Exchange.Equipment.ReadWrite',
	handle(ctx) {
		const name = psString(ctx.fromBody('displayName'));
		return exoAnswer(
			() => {
				const tenant = exoTenant(ctx.state, ctx.fromBody('tenantID'));
				const equipment = findResource(
					tenantResources(ctx.state, tenant).mailboxes,
					psString(ctx.fromBody('equipmentId')),
					'EquipmentMailbox',
				);
				setDisplayName(equipment, ctx.fromBody('displayName'));
				setHidden(equipment, ctx.fromBody('hiddenFromAddressListsEnabled'));
				setByName(ctx, equipment, 'EditEquipmentMailbox');
				const parts = ['User Properties', 'Calendar Properties', 'Calendar Configuration'];
				return { status: 200, body: { Results: parts.map((part) => `Successfully updated equipment: ${name} (${part})`) } };
			},
			(message) => ({
				status: 403,
				body: { Results: [`Failed to update Equipment mailbox ${psString(ctx.fromBody('userPrincipalName'))}. ${message}`] },
			}),
		);
	},
};

/**
 * The fields an Edit endpoint copies by name into its Set-Place / Set-User / Set-CalendarProcessing /
 * Set-MailboxCalendarConfiguration calls: each one that is not blank ([string]::IsNullOrWhiteSpace; false is "False").
 * Building and City are also the list's columns.
 */
function setByName(ctx: EndpointContext, mailbox: ResourceMailbox, endpoint: string): void {
	for (const name of Object.keys(beyondSpec[endpoint]?.body ?? {})) {
		const value = ctx.fromBody(name);
		if (value === undefined || value === null || blank(value)) continue;
		mailbox.Settings[name] = value;
		if (name === 'Building') mailbox.Building = psString(value);
		if (name === 'City') mailbox.City = psString(value);
	}
}

function roomAddress(state: SandboxState, tenant: SandboxTenant, member: unknown): string {
	const wanted = psString(isPlainObject(member) && member.value ? member.value : member);
	return findResource(tenantResources(state, tenant).mailboxes, wanted, 'RoomMailbox').PrimarySmtpAddress;
}

/** Invoke-EditRoomList: each step answers on its own; always HTTP 200. */
const EditRoomList: Endpoint = {
	name: 'EditRoomList',
	role: 'Exchange.Room.ReadWrite',
	handle(ctx) {
		const results: string[] = [];
		const step = (work: () => string, failed: (message: string) => string) => {
			exoAnswer(
				() => {
					results.push(work());
					return { status: 200 };
				},
				(message) => {
					results.push(failed(message));
					return { status: 200 };
				},
			);
		};
		const list = () =>
			findRoomList(tenantResources(ctx.state, exoTenant(ctx.state, ctx.fromBody('tenantFilter'))).lists, psString(ctx.fromBody('groupId')));
		const tenant = () => exoTenant(ctx.state, ctx.fromBody('tenantFilter'));
		const name = ctx.fromBody('displayName');
		if (name || ctx.fromBody('description') || ctx.fromBody('mailNickname')) {
			step(
				() => {
					const target = list();
					if (name) target.DisplayName = psString(name);
					if (ctx.fromBody('description')) target.Description = psString(ctx.fromBody('description'));
					if (ctx.fromBody('mailNickname')) target.Alias = psString(ctx.fromBody('mailNickname'));
					return `Successfully updated room list properties for ${psString(name)}`;
				},
				(message) => `Failed to update room list properties: ${message}`,
			);
		}
		const entries = (field: string) => {
			const value = ctx.fromBody(field);
			return Array.isArray(value) ? value : value ? [value] : [];
		};
		for (const member of entries('AddMember')) {
			const label = psString(isPlainObject(member) && member.value ? member.value : member);
			step(
				() => {
					const address = roomAddress(ctx.state, tenant(), member);
					const target = list();
					if (target.Members.includes(address))
						throw new GraphError(`The recipient "${address}" is already a member of the group "${target.DisplayName}".`);
					target.Members.push(address);
					return `Successfully added room ${label} to room list`;
				},
				(message) => `Failed to add room ${label} : ${message}`,
			);
		}
		for (const member of entries('RemoveMember')) {
			const label = psString(isPlainObject(member) && member.value ? member.value : member);
			step(
				() => {
					const address = roomAddress(ctx.state, tenant(), member);
					const target = list();
					if (!target.Members.includes(address))
						throw new GraphError(`The recipient "${address}" isn't a member of the group "${target.DisplayName}".`);
					target.Members.splice(target.Members.indexOf(address), 1);
					return `Successfully removed room ${label} from room list`;
				},
				(message) => `Failed to remove room ${label} from room list: ${message}`,
			);
		}
		const allowExternal = ctx.fromBody('allowExternal');
		if (allowExternal !== undefined && allowExternal !== null) {
			step(
				() => {
					list().RequireSenderAuthenticationEnabled = !allowExternal;
					return allowExternal ? 'Enabled external email access for room list' : 'Disabled external email access for room list';
				},
				(message) => `Failed to update external email settings: ${message}`,
			);
		}
		return { status: 200, body: { Results: results } };
	},
};

export const endpoints: Endpoint[] = [
	AddRoomMailbox,
	AddEquipmentMailbox,
	AddRoomList,
	EditRoomMailbox,
	EditEquipmentMailbox,
	EditRoomList,
];
