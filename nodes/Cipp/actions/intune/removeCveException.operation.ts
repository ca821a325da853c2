import { writes } from '../common/endpoints';
import { choiceField, choices, requiredText, shownWhen } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { readResults } from '../../transport/envelope';
import * as validate from '../common/validators';
import type { CippOperation, OutputContext } from '../types';

const REMOVED = /^Successfully removed (\d+) exception\(s\) for CVE /;

/**
 * CIPP's success text contains "exception", which its generic failure check would take for an error:
 * the count decides instead (0: nothing matched, HTTP 200).
 */
function removed(response: unknown, context: OutputContext) {
	const text = readResults(response)
		.map((result) => result.text)
		.join(' ');
	const count = REMOVED.exec(text)?.[1];
	if (count === undefined || count === '0') context.fail(text || 'CIPP returned no result.');
	return [{ status: 'success', message: text, removed: Number(count) }];
}

export const removeCveException: CippOperation = {
	resource: 'intune',
	value: 'removeCveException',
	name: 'Remove CVE Exception',
	action: "Remove CIPP's exception for a CVE",
	description: 'Remove the exception CIPP keeps for a CVE: for one tenant, for every tenant that has one, or the global exception',
	...writes('ExecRemoveCippCveException', 'Security.Alert.ReadWrite'),
	parameters: [
		requiredText(
			{ displayName: 'CVE ID', name: 'cveId', placeholder: 'e.g. CVE-2025-21298', description: 'The CVE, as Get Many CVEs lists it' },
			{ name: 'cveId', in: 'body', validate: validate.matching(/^CVE-\d{4}-\d{4,}$/i, 'CVE-2025-21298') },
		),
		choiceField(
			'Scope',
			'removeScope',
			'Which exceptions to remove',
			'removeScope',
			'CurrentTenant',
			choices({ 'Every Tenant With an Exception': 'AllAffected', 'Global Exception': 'Global', 'One Tenant': 'CurrentTenant' }),
		),
		// CIPP keeps a tenant's exception under its default domain (Get Many CVEs matches it that way).
		shownWhen({ removeScope: ['CurrentTenant'] }, tenantParameter('body', { defaultDomainOnly: true })),
	],
	refusals: [/^Successfully removed 0 exception\(s\)/],
	output: removed,
};
