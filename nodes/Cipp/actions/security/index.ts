import { operationSelector as selectorFor } from '../common/descriptions';
import { getManyAlerts } from './getManyAlerts.operation';
import { getManyDefenderStates } from './getManyDefenderStates.operation';
import { getManyDlpPolicies } from './getManyDlpPolicies.operation';
import { getManyIncidents } from './getManyIncidents.operation';
import { getManyMdoAlerts } from './getManyMdoAlerts.operation';
import { getManyQuarantineMessages } from './getManyQuarantineMessages.operation';
import { getManyRiskyUsers } from './getManyRiskyUsers.operation';
import { getManySafeLinksPolicies } from './getManySafeLinksPolicies.operation';
import { getManyVulnerabilities } from './getManyVulnerabilities.operation';
import { getMdeOnboarding } from './getMdeOnboarding.operation';
import { getSecureScore } from './getSecureScore.operation';
import { getManyCheckAlerts } from './getManyCheckAlerts.operation';
import { releaseQuarantineMessage } from './releaseQuarantineMessage.operation';
import { updateAlert } from './updateAlert.operation';
import { updateIncident } from './updateIncident.operation';
import { updateMdoAlert } from './updateMdoAlert.operation';

export const resource = { name: 'Security & Compliance', value: 'security' };

export const operations = [
	getManyIncidents,
	updateIncident,
	getManyAlerts,
	updateAlert,
	getManyMdoAlerts,
	updateMdoAlert,
	getManyDefenderStates,
	getManyVulnerabilities,
	getMdeOnboarding,
	getManyQuarantineMessages,
	releaseQuarantineMessage,
	getManySafeLinksPolicies,
	getManyDlpPolicies,
	getManyRiskyUsers,
	getSecureScore,
	getManyCheckAlerts,
];

export const operationSelector = selectorFor('security', operations, 'getManyIncidents');
