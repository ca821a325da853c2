import type { CippParameter } from '../types';
import * as validate from '../../helpers/validation';

const GUID_PATTERN = '^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$';

/** The customer tenant every tenant-scoped CIPP call needs: without it CIPP acts on the partner tenant. */
export function tenantParameter(where: 'query' | 'body'): CippParameter {
	return {
		property: {
			displayName: 'Tenant Filter',
			name: 'tenantFilter',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description: 'The customer tenant to act on',
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					placeholder: 'Select a tenant...',
					typeOptions: { searchListMethod: 'searchTenants', searchable: true },
				},
				{
					displayName: 'By Domain',
					name: 'domain',
					type: 'string',
					placeholder: 'e.g. contoso.onmicrosoft.com',
					validation: [
						{
							type: 'regex',
							properties: {
								regex: '^\\s*[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+\\s*$',
								errorMessage: 'Enter a domain such as contoso.onmicrosoft.com',
							},
						},
					],
				},
				{
					displayName: 'By ID',
					name: 'id',
					type: 'string',
					placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
					validation: [
						{ type: 'regex', properties: { regex: GUID_PATTERN, errorMessage: 'Enter a tenant ID (a GUID)' } },
					],
				},
			],
		},
		send: { name: 'tenantFilter', in: where },
		validate: validate.tenant({ allowAllTenants: false }),
	};
}

/** A user of the chosen tenant, by list, UPN or object ID. */
export function userParameter(send: CippParameter['send']): CippParameter {
	return {
		property: {
			displayName: 'User ID',
			name: 'userId',
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description: 'The user, by user principal name or object ID',
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					placeholder: 'Select a user...',
					typeOptions: { searchListMethod: 'searchUsers', searchable: true },
				},
				{
					displayName: 'By UPN',
					name: 'upn',
					type: 'string',
					placeholder: 'e.g. jane.doe@contoso.com',
					validation: [
						{
							type: 'regex',
							properties: { regex: '^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$', errorMessage: 'Enter a user principal name' },
						},
					],
				},
				{
					displayName: 'By ID',
					name: 'id',
					type: 'string',
					placeholder: 'e.g. 5f0c3b1e-8a2d-4e6f-9b7c-1d2e3f4a5b6c',
					validation: [
						{ type: 'regex', properties: { regex: GUID_PATTERN, errorMessage: 'Enter an object ID (a GUID)' } },
					],
				},
			],
		},
		send,
		validate: validate.user,
	};
}
