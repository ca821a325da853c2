import { requiredText } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const lookupIp: CippOperation = {
	resource: 'tool',
	value: 'lookupIp',
	name: 'Look Up IP Location',
	action: 'Look up where an IP address is',
	description: "Find the country, city, network and owner of an IPv4 or IPv6 address with CIPP's GeoIP database",
	endpoint: 'ExecGeoIPLookup',
	method: 'POST',
	access: 'read',
	role: 'CIPP.Core.Read',
	parameters: [
		requiredText(
			{
				displayName: 'IP Address',
				name: 'ip',
				placeholder: 'e.g. 203.0.113.42',
				description: 'The IPv4 or IPv6 address',
			},
			{ name: 'IP', in: 'body' },
		),
	],
	output: records,
};
