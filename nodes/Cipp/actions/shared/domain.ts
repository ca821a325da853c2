import { writes } from '../common/endpoints';
import { recordParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter } from '../types';

const DOMAIN = /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/** A domain name, in the form CIPP accepts (Invoke-AddDomain.ps1:23). */
export const domainName = validate.matching(DOMAIN, 'contoso.com');

/** A domain of the chosen tenant, picked or typed. */
export const domainParameter: CippParameter = {
	...recordParameter(
		{
			displayName: 'Domain',
			name: 'domain',
			description: "The tenant's domain",
			searchListMethod: 'domainSearchDomains',
			placeholder: 'Select a domain...',
			typed: 'text',
		},
		{ name: 'domain', in: 'body' },
	),
	validate: domainName,
};

/** One of ExecDomainAction's actions (verify, setDefault, delete) on a domain of a tenant. */
export function domainAction(
	operation: Pick<CippOperation, 'value' | 'name' | 'action' | 'description'>,
	action: 'verify' | 'setDefault' | 'delete',
): CippOperation {
	return {
		resource: 'domain',
		...operation,
		...writes('ExecDomainAction', 'Tenant.Administration.ReadWrite'),
		parameters: [tenantParameter('body'), domainParameter],
		constants: { body: { Action: action } },
		output: actionResult(),
	};
}
