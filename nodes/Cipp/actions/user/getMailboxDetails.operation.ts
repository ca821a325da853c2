import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { mailboxParameter, tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { resolveUser, withFields } from '../shared/user';
import type { CippOperation, OutputContext } from '../types';

/** CIPP swallows its Exchange failures (Write-Error) and still answers one record, with nothing in Mailbox. */
function detailsOutput(response: unknown, context: OutputContext): IDataObject[] {
	const [details] = records(response);
	if (!details?.Mailbox) context.fail(`Exchange returned no mailbox for ${String(context.values.mailbox)}.`);
	return [details];
}

export const getMailboxDetails: CippOperation = {
	resource: 'user',
	value: 'getMailboxDetails',
	name: 'Get Mailbox Details',
	action: "Get a user's mailbox details",
	description:
		"Get a user's mailbox in one item: forwarding, holds, protocols (IMAP, POP, SMTP auth...), permissions, sizes and quotas, archive, and whether it is blocked for sending spam",
	...reads('ListUserMailboxDetails', 'Exchange.Mailbox.Read'),
	parameters: [tenantParameter('query'), mailboxParameter({ name: 'UserID', in: 'query' })],
	output: detailsOutput,
	run: async (context) => {
		const user = await resolveUser(
			context,
			String(context.values.mailbox),
			`${String(context.values.mailbox)} is not a user of the tenant.`,
		);
		// userMail is what CIPP looks up among the senders blocked for spam; without it that check is skipped silently.
		const request = withFields(context.request, { userMail: user.mail ?? user.userPrincipalName });
		return detailsOutput(await context.call(request, getMailboxDetails.role), context);
	},
};
