import { reads } from '../common/endpoints';
import { requiredText } from '../common/fields';
import { records } from '../common/readers';
import * as validate from '../common/validators';
import type { CippOperation, Validator } from '../types';

const semanticVersion: Validator = (value, check) => {
	const version = validate.text(value, check);
	if (!/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/.test(version)) {
		validate.invalid(check, `"${version}" is not a version.`, 'Enter a version such as 10.8.2.');
	}
	return version;
};

export const getVersion: CippOperation = {
	resource: 'tool',
	value: 'getVersion',
	name: 'Get Version',
	action: "Get CIPP's version",
	description: "Get the version of this CIPP's API and front end and whether they are out of date compared with the latest release",
	...reads('GetVersion', 'CIPP.Core.Read'),
	parameters: [
		requiredText(
			{
				displayName: 'Front-End Version',
				name: 'localVersion',
				placeholder: 'e.g. 10.8.2',
				description: "The CIPP front-end version to compare with the latest release (shown in CIPP's settings); CIPP needs one to answer",
			},
			{ name: 'LocalVersion', in: 'query', validate: semanticVersion },
		),
	],
	output: records,
};
