import type { IDataObject } from 'n8n-workflow';

import { additionalFields, pascalFlag, requiredText, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { parsedRecords } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, OutputContext } from '../types';

/** CIPP answers ConvertTo-Json text of {Results}; a failed cmdlet is Results [{Error}] with HTTP 200. */
function cmdletRecords(response: unknown, context: OutputContext): IDataObject[] {
	const rows = parsedRecords(response).flatMap((row) =>
		Array.isArray(row.Results) ? (row.Results as IDataObject[]) : 'Results' in row ? [row.Results as IDataObject] : [row],
	);
	const failed = rows.find((row) => row && typeof row === 'object' && Object.keys(row).length === 1 && typeof row.Error === 'string');
	if (failed) context.fail(String(failed.Error));
	return rows.filter((row) => row !== null && row !== undefined).map((row) => (typeof row === 'object' ? row : { value: row }));
}

export const runCmdlet: CippOperation = {
	resource: 'mailbox',
	value: 'runCmdlet',
	name: 'Run Read-Only Cmdlet',
	action: 'Run a read-only Exchange Online cmdlet',
	description:
		'Run one Exchange Online PowerShell cmdlet that only reads (Get-* or Search-*) in a tenant, one item per object it returns, for what no other operation reads',
	endpoint: 'ListExoRequest',
	method: 'POST',
	access: 'read',
	role: 'CIPP.Core.Read',
	list: true,
	parameters: [
		tenantParameter('body', { name: 'TenantFilter' }),
		requiredText(
			{
				displayName: 'Cmdlet',
				name: 'cmdlet',
				placeholder: 'e.g. Get-MailboxStatistics',
				description: 'A cmdlet whose name starts with Get- or Search-',
			},
			{ name: 'Cmdlet', in: 'body', validate: validate.matching(/^\s*(Get|Search)-[A-Za-z]+\s*$/, 'Get-Mailbox') },
		),
		additionalFields([
			{
				property: {
					displayName: 'Parameters (JSON)',
					name: 'cmdParams',
					type: 'json',
					default: '{}',
					description: 'The cmdlet\'s parameters as a JSON object, e.g. {"Identity": "jane@contoso.com"}',
				},
				send: { name: 'cmdParams', in: 'body', encoding: 'json' },
			},
			text('Select', 'select', 'Only these properties, separated by commas', 'Select', { placeholder: 'e.g. DisplayName,ItemCount' }),
			text(
				'Anchor Mailbox',
				'anchor',
				'The mailbox to route the call to (needed by mailbox-level cmdlets such as Get-InboxRule)',
				'Anchor',
				{ placeholder: 'e.g. jane@contoso.com' },
			),
			pascalFlag(
				'Security & Compliance',
				'compliance',
				'Whether the cmdlet is a Security & Compliance (Purview) one instead of Exchange Online',
			),
		]),
	],
	output: cmdletRecords,
};
