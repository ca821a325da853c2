import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const processApprovedInvites: CippOperation = {
	resource: 'gdap',
	value: 'processApprovedInvites',
	name: 'Process Approved Invites',
	action: 'Map groups for approved GDAP invites',
	description:
		"Queue the group mapping of every CIPP invite whose relationship a customer has approved (now active), then drop those invites from CIPP's list; CIPP answers the same when there is nothing to do",
	...writes('ExecGDAPInviteApproved', 'Tenant.Relationship.ReadWrite'),
	parameters: [],
	output: actionResult({
		queued: { followUp: 'See GDAP → Get Many Invites (mapped invites leave the list) and GDAP → Get Many Access Assignments.' },
	}),
};
