import { tenantParameter, userParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import type { CippOperation } from '../types';

export const clearImmutableId: CippOperation = {
	resource: 'user',
	value: 'clearImmutableId',
	name: 'Clear Immutable ID',
	action: "Clear a user's immutable ID",
	description:
		"Clear a user's on-premises immutable ID (onPremisesImmutableId) so the cloud account can be matched to another AD account or stay cloud-only. Fails while the user is still directory-synced.",
	endpoint: 'ExecClrImmId',
	method: 'POST',
	access: 'write',
	role: 'Identity.User.ReadWrite',
	parameters: [tenantParameter('body'), userParameter({ name: 'ID', in: 'body', encoding: 'graphId' })],
	output: actionResult(),
};
