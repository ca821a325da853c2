import { reads } from '../common/endpoints';
import { records } from '../common/readers';
import { alertTenant } from '../shared/alert';
import type { CippOperation } from '../types';

export const getManyResults: CippOperation = {
	resource: 'alert',
	value: 'getManyResults',
	name: 'Get Many Results',
	action: "Get many of a tenant's current alert findings",
	description:
		"List the findings of the scripted alerts' latest runs in a tenant (at most 7 days old, snoozed ones left out), one item per finding with CmdletName and the AlertItem to snooze",
	...reads('ListAlertResults', 'CIPP.Alert.Read'),
	list: true,
	parameters: [alertTenant('query')],
	output: records,
};
