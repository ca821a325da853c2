/** Groups: ListGroups, AddGroup, EditGroup, ExecGroupsDelete, AddGroupTeam. */
import { randomUUID } from 'node:crypto';

import { addGroup, findGroup, groupKind, perSandbox, removeGroup, tenantGroups } from '../../../directory';
import type { GroupKind, SandboxGroup } from '../../../directory';
import type { SandboxState, SandboxTenant, SandboxUser } from '../../../fixtures';
import { GRAPH_ERRORS, GraphError, graphGetUser, graphTenant, normalizeGraphError, tenantUsers } from '../../../graph';
import { getIgnoreCase, isPlainObject, omit } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { exoNotFound, strictValueOf, valueOf } from '../tenant/request';

const CALCULATED: Record<GroupKind, string> = {
	'Microsoft 365': 'm365',
	'Mail-Enabled Security': 'security',
	Security: 'generic',
	'Distribution List': 'distributionList',
};

const isGuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

const isExchangeGroup = (kind: string) => kind === 'Distribution List' || kind === 'Mail-Enabled Security';

/** GET /groups/{id}: Graph wants the object ID. */
export function graphGetGroup(state: SandboxState, tenant: SandboxTenant, id: string): SandboxGroup {
	const group = tenantGroups(state, tenant).find((candidate) => candidate.id === id.toLowerCase());
	if (!group) throw new GraphError(GRAPH_ERRORS.notFound(id));
	return group;
}

/** Exchange (Get-DistributionGroup / Get-UnifiedGroup -Identity): ID, address or alias. */
export function exchangeGetGroup(state: SandboxState, tenant: SandboxTenant, identity: string): SandboxGroup {
	const group = findGroup(state, tenant, identity);
	if (!group || !group.mailEnabled) throw exoNotFound(identity);
	return group;
}

/** The Graph group object ListGroups selects, with CIPP's calculated columns. */
function groupRecord(group: SandboxGroup, users: SandboxUser[], expand?: 'members' | 'owners') {
	const kind = groupKind(group);
	const upns = (ids: string[]) => ids.map((id) => users.find((user) => user.id === id)?.userPrincipalName).filter(Boolean);
	const graph = omit(
		group,
		'tenantId',
		'members',
		'owners',
		'calculatedGroupType',
		'hiddenFromAddressListsEnabled',
		'requireSenderAuthenticationEnabled',
		'hiddenFromExchangeClientsEnabled',
		'subscriptionEnabled',
		'proxyAddresses',
	);
	return {
		...graph,
		resourceProvisioningOptions: group.resourceProvisioningOptions ?? [],
		assignedLicenses: group.assignedLicenses ?? [],
		membershipRule: group.membershipRule ?? null,
		onPremisesSyncEnabled: null,
		organizationId: group.tenantId,
		primDomain: group.mail ? group.mail.split('@').pop() : null,
		...(expand === 'members' ? { membersCsv: upns(group.members).join(',') } : {}),
		...(expand === 'owners' ? { ownersCsv: upns(group.owners).join(',') } : {}),
		teamsEnabled: (group.resourceProvisioningOptions ?? []).includes('Team'),
		groupType: kind,
		calculatedGroupType: CALCULATED[kind],
		dynamicGroupBool: group.groupTypes.includes('DynamicMembership'),
	};
}

function directoryObject(user: SandboxUser) {
	return {
		'@odata.type': '#microsoft.graph.user',
		id: user.id,
		userPrincipalName: user.userPrincipalName,
		displayName: user.displayName,
		mail: user.mail,
	};
}

