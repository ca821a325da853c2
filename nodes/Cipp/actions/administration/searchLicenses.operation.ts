import { requiredText } from '../common/fields';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const searchLicenses: CippOperation = {
	resource: 'administration',
	value: 'searchLicenses',
	name: 'Search Licenses',
	action: 'Search the cached licenses of all tenants by SKU',
	description: "Look up license SKU IDs in CIPP's cached license overview of every tenant, one item per SKU found with its display name",
	endpoint: 'ExecLicenseSearch',
	method: 'POST',
	access: 'read',
	role: 'CIPP.Core.Read',
	list: true,
	parameters: [
		requiredText(
			{
				displayName: 'SKU IDs',
				name: 'skuIds',
				placeholder: 'e.g. 05e9a617-0261-4cee-bb44-138d3ef5d965',
				description: 'The license SKU IDs to look up, separated by commas',
			},
			{
				name: 'skuIds',
				in: 'body',
				encoding: 'stringList',
				validate: (value, check) => validate.listOf(validate.commaList(value, check)).map((entry) => validate.guid(entry, check) as string),
			},
		),
	],
	output: records,
};
