import { reads } from '../common/endpoints';
import { requiredLine } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { singleRecord } from '../common/readers';
import type { CippOperation } from '../types';

export const getQuarantineMessage: CippOperation = {
	resource: 'exchangePolicy',
	value: 'getQuarantineMessage',
	name: 'Get Quarantine Message',
	action: 'Get a quarantined message',
	description: 'Export one quarantined message: one item with its Identity and the whole message (headers and body) as EML text in Message',
	...reads('ListMailQuarantineMessage', 'Exchange.SpamFilter.Read'),
	parameters: [
		tenantParameter('query'),
		requiredLine(
			'Message Identity',
			'identity',
			'The quarantined message, by its Identity from Security & Compliance → Get Many Quarantine Messages',
			{ name: 'Identity', in: 'query' },
			{ placeholder: 'e.g. 5f5b1a3c-...\\9e8d7c6b-...' },
		),
	],
	output: singleRecord((context) => `Quarantined message ${String(context.values.identity)}`),
};
