import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, choices, flag, pascalFlag, text } from '../common/fields';
import { actionResult, records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, StepContext } from '../types';

const output = actionResult();

/**
 * CIPP reads Show in Dropdown as "is it true", so Set Dropdown Visibility without the field hides
 * the SKU although the editor shows true: the field is required at run time. Exclude Everywhere and
 * Exclude From Alerts Only rewrite the whole exclusion: an existing one would lose its name (when
 * SKU Name is not given) and be hidden from dropdowns again. So the current exclusion is read
 * first, its name sent along, and its dropdown visibility set back afterwards.
 */
async function changeKeepingSettings(context: StepContext): Promise<IDataObject[]> {
	const body = context.request.body as IDataObject;
	const action = String(body.Action);
	const role = 'CIPP.AppSettings.ReadWrite';
	if (action === 'SetShowInDropdown' && typeof body.ShowInDropdown !== 'boolean') {
		validate.invalid(
			{ node: context.node, field: 'Show in Dropdown', itemIndex: context.itemIndex, access: 'write' },
			'Set Dropdown Visibility needs Show in Dropdown: without it CIPP hides the SKU.',
			'Add Show in Dropdown under Additional Fields, on to show the SKU or off to hide it.',
		);
	}
	if (action !== 'AddExclusion' && action !== 'AlertOnly') return output(await context.call(context.request, role), context);
	const listed = await context.call({ method: 'GET', endpoint: 'ListExcludedLicenses', qs: {} }, 'CIPP.AppSettings.Read');
	const current = records(listed).find((entry) => String(entry.GUID ?? entry.RowKey).toLowerCase() === String(body.GUID).toLowerCase());
	const name = body.SKUName ?? current?.Product_Display_Name;
	const request = { ...context.request, body: { ...body, ...(typeof name === 'string' && name !== '' ? { SKUName: name } : {}) } };
	const items = output(await context.call(request, role), context);
	if (current?.ShowInLicenseDropdown === true) {
		output(
			await context.call({ ...context.request, body: { Action: 'SetShowInDropdown', GUID: body.GUID, ShowInDropdown: true } }, role),
			context,
		);
	}
	return items;
}

export const manageExclusion: CippOperation = {
	resource: 'license',
	value: 'manageExclusion',
	name: 'Manage Exclusion',
	action: 'Exclude a licence in CIPP or undo it',
	description:
		"Change CIPP's list of excluded licences (a CIPP setting for all tenants): exclude a SKU everywhere or only from alerts, show or hide it in licence dropdowns, remove the exclusion, or restore CIPP's defaults. Changing an existing exclusion's type keeps its name and dropdown visibility (read first and sent back); Set Dropdown Visibility needs Show in Dropdown.",
	...writes('ExecExcludeLicenses', 'CIPP.AppSettings.ReadWrite'),
	parameters: [
		{
			property: {
				displayName: 'Action',
				name: 'exclusionAction',
				type: 'options',
				required: true,
				default: 'AddExclusion',
				description: 'What to change; all but Restore Defaults need the SKU ID',
				options: choices({
					'Exclude Everywhere': 'AddExclusion',
					'Exclude From Alerts Only': 'AlertOnly',
					'Remove Exclusion': 'RemoveExclusion',
					'Restore Defaults': 'RestoreDefaults',
					'Set Dropdown Visibility': 'SetShowInDropdown',
				}),
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
			text('SKU Name', 'skuName', 'The licence name CIPP shows for the excluded SKU', 'SKUName', {
				placeholder: 'e.g. Microsoft Power Automate Free',
				check: validate.text,
			}),
			flag(
				'Show in Dropdown',
				'showInDropdown',
				'Whether the excluded SKU still appears in licence dropdowns (Set Dropdown Visibility, which needs this field)',
				'ShowInDropdown',
				true,
			),
			pascalFlag('Full Reset', 'fullReset', 'Whether Restore Defaults also removes exclusions added by hand'),
		]),
	],
	output,
	run: changeKeepingSettings,
};