/** Invoke-ListGroups: the list (or the report cache), or one group with members and owners. */
const ListGroups: Endpoint = {
	name: 'ListGroups',
	role: 'Identity.Group.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const groupId = ctx.fromQuery('groupID');
		const groupType = ctx.fromQuery('groupType');
		const flag = (name: string) => (ctx.fromQuery(name) ?? '').toLowerCase() === 'true';
		const [members, owners] = [flag('members'), flag('owners')];
		if ((members || owners) && !groupId) {
			return { status: 400, body: { Results: "The 'members' and 'owners' parameters require 'groupID' to be set." } };
		}
		try {
			if (!groupId && (tenantFilter === 'AllTenants' || flag('UseReportDB'))) {
				const tenants =
					tenantFilter === 'AllTenants'
						? ctx.state.tenants.filter((tenant) => !tenant.isPartner)
						: [graphTenant(ctx.state, tenantFilter, { authCheck: true })];
				const rows = tenants.flatMap((tenant) =>
					tenantGroups(ctx.state, tenant).map((group) => ({
						...groupRecord(group, tenantUsers(ctx.state, tenant)),
						Tenant: tenant.defaultDomainName,
						CacheTimestamp: '2026-08-21T03:00:00Z',
					})),
				);
				return { status: 200, body: rows };
			}
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			const users = tenantUsers(ctx.state, tenant);
			if (!groupId) {
				const expand = flag('expandMembers') ? 'members' : flag('expandOwners') ? 'owners' : undefined;
				const list = tenantGroups(ctx.state, tenant)
					.map((group) => groupRecord(group, users, expand))
					.sort((a, b) => a.displayName.localeCompare(b.displayName));
				return { status: 200, body: list };
			}
			const group = graphGetGroup(ctx.state, tenant, groupId);
			const people = (ids: string[]) =>
				ids
					.map((id) => users.find((user) => user.id === id))
					.filter((user): user is SandboxUser => !!user)
					.map(directoryObject)
					.sort((a, b) => a.displayName.localeCompare(b.displayName));
			const onlyInternal =
				isExchangeGroup(groupType ?? '') || groupType === 'Microsoft 365' ? group.requireSenderAuthenticationEnabled === true : null;
			return {
				status: 200,
				body: {
					groupInfo: groupRecord(group, users),
					members: members ? people(group.members) : [],
					owners: owners ? people(group.owners) : [],
					allowExternal: !onlyInternal,
					sendCopies: groupType === 'Microsoft 365' ? group.subscriptionEnabled === true : null,
					hideFromOutlookClients: groupType === 'Microsoft 365' ? (group.hiddenFromExchangeClientsEnabled ?? false) : null,
					SID: `S-1-12-1-${parseInt(group.id.slice(0, 8), 16)}`,
				},
			};
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: normalizeGraphError(error.message) };
		}
	},
};

/** New-CIPPGroup's group type switch (wildcards on the lower-cased value). */
function normalizedType(groupType: string): string {
	const value = groupType.toLowerCase();
	if (value === 'mail-enabled security') return 'Security';
	if (value.includes('dynamicdistribution')) return 'DynamicDistribution';
	if (value.includes('dynamic')) return 'Dynamic';
	if (value.includes('generic')) return 'Generic';
	if (value.includes('security')) return 'Security';
	if (value.includes('azurerole')) return 'AzureRole';
	if (value.includes('m365') || value.includes('unified') || value.includes('microsoft')) return 'M365';
	if (value.includes('distribution') || value.includes('mail')) return 'Distribution';
	return groupType;
}

/** owners/members as `[{value}]` or strings: users by ID or UPN (Graph binds users/{value}). */
function userIds(state: SandboxState, tenant: SandboxTenant, list: unknown): string[] {
	const entries = Array.isArray(list) ? list : list ? [list] : [];
	return entries.map((entry) => graphGetUser(state, tenant, psString(valueOf(entry))).id);
}

/**
 * New-CIPPGroup's CacheGroupCreation table (:44-59): a group created in a tenant is remembered by
 * display name for 10 minutes, and creating it again then does nothing and reports success.
 */
const recentlyCreated = perSandbox(() => new Map<string, number>());
const TEN_MINUTES = 10 * 60_000;

