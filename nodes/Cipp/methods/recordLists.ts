import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { cippApiRequest, getConnection } from '../transport';

/**
 * A CIPP list endpoint that a picker offers records from. Written as data so that a picker for a
 * new kind of record (a transport rule, a contact, a GDAP relationship) is one entry, not a function.
 */
export interface RecordList {
	/** The CIPP list endpoint, e.g. `ListTransportRules`. */
	endpoint: string;
	/**
	 * `tenant`: records of the tenant chosen in Tenant Filter (sent as `tenantFilter`); the picker
	 * reloads when the tenant changes. `cipp`: CIPP's own records (templates), the same for every tenant.
	 */
	scope: 'tenant' | 'cipp';
	/** The record field the picker stores and the operation sends, e.g. `Guid` or `id`. */
	value: string;
	/** The record field shown as the entry's name, e.g. `Name` or `displayName`. */
	label: string;
	/** A second field shown in brackets after the name, e.g. the mail address. */
	detail?: string;
	/** Fixed query fields the list endpoint needs beside the tenant. */
	query?: IDataObject;
}

/** Records of the tenant chosen in Tenant Filter, e.g. `tenantList('ListContacts', 'Guid', 'DisplayName', 'WindowsEmailAddress')`. */
export function tenantList(endpoint: string, value: string, label: string, detail?: string): RecordList {
	return { endpoint, scope: 'tenant', value, label, ...(detail ? { detail } : {}) };
}

/** CIPP's own records, the same for every tenant, e.g. `cippList('ListTenantGroups', 'Id', 'Name', 'GroupType')`. */
export function cippList(endpoint: string, value: string, label: string, detail?: string): RecordList {
	return { endpoint, scope: 'cipp', value, label, ...(detail ? { detail } : {}) };
}

/** CIPP templates, stored in CIPP and keyed by their GUID. */
export function templateList(endpoint: string, label: string, detail?: string): RecordList {
	return cippList(endpoint, 'GUID', label, detail);
}

function matches(filter: string | undefined, ...fields: unknown[]): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return fields.some((field) => typeof field === 'string' && field.toLowerCase().includes(needle));
}

/** CIPP answers a list as an array, or as `{Results: [...]}` for some endpoints. */
function rowsOf(answer: unknown): IDataObject[] {
	if (Array.isArray(answer)) return answer as IDataObject[];
	const results = (answer as IDataObject | undefined)?.Results;
	return Array.isArray(results) ? (results as IDataObject[]) : [];
}

async function searchRecordList(this: ILoadOptionsFunctions, list: RecordList, filter?: string): Promise<INodeListSearchResult> {
	const qs: IDataObject = { ...list.query };
	if (list.scope === 'tenant') {
		qs.tenantFilter = this.getCurrentNodeParameter('tenantFilter', { extractValue: true }) as string;
		if (!qs.tenantFilter) return { results: [] };
	}
	const connection = await getConnection.call(this);
	const rows = rowsOf(await cippApiRequest.call(this, connection, { method: 'GET', endpoint: list.endpoint, qs }));
	const results = rows
		.filter((row) => row[list.value] !== undefined && row[list.value] !== null && row[list.value] !== '')
		.filter((row) => matches(filter, row[list.label], list.detail ? row[list.detail] : undefined, row[list.value]))
		.map((row) => {
			const label = String(row[list.label] ?? row[list.value]);
			const detail = list.detail && row[list.detail] ? ` (${String(row[list.detail])})` : '';
			return { name: `${label}${detail}`, value: String(row[list.value]) };
		});
	return { results: results.sort((a, b) => a.name.localeCompare(b.name)) };
}

type SearchMethod = (this: ILoadOptionsFunctions, filter?: string) => Promise<INodeListSearchResult>;

/** One listSearch method per record list, named by its key. */
export function recordSearches(lists: Record<string, RecordList>): Record<string, SearchMethod> {
	return Object.fromEntries(
		Object.entries(lists).map(([name, list]) => [
			name,
			async function (this: ILoadOptionsFunctions, filter?: string) {
				return await searchRecordList.call(this, list, filter);
			},
		]),
	);
}
