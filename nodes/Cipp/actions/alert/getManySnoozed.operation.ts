import { reads } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { records } from '../common/readers';
import { cmdletNameProperty } from '../shared/alert';
import type { CippOperation } from '../types';

export const getManySnoozed: CippOperation = {
	resource: 'alert',
	value: 'getManySnoozed',
	name: 'Get Many Snoozed',
	action: 'Get many snoozed alert findings',
	description:
		'List the snoozed alert findings of every tenant, one item per snooze with its CmdletName, RowKey, tenant, preview, reason, end and Status (Active, Expired or Forever)',
	...reads('ListSnoozedAlerts', 'CIPP.AlertSnooze.Read'),
	list: true,
	parameters: [additionalFields([{ property: cmdletNameProperty, send: { name: 'CmdletName', in: 'query' } }])],
	output: records,
};
