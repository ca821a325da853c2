import { requiredText } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const resolveDirectoryObjects: CippOperation = {
	resource: 'administration',
	value: 'resolveDirectoryObjects',
	name: 'Resolve Directory Objects',
	action: "Resolve object IDs of a tenant's directory",
	description:
		'Look up Entra object IDs of a tenant (users, groups, devices, service principals...) in one call, one item per object found with its type and display name',
	endpoint: 'ListDirectoryObjects',
	method: 'POST',
	access: 'read',
	role: 'CIPP.Core.Read',
	list: true,
	parameters: [
		tenantParameter('body'),
		requiredText(
			{
				displayName: 'Object IDs',
				name: 'ids',
				placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a',
				description: 'The object IDs to resolve, separated by commas',
			},
			{
				name: 'ids',
				in: 'body',
				encoding: 'stringList',
				validate: (value, check) => validate.listOf(validate.commaList(value, check)).map((entry) => validate.guid(entry, check) as string),
			},
		),
	],
	output: records,
};
