import type { INodeProperties } from 'n8n-workflow';

import * as validate from '../../helpers/validation';
import { requiredParameter } from '../common/parameters';
import type { CippParameter, SendTo, Validator } from '../types';

export { useReportDbProperty } from '../security/shared';

const HTTPS_URL = /^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/i;

/** One or more user principal names, separated by commas. */
export const upnList: Validator = (value, check) =>
	(Array.isArray(value) ? value : String(value ?? '').split(/[,\n]/))
		.map((entry) => String(entry).trim())
		.filter((entry) => entry !== '')
		.map((entry) => validate.userPrincipalName(entry, check) as string);

export const siteUrl: Validator = (value, check) => {
	const text = validate.text(value, check, validate.MAX_TEXT_LENGTH);
	if (!HTTPS_URL.test(text)) {
		validate.invalid(check, `"${text}" is not a site URL.`, 'Enter the full URL, e.g. https://contoso.sharepoint.com/sites/Sales.');
	}
	return text;
};

export function siteUrlParameter(send: SendTo, property: Partial<INodeProperties> = {}): CippParameter {
	return requiredParameter(
		{
			displayName: 'Site URL',
			name: 'siteUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://contoso.sharepoint.com/sites/Sales',
			description: 'The site, by its URL (the webUrl field of Teams & SharePoint → Get Many Sites)',
			...property,
		},
		{ ...send, validate: siteUrl },
	);
}

export const phoneNumberParameter: CippParameter = requiredParameter(
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. +14255550100',
		description: 'The number in E.164 format (the TelephoneNumber field of Teams & SharePoint → Get Many Phone Numbers)',
	},
	{ name: 'PhoneNumber', in: 'body' },
);

export const phoneNumberTypeParameter: CippParameter = requiredParameter(
	{
		displayName: 'Phone Number Type',
		name: 'phoneNumberType',
		type: 'options',
		default: 'CallingPlan',
		description: 'How the number is provided (the NumberType field of Get Many Phone Numbers)',
		options: [
			{ name: 'Calling Plan', value: 'CallingPlan' },
			{ name: 'Direct Routing', value: 'DirectRouting' },
			{ name: 'Operator Connect', value: 'OperatorConnect' },
		],
	},
	{ name: 'PhoneNumberType', in: 'body' },
);
