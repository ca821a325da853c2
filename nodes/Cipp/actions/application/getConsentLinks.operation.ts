import { reads } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { records } from '../common/readers';
import * as validate from '../common/validators';
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
		additionalFields([
			text(
				'Application ID',
				'applicationId',
				"The app (client) ID; default CIPP's own",
				{ name: 'ApplicationId', in: 'query' },
				{ placeholder: 'e.g. 2b5c9a7e-1f0d-4c3b-9a8e-7d6f5e4c3b2a', check: validate.guid },
			),
		]),
	],
	output: records,
};
