/** Microsoft Teams: Invoke-ListTeams, -AddTeam, -ListTeamsActivity, -ListTeamsVoice and the phone number assignments. */
import { directory, stableGuid, tenantGroups } from '../../../directory';
import type { SandboxGroup } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GRAPH_ERRORS, GraphError, graphGetUser, graphTenant, normalizeGraphError, tenantUsers } from '../../../graph';
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import { cippTenants } from '../../../tenantList';
import type { Endpoint, EndpointContext } from '../../endpoint';
import { groupSite, tenantCollaboration } from './data';

const isAllTenants = (value: unknown) => psString(value).toLowerCase() === 'alltenants';
const useReportDb = (ctx: EndpointContext) => /^true$/i.test(ctx.fromQuery('UseReportDB') ?? '');

/** The customer tenants a report-database read covers (Get-CIPP*Report: AllTenants or one tenant). */
function reportTenants(ctx: EndpointContext, tenantFilter: unknown): SandboxTenant[] {
	if (isAllTenants(tenantFilter)) return cippTenants(ctx.state).filter((tenant) => !tenant.isPartner);
	return [graphTenant(ctx.state, tenantFilter, { authCheck: true })];
}

function teamsOf(state: SandboxState, tenant: SandboxTenant): SandboxGroup[] {
	const { teams } = tenantCollaboration(state, tenant);
	return tenantGroups(state, tenant)
		.filter((group) => teams.has(group.id))
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

const teamSummary = (group: SandboxGroup) => ({
	id: group.id,
	displayName: group.displayName,
	description: group.description,
	visibility: group.visibility,
	mailNickname: group.mailNickname,
});

function teamDetails(state: SandboxState, tenant: SandboxTenant, group: SandboxGroup) {
	const data = tenantCollaboration(state, tenant);
	const member = (id: string, owner: boolean) => {
		const user = tenantUsers(state, tenant).find((candidate) => candidate.id === id);
		return {
			'@odata.type': '#microsoft.graph.aadUserConversationMember',
			id: Buffer.from(`${group.id}##${id}`).toString('base64'),
			roles: owner ? ['owner'] : [],
			displayName: user?.displayName ?? null,
			visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
			userId: id,
			email: user?.mail ?? user?.userPrincipalName ?? null,
			tenantId: tenant.customerId,
		};
	};
	const owners = group.owners.map((id) => member(id, true));
	return {
		Name: group.displayName,
		TeamInfo: [
			{
				id: group.id,
				createdDateTime: group.createdDateTime,
				displayName: group.displayName,
				description: group.description,
				internalId: `19:${group.id.replace(/-/g, '')}@thread.tacv2`,
				classification: null,
				specialization: 'none',
				visibility: String(group.visibility ?? 'private').toLowerCase(),
				webUrl: `https://teams.microsoft.com/l/team/19%3a${group.id.replace(/-/g, '')}%40thread.tacv2/conversations?groupId=${group.id}&tenantId=${tenant.customerId}`,
				isArchived: false,
				isMembershipLimitedToOwners: false,
				memberSettings: {
					allowCreateUpdateChannels: true,
					allowDeleteChannels: true,
					allowAddRemoveApps: true,
					allowCreateUpdateRemoveTabs: true,
					allowCreateUpdateRemoveConnectors: true,
				},
				guestSettings: { allowCreateUpdateChannels: false, allowDeleteChannels: false },
				messagingSettings: {
					allowUserEditMessages: true,
					allowUserDeleteMessages: true,
					allowOwnerDeleteMessages: true,
					allowTeamMentions: true,
					allowChannelMentions: true,
				},
				funSettings: { allowGiphy: true, giphyContentRating: 'moderate', allowStickersAndMemes: true, allowCustomMemes: true },
			},
		],
		ChannelInfo: (data.channels[group.id] ?? ['General']).map((name, index) => ({
			id: `19:${stableGuid(`${group.id}/channel/${name}`).replace(/-/g, '')}@thread.tacv2`,
			createdDateTime: group.createdDateTime,
			displayName: name,
			description: index === 0 ? group.description : null,
			membershipType: 'standard',
			email: '',
			webUrl: `https://teams.microsoft.com/l/channel/19%3a${name}/${name}?groupId=${group.id}&tenantId=${tenant.customerId}`,
		})),
		Members: group.members.filter((id) => !group.owners.includes(id)).map((id) => member(id, false)),
		Owners: owners,
		InstalledApps: [
			{
				id: stableGuid(`${group.id}/app/wiki`),
				teamsAppDefinition: {
					id: stableGuid('app/wiki'),
					teamsAppId: 'com.microsoft.teamspace.tab.wiki',
					displayName: 'Wiki',
					version: '1.0.5',
				},
			},
			{
				id: stableGuid(`${group.id}/app/planner`),
				teamsAppDefinition: {
					id: stableGuid('app/planner'),
					teamsAppId: 'com.microsoft.teamspace.tab.planner',
					displayName: 'Tasks by Planner and To Do',
					version: '0.0.19',
				},
			},
		],
	};
}

const ListTeams: Endpoint = {
	name: 'ListTeams',
	role: 'Teams.Group.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('TenantFilter');
		const type = ctx.fromQuery('type');
		if (type === 'List' && (isAllTenants(tenantFilter) || useReportDb(ctx))) {
			try {
				const rows = reportTenants(ctx, tenantFilter).flatMap((tenant) =>
					teamsOf(ctx.state, tenant).map((group) => ({
						...teamSummary(group),
						Tenant: tenant.defaultDomainName,
						CacheTimestamp: '2026-08-21T02:10:33.1230000Z',
					})),
				);
				return { status: 200, body: rows };
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return { status: 500, body: [error.message] };
			}
		}
		// No try/catch in CIPP: a Graph failure is an unhandled exception (HTTP 500, plain text).
		const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
		if (type === 'List') return { status: 200, body: teamsOf(ctx.state, tenant).map(teamSummary) };
		if (type === 'Team') {
			const id = psString(ctx.fromQuery('ID'));
			const group = teamsOf(ctx.state, tenant).find((candidate) => candidate.id === id.toLowerCase());
			if (!group) throw new GraphError(`No team found with Group Id ${id}`);
			return { status: 200, body: [teamDetails(ctx.state, tenant, group)] };
		}
		return { status: 200, body: [null] };
	},
};

