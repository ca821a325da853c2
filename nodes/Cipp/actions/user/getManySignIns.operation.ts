import * as validate from '../../helpers/validation';
import { additionalFields, tenantParameter } from '../common/parameters';
import { records } from '../common/outputs';
import type { CippOperation } from '../types';
import { booleanField, numberField, textField } from './fields';

const filter = textField('Filter', 'Filter', 'An OData $filter on the sign-in log that replaces the default (last Days, no sync account)', {
	placeholder: "e.g. userPrincipalName eq 'jane@contoso.com'",
	in: 'query',
});

export const getManySignIns: CippOperation = {
	resource: 'user',
	value: 'getManySignIns',
	name: 'Get Many Sign-Ins',
	action: "Get many sign-ins of a tenant's users",
	description:
		"List the tenant's Entra ID sign-in log (default: the last 7 days), one item per sign-in with errorCode and location; optionally only failed logons of users above a failure count",
	endpoint: 'ListSignIns',
	method: 'GET',
	access: 'read',
	role: 'Identity.AuditLog.Read',
	list: true,
	parameters: [
		tenantParameter('query'),
		additionalFields([
			numberField('Days', 'Days', 'How many days back to read', 7, { in: 'query' }),
			booleanField('Failed Logons Only', 'failedLogonsOnly', 'Whether to return only sign-ins that failed with a wrong password', { in: 'query' }),
			numberField('Failure Threshold', 'FailureThreshold', 'With Failed Logons Only: only users with at least this many failures', 3, { in: 'query' }),
			{ property: filter.property, send: { ...filter.send, validate: validate.longText } },
		]),
	],
	output: records,
};
