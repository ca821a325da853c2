import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { additionalFields } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { records } from '../common/readers';
import { useReportDbField } from '../shared/intune';
import type { CippOperation, OutputContext } from '../types';

/**
 * For each script type Graph would not list (e.g. remediations without the licence they need),
 * CIPP adds a row {scriptType, displayName: <Graph's error>} with no id. Those are not scripts:
 * they are left out, and one item per failed type says so. When every row is one, the item fails.
 */
function scriptRecords(response: unknown, context: OutputContext): IDataObject[] {
	const rows = records(response);
	const failedType = (row: IDataObject) =>
		row.id === undefined && typeof row.scriptType === 'string' && typeof row.displayName === 'string';
	const failed = rows.filter(failedType);
	if (failed.length === 0) return rows;
	const texts = failed.map((row) => `CIPP could not list the ${String(row.scriptType)} scripts: ${String(row.displayName)}`);
	if (failed.length === rows.length) context.fail(texts.join(' '));
	return [
		...rows.filter((row) => !failedType(row)),
		...failed.map((row, index) => ({ status: 'warning', scriptType: row.scriptType, message: texts[index] })),
	];
}

export const getManyScripts: CippOperation = {
	resource: 'intune',
	value: 'getManyScripts',
	name: 'Get Many Scripts',
	action: 'Get many Intune scripts',
	description:
		'List the Intune scripts of a customer tenant (Windows PowerShell, macOS shell, remediations and Linux), one item each with scriptType and assignments. A script type CIPP could not list (e.g. remediations without the licence they need) gives an item with status warning instead of scripts.',
	...reads('ListIntuneScript', 'Endpoint.MEM.Read'),
	list: true,
	parameters: [tenantParameter('query', { allowAllTenants: true }), additionalFields([useReportDbField])],
	output: scriptRecords,
};
