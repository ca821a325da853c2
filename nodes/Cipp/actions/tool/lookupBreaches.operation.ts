import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation, OutputContext } from '../types';

/**
 * When Have I Been Pwned rate-limits CIPP (HTTP 429), CIPP answers HTTP 200 with one row
 * {Wait, rate-limit: true} instead of breaches (Get-HIBPRequest.ps1:13-18): not a breach.
 */
function breaches(response: unknown, context: OutputContext): IDataObject[] {
	const rows = records(response);
	const limited = rows.find((row) => row['rate-limit'] === true);
	if (limited) {
		context.fail(
			`Have I Been Pwned rate-limited CIPP's lookup; nothing was looked up. Wait ${String(limited.Wait ?? 'a few')} seconds and run it again, or slow the workflow down (one lookup every few seconds).`,
		);
	}
	return rows;
}

export const lookupBreaches: CippOperation = {
	resource: 'tool',
	value: 'lookupBreaches',
	name: 'Look Up Breaches',
	action: 'Look up data breaches of an address or domain',
	description: 'Look an email address or a domain up in Have I Been Pwned (needs the HIBP extension), one item per breach it appears in',
	...reads('ListBreachesAccount', 'CIPP.Core.Read'),
	list: true,
	parameters: [
		requiredText(
			{
				displayName: 'Account',
				name: 'account',
				placeholder: 'e.g. jane@contoso.com or contoso.com',
				description:
					"An email address (looked up in Have I Been Pwned) or a domain (looked up in CIPP's own breach service, one item per breached account)",
			},
			{ name: 'account', in: 'query' },
		),
	],
	output: breaches,
};
