import type { INodeProperties } from 'n8n-workflow';

import * as validate from '../../helpers/validation';
import { additionalFields, userParameter } from '../common/parameters';
import type { CippParameter, Encoding, SendTo, Validator } from '../types';

/** One option of an "Additional Fields" collection and the CIPP field it fills. */
export interface FieldEntry {
	property: INodeProperties;
	send: SendTo;
}

interface FieldOptions {
	placeholder?: string;
	/** CIPP's field name, when it differs from the option's name. */
	cippName?: string;
	encoding?: Encoding;
	in?: 'query' | 'body';
}

export function textField(displayName: string, name: string, description: string, options: FieldOptions = {}): FieldEntry {
	return {
		property: {
			displayName,
			name,
			type: 'string',
			default: '',
			description,
			...(options.placeholder ? { placeholder: options.placeholder } : {}),
		},
		send: { name: options.cippName ?? name, in: options.in ?? 'body', ...(options.encoding ? { encoding: options.encoding } : {}) },
	};
}

export function booleanField(displayName: string, name: string, description: string, options: FieldOptions & { on?: boolean } = {}): FieldEntry {
	const property: INodeProperties = options.on
		? { displayName, name, type: 'boolean', default: true, description }
		: { displayName, name, type: 'boolean', default: false, description };
	return {
		property,
		send: { name: options.cippName ?? name, in: options.in ?? 'body', encoding: 'boolean' },
	};
}

export function numberField(displayName: string, name: string, description: string, defaultValue: number, options: FieldOptions = {}): FieldEntry {
	return {
		property: { displayName, name, type: 'number', typeOptions: { minValue: 1 }, default: defaultValue, description },
		send: { name: options.cippName ?? name, in: options.in ?? 'body', encoding: 'number' },
	};
}

/** A collection like "Additional Fields", under another name (e.g. the offboarding "Actions"). */
export function namedCollection(displayName: string, name: string, placeholder: string, entries: FieldEntry[]): CippParameter {
	const collection = additionalFields(entries);
	return { ...collection, property: { ...collection.property, displayName, name, placeholder } };
}

/**
 * CIPP's scheduler switch `{<enabledKey>: true, date: <Unix seconds>}` from one date field: the
 * work then runs at that time instead of now.
 */
export function scheduleField(description: string, enabledKey: 'Enabled' | 'enabled'): FieldEntry {
	const toSchedule: Validator = (value, check) => ({ [enabledKey]: true, date: validate.unixSeconds(value, check) });
	return {
		property: { displayName: 'Schedule At', name: 'scheduleAt', type: 'dateTime', default: '', description },
		send: { name: 'Scheduled', in: 'body', encoding: 'json', validate: toSchedule },
	};
}

/** One or more user principal names, comma-separated; CIPP needs the UPN (an object ID is refused). */
export const upnList: Validator = (value, check) => {
	const text = validate.longText(value, check) as string;
	const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
	return entries.map((entry) => validate.userPrincipalName(entry, check)).join(',');
};

/** A mailbox: Exchange takes the user principal name or the object ID as its identity. */
export function mailboxParameter(send: SendTo): CippParameter {
	return userParameter(send, { displayName: 'Mailbox', name: 'mailbox', description: "The user's mailbox, by user principal name or object ID" });
}

/** A user by object ID only (Graph APIs that filter or evaluate by ID). */
export function userByIdParameter(send: SendTo): CippParameter {
	return { ...userParameter(send, { description: 'The user, by object ID (a user principal name is not accepted here)' }), validate: validate.guid };
}

/** Profile attributes that Create and Update share (CIPP's New-CIPPUser / Set-CIPPUser read the same names). */
export const profileFields: FieldEntry[] = [
	textField('First Name', 'givenName', 'The given name'),
	textField('Last Name', 'surname', 'The surname'),
	textField('Job Title', 'jobTitle', 'The job title', { placeholder: 'e.g. Sales Manager' }),
	textField('Department', 'department', 'The department', { placeholder: 'e.g. Sales' }),
	textField('Company Name', 'companyName', 'The company name'),
	textField('Mobile Phone', 'mobilePhone', 'The mobile phone number', { placeholder: 'e.g. +1 425 555 0100' }),
	textField('Business Phone', 'businessPhones', 'The business phone number', { placeholder: 'e.g. +1 425 555 0101' }),
	textField('Street Address', 'streetAddress', 'The street address'),
	textField('City', 'city', 'The city'),
	textField('State', 'state', 'The state or province'),
	textField('Postal Code', 'postalCode', 'The postal code'),
	textField('Country', 'country', 'The country or region', { placeholder: 'e.g. United States' }),
	textField('Usage Location', 'usageLocation', 'Two-letter country code where the user uses Microsoft 365; needed before licences can be assigned', {
		placeholder: 'e.g. US',
		encoding: 'labelValue',
	}),
	textField('Other Emails', 'otherMails', 'Alternative email addresses, separated by commas', { placeholder: 'e.g. jane@gmail.com' }),
	textField('Manager', 'setManager', "The manager's user principal name or object ID", {
		placeholder: 'e.g. megan.bowen@contoso.com',
		encoding: 'labelValue',
	}),
];
