import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { cippApiRequest, getConnection } from '../transport';

function matches(filter: string | undefined, ...fields: unknown[]): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return fields.some((field) => typeof field === 'string' && field.toLowerCase().includes(needle));
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export async function searchTenants(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const connection = await getConnection.call(this);
	const tenants = (await cippApiRequest.call(this, connection, {
		method: 'GET',
		endpoint: 'ListTenants',
		qs: {},
	})) as IDataObject[];
	const results = (Array.isArray(tenants) ? tenants : [])
		.filter((tenant) => matches(filter, tenant.displayName, tenant.defaultDomainName, tenant.customerId))
		.map((tenant) => ({
			name: `${String(tenant.displayName ?? tenant.defaultDomainName)} (${String(tenant.defaultDomainName)})`,
			value: String(tenant.defaultDomainName),
		}));
	return { results: results.sort(byName) };
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
