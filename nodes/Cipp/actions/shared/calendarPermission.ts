import type { INodeProperties } from 'n8n-workflow';

import { mailboxParameter } from '../common/pickers';
import * as validate from '../common/validators';
import type { CippParameter, Validator } from '../types';

/** Exchange's calendar access rights (Add-MailboxFolderPermission -AccessRights), sorted by name. */
export const PERMISSION_LEVELS = [
	{ name: 'Author', value: 'Author' },
	{ name: 'Availability Only', value: 'AvailabilityOnly' },
	{ name: 'Contributor', value: 'Contributor' },
	{ name: 'Editor', value: 'Editor' },
	{ name: 'Limited Details', value: 'LimitedDetails' },
	{ name: 'Non-Editing Author', value: 'NonEditingAuthor' },
	{ name: 'None', value: 'None' },
	{ name: 'Owner', value: 'Owner' },
	{ name: 'Publishing Author', value: 'PublishingAuthor' },
	{ name: 'Publishing Editor', value: 'PublishingEditor' },
	{ name: 'Reviewer', value: 'Reviewer' },
];

/** The mailbox whose calendar is read or changed. */
export function calendarMailbox(name: string): CippParameter {
	return mailboxParameter(
		{ name, in: name === 'UserID' ? 'query' : 'body' },
		'The mailbox that owns the calendar, by user principal name or object ID',
	);
}

const SPECIAL_USERS = /^(default|anonymous)$/i;

/** A calendar trustee: a user (UPN or object ID), or Exchange's Default or Anonymous entry. */
export const trustee: Validator = (value, check) => {
	const text = validate.text(value, check);
	if (SPECIAL_USERS.test(text)) return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
	if (validate.isGuid(text) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return text;
	validate.invalid(
		check,
		`"${text}" is not a user.`,
		'Use a user principal name (e.g. jane@contoso.com), an object ID, or Default / Anonymous.',
	);
};

export function trusteeField(displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name: 'user',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. jane.doe@contoso.com or Default',
		description,
	};
}

export const folderNameField: CippParameter = {
	property: {
		displayName: 'Folder Name',
		name: 'folderName',
		type: 'string',
		default: 'Calendar',
		placeholder: 'e.g. Calendar or Kalender',
		description: "The calendar folder's name in the mailbox's language (Calendar for English mailboxes)",
	},
	send: { name: 'FolderName', in: 'body' },
	validate: validate.text,
};
