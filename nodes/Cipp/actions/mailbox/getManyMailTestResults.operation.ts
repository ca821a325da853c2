import { reads } from '../common/endpoints';
import { resultRecords } from '../common/readers';
import type { CippOperation } from '../types';

export const getManyMailTestResults: CippOperation = {
	resource: 'mailbox',
	value: 'getManyMailTestResults',
	name: 'Get Many Mail Test Results',
	action: 'Get many mail test results',
	description:
		"List the messages in the inbox of CIPP's own mail test account with their SPF, DKIM and DMARC results (send a test message there first)",
	...reads('ExecMailTest', 'CIPP.Core.Read'),
	list: true,
	parameters: [],
	output: resultRecords,
};