const AddTeam: Endpoint = {
	name: 'AddTeam',
	role: 'Teams.Group.ReadWrite',
	handle(ctx) {
		const displayName = psString(ctx.fromBody('displayName'));
		const owners = ctx.fromBody('owner');
		try {
			if (owners === undefined || owners === null) throw new GraphError('You have to add at least one owner to the team');
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantid'), { authCheck: true });
			const ownerUsers = (Array.isArray(owners) ? owners : [owners]).map((owner) => graphGetUser(ctx.state, tenant, psString(owner)));
			if (!displayName) throw new GraphError("Invalid value specified for property 'displayName' of resource 'Team'.");
			const visibility = psString(ctx.fromBody('visibility')) || 'Public';
			if (!['public', 'private'].includes(visibility.toLowerCase())) throw new GraphError(`Requested value '${visibility}' was not found.`);
			const nickname = displayName.toLowerCase().replace(/[^a-z0-9]+/g, '');
			const group: SandboxGroup = {
				tenantId: tenant.customerId,
				id: stableGuid(`${tenant.customerId}/team/${displayName}/${Date.now()}`),
				displayName,
				description: psString(ctx.fromBody('description')) || null,
				mail: `${nickname}@${tenant.defaultDomainName}`,
				mailNickname: nickname,
				mailEnabled: true,
				securityEnabled: false,
				groupTypes: ['Unified'],
				visibility: visibility[0].toUpperCase() + visibility.slice(1).toLowerCase(),
				createdDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
				calculatedGroupType: 'Microsoft 365',
				members: ownerUsers.map((user) => user.id),
				owners: ownerUsers.map((user) => user.id),
			};
			directory(ctx.state).groups.push(group);
			const data = tenantCollaboration(ctx.state, tenant);
			data.teams.add(group.id);
			data.channels[group.id] = ['General'];
			data.sites.push(groupSite(tenant, group, tenantUsers(ctx.state, tenant)));
			return { status: 200, body: { Results: `Successfully created Team: '${displayName}'` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 500, body: { Results: `Failed to create Team: '${displayName}'. Error: ${normalizeGraphError(error.message)}` } };
		}
	},
};

function activityRows(state: SandboxState, tenant: SandboxTenant) {
	return tenantUsers(state, tenant)
		.filter((user) => user.userType === 'Member' && user.assignedLicenses.length > 0)
		.map((user, index) => ({
			UPN: user.userPrincipalName,
			LastActive: user.accountEnabled ? `2026-08-${String(20 - (index % 5)).padStart(2, '0')}` : '',
			TeamsChat: String(user.accountEnabled ? 40 + index * 13 : 0),
			CallCount: String(user.accountEnabled ? 3 + index * 2 : 0),
			MeetingCount: String(user.accountEnabled ? 6 + index : 0),
		}));
}

const ListTeamsActivity: Endpoint = {
	name: 'ListTeamsActivity',
	role: 'Teams.Activity.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		const type = psString(ctx.fromQuery('Type'));
		if (isAllTenants(tenantFilter) || useReportDb(ctx)) {
			try {
				const rows = reportTenants(ctx, tenantFilter).flatMap((tenant) =>
					activityRows(ctx.state, tenant).map((row) => ({ ...row, Tenant: tenant.defaultDomainName })),
				);
				return { status: 200, body: rows };
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				return { status: 500, body: [error.message] };
			}
		}
		const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
		// reports/get<Type>Detail(period='D30'): an unknown report is a Graph 400, unhandled in CIPP.
		if (type !== 'TeamsUserActivityUser') throw new GraphError(`Resource not found for the segment 'get${type}Detail'.`);
		return { status: 200, body: activityRows(ctx.state, tenant) };
	},
};