/** Invoke-AddGroup -> New-CIPPGroup: one line per tenant; 500 when creating failed. */
const AddGroup: Endpoint = {
	name: 'AddGroup',
	role: 'Identity.Group.ReadWrite',
	handle(ctx) {
		const tenantField = ctx.fromBody('tenantFilter');
		const tenantName = psString(strictValueOf(tenantField) || tenantField);
		const displayName = psString(ctx.fromBody('displayName'));
		const username = psString(ctx.fromBody('username'));
		const type = normalizedType(psString(ctx.fromBody('groupType')));
		try {
			const tenant = graphTenant(ctx.state, tenantName, { authCheck: true });
			const rule = psString(ctx.fromBody('membershipRules'));
			const domain = psString(strictValueOf(ctx.fromBody('primDomain'))) || tenantName;
			// New-CIPPGroup (:97-105): security and role-assignable groups (and any group without an alias) get a
			// random 10-character GUID prefix; otherwise the alias, stripped, or a whole GUID when nothing is left.
			const alias = username.split('@')[0].replace(/[^a-zA-Z0-9_-]/g, '');
			const nickname = !username || type === 'Generic' || type === 'AzureRole' ? randomUUID().slice(0, 10) : alias || randomUUID();
			const kind: GroupKind =
				type === 'M365'
					? 'Microsoft 365'
					: type === 'Security'
						? 'Mail-Enabled Security'
						: type.endsWith('Distribution')
							? 'Distribution List'
							: 'Security';
			if (!['M365', 'Security', 'Generic', 'AzureRole', 'Dynamic', 'Distribution', 'DynamicDistribution'].includes(type)) {
				throw new GraphError(`Invalid value for groupType: ${type}`);
			}
			if (
				tenantGroups(ctx.state, tenant).some((group) => group.mail && group.mail.toLowerCase() === `${nickname}@${domain}`.toLowerCase())
			) {
				throw new GraphError('Another object with the same value for property mailNickname already exists.');
			}
			const cacheKey = `${tenantName}_${displayName.replace(/[^a-zA-Z0-9-]/g, '_')}`.toLowerCase();
			const cache = recentlyCreated(ctx.state);
			if (Date.now() - (cache.get(cacheKey) ?? 0) < TEN_MINUTES) {
				return { status: 200, body: { Results: [`Successfully created group ${displayName} for ${tenantName}`] } };
			}
			const created = addGroup(ctx.state, tenant, {
				kind,
				displayName,
				description: psString(ctx.fromBody('description')) || null,
				mailNickname: nickname,
				mail: kind === 'Security' ? null : `${nickname}@${domain}`,
				// Without a rule CIPP adds no DynamicMembership: a "dynamic" group is created static (:126-143).
				dynamic: type.startsWith('Dynamic') && rule !== '',
				membershipRule: rule || null,
				owners: userIds(ctx.state, tenant, ctx.fromBody('owners')),
				members: rule ? [] : userIds(ctx.state, tenant, ctx.fromBody('members')),
			});
			created.requireSenderAuthenticationEnabled = ctx.fromBody('allowExternal') !== true;
			created.hiddenFromAddressListsEnabled = ctx.fromBody('hideFromGAL') === true;
			if (type === 'Generic') {
				created.assignedLicenses = [ctx.fromBody('licenses') ?? []]
					.flat()
					.map((sku) => ({ disabledPlans: [], skuId: psString(valueOf(sku)) }));
			}
			cache.set(cacheKey, Date.now());
			// Subscribe Members runs Set-UnifiedGroup after a Graph-created group exists (:212-220): on a
			// security group it throws into the outer catch, and CIPP answers 500 for a group it did create.
			if (ctx.fromBody('subscribeMembers') && ['Generic', 'AzureRole', 'Dynamic'].includes(type)) {
				throw new GraphError(
					`The operation couldn't be performed because object '${created.id}' couldn't be found on '${tenant.defaultDomainName}'.`,
				);
			}
			return { status: 200, body: { Results: [`Successfully created group ${displayName} for ${tenantName}`] } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: [`Failed to create group. ${displayName} for ${tenantName} ${normalizeGraphError(error.message)}`] },
			};
		}
	},
};

/** Users CIPP's editor sends: `{value, addedFields: {userPrincipalName}}`. */
function references(value: unknown): Array<{ member: string; id: string }> {
	return (Array.isArray(value) ? value : value ? [value] : []).map((entry) => {
		const added = getIgnoreCase(entry, 'addedFields');
		const id = psString(getIgnoreCase(entry, 'value'));
		return { member: psString(getIgnoreCase(added, 'userPrincipalName')) || id || psString(entry), id };
	});
}

