import { writes } from '../common/endpoints';
import { additionalFields, asLabelValue, pascalFlag, requiredChoice, text } from '../common/fields';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

/** The address each forwarding choice needs: without it CIPP runs no branch and answers `[null]`, changing nothing. */
const NEEDS: Record<string, { option: string; label: string; choice: string }> = {
	internalAddress: { option: 'ForwardInternal', label: 'Internal Recipient', choice: 'To an Internal Recipient' },
	ExternalAddress: { option: 'ForwardExternal', label: 'External Address', choice: 'To an External Address' },
};

const forwardResult = actionResult({
	emptyMeans: 'CIPP changed nothing: it answered without a message, which it does when the forwarding address is missing.',
});

export const setEmailForward: CippOperation = {
	resource: 'user',
	value: 'setEmailForward',
	name: 'Set Email Forwarding',
	action: "Set or turn off a mailbox's forwarding",
	description:
		"Forward a mailbox's mail to another mailbox of the tenant or to an external address, or turn forwarding off. To an Internal Recipient needs Internal Recipient, To an External Address needs External Address (checked before sending).",
	...writes('ExecEmailForward', 'Exchange.Mailbox.ReadWrite'),
	parameters: [
		tenantParameter('body'),
		mailboxParameter({ name: 'userID', in: 'body' }),
		requiredChoice('Forwarding', 'forwardOption', 'Where the mail goes', 'forwardOption', 'internalAddress', [
			{ name: 'Off', value: 'disabled', description: 'Turn forwarding off' },
			{ name: 'To an External Address', value: 'ExternalAddress', description: 'Forward to the External Address' },
			{ name: 'To an Internal Recipient', value: 'internalAddress', description: 'Forward to the Internal Recipient' },
		]),
		additionalFields([
			text(
				'Internal Recipient',
				'ForwardInternal',
				'The mailbox of the tenant to forward to, by user principal name or email address',
				asLabelValue('ForwardInternal'),
				{ placeholder: 'e.g. megan.bowen@contoso.com' },
			),
			text('External Address', 'ForwardExternal', 'The external email address to forward to', 'ForwardExternal', {
				placeholder: 'e.g. jane@gmail.com',
			}),
			pascalFlag('Keep a Copy', 'KeepCopy', 'Whether the mailbox keeps a copy of each forwarded message'),
		]),
	],
	output: forwardResult,
	run: async (context) => {
		const needed = NEEDS[String(context.values.forwardOption)];
		if (needed && (context.values[needed.option] === undefined || context.values[needed.option] === '')) {
			validate.invalid(
				{ node: context.node, field: needed.label, itemIndex: context.itemIndex, access: 'write' },
				`Forwarding is "${needed.choice}" but no ${needed.label} was given, so CIPP would change nothing and answer success.`,
				`Add "${needed.label}" under Additional Fields. Nothing was sent.`,
			);
		}
		return forwardResult(await context.call(context.request, setEmailForward.role), context);
	},
};
