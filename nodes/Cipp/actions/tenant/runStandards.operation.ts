import { idField } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { refusalMeans } from '../shared/tenant';
import type { CippOperation } from '../types';

export const runStandards: CippOperation = {
	resource: 'tenant',
	value: 'runStandards',
	name: 'Run Standards',
	action: 'Run the standards for a tenant',
	description:
		'Start a standards run for a customer tenant, for every standards template or one. Asynchronous: CIPP queues the run and answers at once; a failure to start comes back as a failed item even though CIPP answers HTTP 200.',
	endpoint: 'ExecStandardsRun',
	method: 'GET',
	access: 'write',
	role: 'Tenant.Standards.ReadWrite',
	parameters: [
		tenantParameter('query'),
		{
			property: idField(
				'Template ID',
				'templateId',
				'e.g. 7c4a1e2b-3d5f-4a6b-8c9d-0e1f2a3b4c5d',
				'The standards template to run (its GUID from Tenant → Get Many Standard Templates); leave empty to run every template. CIPP runs nothing for a template that does not include the tenant, and still answers "started".',
			),
			send: { name: 'templateId', in: 'query' },
			optional: true,
			validate: validate.guid,
		},
	],
	// An unknown template ID matches no template; CIPP still starts an empty run and answers
	// "Successfully started … - Template:  ()" (Invoke-ExecStandardsRun.ps1:19-34).
	refusals: [/Template:\s+\(\)/],
	output: refusalMeans(
		(context) =>
			`No standards template has the ID ${String(context.values.templateId)}, so CIPP started a run with nothing in it. Pick the template from Tenant → Get Many Standard Templates.`,
		actionResult({ queued: { followUp: 'Check CIPP → Logbook, or Tenant → Get Many Standards, once the run has finished' } }),
	),
};
