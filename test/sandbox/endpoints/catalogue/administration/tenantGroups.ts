/**
 * Invoke-ExecTenantGroup (AddEdit, Delete) and -ExecRunTenantGroupRule, on the tenant groups that
 * ListTenantGroups lists (tenant/tenants.ts).
 */
import { randomUUID } from 'node:crypto';

import { getIgnoreCase } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { tenantSettings } from '../tenant/tenants';
import { writeLog } from './state';

const DYNAMIC_OPERATORS = ['eq', 'ne', 'like', 'notlike', 'in', 'notin', 'contains', 'notcontains', 'gt', 'ge', 'lt', 'le'];
const DYNAMIC_PROPERTIES = [
	'delegatedAccessStatus',
	'availableLicense',
	'availableServicePlan',
	'tenantGroupMember',
	'customVariable',
	'gdapRelationshipAge',
];

const results = (status: number, value: unknown) => ({ status, body: { Results: value } });
const line = (resultText: string) => ({ resultText, state: 'success' });

const ExecTenantGroup: Endpoint = {
	name: 'ExecTenantGroup',
	role: 'Tenant.Groups.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const groups = tenantSettings(ctx.state).groups;
		const body = (name: string) => ctx.fromBody(name);
		const action = psString(body('Action'));
		const groupId = psString(body('groupId')) || randomUUID();
		const groupType = psString(body('groupType')) || 'static';
		const rules = body('dynamicRules');
		if (groupType === 'dynamic' && Array.isArray(rules)) {
			for (const rule of rules) {
				const operator = psString(getIgnoreCase(rule, 'operator'));
				const property = psString(getIgnoreCase(rule, 'property'));
				if (operator && !DYNAMIC_OPERATORS.includes(operator.toLowerCase()))
					return results(400, `Invalid operator in dynamic rule: ${operator}`);
				if (property && !DYNAMIC_PROPERTIES.includes(property)) return results(400, `Invalid property in dynamic rule: ${property}`);
			}
		}
		if (action === 'Delete') {
			const group = groups.find((candidate) => candidate.Id === groupId);
			if (!group) return results(200, `Group '${groupId}' not found`);
			groups.splice(groups.indexOf(group), 1);
			return results(200, `Group '${group.Name}' deleted successfully`);
		}
		if (action !== 'AddEdit') return results(200, 'Invalid action');
		const name = psString(body('groupName'));
		const description = psString(body('groupDescription'));
		let group = groups.find((candidate) => candidate.Id === groupId);
		if (group) {
			if (name) group.Name = name;
			if (description) group.Description = description;
			group.GroupType = groupType === 'dynamic' ? 'dynamic' : 'static';
		} else {
			group = {
				Id: groupId,
				Name: name,
				Description: description,
				GroupType: groupType === 'dynamic' ? 'dynamic' : 'static',
				members: new Set(),
			};
			groups.push(group);
		}
		const lines = [line(`Group '${name}' saved successfully`)];
		if (groupType === 'static') {
			const members = body('members');
			const given = Array.isArray(members) ? members : [];
			for (const member of given) {
				const customerId = psString(getIgnoreCase(member, 'value'));
				if (group.members.has(customerId)) continue;
				group.members.add(customerId);
				lines.push(line(`Added member ${psString(getIgnoreCase(member, 'label'))}`));
			}
			if (members !== undefined && members !== null) {
				const wanted = given.map((member) => psString(getIgnoreCase(member, 'value')));
				for (const current of [...group.members].filter((customerId) => !wanted.includes(customerId))) {
					group.members.delete(current);
					lines.push(line(`Removed member ${current}`));
				}
			}
		} else if (groupType === 'dynamic') {
			lines.push(line('Dynamic group updated. Rules will be processed on next scheduled run.'));
		}
		return results(200, lines);
	},
};

const ExecRunTenantGroupRule: Endpoint = {
	name: 'ExecRunTenantGroupRule',
	role: 'Tenant.Groups.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const groupId = psString(ctx.fromBody('groupId') ?? ctx.fromQuery('groupId'));
		const group = tenantSettings(ctx.state).groups.find((candidate) => candidate.Id === groupId);
		writeLog(ctx.state, {
			Tenant: 'CIPP',
			API: 'TenantGroups',
			Message: `Dynamic rules run for ${groupId}`,
			Username: ctx.client.clientId,
			Severity: 'Info',
		});
		// The "Group not found" answer is overwritten before it is sent (:26-29): CIPP says it ran either way.
		return results(
			200,
			`Dynamic rules executed successfully for group '${group?.Name ?? ''}'. Processing will continue in the background. Check the logbook for details.`,
		);
	},
};

export const endpoints: Endpoint[] = [ExecTenantGroup, ExecRunTenantGroupRule];
