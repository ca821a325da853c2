/** Invoke-ListQuarantinePolicy, -AddQuarantinePolicy, -EditQuarantinePolicy and -RemoveQuarantinePolicy (Set-CIPPQuarantinePolicy). */
import { GraphError, normalizeGraphError } from '../../../graph';
import { getIgnoreCase } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { exchangeTenant, valueOf } from '../tenant/request';
import { findExo } from '../transportRule/data';
import { perSelectedTenant } from '../transportRule/rules';
import type { Permissions, QuarantinePolicy } from './data';
import { quarantinePolicy, tenantProtection } from './data';

const ZERO_GUID = '00000000-0000-0000-0000-000000000000';
const PERMISSION_ORDER: Array<keyof Permissions> = [
	'ViewHeader',
	'Download',
	'AllowSender',
	'BlockSender',
	'RequestRelease',
	'Release',
	'Preview',
	'Delete',
];

/** What Get-QuarantinePolicy answers, with the fields CIPP's list adds (:17-28). */
function listed(policy: QuarantinePolicy): Record<string, unknown> {
	const { permissions, ...rest } = policy;
	if (policy.QuarantinePolicyType !== 'QuarantinePolicy') return rest;
	const text = PERMISSION_ORDER.map((name) => `PermissionTo${name}: ${permissions[name] ? 'True' : 'False'}`).join(', ');
	return {
		...rest,
		EndUserQuarantinePermissions: `[${text}]`,
		...permissions,
		QuarantineNotification: policy.ESNEnabled === true,
		ReleaseActionPreference: permissions.Release ? 'Release' : 'RequestRelease',
		Builtin: policy.Guid === ZERO_GUID,
	};
}

/** Set-CIPPQuarantinePolicy's [bool] parameters refuse a missing value. */
function bool(body: unknown, field: string, parameter: string): boolean {
	const value = getIgnoreCase(body, field);
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw new GraphError(
		`Cannot process argument transformation on parameter '${parameter}'. Cannot convert value "${psString(value)}" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`,
	);
}

/** The permissions and switches CIPP builds from the body (View Header and Download are always off). */
function fromBody(body: unknown): Pick<QuarantinePolicy, 'permissions' | 'ESNEnabled' | 'IncludeMessagesFromBlockedSenderAddress'> {
	const release = psString(valueOf(getIgnoreCase(body, 'ReleaseActionPreference')));
	return {
		permissions: {
			ViewHeader: false,
			Download: false,
			AllowSender: bool(body, 'AllowSender', 'PermissionToAllowSender'),
			BlockSender: bool(body, 'BlockSender', 'PermissionToBlockSender'),
			RequestRelease: release === 'RequestRelease',
			Release: release === 'Release',
			Preview: bool(body, 'Preview', 'PermissionToPreview'),
			Delete: bool(body, 'Delete', 'PermissionToDelete'),
		},
		ESNEnabled: bool(body, 'QuarantineNotification', 'ESNEnabled'),
		IncludeMessagesFromBlockedSenderAddress: bool(
			body,
			'IncludeMessagesFromBlockedSenderAddress',
			'IncludeMessagesFromBlockedSenderAddress',
		),
	};
}

const ListQuarantinePolicy: Endpoint = {
	name: 'ListQuarantinePolicy',
	role: 'Exchange.SpamFilter.Read',
	handle(ctx) {
		const type = psString(ctx.fromQuery('Type')) || 'QuarantinePolicy';
		// No try in CIPP: an Exchange failure is an unhandled error (HTTP 500).
		const tenant = exchangeTenant(ctx.state, ctx.fromQueryOrBody('TenantFilter'));
		const policies = tenantProtection(ctx.state, tenant).quarantinePolicies.filter((policy) => policy.QuarantinePolicyType === type);
		return { status: 200, body: policies.map(listed) };
	},
};

const AddQuarantinePolicy: Endpoint = {
	name: 'AddQuarantinePolicy',
	role: 'Exchange.Spamfilter.ReadWrite',
	handle(ctx) {
		const name = psString(ctx.fromBody('Name'));
		return perSelectedTenant(
			ctx,
			(tenant, tenantFilter) => {
				const settings = fromBody(ctx.body);
				const policies = tenantProtection(ctx.state, tenant).quarantinePolicies;
				if (policies.some((policy) => policy.Name.toLowerCase() === name.toLowerCase())) {
					throw new GraphError(`A quarantine policy with the name ${name} already exists.`);
				}
				policies.push({ ...quarantinePolicy(tenant, name, {}, false), ...settings });
				return `Created Quarantine policy '${name}' for tenant '${tenantFilter}'`;
			},
			(tenantFilter, error) => `Failed to create Quarantine policy '${name}' for tenant '${tenantFilter}' - ${error}`,
		);
	},
};

const EditQuarantinePolicy: Endpoint = {
	name: 'EditQuarantinePolicy',
	role: 'Exchange.Spamfilter.ReadWrite',
	handle(ctx) {
		const name = psString(ctx.fromBody('Name'));
		try {
			const tenant = exchangeTenant(ctx.state, ctx.fromQueryOrBody('TenantFilter'));
			const policy = findExo(tenantProtection(ctx.state, tenant).quarantinePolicies, psString(ctx.fromBody('Identity')));
			if (psString(ctx.fromQuery('Type')) === 'GlobalQuarantinePolicy')
				throw new GraphError('Only the global notification settings are modelled through the UI.');
			if (policy.Guid === ZERO_GUID) throw new GraphError(`Built-in quarantine policy ${policy.Name} can't be modified.`);
			Object.assign(policy, fromBody(ctx.body));
			return { status: 200, body: { Results: `Updated Quarantine policy '${name}'` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			return { status: 403, body: { Results: `Failed to update Quarantine policy '${name}' - ${normalizeGraphError(error.message)}` } };
		}
	},
};

const RemoveQuarantinePolicy: Endpoint = {
	name: 'RemoveQuarantinePolicy',
	role: 'Exchange.Spamfilter.ReadWrite',
	handle(ctx) {
		const name = psString(ctx.fromQueryOrBody('Name'));
		const identity = psString(ctx.fromQueryOrBody('Identity'));
		try {
			const policies = tenantProtection(ctx.state, exchangeTenant(ctx.state, ctx.fromQueryOrBody('TenantFilter'))).quarantinePolicies;
			const policy = findExo(policies, identity === ZERO_GUID ? name : identity);
			if (policy.Guid === ZERO_GUID)
				throw new GraphError(
					`|Microsoft.Exchange.Management.Tasks.ValidationException|Built-in quarantine policy ${policy.Name} can't be removed.`,
				);
			policies.splice(policies.indexOf(policy), 1);
			return { status: 200, body: { Results: `Deleted Quarantine policy '${name}'` } };
		} catch (error) {
			if (!(error instanceof GraphError)) throw error;
			const text = normalizeGraphError(error.message).replace('|Microsoft.Exchange.Management.Tasks.ValidationException|', '');
			// CIPP sets the status to OK after its catch, so a failure is an HTTP 200 too.
			return { status: 200, body: { Results: `Failed to remove Quarantine policy '${name}' - ${text}` } };
		}
	},
};

export const endpoints: Endpoint[] = [ListQuarantinePolicy, AddQuarantinePolicy, EditQuarantinePolicy, RemoveQuarantinePolicy];
