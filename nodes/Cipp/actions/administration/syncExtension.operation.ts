import { additionalFields, choiceField, choices, inQuery, text } from '../common/fields';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const syncExtension: CippOperation = {
	resource: 'administration',
	value: 'syncExtension',
	name: 'Sync Extension',
	action: 'Start an extension sync',
	description:
		'Queue a sync of an extension (Gradient billing, NinjaOne or Hudu documentation) and return at once; the sync runs in the background',
	endpoint: 'ExecExtensionSync',
	method: 'GET',
	access: 'write',
	role: 'CIPP.Extension.ReadWrite',
	parameters: [
		choiceField(
			'Extension',
			'extension',
			'The extension to sync',
			inQuery('Extension'),
			'NinjaOne',
			choices({ Gradient: 'Gradient', Hudu: 'Hudu', NinjaOne: 'NinjaOne' }),
		),
		additionalFields([
			text(
				'Tenant ID',
				'tenantId',
				'Sync only this mapped tenant (NinjaOne only): its tenant ID from Get Extension Mapping',
				inQuery('TenantID'),
				{ placeholder: 'e.g. 1032fa86-4e88-4c86-a902-b004920eb126' },
			),
		]),
	],
	// Invoke-ExecExtensionSync: a failed start (:29, :79) and a NinjaOne sync of no mapped tenant (:75)
	// are HTTP 200 without a state; Gradient disabled or without billing answers nothing (:18-25).
	refusals: [/Could not start (Gradient|NinjaOne) Sync/, /Queuing 0 Tenants/],
	output: actionResult({
		queued: { followUp: 'Check Administration → Get Many Extension Sync Tasks or Get Many Logs' },
		emptyMeans: 'CIPP queued nothing: is the extension enabled (and, for Gradient, billing sync turned on) in Save Extensions Config?',
	}),
};