/** Invoke-EditGroup: one line per change ("Success - ..." / "Error - ..."), always HTTP 200. */
const EditGroup: Endpoint = {
	name: 'EditGroup',
	role: 'Identity.Group.ReadWrite',
	handle(ctx) {
		const body = (name: string) => ctx.fromBody(name);
		const groupId = psString(valueOf(body('groupId')));
		const results: string[] = [];
		let tenant: SandboxTenant;
		let group: SandboxGroup;
		try {
			tenant = graphTenant(ctx.state, body('tenantFilter'), { authCheck: true });
			group = graphGetGroup(ctx.state, tenant, groupId);
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			// New-GraphGetRequest throws outside any try: an unhandled error, plain text.
			throw new Error(error.message);
		}
		const kind = groupKind(group);
		const exchange = isExchangeGroup(kind);
		const name = psString(
			body('groupName') ?? body('displayName') ?? getIgnoreCase(getIgnoreCase(body('groupId'), 'addedFields'), 'groupName'),
		);
		const users = tenantUsers(ctx.state, tenant);
		const findUser = (identity: string) =>
			users.find((user) => user.id === identity.toLowerCase() || user.userPrincipalName.toLowerCase() === identity.toLowerCase());
		const change = (ok: boolean, message: string, error: string) => results.push(ok ? `Success - ${message}` : `Error - ${error}`);

		if (body('displayName') || body('description') || body('mailNickname') || body('membershipRules')) {
			// CIPP writes all three from the request, null for the ones left out (:51 Exchange, :68-74 Graph):
			// a null name is refused, a null description clears it.
			const [displayName, description, mailNickname] = ['displayName', 'description', 'mailNickname'].map((field) => {
				const value = body(field);
				return value === undefined || value === null || value === '' ? null : psString(value);
			});
			const missing = displayName === null ? 'displayName' : mailNickname === null ? 'mailNickname' : undefined;
			if (missing && exchange) {
				results.push(
					`Error - Cannot validate argument on parameter '${missing === 'displayName' ? 'DisplayName' : 'Name'}'. The argument is null or empty.`,
				);
			} else if (missing) {
				results.push(`Error - Failed to edit group properties: Invalid value specified for property '${missing}' of resource 'Group'.`);
			} else {
				Object.assign(group, { displayName: displayName as string, description, mailNickname: mailNickname as string });
				if (body('membershipRules') && !exchange) group.membershipRule = psString(body('membershipRules'));
				results.push(`Success - Edited group properties for ${name} group. It might take some time to reflect the changes.`);
			}
		}
		for (const { member, id } of references(body('AddMember'))) {
			// Without a value CIPP looks the ID up by UPN; a failed look-up only writes a warning.
			const memberId = id || findUser(member)?.id;
			if (!memberId) continue;
			const user = exchange ? findUser(member) : isGuid(memberId) ? findUser(memberId) : undefined;
			if (user && !group.members.includes(user.id)) group.members.push(user.id);
			const error = exchange
				? exoNotFound(member).message
				: isGuid(memberId)
					? GRAPH_ERRORS.notFound(memberId)
					: `Invalid object identifier '${memberId}'.`;
			change(!!user, `Added member ${member} to ${name} group`, error);
		}
		for (const { member, id } of references(body('RemoveMember'))) {
			const user = exchange ? findUser(member) : isGuid(id) ? findUser(id) : undefined;
			const present = !!user && group.members.includes(user.id);
			if (present) group.members = group.members.filter((memberId) => memberId !== user.id);
			const error = exchange
				? `Couldn't find object "${member}". Please make sure that it was spelled correctly or specify a different object.`
				: isGuid(id)
					? GRAPH_ERRORS.notFound(id)
					: `Invalid object identifier '${id}'.`;
			change(present, `Removed member ${member} from ${name} group`, error);
		}
		for (const [field, add] of [
			['AddOwner', true],
			['RemoveOwner', false],
		] as const) {
			for (const { member, id } of references(body(field))) {
				// Exchange groups: CIPP removes an owner only when the value equals a ManagedBy entry (an
				// object ID, :348-357); any other value is kept without a result line.
				if (exchange && !add && !(isGuid(id) && group.owners.includes(id.toLowerCase()))) continue;
				const user = exchange ? findUser(id || member) : isGuid(id) ? findUser(id) : undefined;
				if (user) group.owners = add ? [...new Set([...group.owners, user.id])] : group.owners.filter((owner) => owner !== user.id);
				const message = add ? `Added owner ${member} to ${name} group` : `Removed owner ${member} from ${name} group`;
				change(!!user, message, exchange ? exoNotFound(member).message : `Invalid object identifier '${id}'.`);
			}
		}
		for (const [field, add] of [
			['AddContact', true],
			['RemoveContact', false],
		] as const) {
			for (const { member } of references(body(field))) {
				if (!exchange) {
					results.push(
						add
							? 'Error - You cannot add a contact to a Security Group or a M365 Group'
							: 'You cannot remove a contact from a Security Group',
					);
					continue;
				}
				change(true, add ? `Added contact ${member} to ${name} group` : `Removed contact ${member} from ${name} group`, '');
			}
		}
		if (kind === 'Security') {
			const skus = (field: string) =>
				[body(field) ?? []]
					.flat()
					.map((sku) => psString(valueOf(sku)))
					.filter(Boolean);
			const [added, removed] = [skus('AddLicenses'), skus('RemoveLicenses')];
			if (added.length || removed.length) {
				group.assignedLicenses = [
					...(group.assignedLicenses ?? []).filter((license) => !removed.includes(license.skuId)),
					...added.map((skuId) => ({ disabledPlans: [], skuId })),
				];
				results.push(`Success - Set licenses for ${name}: added ${added.length}, removed ${removed.length}`);
			}
		}
		const mail = psString(body('mail'));
		if (body('allowExternal') !== undefined && body('allowExternal') !== null && kind !== 'Security') {
			const allow = body('allowExternal') === true;
			const target = mail ? findGroup(ctx.state, tenant, mail) : undefined;
			if (target) {
				target.requireSenderAuthenticationEnabled = !allow;
				results.push(allow ? `Allowed external senders to send to ${mail}.` : `Blocked external senders from sending to ${mail}.`);
			} else {
				results.push(`Failed to ${allow ? 'allow' : 'block'} external senders for ${mail}.`);
			}
		}
		if (kind === 'Microsoft 365' && psString(body('visibility')).trim()) {
			group.visibility = psString(body('visibility'));
			results.push(`Set group visibility to ${group.visibility} for ${name}.`);
		}
		if (body('sendCopies') !== undefined && body('sendCopies') !== null) {
			const enable = body('sendCopies') === true;
			if (kind === 'Microsoft 365') {
				group.subscriptionEnabled = enable;
				results.push(`Send Copies of team emails and events to team members inboxes for ${mail} ${enable ? 'enabled' : 'disabled'}.`);
			} else {
				results.push(
					`Failed to ${enable ? 'enable' : 'disable'} Send Copies of team emails and events to team members inboxes for ${mail}.`,
				);
			}
		}
		if (body('hideFromOutlookClients') !== undefined && body('hideFromOutlookClients') !== null && kind === 'Microsoft 365') {
			group.hiddenFromExchangeClientsEnabled = body('hideFromOutlookClients') === true;
			results.push(
				group.hiddenFromExchangeClientsEnabled
					? `Successfully hidden group mailbox from Outlook for ${name}.`
					: `Successfully made group mailbox visible in Outlook for ${name}.`,
			);
		}
		return { status: 200, body: { Results: results } };
	},
};

