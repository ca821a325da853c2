/** Group templates (CIPP's templates table, PartitionKey GroupTemplate). */
import { perSandbox, stableGuid } from '../../../directory';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';

export interface GroupTemplate {
	GUID: string;
	displayName: string;
	description: string | null;
	groupType: string;
	membershipRules: string | null;
	allowExternal: unknown;
	username: string | null;
	licenses: unknown;
	aliases: string | null;
	hideFromGAL: unknown;
}

export const groupTemplates = perSandbox((): GroupTemplate[] => [
	{
		GUID: stableGuid('groupTemplate/all-staff'),
		displayName: 'All Staff',
		description: 'Everyone in the company',
		groupType: 'm365',
		membershipRules: null,
		allowExternal: false,
		username: 'allstaff@%tenantfilter%',
		licenses: null,
		aliases: null,
		hideFromGAL: false,
	},
	{
		GUID: stableGuid('groupTemplate/sales-dynamic'),
		displayName: 'Sales (dynamic)',
		description: 'Users of the Sales department',
		groupType: 'dynamic',
		membershipRules: '(user.department -eq "Sales")',
		allowExternal: null,
		username: 'sales-dynamic',
		licenses: null,
		aliases: null,
		hideFromGAL: null,
	},
]);

/** AddGroupTemplate's and ListGroupTemplates' group type switch (first match wins). */
function normalizeType(groupType: string): string {
	const value = groupType.toLowerCase();
	const rules: Array<[RegExp, string]> = [
		[/mail-enabled security/, 'security'],
		[/microsoft 365/, 'm365'],
		[/distribution list/, 'distribution'],
		[/dynamicdistribution/, 'dynamicDistribution'],
		[/dynamic/, 'dynamic'],
		[/azurerole/, 'azureRole'],
		[/unified|m365/, 'm365'],
		[/generic/, 'generic'],
		[/security/, 'security'],
		[/distribution|mail/, 'distribution'],
	];
	return rules.find(([pattern]) => pattern.test(value))?.[1] ?? groupType;
}

/** Invoke-ListGroupTemplates */
const ListGroupTemplates: Endpoint = {
	name: 'ListGroupTemplates',
	role: 'Identity.Group.Read',
	anyTenant: true,
	handle(ctx) {
		const id = ctx.fromQuery('id');
		const list = groupTemplates(ctx.state)
			.filter((template) => !id || template.GUID === id)
			.map((template) => ({ ...template, groupType: normalizeType(template.groupType || 'generic'), source: null, isSynced: false }))
			.sort((a, b) => a.displayName.localeCompare(b.displayName));
		return { status: 200, body: list };
	},
};

/** Invoke-AddGroupTemplate: always HTTP 200; a missing name is reported in Results. */
const AddGroupTemplate: Endpoint = {
	name: 'AddGroupTemplate',
	role: 'Identity.Group.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const displayName = psString(ctx.fromBody('displayName'));
		if (!displayName) return { status: 200, body: { Results: 'Group Template Creation failed: You must enter a displayname' } };
		const rules = psString(ctx.fromBody('membershipRules'));
		let groupType = normalizeType(psString(ctx.fromBody('groupType')));
		if (rules && rules !== 'membershipRule' && groupType !== 'dynamicDistribution') groupType = 'dynamic';
		const guid = psString(ctx.fromBody('GUID')) || stableGuid(`groupTemplate/${displayName}/${Date.now()}`);
		const list = groupTemplates(ctx.state);
		const template: GroupTemplate = {
			GUID: guid,
			displayName,
			description: psString(ctx.fromBody('description')) || null,
			groupType,
			membershipRules: rules && rules !== 'membershipRule' ? rules : null,
			allowExternal: ctx.fromBody('allowExternal') ?? null,
			username: psString(ctx.fromBody('username')) || null,
			licenses: ctx.fromBody('licenses') ?? null,
			aliases: psString(ctx.fromBody('aliases')) || null,
			hideFromGAL: ctx.fromBody('hideFromGAL') ?? null,
		};
		const existing = list.findIndex((candidate) => candidate.GUID === guid);
		if (existing >= 0) list.splice(existing, 1, template);
		else list.push(template);
		return { status: 200, body: { Results: 'Successfully added template' } };
	},
};

/** Invoke-RemoveGroupTemplate: an ID that is not a GUID fails CIPP's OData filter (500). */
const RemoveGroupTemplate: Endpoint = {
	name: 'RemoveGroupTemplate',
	role: 'Identity.Group.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const id = psString(ctx.fromQueryOrBody('ID'));
		if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
			return { status: 500, body: { Results: `Failed to remove group template ${id}: '${id}' is not a valid GUID.` } };
		}
		const list = groupTemplates(ctx.state);
		const index = list.findIndex((template) => template.GUID === id.toLowerCase());
		if (index < 0) {
			return {
				status: 500,
				body: { Results: `Failed to remove group template ${id}: Cannot bind argument to parameter 'Entity' because it is null.` },
			};
		}
		list.splice(index, 1);
		return { status: 200, body: { Results: `Removed Group Template with ID ${id}` } };
	},
};

export const endpoints: Endpoint[] = [ListGroupTemplates, AddGroupTemplate, RemoveGroupTemplate];
