import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { additionalFields, choiceField, pascalFlag } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, StepContext } from '../types';

const skuList = (displayName: string, name: string, description: string) => ({
	property: {
		displayName,
		name,
		type: 'string' as const,
		default: '',
		placeholder: 'e.g. cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46',
		description,
	},
	send: { name: displayName.replace(/ /g, ''), in: 'body' as const, encoding: 'labelValueList' as const },
});

const listed = (value: unknown) => Array.isArray(value) && value.length > 0;

/**
 * Without the SKUs its operation needs, CIPP answers "No license changes needed" and does
 * nothing: refused before sending instead, naming the field to fill.
 */
function refuseEmptyChange(context: StepContext): void {
	const { node, itemIndex } = context;
	const row = context.request.body as IDataObject;
	const operation = String(row.LicenseOperation ?? 'Add');
	const check = (field: string) => ({ node, field, itemIndex, access: 'write' as const });
	if ((operation === 'Add' || operation === 'Replace') && !listed(row.Licenses)) {
		validate.invalid(
			check('Licenses'),
			`${operation} needs the SKU IDs to add.`,
			'Enter SKU IDs (from License → Get Many) in Licenses. Without them CIPP changes nothing.',
		);
	}
	if (operation === 'Remove' && !listed(row.LicensesToRemove) && row.RemoveAllLicenses !== true) {
		validate.invalid(
			check('Licenses To Remove'),
			'Remove needs the SKU IDs to remove, or Remove All Licenses.',
			'Add Licenses To Remove (SKU IDs) or turn on Remove All Licenses under Additional Fields. Without them CIPP changes nothing.',
		);
	}
}

export const changeLicenses: CippOperation = {
	resource: 'license',
	value: 'changeLicenses',
	name: 'Change User Licenses',
	action: "Add, remove or replace a user's licences",
	description:
		'Add licences to a user, remove some or all of them, or replace them, by SKU ID (from License → Get Many). One item per user. Add and Replace need Licenses, Remove needs Licenses To Remove or Remove All Licenses. When nothing would change (e.g. removing SKUs the user does not hold) CIPP answers "No license changes needed" and the item fails. When Microsoft refuses a licence because the user has no usage location, CIPP sets it to CIPP\'s default (else US) and retries.',
	...writes('ExecBulkLicense', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		{
			...userParameter(
				{ name: 'userIds', in: 'body', encoding: 'stringList' },
				{ description: "The user's object ID: CIPP looks users up by ID only" },
			),
			validate: validate.guid,
		},
		choiceField('License Operation', 'licenseOperation', '', 'LicenseOperation', 'Add', [
			{ name: 'Add', value: 'Add', description: 'Add the licences in Licenses' },
			{ name: 'Remove', value: 'Remove', description: 'Remove the licences in Licenses To Remove, or all of them' },
			{ name: 'Replace', value: 'Replace', description: 'Remove Licenses To Replace (or all) and add Licenses' },
		]),
		{
			...skuList('Licenses', 'licenses', 'SKU IDs to add (Add, Replace), separated by commas'),
			optional: true,
		},
		additionalFields([
			skuList('Licenses To Remove', 'licensesToRemove', 'SKU IDs to remove (Remove), separated by commas'),
			skuList('Licenses To Replace', 'licensesToReplace', 'SKU IDs to take away when replacing (Replace), separated by commas'),
			pascalFlag('Remove All Licenses', 'removeAllLicenses', 'Whether Remove takes away every licence the user has'),
			pascalFlag('Replace All Licenses', 'replaceAllLicenses', 'Whether Replace takes away every licence the user has'),
		]),
	],
	// CIPP's words when it changed nothing for the user (e.g. removing SKUs the user does not hold).
	refusals: [/No license changes needed for user/, /No valid user ID found in request/],
	output: actionResult(),
	// CIPP reads the body as a list of rows, one per user: this item's fields are one row.
	run: async (context) => {
		refuseEmptyChange(context);
		const answer = await context.call({ ...context.request, body: [context.request.body as IDataObject] }, changeLicenses.role);
		return changeLicenses.output(answer, context);
	},
};
