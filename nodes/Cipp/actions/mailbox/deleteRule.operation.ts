import { mailboxWrite } from '../shared/mailbox';
import { onRule, ruleParameter } from './setRule.operation';

export const deleteRule = mailboxWrite({
	value: 'deleteRule',
	name: 'Delete Rule',
	action: 'Delete an inbox rule',
	description: "Delete one of a mailbox's inbox rules",
	endpoint: 'ExecRemoveMailboxRule',
	...onRule,
	parameters: [ruleParameter],
});
