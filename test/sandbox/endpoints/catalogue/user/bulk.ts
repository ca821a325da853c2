/** Invoke-AddUserBulk: one Graph batch of POST /users; a result per user, all with HTTP 200. */
import { randomUUID } from 'node:crypto';

import { buildMember } from '../../../fixtures';
import { GraphError, graphTenant, requireDirectoryRole } from '../../../graph';
import { generatePassword, pwPushLink } from '../../../password';
import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { nowIso } from './data';
import { assignLicense, checkUpn, USER_ADMIN } from './lifecycle';

type Row = Record<string, unknown>;

const AddUserBulk: Endpoint = {
	name: 'AddUserBulk',
	role: 'Identity.User.ReadWrite',
	handle(ctx) {
		const rows = ctx.fromBody('BulkUser') as Row[] | undefined;
		if (!rows || (Array.isArray(rows) && rows.length === 0)) {
			return { status: 200, body: { Results: { resultText: 'No users specified to import', state: 'error' } } };
		}
		const tenant = graphTenant(ctx.state, ctx.fromBody('tenantFilter'), { authCheck: true });
		const usage = ctx.fromBody('usageLocation') as { value?: string } | string | undefined;
		const licenses = ctx.fromBody('licenses') as { value?: unknown } | undefined;
		const skus = [licenses?.value ?? licenses]
			.flat()
			.map(psString)
			.filter((sku) => /[a-f0-9]{8}-([a-f0-9]{4}-){3}[a-f0-9]{12}/.test(sku));
		// Rows with missing fields are answered first, while the batch is built (:44-48); Graph's answers follow (:117-138).
		const results: Row[] = [];
		const graphResults: Row[] = [];
		let sent = 0;
		for (const row of rows) {
			const missing = [
				...(row.mailNickName ? [] : ['mailNickName']),
				...(row.domain ? [] : ['domain']),
				...(row.displayName || row.givenName || row.surname ? [] : ['displayName']),
			];
			// CIPP names the row by PowerShell's rendering of the whole object, password included (:46).
			const rendered = `@{${Object.entries(row)
				.map(([key, value]) => `${key}=${psString(value)}`)
				.join('; ')}}`;
			if (missing.length) {
				results.push({ resultText: `Required fields missing for ${rendered}: ${missing.join(', ')}`, state: 'error' });
				continue;
			}
			const name = psString(row.displayName) || `${psString(row.givenName)} ${psString(row.surname)}`;
			const upn = `${psString(row.mailNickName)}@${psString(row.domain)}`;
			const password = psString(row.password) || generatePassword();
			sent++;
			try {
				requireDirectoryRole(tenant, USER_ADMIN);
				checkUpn(ctx, tenant, upn);
				const user = buildMember(tenant, {
					id: randomUUID(),
					givenName: '',
					surname: '',
					alias: psString(row.mailNickName),
					created: nowIso(),
				});
				const extra = Object.fromEntries(
					Object.entries(row).filter(
						([key, value]) =>
							!['displayName', 'mailNickName', 'domain', 'password', 'usageLocation', 'businessPhones'].includes(key) &&
							psString(value) !== '',
					),
				);
				Object.assign(user, extra, {
					displayName: name,
					userPrincipalName: upn,
					mailNickname: psString(row.mailNickName),
					mail: null,
					proxyAddresses: [],
					usageLocation: (typeof usage === 'object' ? usage?.value : usage) ?? null,
					// @($User.businessPhones) when it is not empty (:71-74).
					...(psString(row.businessPhones) !== '' ? { businessPhones: [row.businessPhones].flat() } : {}),
					passwordProfile: { password, forceChangePasswordNextSignIn: true },
				});
				ctx.state.users.push(user);
				// Set-CIPPUserLicense's outcome is not reported (:126-130).
				for (const sku of skus) assignLicense(tenant, user, sku);
				const shown = ctx.pwPush ? pwPushLink() : password;
				graphResults.push({
					resultText: `Created user for ${name} with username ${upn}`,
					state: 'success',
					copyField: shown,
					username: upn,
				});
			} catch (error) {
				if (!(error instanceof GraphError)) throw error;
				graphResults.push({ resultText: `Failed to create user ${upn}. Error: ${error.message}`, state: 'error' });
			}
		}
		if (sent === 0) {
			results.push({ resultText: 'No users to import', state: 'error' });
		}
		return { status: 200, body: { Results: [...results, ...graphResults] } };
	},
};

export const endpoints: Endpoint[] = [AddUserBulk];
