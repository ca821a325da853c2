/**
 * Set-CIPPAssignedApplication / Set-CIPPAssignedPolicy: targets from AssignTo (broad targets or
 * group names), GroupIds and exclusions, appended to or replacing the existing assignments.
 */
import { assignmentFilterIdByName } from './templates';
import { stableGuid, tenantGroups } from '../../../directory';
import type { SandboxState, SandboxTenant } from '../../../fixtures';
import { GraphError } from '../../../graph';
import { psString } from '../../../powershell';
import type { Assignment, IntuneObject } from './data';

export interface AssignmentRequest {
	/** AssignTo: a broad target, 'On' (none) or group names separated by commas. */
	groupName: string;
	groupIds: string[];
	excludeGroup: string;
	excludeGroupIds: string[];
	mode: string;
	intent?: string;
	/** AssignmentFilterName and AssignmentFilterType as the request gave them. */
	filterName?: string;
	filterType?: string;
}

const ALL_USERS = { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' };
const ALL_DEVICES = { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' };

/** Get-StandardizedAssignmentList: a comma string or a list, trimmed, empties dropped. */
export function standardList(value: unknown): string[] {
	if (value === undefined || value === null) return [];
	const entries = Array.isArray(value) ? value.map(psString) : psString(value).split(',');
	return entries.map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/** PowerShell -like with the names as patterns ('*' wildcards), case-insensitive. */
function groupIdsByName(state: SandboxState, tenant: SandboxTenant, names: string): string[] {
	const patterns = names
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean)
		.map((name) => new RegExp(`^${name.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i'));
	return tenantGroups(state, tenant)
		.filter((group) => patterns.some((pattern) => pattern.test(group.displayName)))
		.map((group) => group.id);
}

type Target = Record<string, unknown>;

function targets(
	state: SandboxState,
	tenant: SandboxTenant,
	request: AssignmentRequest,
	broad: Record<string, Target[]>,
	notFound: (searched: string) => string,
): Target[] {
	const match = Object.keys(broad).find((name) => name.toLowerCase() === request.groupName.toLowerCase());
	if (match) return broad[match];
	if (request.groupName.toLowerCase() === 'on') return [];
	const ids = request.groupIds.length > 0 ? request.groupIds : request.groupName ? groupIdsByName(state, tenant, request.groupName) : [];
	if (ids.length === 0 && (request.groupName || request.groupIds.length > 0)) {
		throw new GraphError(notFound(request.groupName || request.groupIds.join(', ')));
	}
	return ids.map((groupId) => ({ '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId }));
}

/** Applies the request to the object's assignments (POST .../assign). */
export function assign(
	state: SandboxState,
	tenant: SandboxTenant,
	object: IntuneObject,
	request: AssignmentRequest,
	kind: 'app' | 'policy',
): void {
	const broad: Record<string, Target[]> =
		kind === 'app'
			? { AllUsers: [ALL_USERS], AllDevices: [ALL_DEVICES], AllDevicesAndUsers: [ALL_USERS, ALL_DEVICES] }
			: { allLicensedUsers: [ALL_USERS], AllDevices: [ALL_DEVICES], AllDevicesAndUsers: [ALL_USERS, ALL_DEVICES] };
	const notFound =
		kind === 'app'
			? (searched: string) => `No matching groups resolved for assignment request. Searched for: ${searched}`
			: (searched: string) => `No groups found matching the specified name(s): ${searched}. Policy not assigned.`;
	const include = targets(state, tenant, request, broad, notFound);
	const excludeIds =
		request.excludeGroupIds.length > 0
			? request.excludeGroupIds
			: request.excludeGroup
				? groupIdsByName(state, tenant, request.excludeGroup)
				: [];
	const exclude = excludeIds.map((groupId) => ({ '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget', groupId }));
	// Set-CIPPAssignedApplication / Set-CIPPAssignedPolicy: the filter is looked up by display name
	// (-like); one that matches nothing is only logged, and the assignment goes ahead without it.
	const filterId = request.filterName ? assignmentFilterIdByName(state, tenant, request.filterName) : undefined;
	const filtered = filterId
		? include.map(
				(target): Target => ({
					...target,
					deviceAndAppManagementAssignmentFilterId: filterId,
					deviceAndAppManagementAssignmentFilterType: request.filterType || 'include',
				}),
			)
		: include;
	const wanted = [...filtered, ...exclude].map(
		(target): Assignment => ({
			id: stableGuid(`${object.id}/${JSON.stringify(target)}`),
			...(kind === 'app' && !String(target['@odata.type']).includes('exclusion')
				? { intent: (request.intent ?? 'Required').toLowerCase() }
				: {}),
			target,
		}),
	);
	const key = (assignment: Assignment) => JSON.stringify(assignment.target);
	const kept =
		request.mode === 'replace' ? [] : object.assignments.filter((existing) => !wanted.some((entry) => key(entry) === key(existing)));
	object.assignments = [...kept, ...wanted];
	object.isAssigned = object.assignments.length > 0;
	object.lastModifiedDateTime = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}
