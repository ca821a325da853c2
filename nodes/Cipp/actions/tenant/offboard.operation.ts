import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { asLabelValue, namedCollection, textField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult, isRecord } from '../common/readers';
import * as validate from '../common/validators';
import { bodyFlag } from '../shared/tenant-onboarding';
import type { CippOperation, OutputContext } from '../types';

const result = actionResult();

/**
 * CIPP answers `{Results: [...], Errors: [...]}` with HTTP 200 whatever failed, and an exception
 * as a bare text: any error fails the item, naming what was done before it.
 */
function offboardResult(response: unknown, context: OutputContext): IDataObject[] {
	if (typeof response === 'string') context.fail(response);
	const body = isRecord(response) ? response : {};
	const done = validate.listOf(body.Results);
	const errors = validate.listOf(body.Errors);
	if (errors.length > 0) context.fail([...errors, ...(done.length ? [`Done before that: ${done.join('; ')}.`] : [])].join(' '));
	return result({ Results: done }, context);
}

export const offboard: CippOperation = {
	resource: 'tenant',
	value: 'offboard',
	name: 'Offboard',
	action: 'Offboard a customer tenant',
	description:
		"Run the chosen offboarding actions on a customer tenant; none can be undone. Terminate GDAP also deletes the tenant from CIPP's list, even if a termination fails.",
	...writes('ExecOffboardTenant', 'Tenant.Administration.ReadWrite'),
	parameters: [
		{ ...tenantParameter('body', { name: 'TenantFilter' }), send: asLabelValue('TenantFilter') },
		namedCollection('Actions', 'actions', 'Add Action', [
			bodyFlag('Remove Partner Guest Users', 'RemoveCSPGuestUsers', 'Delete the guest users whose mail is in one of your partner domains'),
			bodyFlag('Remove Partner Notification Contacts', 'RemoveCSPnotificationContacts', 'Remove partner emails from notification contacts'),
			bodyFlag('Remove Domain Analyser Data', 'RemoveDomainAnalyserData', "Delete the tenant's rows from CIPP's Domain Analyser"),
			bodyFlag('Remove Partner Apps', 'RemoveMultitenantCSPApps', "Delete every app your partner tenant owns, CIPP's own last"),
			bodyFlag('Terminate GDAP', 'TerminateGDAP', 'Terminate every active GDAP relationship with the tenant, then delete it from CIPP'),
			bodyFlag('Terminate Contract', 'TerminateContract', 'End the reseller (Partner Center) relationship with the tenant'),
			textField(
				{
					displayName: 'Vendor App IDs',
					name: 'vendorApplications',
					placeholder: 'e.g. 2b5c9a7e-...',
					description: 'Enterprise apps (service principal object IDs, see GDAP → Get Many Partner Apps) to delete, separated by commas',
				},
				{ name: 'vendorApplications', in: 'body', encoding: 'labelValueList' },
				validate.guidList,
			),
		]),
	],
	// A tenant CIPP does not list (already offboarded, or a wrong name) is answered so, with HTTP 200 (:25-26).
	refusals: [/^Tenant has already been offboarded$/],
	output: offboardResult,
	run: async (context) => {
		// With no action CIPP does nothing and answers empty lists.
		const body = context.request.body as IDataObject;
		if (!Object.values(body).some((value) => value === true || (Array.isArray(value) && value.length > 0))) {
			validate.invalid(
				{ node: context.node, field: 'Actions', itemIndex: context.itemIndex, access: 'write' },
				'no offboarding action was chosen: CIPP would do nothing.',
				'Add at least one action and turn it on.',
			);
		}
		return offboard.output(await context.call(context.request, offboard.role), context);
	},
};
