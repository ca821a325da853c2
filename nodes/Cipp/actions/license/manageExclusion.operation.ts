import { additionalFields } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const manageExclusion: CippOperation = {
	resource: 'license',
	value: 'manageExclusion',
	name: 'Manage Exclusion',
	action: 'Exclude a licence in CIPP or undo it',
	description:
		"Change CIPP's list of excluded licences (a CIPP setting for all tenants): exclude a SKU everywhere or only from alerts, show or hide it in licence dropdowns, remove the exclusion, or restore CIPP's defaults",
	endpoint: 'ExecExcludeLicenses',
	method: 'POST',
	access: 'write',
	role: 'CIPP.AppSettings.ReadWrite',
	parameters: [
		{
			property: {
				displayName: 'Action',
				name: 'exclusionAction',
				type: 'options',
				required: true,
				default: 'AddExclusion',
				description: 'What to change; all but Restore Defaults need the SKU ID',
				options: [
					{ name: 'Exclude Everywhere', value: 'AddExclusion' },
					{ name: 'Exclude From Alerts Only', value: 'AlertOnly' },
					{ name: 'Remove Exclusion', value: 'RemoveExclusion' },
					{ name: 'Restore Defaults', value: 'RestoreDefaults' },
					{ name: 'Set Dropdown Visibility', value: 'SetShowInDropdown' },
				],
			},
			send: { name: 'Action', in: 'body' },
		},
		{
			property: {
				displayName: 'SKU ID',
				name: 'skuId',
				type: 'string',
				default: '',
				placeholder: 'e.g. f30db892-07e9-47e9-837c-80727f46fd3d',
				description: 'The skuId of the licence, from Get Many',
			},
			send: { name: 'GUID', in: 'body' },
			optional: true,
			validate: validate.guid,
		},
		additionalFields([
			{
				property: { displayName: 'SKU Name', name: 'skuName', type: 'string', default: '', placeholder: 'e.g. Microsoft Power Automate Free', description: 'The licence name CIPP shows for the excluded SKU' },
				send: { name: 'SKUName', in: 'body', validate: validate.text },
			},
			{
				property: { displayName: 'Show in Dropdown', name: 'showInDropdown', type: 'boolean', default: true, description: 'Whether the excluded SKU still appears in licence dropdowns (Set Dropdown Visibility)' },
				send: { name: 'ShowInDropdown', in: 'body', encoding: 'boolean' },
			},
			{
				property: { displayName: 'Full Reset', name: 'fullReset', type: 'boolean', default: false, description: 'Whether Restore Defaults also removes exclusions added by hand' },
				send: { name: 'FullReset', in: 'body', encoding: 'boolean' },
			},
		]),
	],
	output: actionResult(),
};
