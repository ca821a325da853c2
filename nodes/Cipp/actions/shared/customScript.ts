import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { recordParameter } from '../common/pickers';
import { actionResult, isRecord } from '../common/readers';
import type { CippOperation, CippParameter } from '../types';
import { sameNamed } from '../common/fields';

/** A custom script, picked or typed by its ScriptGuid. */
export function scriptParameter(name: string, description = 'The custom script, from the list or by its ScriptGuid'): CippParameter {
	return recordParameter(
		{
			displayName: 'Script',
			name: 'scriptGuid',
			description,
			searchListMethod: 'searchCustomScripts',
			placeholder: 'Select a script...',
		},
		{ name, in: 'body' },
	);
}

const read = actionResult();

/**
 * Custom-script writes answer `{Results}` (and `ScriptGuid` for a save), or HTTP 400 `{Error}`;
 * the item carries the script's GUID.
 */
export const scriptResult: CippOperation['output'] = (response, context) => {
	const body: IDataObject = isRecord(response) ? response : {};
	const scriptGuid = body.ScriptGuid ?? context.values.scriptGuid ?? null;
	return read(response, context).map((item) => ({ ...item, scriptGuid }));
};

/** How CIPP rates a custom script's result. */
export const resultModeProperty: INodeProperties = {
	displayName: 'Result Mode',
	name: 'resultMode',
	type: 'options',
	default: 'Auto',
	description: 'Auto takes the status the script sets; the others always give that status',
	options: sameNamed(['AlwaysInfo', 'AlwaysInvestigate', 'AlwaysPass', 'Auto']),
};
