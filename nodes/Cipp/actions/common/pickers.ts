import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { RECORD_LISTS } from '../../methods';
import { pascalCase } from './fields';
import type { CippParameter, SendTo } from '../types';
import * as validate from './validators';

const GUID_PATTERN = '^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$';

/** A mode where the user types the value, checked in the editor by a pattern. */
interface TypedMode {
	displayName: string;
	name: string;
	placeholder: string;
	regex: string;
	errorMessage: string;
}

const byId = (what: string): TypedMode => ({
	displayName: 'By ID',
	name: 'id',
	placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
	regex: GUID_PATTERN,
	errorMessage: `Enter ${what} (a GUID)`,
});

/**
 * The lists in methods/listSearch.ts that read the tenant chosen in Tenant Filter. A picker
 * with one of them declares that it depends on the tenant, so the editor reloads the list (and
 * lets go of a value picked in another tenant) when the tenant changes. CIPP's own templates are
 * not kept per tenant, so their lists do not depend on it.
 */
const TENANT_LISTS = new Set(['searchUsers', 'searchGroups', 'searchDevices', 'searchIntunePolicies']);

function followsTenant(searchListMethod: string): Partial<INodeProperties> {
	const recordList = RECORD_LISTS[searchListMethod] as (typeof RECORD_LISTS)[string] | undefined;
	return TENANT_LISTS.has(searchListMethod) || recordList?.scope === 'tenant'
		? { typeOptions: { loadOptionsDependsOn: ['tenantFilter.value'] } }
		: {};
}

/** Picker modes, the same for every picker: a searchable list first (n8n's default), then typed modes. */
function pickerModes(searchListMethod: string, placeholder: string, typed: TypedMode[]): INodePropertyMode[] {
	const fromList = { displayName: 'From List', name: 'list' };
	return [
		{ ...fromList, type: 'list', placeholder, typeOptions: { searchListMethod, searchable: true } },
		...typed.map(({ regex, errorMessage, ...mode }) => ({
			...mode,
			type: 'string' as const,
			validation: [{ type: 'regex' as const, properties: { regex, errorMessage } }],
		})),
	];
}

export interface TenantOptions {
	/** CIPP's field name, when an endpoint spells it differently (e.g. `TenantFilter`). */
	name?: string;
	/** Reads whose endpoint accepts `AllTenants` offer it; writes never do. */
	allowAllTenants?: boolean;
	/** CIPP matches the tenant by its default domain only: a tenant ID is refused before sending. */
	defaultDomainOnly?: boolean;
}

/** The customer tenant every tenant-scoped CIPP call needs: without it CIPP acts on the partner tenant. */
export function tenantParameter(where: 'query' | 'body', options: TenantOptions = {}): CippParameter {
	return {
		property: {
			displayName: 'Tenant Filter',
			name: 'tenantFilter',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description: options.allowAllTenants
				? 'The customer tenant to act on, or AllTenants for every tenant'
				: 'The customer tenant to act on',
			modes: pickerModes(options.allowAllTenants ? 'searchTenantsOrAll' : 'searchTenants', 'Select a tenant...', [
				{
					displayName: 'By Domain',
					name: 'domain',
					placeholder: 'e.g. contoso.onmicrosoft.com',
					regex: '^\\s*[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\s*$',
					errorMessage: 'Enter a domain such as contoso.onmicrosoft.com',
				},
				byId('a tenant ID'),
			]),
		},
		send: { name: options.name ?? 'tenantFilter', in: where },
		validate: validate.tenant({ allowAllTenants: options.allowAllTenants ?? false, defaultDomainOnly: options.defaultDomainOnly }),
	};
}

export interface PickerOptions {
	/** The node parameter's name, when an operation needs two of a kind. */
	name?: string;
	displayName?: string;
	description?: string;
}

/** A user of the chosen tenant, by list, UPN or object ID. */
export function userParameter(send: SendTo | undefined, options: PickerOptions = {}): CippParameter {
	return {
		property: {
			displayName: options.displayName ?? 'User ID',
			name: options.name ?? 'userId',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description: options.description ?? 'The user, by user principal name or object ID',
			...followsTenant('searchUsers'),
			modes: pickerModes('searchUsers', 'Select a user...', [
				{
					displayName: 'By UPN',
					name: 'upn',
					placeholder: 'e.g. jane.doe@contoso.com',
					regex: '^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$',
					errorMessage: 'Enter a user principal name',
				},
				byId('an object ID'),
			]),
		},
		send,
		validate: validate.user,
	};
}

