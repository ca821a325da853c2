import { recordParameter } from '../common/pickers';
import { mailboxWrite } from '../shared/mailbox';

/** An inbox rule, by the Identity Get Many Rules lists. */
export const ruleParameter = recordParameter(
	{
		displayName: 'Rule',
		name: 'ruleId',
		description:
			"The inbox rule, by its Identity from Get Many Rules (the list is CIPP's hourly cache: if it is empty, run Get Many Rules once and reopen it)",
		searchListMethod: 'mailboxSearchRules',
		placeholder: 'Select a rule...',
		typed: 'text',
	},
	{ name: 'ruleId', in: 'body' },
);

/** Both rule endpoints: the tenant as TenantFilter, the mailbox as the anchor, the rule also as ruleName (only printed). */
export const onRule = {
	tenant: { name: 'TenantFilter' },
	mailbox: { name: 'userPrincipalName', in: 'body' as const },
	echo: { ruleName: 'ruleId' },
};

export const setRule = mailboxWrite({
	value: 'setRule',
	name: 'Enable or Disable Rule',
	action: 'Turn an inbox rule on or off',
	description: "Turn one of a mailbox's inbox rules on or off, e.g. a forwarding rule an attacker left behind",
	endpoint: 'ExecSetMailboxRule',
	...onRule,
	parameters: [
		ruleParameter,
		{ property: { displayName: 'Enabled', name: 'enabled', type: 'boolean', default: false, description: 'Whether the rule runs' } },
	],
	// CIPP reads Enable or Disable, each true (Invoke-ExecSetMailboxRule.ps1): neither is an unhandled error.
	prepare: (body, { values }) => {
		body[values.enabled ? 'Enable' : 'Disable'] = true;
	},
});
