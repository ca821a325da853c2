import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, choices, flag, pascalFlag, requiredLine } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { labelValueList, matching } from '../common/validators';
import type { CippOperation } from '../types';

export const createNamedLocation: CippOperation = {
	resource: 'tenant',
	value: 'createNamedLocation',
	name: 'Create Named Location',
	action: 'Create a named location',
	description: 'Create a Conditional Access named location in a tenant: a list of IP ranges (optionally trusted) or a list of countries',
	...writes('AddNamedLocation', 'Tenant.ConditionalAccess.ReadWrite'),
	parameters: [
		{ ...tenantParameter('body'), send: asLabelValue('selectedTenants') },
		requiredLine('Name', 'policyName', 'The name of the named location', 'policyName', { placeholder: 'e.g. Head Office' }),
		{
			property: {
				displayName: 'Type',
				name: 'type',
				type: 'options',
				required: true,
				default: 'IPLocation',
				options: choices({ Countries: 'CountryLocation', 'IP Ranges': 'IPLocation' }),
				description: 'Whether the location is a list of IP ranges or of countries',
			},
			send: { name: 'Type', in: 'body' },
		},
		additionalFields([
			{
				property: {
					displayName: 'IP Ranges',
					name: 'ips',
					type: 'string',
					typeOptions: { rows: 4 },
					default: '',
					placeholder: 'e.g. 203.0.113.0/24',
					description: 'For IP ranges: CIDR ranges, one per line',
				},
				send: {
					name: 'Ips',
					in: 'body',
					validate: (value, check) =>
						validate
							.listOf(value)
							.map((range) => validate.text(range, check))
							.join('\n'),
				},
			},
			pascalFlag('Trusted', 'trusted', 'Whether the IP ranges are a trusted location'),
			{
				property: {
					displayName: 'Countries',
					name: 'countries',
					type: 'string',
					default: '',
					placeholder: 'e.g. US, CA, GB',
					description: 'For countries: two-letter ISO country codes, separated by commas',
				},
				send: {
					name: 'Countries',
					in: 'body',
					encoding: 'json',
					validate: labelValueList((entry, check) => String(matching(/^[A-Za-z]{2}$/, 'US')(entry, check)).toUpperCase()),
				},
			},
			flag(
				'Include Unknown Countries',
				'includeUnknownCountriesAndRegions',
				'Whether sign-ins from unknown countries and regions also match the location',
				'includeUnknownCountriesAndRegions',
			),
		]),
	],
	output: actionResult(),
};
