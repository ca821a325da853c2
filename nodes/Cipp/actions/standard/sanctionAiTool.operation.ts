import { writes } from '../common/endpoints';
import { requiredParameter, requiredLine } from '../common/fields';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { standardsTenant } from '../shared/standard';
import type { CippOperation } from '../types';

export const sanctionAiTool: CippOperation = {
	resource: 'standard',
	value: 'sanctionAiTool',
	name: 'Sanction AI Tool',
	action: 'Mark AI tools as company sanctioned or not',
	description: 'Mark AI tools as company sanctioned for a tenant (Get Shadow AI then reports them as Informational), or remove that mark',
	...writes('ExecShadowAISanction', 'Tenant.Standards.ReadWrite'),
	parameters: [
		standardsTenant('body'),
		requiredLine(
			'AI Tools',
			'tools',
			'The tools, by aiTool from Get Shadow AI, separated by commas',
			{ name: 'Tools', in: 'body', encoding: 'stringList', validate: validate.commaList },
			{ placeholder: 'e.g. ChatGPT, Claude' },
		),
		requiredParameter(
			{
				displayName: 'Action',
				name: 'action',
				type: 'options',
				default: 'Sanction',
				options: [
					{ name: 'Sanction', value: 'Sanction' },
					{ name: 'Remove Sanction', value: 'Unsanction' },
				],
			},
			{ name: 'Action', in: 'body' },
		),
	],
	output: actionResult(),
};