/** A group of the chosen tenant, by list or object ID. */
export function groupParameter(send: SendTo | undefined, options: PickerOptions = {}): CippParameter {
	return {
		property: {
			displayName: options.displayName ?? 'Group ID',
			name: options.name ?? 'groupId',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description: options.description ?? 'The group, by object ID',
			...followsTenant('searchGroups'),
			modes: pickerModes('searchGroups', 'Select a group...', [byId('a group ID')]),
		},
		send,
		validate: validate.guid,
	};
}

/** An Intune managed device of the chosen tenant, by list or device ID. */
export function deviceParameter(send: SendTo, options: PickerOptions = {}): CippParameter {
	return {
		property: {
			displayName: options.displayName ?? 'Device ID',
			name: options.name ?? 'deviceId',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description: options.description ?? 'The Intune managed device, by device ID',
			...followsTenant('searchDevices'),
			modes: pickerModes('searchDevices', 'Select a device...', [byId('a device ID')]),
		},
		send,
		validate: validate.guid,
	};
}

export interface RecordPickerOptions {
	displayName: string;
	name: string;
	description: string;
	/** The list search in methods/listSearch.ts that lists the records. */
	searchListMethod: string;
	placeholder: string;
	/**
	 * What a user types instead of picking: a GUID (the default), or any identity text, for records
	 * Exchange names by their name or identity (a transport rule, a connector, a spam filter).
	 */
	typed?: 'guid' | 'text';
}

/** Something CIPP keeps by GUID (a policy, a template): picked from its list, or typed by ID. Without `send`, the operation sends it itself. */
export function recordParameter(options: RecordPickerOptions, send?: SendTo): CippParameter {
	return {
		property: {
			displayName: options.displayName,
			name: options.name,
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description: options.description,
			...followsTenant(options.searchListMethod),
			modes: pickerModes(options.searchListMethod, options.placeholder, [
				options.typed === 'text'
					? { ...byId('a name or ID'), placeholder: 'e.g. the name or identity', regex: '^\\s*\\S.*$' }
					: byId(`the ${options.displayName.replace(/ ID$/, '').toLowerCase()} ID`),
			]),
		},
		send,
		validate: options.typed === 'text' ? validate.text : validate.guid,
	};
}

/** A tenant filter CIPP treats as optional: empty means every tenant the API client may see. */
export function optionalTenantParameter(): CippParameter {
	const parameter = tenantParameter('query', { allowAllTenants: true });
	return {
		...parameter,
		property: {
			...parameter.property,
			required: false,
			description: 'The customer tenant to narrow the list to; leave empty (or choose AllTenants) for every tenant',
		},
		optional: true,
	};
}

/** A mailbox: Exchange takes the user principal name or the object ID as its identity. */
export function mailboxParameter(send: SendTo, description = "The user's mailbox, by user principal name or object ID"): CippParameter {
	return userParameter(send, { displayName: 'Mailbox', name: 'mailbox', description });
}

/** A user by object ID only (Graph APIs that filter or evaluate by ID). */
export function userByIdParameter(send: SendTo): CippParameter {
	return {
		...userParameter(send, { description: 'The user, by object ID (a user principal name is not accepted here)' }),
		validate: validate.guid,
	};
}

/** The Template ID of a template CIPP keeps: picked from its list (`searchListMethod`) or typed by GUID. */
export function templatePicker(
	searchListMethod: string,
	description: string,
	send: SendTo,
	typed?: RecordPickerOptions['typed'],
): CippParameter {
	return recordParameter(
		{ displayName: 'Template ID', name: 'templateId', description, searchListMethod, placeholder: 'Select a template...', typed },
		send,
	);
}

/**
 * A record picker named after a one-word noun, as most are: `idPicker('baseline', 'searchBaselines', …)`
 * is "Baseline ID" (baselineId), its list showing "Select a baseline...".
 */
export function idPicker(noun: string, searchListMethod: string, description: string, send: SendTo): CippParameter {
	return recordParameter(
		{ displayName: `${pascalCase(noun)} ID`, name: `${noun}Id`, description, searchListMethod, placeholder: `Select a ${noun}...` },
		send,
	);
}
