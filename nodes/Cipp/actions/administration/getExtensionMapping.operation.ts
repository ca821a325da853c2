import { reads } from '../common/endpoints';
import { additionalFields, choiceField, choices, inQuery, text } from '../common/fields';
import { records } from '../common/readers';
import type { CippOperation } from '../types';

export const getExtensionMapping: CippOperation = {
	resource: 'administration',
	value: 'getExtensionMapping',
	name: 'Get Extension Mapping',
	action: "Get an extension's tenant mapping",
	description:
		'Get how customer tenants map to companies or fields of a PSA/RMM extension (HaloPSA, NinjaOne, Hudu, Sherweb) with the choices available, or the HaloPSA ticket fields and PWPush accounts',
	...reads('ExecExtensionMapping', 'CIPP.Extension.ReadWrite'),
	parameters: [
		choiceField(
			'Mapping',
			'list',
			'Which mapping to read',
			inQuery('List'),
			'HaloPSA',
			choices({
				'HaloPSA Clients': 'HaloPSA',
				'HaloPSA Ticket Fields': 'HaloPSAFields',
				'Hudu Companies': 'Hudu',
				'Hudu Fields': 'HuduFields',
				'NinjaOne Fields': 'NinjaOneFields',
				'NinjaOne Organizations': 'NinjaOne',
				'PWPush Accounts': 'PWPushFields',
				'Sherweb Customers': 'Sherweb',
			}),
		),
		additionalFields([
			text(
				'Ticket Type',
				'ticketType',
				'HaloPSA ticket type ID that outcomes and priorities belong to (HaloPSA Ticket Fields only)',
				inQuery('TicketType'),
				{ placeholder: 'e.g. 31' },
			),
		]),
	],
	output: records,
};