/** Invoke-ExecGroupsDelete -> Remove-CIPPGroup: Exchange for DLs and mail-enabled security, Graph otherwise. */
const ExecGroupsDelete: Endpoint = {
	name: 'ExecGroupsDelete',
	role: 'Exchange.Mailbox.ReadWrite',
	handle(ctx) {
		const groupType = psString(ctx.fromQueryOrBody('GroupType'));
		const id = psString(ctx.fromQueryOrBody('id'));
		const displayName = psString(ctx.fromQueryOrBody('displayName'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromQueryOrBody('tenantFilter'), { authCheck: true });
			if (isExchangeGroup(groupType)) {
				removeGroup(ctx.state, exchangeGetGroup(ctx.state, tenant, id));
			} else if (groupType === 'Microsoft 365' || groupType === 'Security') {
				removeGroup(ctx.state, graphGetGroup(ctx.state, tenant, id));
			} else {
				return { status: 200, body: {} };
			}
			return { status: 200, body: { Results: `Successfully Deleted ${groupType} group ${displayName}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Could not delete ${displayName}. Error: ${normalizeGraphError(error.message)}` } };
		}
	},
};

/** Invoke-AddGroupTeam: PUT /groups/{id}/team; always HTTP 200 with the outcome in Results. */
const AddGroupTeam: Endpoint = {
	name: 'AddGroupTeam',
	role: 'Identity.Group.ReadWrite',
	handle(ctx) {
		const groupId = psString(ctx.fromBody('GroupId'));
		const results: string[] = [];
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('TenantFilter'), { authCheck: true });
			const group = graphGetGroup(ctx.state, tenant, groupId);
			if (!group.groupTypes.includes('Unified'))
				throw new GraphError('Team can only be created from a Microsoft 365 group (groupTypes must contain Unified).');
			if ((group.resourceProvisioningOptions ?? []).includes('Team'))
				throw new GraphError('Conflict: A team already exists for this group.');
			if (group.owners.length === 0) throw new GraphError('The group must have at least one owner to create a team.');
			const settings = ctx.fromBody('TeamSettings');
			if (settings !== undefined && settings !== null && !isPlainObject(settings))
				throw new GraphError('Invalid JSON in the request body.');
			group.resourceProvisioningOptions = ['Team'];
			results.push(`Successfully created team from group ${groupId}`);
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			results.push(
				/does not exist/.test(error.message)
					? 'Failed to create team: The group may have been created too recently. If it was created less than 15 minutes ago, wait and retry. Groups need time to fully replicate before a team can be created.'
					: `Failed to create team: ${error.message}`,
			);
		}
		return { status: 200, body: { Results: results } };
	},
};

export const endpoints: Endpoint[] = [ListGroups, AddGroup, EditGroup, ExecGroupsDelete, AddGroupTeam];
