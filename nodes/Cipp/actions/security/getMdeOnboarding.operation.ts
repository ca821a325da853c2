import { reads } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { recordsOrFail } from '../common/readers';
import { useReportDbProperty } from '../shared/security';
import type { CippOperation } from '../types';

export const getMdeOnboarding: CippOperation = {
	resource: 'security',
	value: 'getMdeOnboarding',
	name: 'Get MDE Onboarding Status',
	action: 'Get the Defender for Endpoint onboarding status',
	description:
		"Get the state of a tenant's Microsoft Defender for Endpoint connector to Intune (partnerState enabled, unavailable...), one item per tenant; AllTenants reads CIPP's report database",
	...reads('ListMDEOnboarding', 'Security.Defender.Read'),
	list: true,
	parameters: [
		tenantParameter('query', { allowAllTenants: true }),
		additionalFields([{ property: useReportDbProperty, send: { name: 'UseReportDB', in: 'query', encoding: 'boolean' } }]),
	],
	output: recordsOrFail,
};
