import type { BeyondSpec } from './types';

/** CIPP core, settings and alerts: fields CIPP reads with another type than its OpenAPI declares. */
export const beyondSpec: Record<string, BeyondSpec> = {
	ListGraphBulkRequest: {
		corrected: { body: { asApp: 'boolean', noPaginateIds: 'string[]' } },
		source:
			'CIPP/Core/Invoke-ListGraphBulkRequest.ps1 (:13 asApp, only tested for truth at :23; :15 noPaginateIds, passed to New-GraphBulkRequest, which reads it with -contains at :59 and :97)',
	},
};
