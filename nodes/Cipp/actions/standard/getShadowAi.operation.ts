import { reads } from '../common/endpoints';
import { isRecord, records } from '../common/readers';
import { standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

export const getShadowAi: CippOperation = {
	resource: 'standard',
	value: 'getShadowAi',
	name: 'Get Shadow AI',
	action: 'Get the AI tools found in a tenant',
	description:
		"List the AI tools CIPP found in a tenant (apps installed on Intune devices, and Entra apps users consented to), one item per tool with source, aiTool, category, risk and status (Sanctioned or Unsanctioned), from CIPP's last data collection",
	...reads('ListShadowAI', 'Tenant.Standards.Read'),
	list: true,
	parameters: [standardsTenant('query')],
	output: (response) => {
		if (!isRecord(response)) return records(response);
		return [
			...records(response.detectedApps ?? []).map((app) => ({ source: 'device', ...app })),
			...records(response.consentedApps ?? []).map((app) => ({ source: 'consent', ...app })),
		];
	},
};
