import { writes } from '../common/endpoints';
import { additionalFields, requiredLine, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { odataTypeField, policyParameters } from '../shared/intune';
import type { CippOperation } from '../types';

export const clonePolicy: CippOperation = {
	resource: 'intune',
	value: 'clonePolicy',
	name: 'Clone Policy',
	action: 'Copy an Intune policy under a new name',
	description:
		'Copy an Intune policy of a customer tenant, with its settings but without its assignments, to a new policy in the same tenant. A policy that already has the new name is overwritten.',
	...writes('AddIntunePolicyClone', 'Endpoint.MEM.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		...policyParameters('URLName'),
		requiredLine('New Display Name', 'newDisplayName', 'The name of the copy; it must differ from the original', 'newDisplayName', {
			placeholder: 'e.g. Windows - Restrictions (pilot)',
		}),
		additionalFields([
			text('New Description', 'newDescription', "The copy's description (default: the original's)", 'newDescription', {
				check: validate.longText,
			}),
			odataTypeField,
		]),
	],
	output: actionResult(),
};
