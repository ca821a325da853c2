import type { INodeProperties } from 'n8n-workflow';

import { reads, writes } from '../common/endpoints';
import { additionalFields, choices, flag, requiredChoice, requiredLine, requiredText, text, upnParameter } from '../common/fields';
import type { FieldEntry } from '../common/fields';
import { recordParameter, tenantParameter, userParameter } from '../common/pickers';
import { actionResult, isRecord, parsedRecords, records, resultRecords } from '../common/readers';
import type { ActionOutputOptions } from '../common/readers';
import * as validate from '../common/validators';
import { upnList } from '../common/validators';
import type { CippOperation, CippParameter, SendTo, StepContext, Validator } from '../types';
import { useReportDbProperty } from './security';

const HTTPS_URL = /^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/i;

export const siteUrl: Validator = (value, check) => {
	const text = validate.text(value, check, validate.MAX_TEXT_LENGTH);
	if (!HTTPS_URL.test(text)) {
		validate.invalid(check, `"${text}" is not a site URL.`, 'Enter the full URL, e.g. https://contoso.sharepoint.com/sites/Sales.');
	}
	return text;
};

export function siteUrlParameter(send: SendTo, property: Partial<INodeProperties> = {}): CippParameter {
	return requiredText(
		{
			displayName: 'Site URL',
			name: 'siteUrl',
			placeholder: 'e.g. https://contoso.sharepoint.com/sites/Sales',
			description: 'The site, by its URL (the webUrl field of Teams & SharePoint → Get Many Sites)',
			...property,
		},
		{ ...send, validate: siteUrl },
	);
}

export const phoneNumberParameter: CippParameter = requiredLine(
	'Phone Number',
	'phoneNumber',
	'The number in E.164 format (the TelephoneNumber field of Teams & SharePoint → Get Many Phone Numbers)',
	'PhoneNumber',
	{ placeholder: 'e.g. +14255550100' },
);

export const phoneNumberTypeParameter: CippParameter = requiredChoice(
	'Phone Number Type',
	'phoneNumberType',
	'How the number is provided (the NumberType field of Get Many Phone Numbers)',
	'PhoneNumberType',
	'CallingPlan',
	choices({ 'Calling Plan': 'CallingPlan', 'Direct Routing': 'DirectRouting', 'Operator Connect': 'OperatorConnect' }),
);

/** ListSites serves SharePoint sites and OneDrives from the same usage report; Type picks which. */
export function siteListOperation(
	type: 'SharePointSiteUsage' | 'OneDriveUsageAccount',
	operation: Pick<CippOperation, 'value' | 'name' | 'action' | 'description'>,
): CippOperation {
	return {
		resource: 'teamsSharePoint',
		...operation,
		...reads('ListSites', 'Sharepoint.Site.Read'),
		list: true,
		parameters: [
			tenantParameter('query', { allowAllTenants: true }),
			additionalFields([
				flag('Only With URL', 'urlOnly', 'Whether to leave out entries without a web URL', { name: 'URLOnly', in: 'query' }, true),
				{ property: useReportDbProperty, send: { name: 'UseReportDB', in: 'query', encoding: 'boolean' } },
			]),
		],
		constants: { query: { Type: type } },
		output: records,
	};
}

/** ExecSharePointPerms sets or clears the site collection admin flag (RemovePermission). */
export function siteAdminOperation(
	remove: boolean,
	operation: Pick<CippOperation, 'value' | 'name' | 'action' | 'description'>,
): CippOperation {
	return {
		resource: 'teamsSharePoint',
		...operation,
		...writes('ExecSharePointPerms', 'Sharepoint.Site.ReadWrite'),
		parameters: [
			tenantParameter('body'),
			userParameter(
				{ name: 'UPN', in: 'body', encoding: 'graphId' },
				{
					name: 'oneDriveOwner',
					displayName: 'OneDrive Owner',
					description: 'The user whose OneDrive to change, by user principal name or object ID; not used when a Site URL is given',
				},
			),
			{
				property: {
					displayName: 'Admins',
					name: 'admins',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'e.g. it.admin@contoso.com, helpdesk@contoso.com',
					description: 'The site collection admins to ' + (remove ? 'remove' : 'add') + ', by user principal name, separated by commas',
				},
				send: { name: 'onedriveAccessUser', in: 'body', encoding: 'stringList' },
				validate: upnList,
			},
			{
				property: {
					displayName: 'Site URL',
					name: 'siteUrl',
					type: 'string',
					default: '',
					placeholder: 'e.g. https://contoso.sharepoint.com/sites/Sales',
					description: "A SharePoint site instead of the owner's OneDrive; leave empty for the OneDrive",
				},
				send: { name: 'URL', in: 'body' },
				optional: true,
				validate: siteUrl,
			},
		],
		constants: { body: { RemovePermission: remove } },
		output: actionResult(),
	};
}

/**
 * For owners and members of a group-connected site CIPP changes the Microsoft 365 group; without
 * GroupID it looks the group up with an empty mail filter (Invoke-ExecSetSharePointMember.ps1:40-51),
 * which fails or, worse, can match an unrelated group. So the group is required there.
 */
function checkSiteGroup(context: StepContext): void {
	const { siteType, role, groupId } = context.values;
	if (siteType !== 'Group' || role === 'Visitors' || (typeof groupId === 'string' && groupId.trim() !== '')) return;
	validate.invalid(
		{ node: context.node, field: 'Microsoft 365 Group', itemIndex: context.itemIndex, access: 'write' },
		`a group-connected site's ${String(role)} are changed in its Microsoft 365 group, and no group was given; CIPP would search for the group with an empty filter.`,
		"Enter the site's Microsoft 365 group (its ID or mail address, the groupId of Get Many Sites).",
	);
}

