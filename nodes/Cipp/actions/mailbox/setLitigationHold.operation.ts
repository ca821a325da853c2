import { additionalFields, numberField } from '../common/fields';
import { mailboxWrite, removeHold } from '../shared/mailbox';

export const setLitigationHold = mailboxWrite({
	value: 'setLitigationHold',
	name: 'Set Litigation Hold',
	action: 'Turn litigation hold on or off for a mailbox',
	description:
		'Turn litigation hold on (keeping every item, optionally for a number of days) or off for a mailbox; needs Exchange Online Plan 2 or an archiving licence',
	endpoint: 'ExecSetLitigationHold',
	mailbox: { name: 'Identity', in: 'body' },
	echo: { UPN: '' },
	parameters: [
		removeHold,
		additionalFields([
			numberField(
				{
					displayName: 'Duration (Days)',
					name: 'days',
					default: 365,
					description:
						'When turning the hold on: keep items for this many days after they were received (without it, the duration is left as it is)',
				},
				{ name: 'days', in: 'body' },
			),
		]),
	],
});
