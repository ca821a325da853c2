import { writes } from '../common/endpoints';
import {
	additionalFields,
	asLabelValue,
	entriesText,
	flag,
	namedCollection,
	pascalFlag,
	requiredText,
	scheduleField,
	text,
} from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { upnList } from '../common/validators';
import type { CippOperation } from '../types';

const action = (displayName: string, name: string, what: string) =>
	flag(displayName, name, `Whether to ${what}`, { name, in: 'body' }, true);

export const offboard: CippOperation = {
	resource: 'user',
	value: 'offboard',
	name: 'Offboard',
	action: 'Offboard a user',
	description:
		"Queue CIPP's offboarding job for a user with the chosen Actions (e.g. block sign-in, revoke sessions, remove licences, convert to shared mailbox). CIPP answers at once that the task is queued; the actual results appear in CIPP's scheduler and logbook.",
	...writes('ExecOffboardUser', 'Identity.User.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		requiredText(
			{
				displayName: 'User Principal Name',
				name: 'user',
				placeholder: 'e.g. jane.doe@contoso.com',
				description: 'The user to offboard, by user principal name (several may be separated by commas)',
			},
			{ name: 'user', in: 'body', encoding: 'labelValueList', validate: upnList },
		),
		namedCollection('Actions', 'actions', 'Add Action', [
			action('Block Sign-In', 'DisableSignIn', 'block the user from signing in'),
			action('Revoke Sessions', 'RevokeSessions', 'sign the user out of every session'),
			action('Reset Password', 'ResetPass', 'reset the password to a random one'),
			action('Remove MFA Methods', 'RemoveMFADevices', 'remove every registered MFA method'),
			action('Remove Licenses', 'RemoveLicenses', 'remove every licence'),
			action('Remove Groups', 'RemoveGroups', 'remove the user from every group'),
			action('Hide From Address List', 'HideFromGAL', 'hide the mailbox from the global address list'),
			action('Convert to Shared Mailbox', 'ConvertToShared', 'convert the mailbox to a shared mailbox'),
			action('Remove Mailbox Rules', 'RemoveRules', 'delete the inbox rules'),
			action('Remove Mobile Devices', 'RemoveMobile', 'remove the mobile devices from Exchange'),
			action('Cancel Meetings', 'removeCalendarInvites', "cancel the user's future meetings"),
			action('Remove Mailbox Permissions', 'removePermissions', 'remove the mailbox permissions the user has on other mailboxes'),
			action('Remove Calendar Permissions', 'removeCalendarPermissions', 'remove the calendar permissions the user has on other calendars'),
			action('Disable Forwarding', 'disableForwarding', 'turn mail forwarding off'),
			action('Disable OneDrive Sharing', 'DisableOneDriveSharing', "remove the sharing links of the user's OneDrive"),
			action('Remove Teams Phone Number', 'RemoveTeamsPhoneDID', 'remove the Teams phone number'),
			action('Clear Immutable ID', 'ClearImmutableId', 'clear the on-premises immutable ID'),
			action('Delete User', 'DeleteUser', 'delete the user at the end'),
			text('Out of Office Message', 'OOO', 'Turn on automatic replies with this message', 'OOO', {
				placeholder: 'e.g. Jane has left the company.',
			}),
			text('Forward Mail To', 'forward', 'Forward mail to this user of the tenant, by user principal name', asLabelValue('forward'), {
				placeholder: 'e.g. megan.bowen@contoso.com',
			}),
			pascalFlag('Keep a Copy When Forwarding', 'KeepCopy', 'Whether the mailbox keeps a copy of forwarded mail'),
			entriesText(
				'Grant OneDrive Access To',
				'OnedriveAccess',
				'Users who get access to the OneDrive, by user principal name, separated by commas',
			),
			entriesText(
				'Grant Mailbox Access To',
				'AccessAutomap',
				'Users who get full access to the mailbox (added to their Outlook), separated by commas',
			),
			entriesText(
				'Grant Mailbox Access Without Automap To',
				'AccessNoAutomap',
				'Users who get full access to the mailbox (not added to their Outlook), separated by commas',
			),
		]),
		additionalFields([
			scheduleField('Run the offboarding at this time instead of now', 'enabled'),
			text('Reference', 'reference', 'A reference such as a ticket number, stored with the task', 'reference', {
				placeholder: 'e.g. TICKET-1234',
			}),
		]),
	],
	output: actionResult({
		queued: {
			followUp:
				'CIPP queued the offboarding; check its results in CIPP → Administration → Get Many Scheduled Items (task "Offboarding: <UPN>") or the Logbook',
		},
	}),
};
