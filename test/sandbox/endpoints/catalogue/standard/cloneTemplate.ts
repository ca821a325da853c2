/**
 * Invoke-ExecCloneTemplate (CIPP/Core): copies a row of CIPP's templates table under a new GUID. The
 * sandbox keeps the Conditional Access and standards templates; any other kind is "Template not found".
 */
import { randomUUID } from 'node:crypto';

import { psString } from '../../../powershell';
import type { Endpoint } from '../../endpoint';
import { templatesOf } from '../conditionalAccess/templates';
import { type StandardsTemplate, templates } from '../tenant/standards';

const outcome = (state: 'success' | 'error', resultText: string) => ({ status: 200, body: { Results: { state, resultText } } });

export const ExecCloneTemplate: Endpoint = {
	name: 'ExecCloneTemplate',
	role: 'CIPP.Core.ReadWrite',
	anyTenant: true,
	handle(ctx) {
		const guid = psString(ctx.fromQueryOrBody('GUID'));
		const type = psString(ctx.fromQueryOrBody('Type'));
		if (!guid || !type) return outcome('error', 'GUID or Type not provided');
		const newGuid = randomUUID();
		// Table filters compare RowKey and PartitionKey exactly.
		if (type === 'CATemplate') {
			const list = templatesOf(ctx.state);
			const found = list.find((template) => template.GUID === guid);
			if (!found) return outcome('error', 'Template not found');
			list.push({ GUID: newGuid, policy: JSON.parse(JSON.stringify(found.policy)) as Record<string, unknown> });
			return outcome('success', 'Template cloned successfully');
		}
		if (type === 'StandardsTemplateV2') {
			const list = templates(ctx.state);
			const found = list.find((template) => template.GUID === guid);
			if (!found) return outcome('error', 'Template not found');
			// The JSON is copied with every occurrence of the old GUID replaced (:25).
			list.push(JSON.parse(JSON.stringify(found).split(guid).join(newGuid)) as StandardsTemplate);
			return outcome('success', 'Template cloned successfully');
		}
		return outcome('error', 'Template not found');
	},
};
