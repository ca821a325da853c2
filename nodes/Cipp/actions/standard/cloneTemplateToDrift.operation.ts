import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { standardsTemplate } from '../shared/standard';
import type { CippOperation } from '../types';

export const cloneTemplateToDrift: CippOperation = {
	resource: 'standard',
	value: 'cloneTemplateToDrift',
	name: 'Clone Template to Drift',
	action: 'Copy a standards template as a drift template',
	description:
		'Copy a standards template as a new drift template, named after it with " (Drift Clone)", whose standards only report; the copy applies to no tenant until it is edited in CIPP',
	...writes('ExecDriftClone', 'Tenant.Standards.ReadWrite'),
	parameters: [standardsTemplate({ name: 'id', in: 'body' }, 'The standards template to copy, from the list or by its GUID')],
	output: actionResult(),
};
