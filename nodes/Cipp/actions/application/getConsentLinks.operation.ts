import { reads } from '../common/endpoints';
import { additionalFields, guidText, inQuery } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getConsentLinks: CippOperation = {
	resource: 'application',
	value: 'getConsentLinks',
	name: 'Get Consent Links',
	action: 'Get admin consent links for every tenant',
	description:
		"Build an admin consent link for an app in every tenant CIPP manages (default: CIPP's own app), one item per tenant; a Global Administrator of the tenant opens it to consent",
	...reads('ExecAppApproval', 'Tenant.Application.Read'),
	list: true,
	parameters: [
		additionalFields([guidText('Application ID', 'applicationId', "The app (client) ID; default CIPP's own", inQuery('ApplicationId'))]),
	],
	output: records,
};
