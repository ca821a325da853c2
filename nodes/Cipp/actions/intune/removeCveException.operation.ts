import { writes } from '../common/endpoints';
import { choiceField, choices, shownWhen } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { readResults } from '../../transport/envelope';
import { cveIdParameter } from '../shared/intune';
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
		cveIdParameter,
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
