import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { choices, requiredGuid } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, StepContext } from '../types';

const NEEDS_VALUE = ['addIp', 'removeIp', 'addLocation', 'removeLocation', 'rename'];
const COUNTRY_CHANGES = ['addLocation', 'removeLocation'];

/**
 * Set-CIPPNamedLocation (:26-38) PATCHes whatever it gets: a removal of a value that is not there
 * changes nothing and still answers "Edited named location", and a rename without a value sends a
 * null name. So Value is required where the change needs one, country codes are upper-cased as
 * Graph stores them, and a removal is checked against the location first.
 */
async function run(context: StepContext): Promise<IDataObject[]> {
	const { change, input, namedLocationId, tenantFilter } = context.values;
	const check = { node: context.node, field: 'Value', itemIndex: context.itemIndex, access: 'write' as const };
	if (NEEDS_VALUE.includes(String(change)) && (typeof input !== 'string' || input === '')) {
		validate.invalid(
			check,
			`the change "${String(change)}" needs a value, and none was given.`,
			'Enter the IP range (CIDR), the two-letter country code or the new name.',
		);
	}
	const value = COUNTRY_CHANGES.includes(String(change)) ? String(input).toUpperCase() : String(input);
	const request = COUNTRY_CHANGES.includes(String(change))
		? { ...context.request, body: { ...(context.request.body as IDataObject), input: { value, label: value } } }
		: context.request;
	if (change === 'removeIp' || change === 'removeLocation') {
		const locations = await context.call(
			{ method: 'GET', endpoint: 'ListNamedLocations', qs: { tenantFilter } },
			'Tenant.ConditionalAccess.Read',
		);
		const location = (Array.isArray(locations) ? (locations as IDataObject[]) : []).find((entry) => entry.id === namedLocationId);
		const present =
			change === 'removeIp'
				? ((location?.ipRanges as IDataObject[] | undefined) ?? []).some((range) => range.cidrAddress === value)
				: ((location?.countriesAndRegions as string[] | undefined) ?? []).some((country) => country.toUpperCase() === value);
		if (location && !present) {
			context.fail(
				`${value} is not in the named location "${String(location.displayName)}", so there is nothing to remove; CIPP would answer "Edited" and change nothing.`,
			);
		}
	}
	return updateNamedLocation.output(await context.call(request, updateNamedLocation.role), context);
}

export const updateNamedLocation: CippOperation = {
	resource: 'tenant',
	value: 'updateNamedLocation',
	name: 'Update Named Location',
	action: 'Update a named location',
	description:
		'Change one Conditional Access named location: add or remove an IP range or a country, rename it, mark it trusted or untrusted, or delete it',
	...writes('ExecNamedLocation', 'Tenant.ConditionalAccess.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredGuid(
			'Named Location ID',
			'namedLocationId',
			'The named location to change (its ID from Tenant → Get Many Named Locations)',
			'namedLocationId',
			'e.g. 0b6f8c2e-4a1d-4e7b-9c3f-5d2a8e1b7f40',
		),
		{
			property: {
				displayName: 'Change',
				name: 'change',
				type: 'options',
				required: true,
				default: 'addIp',
				options: choices({
					'Add Country': 'addLocation',
					'Add IP Range': 'addIp',
					Delete: 'delete',
					'Mark Trusted': 'setTrusted',
					'Mark Untrusted': 'setUntrusted',
					'Remove Country': 'removeLocation',
					'Remove IP Range': 'removeIp',
					Rename: 'rename',
				}),
				description: 'What to change',
			},
			send: { name: 'change', in: 'body' },
		},
		{
			property: {
				displayName: 'Value',
				name: 'input',
				type: 'string',
				default: '',
				placeholder: 'e.g. 203.0.113.0/24, US or Head Office',
				description:
					'The IP range (CIDR), two-letter country code or new name the change needs (required for those); empty for delete and trust changes. A removal is checked against the location first. Mark Trusted / Untrusted works on IP locations only.',
			},
			send: { name: 'input', in: 'body', encoding: 'labelValue' },
			optional: true,
			validate: validate.text,
		},
	],
	output: actionResult(),
	run,
};