/** ExecSetSharePointMember adds (Add true) or removes (Add false) a user in a site's role group. */
export function siteMemberOperation(
	add: boolean,
	operation: Pick<CippOperation, 'value' | 'name' | 'action' | 'description'>,
): CippOperation {
	return {
		resource: 'teamsSharePoint',
		...operation,
		...writes('ExecSetSharePointMember', 'Sharepoint.Site.ReadWrite'),
		parameters: [
			tenantParameter('body'),
			siteUrlParameter({ name: 'URL', in: 'body' }),
			upnParameter({ name: 'user', in: 'body', encoding: 'labelValue' }, { name: 'user' }),
			requiredChoice('Role', 'role', '', 'Role', 'Members', choices({ Members: 'Members', Owners: 'Owners', Visitors: 'Visitors' })),
			requiredChoice(
				'Site Type',
				'siteType',
				"The site's template (the rootWebTemplate field of Get Many Sites). Owners and members of a group-connected site are changed in its Microsoft 365 group.",
				'SharePointType',
				'Communication Site',
				choices({
					'Communication Site': 'Communication Site',
					'Group-Connected Team Site': 'Group',
					'Team Site (No Microsoft 365 Group)': 'Team Site',
				}),
			),
			{
				property: {
					displayName: 'Microsoft 365 Group',
					name: 'groupId',
					type: 'string',
					default: '',
					placeholder: 'e.g. sales@contoso.com',
					description:
						"For a group-connected site: its Microsoft 365 group, by ID, mail address or mail nickname. Required there for Owners and Members. CIPP then changes only the group: a user added directly to the site's SharePoint group is removed with Remove Site User.",
				},
				send: { name: 'GroupID', in: 'body' },
				optional: true,
			},
		],
		constants: { body: { Add: add } },
		output: actionResult(),
		run: async (context) => {
			checkSiteGroup(context);
			return actionResult()(await context.call(context.request, 'Sharepoint.Site.ReadWrite'), context);
		},
	};
}

/** The newer site endpoints answer `{Results: rows}` or `{Results: "Failed ..."}` (HTTP 400). */
type SiteOperation = Pick<CippOperation, 'value' | 'name' | 'action' | 'description' | 'endpoint' | 'role'> &
	Partial<Pick<CippOperation, 'refusals' | 'run'>>;

/** A read of one site (tenant and SiteUrl in the query): one item per record, or the one record. */
export function siteReadOperation(operation: SiteOperation, list: boolean, more: CippParameter[] = []): CippOperation {
	const { endpoint, role, ...rest } = operation;
	return {
		resource: 'teamsSharePoint',
		...rest,
		...reads(endpoint, role),
		...(list ? { list: true } : {}),
		parameters: [tenantParameter('query'), siteUrlParameter({ name: 'SiteUrl', in: 'query' }), ...more],
		output: resultRecords,
	};
}

/** A change to one site (tenant and SiteUrl in the body), answered with CIPP's `{Results}` message. */
export function siteWriteOperation(operation: SiteOperation, more: CippParameter[] = []): CippOperation {
	const { endpoint, role, ...rest } = operation;
	return {
		resource: 'teamsSharePoint',
		...rest,
		...writes(endpoint, role),
		parameters: [tenantParameter('body'), siteUrlParameter({ name: 'SiteUrl', in: 'body' }), ...more],
		output: actionResult(),
	};
}

/** A document library by its list ID (Get Many Site Libraries' Id); empty means the site itself where allowed. */
export function libraryIdField(description: string): FieldEntry {
	return text('Library ID', 'listId', description, 'ListId', {
		placeholder: 'e.g. 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
		check: validate.guid,
	});
}

/** A saved SharePoint provisioning template, picked from Get Many SharePoint Templates. */
export const sharePointTemplateParameter = recordParameter(
	{
		displayName: 'Template ID',
		name: 'sharePointTemplateId',
		description: 'The SharePoint template, by its TemplateId',
		searchListMethod: 'searchTeamsSharePointTemplates',
		placeholder: 'Select a template...',
	},
	{ name: 'TemplateId', in: 'body' },
);

/** ExecSharePointTemplate answers JSON text of a list (ConvertTo-Json @($Body), :204): its first entry is the envelope. */
function parsedEnvelope(response: unknown): unknown {
	const parsed = parsedRecords(response);
	return parsed.length === 1 ? parsed[0] : response;
}

/** An ExecSharePointTemplate action (Action in the body), read as CIPP's `{Results}` once the JSON text is parsed. */
export function sharePointTemplateAction(
	action: 'Deploy' | 'Delete' | 'Save',
	operation: Pick<CippOperation, 'value' | 'name' | 'action' | 'description' | 'parameters'> & Partial<Pick<CippOperation, 'refusals'>>,
	options: ActionOutputOptions = {},
): CippOperation {
	const result = actionResult(options);
	return {
		resource: 'teamsSharePoint',
		...operation,
		...writes('ExecSharePointTemplate', 'Sharepoint.Admin.ReadWrite'),
		constants: { body: { Action: action } },
		output: (response, context) => {
			const envelope = parsedEnvelope(response);
			const deploymentId = isRecord(envelope) ? envelope.DeploymentId : undefined;
			const templateId = isRecord(envelope) && isRecord(envelope.Metadata) ? envelope.Metadata.TemplateId : undefined;
			return result(envelope, context).map((item) => ({
				...item,
				...(deploymentId ? { deploymentId } : {}),
				...(templateId ? { templateId } : {}),
			}));
		},
	};
}
