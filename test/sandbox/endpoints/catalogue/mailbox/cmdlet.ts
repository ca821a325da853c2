/**
 * Invoke-ListExoRequest: one read-only cmdlet (Get-* or Search-*) through New-ExoRequest. The sandbox
 * knows Get-Mailbox and Get-InboxRule; any other cmdlet answers as an unknown one would.
 */
import { isPlainObject } from '../../../http';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { tenantMailboxes } from './settings';
import { exchangeError, exchangeTarget, exchangeTenant } from './state';

function run(cmdlet: string, params: Record<string, unknown>, ctx: Parameters<Endpoint['handle']>[0]): unknown[] {
	const tenantFilter = ctx.fromBody('TenantFilter');
	switch (cmdlet.toLowerCase()) {
		case 'get-mailbox': {
			const all = tenantMailboxes(ctx.state, exchangeTenant(ctx.state, tenantFilter));
			const targets = params.Identity ? [exchangeTarget(ctx.state, tenantFilter, params.Identity)] : all;
			return targets.map(({ user, mailbox, extras }) => ({
				Identity: user.mailNickname,
				DisplayName: user.displayName,
				UserPrincipalName: user.userPrincipalName,
				PrimarySmtpAddress: user.mail,
				RecipientTypeDetails: mailbox.type,
				HiddenFromAddressListsEnabled: extras.hidden,
				LitigationHoldEnabled: extras.litigationHold,
				ExternalDirectoryObjectId: user.id,
			}));
		}
		case 'get-inboxrule':
			return exchangeTarget(ctx.state, tenantFilter, params.Mailbox).extras.rules;
		default:
			exchangeTenant(ctx.state, tenantFilter);
			throw new Error(`The term '${cmdlet}' is not recognized as a name of a cmdlet, function, script file, or executable program.`);
	}
}

const ListExoRequest: Endpoint = {
	name: 'ListExoRequest',
	role: 'CIPP.Core.Read',
	handle(ctx) {
		const cmdlet = psString(ctx.fromBody('Cmdlet'));
		if (!['get', 'search'].includes(cmdlet.split('-')[0].toLowerCase())) {
			return { status: 400, body: { Results: `Invalid cmdlet: ${cmdlet}` } };
		}
		const params = isPlainObject(ctx.fromBody('cmdParams')) ? (ctx.fromBody('cmdParams') as Record<string, unknown>) : {};
		const select = psString(ctx.fromBody('Select'))
			.split(',')
			.map((name) => name.trim())
			.filter(Boolean);
		let results: unknown;
		try {
			const rows = run(cmdlet, params, ctx).map((row) =>
				select.length && isPlainObject(row) ? Object.fromEntries(select.map((name) => [name, row[name] ?? null])) : row,
			);
			results = rows.length === 1 ? rows[0] : rows;
		} catch (error) {
			const message = error instanceof Error && error.constructor === Error ? error.message : exchangeError(error);
			results = [{ Error: message }];
		}
		// ConvertTo-Json -Compress of {Results}, returned as text.
		return { status: 200, body: JSON.stringify({ Results: results }) };
	},
};

export const endpoints: Endpoint[] = [ListExoRequest];
