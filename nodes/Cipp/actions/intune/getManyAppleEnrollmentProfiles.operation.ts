import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { isRecord, resultRecords } from '../common/readers';
import type { CippOperation, OutputContext } from '../types';

/** CIPP answers {Results: {Tokens, Profiles}}: one item per profile, each with its token's name and expiry. */
function profiles(response: unknown, context: OutputContext): IDataObject[] {
	const [results] = resultRecords(response, context);
	return isRecord(results) && Array.isArray(results.Profiles) ? resultRecords({ Results: results.Profiles }, context) : [];
}

export const getManyAppleEnrollmentProfiles: CippOperation = {
	resource: 'intune',
	value: 'getManyAppleEnrollmentProfiles',
	name: 'Get Many Apple Enrollment Profiles',
	action: 'Get many Apple automated device enrollment profiles',
	description:
		'List the Apple ADE enrollment profiles of every Apple Business Manager token of a customer tenant, one item each with platform, tokenId, tokenName and tokenExpirationDateTime',
	...reads('ListAppleEnrollmentProfiles', 'Endpoint.Autopilot.Read'),
	list: true,
	parameters: [tenantParameter('query')],
	output: profiles,
};
