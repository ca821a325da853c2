import { reads } from '../common/endpoints';
import { additionalFields, flag, text } from '../common/fields';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation } from '../types';

export const getMany: CippOperation = {
	resource: 'customScript',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many custom scripts',
	description:
		"List CIPP's custom PowerShell test scripts (latest version of each), one item per script with ScriptGuid, ScriptName, Version, ScriptContent, Pillar, Enabled and AlertOnFailure",
	...reads('ListCustomScripts', 'CIPP.Tests.Read'),
	list: true,
	parameters: [
		additionalFields([
			flag(
				'All Versions',
				'includeAllVersions',
				'Whether to list every version of the script given in Script GUID (only true can be sent)',
				{ name: 'IncludeAllVersions', in: 'query', validate: validate.presenceFlag },
			),
			text('Script GUID', 'scriptGuid', 'Only this script', { name: 'ScriptGuid', in: 'query', validate: validate.guid }),
		]),
	],
	output: records,
};
