import { reads } from '../common/endpoints';
import { additionalFields, flag, inQuery, numberField, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

const filter = text(
	'Filter',
	'Filter',
	'An OData $filter on the sign-in log that replaces the default (last Days, no sync account)',
	inQuery('Filter'),
	{ placeholder: "e.g. userPrincipalName eq 'jane@contoso.com'" },
);

export const getManySignIns: CippOperation = {
	resource: 'user',
	value: 'getManySignIns',
	name: 'Get Many Sign-Ins',
	action: "Get many sign-ins of a tenant's users",
	description:
		"List the tenant's Entra ID sign-in log (default: the last 7 days), one item per sign-in with errorCode and location; optionally only failed logons of users above a failure count",
	...reads('ListSignIns', 'Identity.AuditLog.Read'),
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			numberField(
				{ displayName: 'Days', name: 'Days', description: 'How many days back to read', default: 7 },
				{ name: 'Days', in: 'query' },
			),
			flag(
				'Failed Logons Only',
				'failedLogonsOnly',
				'Whether to return only sign-ins that failed with a wrong password',
				inQuery('failedLogonsOnly'),
			),
			numberField(
				{
					displayName: 'Failure Threshold',
					name: 'FailureThreshold',
					description: 'With Failed Logons Only: only users with at least this many failures',
					default: 3,
				},
				{ name: 'FailureThreshold', in: 'query' },
			),
			{ property: filter.property, send: { ...filter.send, validate: validate.longText } },
		]),
	],
	output: records,
};
