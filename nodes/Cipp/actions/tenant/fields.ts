import type { INodeProperties } from 'n8n-workflow';

import * as validate from '../../helpers/validation';
import { tenantParameter } from '../common/parameters';
import type { CippParameter, ValueCheck, Validator } from '../types';

/** A tenant filter CIPP treats as optional: empty means every tenant the API client may see. */
export function optionalTenantParameter(): CippParameter {
	const parameter = tenantParameter('query', { allowAllTenants: true });
	return {
		...parameter,
		property: {
			...parameter.property,
			required: false,
			description: 'The customer tenant to narrow the list to; leave empty (or choose AllTenants) for every tenant',
		},
		optional: true,
	};
}

/** A plain text field by ID, e.g. a policy or template ID. */
export function idField(displayName: string, name: string, placeholder: string, description: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', placeholder, description };
}

/** CIPP's autocomplete list `[{value, label}]`, for fields whose OpenAPI type is not a labelValue list. */
export function labelValueList(check: (entry: string, valueCheck: ValueCheck) => string = validate.text): Validator {
	return (value, valueCheck) => validate.listOf(value).map((entry) => {
		const checked = check(entry, valueCheck);
		return { value: checked, label: checked };
	});
}

/** Text that must match a pattern, e.g. a relative time such as 7d. */
export function matching(pattern: RegExp, example: string): Validator {
	return (value, check) => {
		const text = validate.text(value, check);
		if (!pattern.test(text)) {
			validate.invalid(check, `"${text}" is not in the expected form.`, `Enter a value such as ${example}.`);
		}
		return text;
	};
}
