import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { cippApiRequest, getConnection } from '../transport';

function matches(filter: string | undefined, ...fields: unknown[]): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return fields.some((field) => typeof field === 'string' && field.toLowerCase().includes(needle));
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

async function listTenants(this: ILoadOptionsFunctions, filter?: string) {
	const connection = await getConnection.call(this);
	const tenants = (await cippApiRequest.call(this, connection, {
		method: 'GET',
		endpoint: 'ListTenants',
		qs: {},
	})) as IDataObject[];
	return (Array.isArray(tenants) ? tenants : [])
		.filter((tenant) => matches(filter, tenant.displayName, tenant.defaultDomainName, tenant.customerId))
		.map((tenant) => ({
			name: `${String(tenant.displayName ?? tenant.defaultDomainName)} (${String(tenant.defaultDomainName)})`,
			value: String(tenant.defaultDomainName),
		}))
		.sort(byName);
}

export async function searchTenants(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return { results: await listTenants.call(this, filter) };
}

/** For reads whose endpoint accepts every tenant at once. */
export async function searchTenantsOrAll(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const all = matches(filter, 'AllTenants', 'All Tenants') ? [{ name: 'All Tenants (AllTenants)', value: 'AllTenants' }] : [];
	return { results: [...all, ...(await listTenants.call(this, filter))] };
}

/** Records from a CIPP list endpoint, as picker entries; of the tenant chosen above when tenant-scoped. */
async function searchRecords(
	this: ILoadOptionsFunctions,
	endpoint: string,
	filter: string | undefined,
	describe: (record: IDataObject) => { name: string; value: string; searchable: unknown[] },
	scope: 'tenant' | 'cipp' = 'tenant',
): Promise<INodeListSearchResult> {
	const qs: IDataObject = {};
	if (scope === 'tenant') {
		qs.tenantFilter = this.getCurrentNodeParameter('tenantFilter', { extractValue: true }) as string;
		if (!qs.tenantFilter) return { results: [] };
	}
	const connection = await getConnection.call(this);
	const records = (await cippApiRequest.call(this, connection, { method: 'GET', endpoint, qs })) as IDataObject[];
	const results = (Array.isArray(records) ? records : [])
		.map(describe)
		.filter((entry) => matches(filter, ...entry.searchable))
		.map(({ name, value }) => ({ name, value }));
	return { results: results.sort(byName) };
}

export async function searchGroups(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchRecords.call(this, 'ListGroups', filter, (group) => ({
		name: group.mail ? `${String(group.displayName)} (${String(group.mail)})` : String(group.displayName),
		value: String(group.id),
		searchable: [group.displayName, group.mail],
	}));
}

export async function searchDevices(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchRecords.call(this, 'ListDevices', filter, (device) => ({
		name: `${String(device.deviceName)} (${String(device.userPrincipalName ?? 'no user')})`,
		value: String(device.id),
		searchable: [device.deviceName, device.userPrincipalName, device.serialNumber],
	}));
}

/** Users of the tenant chosen above; searching asks Graph for names that start with the text. */
export async function searchUsers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const tenantFilter = this.getCurrentNodeParameter('tenantFilter', { extractValue: true }) as string;
	if (!tenantFilter) return { results: [] };
	const connection = await getConnection.call(this);
	const search = filter?.trim().replace(/'/g, "''");
	const qs: IDataObject = { tenantFilter };
	if (search) {
		qs.graphFilter = `startswith(displayName,'${search}') or startswith(userPrincipalName,'${search}')`;
	}
	const users = (await cippApiRequest.call(this, connection, { method: 'GET', endpoint: 'ListUsers', qs })) as IDataObject[];
	const results = (Array.isArray(users) ? users : [])
		.filter((user) => matches(filter?.trim(), user.displayName, user.userPrincipalName))
		.map((user) => ({
			name: `${String(user.displayName ?? user.userPrincipalName)} (${String(user.userPrincipalName)})`,
			value: String(user.id),
		}));
	return { results: results.sort(byName) };
}

export async function searchIntunePolicies(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchRecords.call(this, 'ListIntunePolicy', filter, (policy) => ({
		name: `${String(policy.displayName)} (${String(policy.PolicyTypeName ?? policy.URLName ?? 'policy')})`,
		value: String(policy.id),
		searchable: [policy.displayName, policy.PolicyTypeName],
	}));
}

export async function searchGroupTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchRecords.call(
		this,
		'ListGroupTemplates',
		filter,
		(template) => ({ name: String(template.displayName), value: String(template.GUID), searchable: [template.displayName] }),
		'cipp',
	);
}

export async function searchStandardTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await searchRecords.call(
		this,
		'listStandardTemplates',
		filter,
		(template) => ({ name: String(template.templateName), value: String(template.GUID), searchable: [template.templateName] }),
		'cipp',
	);
}
