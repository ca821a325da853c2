import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { calendarMailbox } from '../shared/calendarPermission';
import type { CippOperation } from '../types';

export const getMany: CippOperation = {
	resource: 'calendarPermission',
	value: 'getAll',
	name: 'Get Many',
	action: "Get many permissions on a mailbox's calendar",
	description:
		"List who has access to a mailbox's calendar, one item per entry with User, AccessRights and FolderName (Default and Anonymous included)",
	...reads('ListCalendarPermissions', 'Exchange.Mailbox.Read'),
	list: true,
	parameters: [tenantParameter('query'), calendarMailbox('UserID')],
	output: records,
};
