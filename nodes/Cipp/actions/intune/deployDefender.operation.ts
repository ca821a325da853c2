import { tenantParameter } from '../common/pickers';
import { defenderAssignTo, defenderOperation } from '../shared/defender';
import type { CippParameter } from '../types';

/** CIPP reads `.value` of each selectedTenants entry; one tenant per item, so each item's outcome is its tenant's. */
const deployTenant: CippParameter = {
	...tenantParameter('body'),
	send: { name: 'selectedTenants', in: 'body', encoding: 'labelValueList' },
};

export const deployDefender = defenderOperation({
	value: 'deployDefender',
	name: 'Deploy Defender',
	action: 'Deploy Defender for Endpoint settings to a tenant',
	description:
		'Turn on the Defender for Endpoint connector and create the antivirus, ASR, EDR and exclusion policies of the sections given. CIPP skips a policy that already exists by its default name (status warning) and writes the connector whole: switches not given are turned off.',
	endpoint: 'AddDefenderDeployment',
	before: [deployTenant],
	sections: ['Compliance', 'Policy', 'ASR', 'EDR', 'Exclusion'],
	after: [defenderAssignTo],
});
