import { reads } from '../common/endpoints';
import { additionalFields, choiceField, choices, inQuery, numberField, requiredGuid } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getHistory: CippOperation = {
	resource: 'user',
	value: 'getHistory',
	name: 'Get Object History',
	action: 'Get the change history of a directory object',
	description:
		"Get the audit timeline of a user, group, device, app or policy from Entra's directory audits (and Exchange's audit log for mailboxes) in one item: who changed what and when, newest first, with any warnings",
	...reads('ListObjectHistory', 'Identity.AuditLog.Read'),
	parameters: [
		tenantParameter('query'),
		requiredGuid('Object ID', 'objectId', 'The object ID of the user, group, device, app or policy', inQuery('objectId')),
		additionalFields([
			numberField(
				{
					displayName: 'Days',
					name: 'days',
					default: 30,
					typeOptions: { minValue: 1, maxValue: 90 },
					description: 'How many days back to read (1 to 90)',
				},
				{ name: 'days', in: 'query' },
			),
			choiceField(
				'Object Type',
				'objectType',
				'Needed for Exchange objects and Conditional Access policies, which Entra cannot tell apart',
				inQuery('objectType'),
				'mailbox',
				choices({
					'Conditional Access Policy': 'conditionalAccessPolicy',
					'Distribution List': 'distributionList',
					'Mail Contact': 'mailContact',
					Mailbox: 'mailbox',
					'Shared Mailbox': 'sharedMailbox',
				}),
			),
		]),
	],
	output: records,
};
