import { requiredParameter } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const lookupBreaches: CippOperation = {
	resource: 'tool',
	value: 'lookupBreaches',
	name: 'Look Up Breaches',
	action: 'Look up data breaches of an address or domain',
	description:
		'Look an email address or a domain up in Have I Been Pwned (needs the HIBP extension), one item per breach it appears in',
	endpoint: 'ListBreachesAccount',
	method: 'GET',
	access: 'read',
	role: 'CIPP.Core.Read',
	list: true,
	parameters: [
		requiredParameter(
			{ displayName: 'Account', name: 'account', type: 'string', default: '', placeholder: 'e.g. jane@contoso.com or contoso.com', description: 'An email address or a domain' },
			{ name: 'account', in: 'query' },
		),
	],
	output: records,
};
