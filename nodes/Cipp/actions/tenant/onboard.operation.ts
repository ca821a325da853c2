import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { records } from '../common/readers';
import { relationshipParameter, roleTemplateMappings, roleTemplateParameter } from '../shared/gdap';
import { bodyFlag } from '../shared/tenant-onboarding';
import type { CippOperation, OutputContext } from '../types';

/** CIPP answers with the onboarding job itself (not `{Results}`), or a bare text when it fails. */
function onboardingJob(response: unknown, context: OutputContext): IDataObject[] {
	if (typeof response === 'string') context.fail(response);
	return records(response);
}

export const onboard: CippOperation = {
	resource: 'tenant',
	value: 'onboard',
	name: 'Onboard',
	action: 'Onboard a customer tenant after its GDAP invite is approved',
	description:
		"Queue CIPP's onboarding of an approved GDAP relationship (role check, group mapping from the role template, consent refresh, Graph test), then the tenant joins CIPP; one item with the job. A job started for it in the last 10 minutes is returned as it is unless Retry is on.",
	...writes('ExecOnboardTenant', 'Tenant.Administration.ReadWrite'),
	parameters: [
		relationshipParameter({ name: 'id', in: 'body' }),
		{ ...roleTemplateParameter, send: undefined },
		additionalFields([
			bodyFlag('Create Missing Groups', 'addMissingGroups', "Recreate the template's partner groups that no longer exist"),
			bodyFlag('Ignore Missing Roles', 'ignoreMissingRoles', 'Continue when the relationship lacks roles CIPP needs'),
			bodyFlag('Map Roles Automatically', 'autoMapRoles', "Add the template's groups to a relationship with existing access assignments"),
			bodyFlag('Exclude From AllTenants Standards', 'standardsExcludeAllTenants', 'Keep the new tenant out of AllTenants standards'),
			bodyFlag('Retry', 'Retry', 'Start again even if a job for this relationship ran in the last 10 minutes'),
		]),
	],
	output: onboardingJob,
	run: async (context) => {
		// CIPP reads the template's role mappings as gdapRoles; an unknown template would onboard without any group mapping.
		const templateId = String(context.values.templateId);
		const gdapRoles = await roleTemplateMappings(context, templateId, onboard.role);
		if (gdapRoles.length === 0) context.fail(`GDAP role template "${templateId}" was not found or has no role mappings.`);
		const body: IDataObject = { ...(context.request.body as IDataObject), gdapRoles };
		return onboard.output(await context.call({ ...context.request, body }, onboard.role), context);
	},
};