function voiceRows(state: SandboxState, tenant: SandboxTenant) {
	const data = tenantCollaboration(state, tenant);
	const users = tenantUsers(state, tenant);
	return data.phoneNumbers.map((number) => {
		const user = users.find((candidate) => candidate.id === number.TargetId);
		return {
			...number,
			AcquisitionDate: number.AcquisitionDate.split('T')[0],
			AssignedTo: user ? { id: user.id, userPrincipalName: user.userPrincipalName, displayName: user.displayName } : 'Unassigned',
			EmergencyLocation: number.LocationId ? (data.locations[number.LocationId] ?? null) : null,
		};
	});
}

const ListTeamsVoice: Endpoint = {
	name: 'ListTeamsVoice',
	role: 'Teams.Voice.Read',
	handle(ctx) {
		const tenantFilter = ctx.fromQuery('tenantFilter');
		try {
			if (isAllTenants(tenantFilter) || useReportDb(ctx)) {
				const rows = reportTenants(ctx, tenantFilter).flatMap((tenant) =>
					voiceRows(ctx.state, tenant).map((row) => ({ ...row, Tenant: tenant.defaultDomainName })),
				);
				return { status: 200, body: rows };
			}
			const tenant = graphTenant(ctx.state, tenantFilter, { authCheck: true });
			if (!tenant.gdapRoles.includes('Teams Administrator')) throw new GraphError(GRAPH_ERRORS.insufficientPrivileges);
			return { status: 200, body: voiceRows(ctx.state, tenant) };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			// The error text has no TelephoneNumber, so CIPP's final filter drops it: 403 with an empty list.
			return { status: 403, body: [] };
		}
	},
};

/** Get-CippTeamsNumberType: Graph's camelCase number type. */
function numberType(value: unknown): string {
	const text = psString(value);
	const known: Record<string, string> = { directrouting: 'directRouting', callingplan: 'callingPlan', operatorconnect: 'operatorConnect' };
	return known[text.toLowerCase()] ?? text;
}

function findNumber(state: SandboxState, tenant: SandboxTenant, phoneNumber: string, type?: string) {
	const number = tenantCollaboration(state, tenant).phoneNumbers.find((candidate) => candidate.TelephoneNumber === phoneNumber);
	if (!number) throw new GraphError(`The telephone number '${phoneNumber}' was not found in the tenant.`);
	if (type !== undefined && numberType(number.NumberType) !== type) {
		throw new GraphError(`The number type '${type}' does not match the type of telephone number '${phoneNumber}'.`);
	}
	return number;
}

const ExecTeamsVoicePhoneNumberAssignment: Endpoint = {
	name: 'ExecTeamsVoicePhoneNumberAssignment',
	role: 'Teams.Voice.ReadWrite',
	handle(ctx) {
		const input = ctx.fromBody('input');
		const identity = psString(isPlainObject(input) ? input.value : undefined);
		const phoneNumber = psString(ctx.fromBody('PhoneNumber'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('TenantFilter'), { authCheck: true });
			if (ctx.fromBody('locationOnly')) {
				const number = findNumber(ctx.state, tenant, phoneNumber);
				if (!tenantCollaboration(ctx.state, tenant).locations[identity]) throw new GraphError(`The location '${identity}' was not found.`);
				number.LocationId = identity;
				return { status: 200, body: { Results: `Successfully assigned emergency location to ${phoneNumber}` } };
			}
			const user = graphGetUser(ctx.state, tenant, identity);
			const number = findNumber(ctx.state, tenant, phoneNumber, numberType(ctx.fromBody('PhoneNumberType')));
			if (number.TargetId && number.TargetId !== user.id)
				throw new GraphError(`The telephone number '${phoneNumber}' is already assigned.`);
			number.TargetId = user.id;
			number.TargetType = 'User';
			return { status: 200, body: { Results: `Successfully submitted assignment of ${phoneNumber} to ${identity}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: normalizeGraphError(error.message) } };
		}
	},
};

const ExecRemoveTeamsVoicePhoneNumberAssignment: Endpoint = {
	name: 'ExecRemoveTeamsVoicePhoneNumberAssignment',
	role: 'Teams.Voice.ReadWrite',
	handle(ctx) {
		const assignedTo = psString(ctx.fromBody('AssignedTo'));
		const phoneNumber = psString(ctx.fromBody('PhoneNumber'));
		try {
			const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
			const number = findNumber(ctx.state, tenant, phoneNumber, numberType(ctx.fromBody('PhoneNumberType')));
			if (!number.TargetId) throw new GraphError(`The telephone number '${phoneNumber}' is not assigned.`);
			number.TargetId = null;
			number.TargetType = null;
			return { status: 200, body: { Results: `Successfully submitted unassignment of ${phoneNumber} from ${assignedTo}` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return {
				status: 500,
				body: { Results: `Failed to unassign ${phoneNumber} from ${assignedTo}. Error: ${normalizeGraphError(error.message)}` },
			};
		}
	},
};

export const endpoints: Endpoint[] = [
	ListTeams,
	AddTeam,
	ListTeamsActivity,
	ListTeamsVoice,
	ExecTeamsVoicePhoneNumberAssignment,
	ExecRemoveTeamsVoicePhoneNumberAssignment,
];
