import { writes } from '../common/endpoints';
import { choiceField, choices, requiredLine } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

const IP = /^(\d{1,3}\.){3}\d{1,3}$|^[0-9a-f:]+$/i;

const ipList: Validator = (value, check) => {
	const ips = validate.listOf(value);
	if (ips.length === 0) validate.invalid(check, 'no IP address was given.', 'Enter one or more IP addresses, separated by commas.');
	for (const ip of ips) {
		if (!IP.test(ip))
			validate.invalid(check, `"${ip}" is not an IP address.`, 'Enter single IPv4 or IPv6 addresses (no ranges), e.g. 203.0.113.7.');
	}
	return ips;
};

export const setTrustedIps: CippOperation = {
	resource: 'administration',
	value: 'setTrustedIps',
	name: 'Set Trusted IPs',
	action: 'Mark IP addresses as trusted or not',
	description:
		"Mark IP addresses of a tenant as trusted (CIPP's audit-log alert rules then ignore sign-ins and changes from them) or not trusted",
	...writes('ExecAddTrustedIP', 'CIPP.AppSettings.ReadWrite'),
	parameters: [
		tenantParameter('query'),
		requiredLine(
			'IP Addresses',
			'ips',
			'The addresses, separated by commas',
			{ name: 'IP', in: 'body', encoding: 'stringList' },
			{
				placeholder: 'e.g. 203.0.113.7, 198.51.100.20',
				check: ipList,
			},
		),
		choiceField(
			'State',
			'state',
			'Only Trusted addresses are ignored by the alert rules',
			'State',
			'Trusted',
			choices({ Trusted: 'Trusted', 'Not Trusted': 'NotTrusted' }),
		),
	],
	// CIPP answers {results: ...} in lower case, which the envelope reader does not know.
	output: (response, context) =>
		actionResult()(isRecord(response) && 'results' in response ? { Results: response.results } : response, context),
};
