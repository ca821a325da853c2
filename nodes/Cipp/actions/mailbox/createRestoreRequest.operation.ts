import {
	additionalFields,
	choiceProperty,
	choices,
	numberField,
	pascalCase,
	pascalFlag,
	requiredParameter,
	requiredText,
	text,
} from '../common/fields';
import { mailboxParameter } from '../common/pickers';
import type { SendTo } from '../types';
import { restoreWrite } from '../shared/mailbox';

/** CIPP's body field of an option: its name with a capital first letter. */
const to = (name: string): SendTo => ({ name: pascalCase(name), in: 'body' });
const limit = (displayName: string, name: string, description: string) =>
	numberField({ displayName, name, default: 10, description }, to(name));
const conflict = choiceProperty(
	'Conflict Resolution',
	'conflictResolutionOption',
	'KeepSourceItem',
	choices({ 'Keep All': 'KeepAll', 'Keep Latest Item': 'KeepLatestItem', 'Keep Source Item': 'KeepSourceItem' }),
	'Which copy wins when an item exists in both mailboxes',
);
const source = { displayName: 'Source Mailbox', name: 'sourceMailbox', placeholder: 'e.g. the ExchangeGuid of a deleted mailbox' };

export const createRestoreRequest = restoreWrite({
	value: 'createRestoreRequest',
	name: 'Create Restore Request',
	action: 'Create a mailbox restore request',
	description:
		'Copy the content of a mailbox (usually a deleted one, by its Exchange GUID) into another mailbox; follow it with Tool → Get Many Mailbox Restores',
	parameters: [
		requiredText(
			{ ...source, description: 'The Exchange GUID of a soft-deleted mailbox, or an address' },
			{ ...to('sourceMailbox'), encoding: 'labelValue' },
		),
		mailboxParameter({ ...to('targetMailbox'), encoding: 'labelValue' }, 'The mailbox to copy into'),
		requiredParameter({ displayName: 'Request Name', name: 'requestName', type: 'string', default: 'MailboxRestore' }, to('requestName')),
		additionalFields([
			{ property: conflict, send: { ...to('conflictResolutionOption'), encoding: 'labelValue' } },
			text('Target Root Folder', 'targetRootFolder', 'A folder of the target to restore into, e.g. Restored', 'TargetRootFolder'),
			text('Source Root Folder', 'sourceRootFolder', 'Only this folder of the source', 'SourceRootFolder'),
			pascalFlag('Source Is Archive', 'sourceIsArchive', "Whether to copy from the source's archive"),
			pascalFlag('Target Is Archive', 'targetIsArchive', "Whether to copy into the target's archive"),
			pascalFlag('Exclude Dumpster', 'excludeDumpster', 'Whether to leave out the Recoverable Items folder'),
			limit('Bad Item Limit', 'badItemLimit', 'How many corrupt items may be skipped'),
			limit('Large Item Limit', 'largeItemLimit', 'How many too-large items may be skipped'),
			text('Batch Name', 'batchName', 'A name to group restore requests by', 'BatchName'),
		]),
	],
});
