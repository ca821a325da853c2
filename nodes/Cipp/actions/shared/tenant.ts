import { readResults } from '../../transport/envelope';
import { optionalTenantParameter, tenantParameter } from '../common/pickers';
import * as validate from '../common/validators';
import type { CippOperation, CippParameter, OutputContext } from '../types';
import { choices } from '../common/fields';

/**
 * The optional tenant filter of a list CIPP keys by default domain (audit-log records, the legacy
 * standards view): a tenant ID would match nothing and give an empty list, so it is refused.
 */
export function optionalDomainTenantParameter(): CippParameter {
	const parameter = optionalTenantParameter();
	return {
		...parameter,
		property: {
			...parameter.property,
			description: `${String(parameter.property.description)}. By default domain: CIPP keys these records by it, so a tenant ID is refused.`,
		},
		validate: validate.tenant({ allowAllTenants: true, defaultDomainOnly: true }),
	};
}

/** The tenant of an operation whose CIPP endpoint stores or filters by default domain (breach results). */
export function domainTenantParameter(where: 'query' | 'body'): CippParameter {
	const parameter = tenantParameter(where, { defaultDomainOnly: true });
	return {
		...parameter,
		property: {
			...parameter.property,
			description: 'The customer tenant to act on, by default domain: CIPP keys the results by it, so a tenant ID is refused',
		},
	};
}

/**
 * An action's reader where CIPP's refusal reads like a success ("Removed … named: ''", "Successfully
 * started … Template:  ()"): the item fails saying what it means and what to do, CIPP's text after.
 */
export function refusalMeans(meaning: (context: OutputContext) => string, read: CippOperation['output']): CippOperation['output'] {
	return (response, context) => {
		const text = readResults(response)
			.map((result) => result.text)
			.join(' ');
		if (context.refusals.some((pattern) => pattern.test(text))) context.fail(`${meaning(context)} CIPP answered: "${text}"`);
		return read(response, context);
	};
}

/** The periods Microsoft Graph's usage reports cover. */
export const REPORT_PERIODS = choices({ '7 Days': 'D7', '30 Days': 'D30', '90 Days': 'D90', '180 Days': 'D180' });
