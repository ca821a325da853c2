import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { relationshipParameter } from '../shared/gdap';
import type { CippOperation } from '../types';

export const enableAutoExtend: CippOperation = {
	resource: 'gdap',
	value: 'enableAutoExtend',
	name: 'Enable Auto Extend',
	action: 'Make a GDAP relationship auto-extend',
	description:
		'Set a GDAP relationship to extend itself by 180 days when it ends; Microsoft refuses this for a relationship with the Global Administrator role',
	...writes('ExecAutoExtendGDAP', 'Tenant.Relationship.ReadWrite'),
	parameters: [relationshipParameter({ name: 'ID', in: 'body' })],
	refusals: [/^Could not set auto renewal for/],
	output: actionResult(),
};
