import { reads } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { resultRecords } from '../common/readers';
import { namedRecordParameter } from '../shared/exchangePolicy';
import type { CippOperation } from '../types';

export const getSafeLinksPolicy: CippOperation = {
	resource: 'exchangePolicy',
	value: 'getSafeLinksPolicy',
	name: 'Get Safe Links Policy',
	action: 'Get a Safe Links policy',
	description: 'Get every setting of one Safe Links policy as Exchange returns it, and of its rule when Rule Name is given',
	...reads('ListSafeLinksPolicyDetails', 'Exchange.SpamFilter.Read'),
	parameters: [
		tenantParameter('query'),
		namedRecordParameter('Safe Links Policy', 'safeLinksPolicy', 'searchSafeLinksPolicies', { name: 'PolicyName', in: 'query' }),
		additionalFields([
			text(
				'Rule Name',
				'ruleName',
				'The rule to return too (RuleName in Get Many Safe Links Policies)',
				{ name: 'RuleName', in: 'query' },
				{ placeholder: 'e.g. Safe Links for all users' },
			),
		]),
	],
	// CIPP answers HTTP 200 when one of the two was found: the other's failure is PolicyError or RuleError.
	output: (response, context) => {
		const [details] = resultRecords(response, context);
		const errors = [details?.PolicyError, details?.RuleError].filter((error) => typeof error === 'string');
		if (errors.length > 0) context.fail(errors.join(' '));
		return [details];
	},
};
