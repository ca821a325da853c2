import { writes } from '../common/endpoints';
import { choices, requiredChoice, requiredGuid } from '../common/fields';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

/** The kinds of CIPP's templates table (its PartitionKey), as CIPP's template pages name them. */
const templateKinds = choices({
	'Conditional Access': 'CATemplate',
	Intune: 'IntuneTemplate',
	Standards: 'StandardsTemplateV2',
	Group: 'GroupTemplate',
	'Transport Rule': 'TransportTemplate',
	'Exchange Connector': 'ExConnectorTemplate',
	'Spam Filter': 'SpamfilterTemplate',
	'Connection Filter': 'ConnectionfilterTemplate',
	'Safe Links': 'SafeLinksTemplate',
	Contact: 'ContactTemplate',
	'Assignment Filter': 'AssignmentFilterTemplate',
	'App Approval': 'AppApprovalTemplate',
	'Tenant Allow/Block List': 'TenantAllowBlockListTemplate',
});

export const cloneTemplate: CippOperation = {
	resource: 'standard',
	value: 'cloneTemplate',
	name: 'Clone Template',
	action: 'Clone a CIPP template',
	description:
		"Copy a CIPP template of any kind under a new ID with the same name and content. CIPP does not return the copy's ID (list the kind's templates to find it), and a copied standards template applies to the same tenants.",
	...writes('ExecCloneTemplate', 'CIPP.Core.ReadWrite'),
	parameters: [
		requiredChoice('Template Kind', 'templateKind', 'The kind of template to copy', 'Type', 'CATemplate', templateKinds),
		requiredGuid('Template ID', 'templateId', "The GUID of the template to copy, from its kind's Get Many Templates", 'GUID'),
	],
	output: actionResult(),
};
