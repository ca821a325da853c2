import type { BeyondSpec } from './types';

/** CIPP custom data (engineer cd): fields CIPP reads with another type than its OpenAPI declares. */
export const beyondSpec: Record<string, BeyondSpec> = {
	ExecCustomData: {
		corrected: { body: { targetObjects: 'string[]' } },
		source:
			"CIPP/Settings/Invoke-ExecCustomData.ps1 (:267 AddDirectoryExtension: body targetObjects is passed as is into Graph's extensionProperty, whose targetObjects is a list of object kinds)",
	},
};
