import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const testHaloPsaTicket: CippOperation = {
	resource: 'administration',
	value: 'testHaloPsaTicket',
	name: 'Create HaloPSA Test Ticket',
	action: 'Create a HaloPSA test ticket',
	description:
		"Raise a test ticket in HaloPSA for the first mapped client, to check CIPP's ticketing works. A second test adds a note to the first ticket if it is still open.",
	...writes('ExecHaloPSATestTicket', 'CIPP.Extension.ReadWrite'),
	parameters: [],
	refusals: [/HaloPSA integration is not enabled/],
	output: actionResult(),
};
