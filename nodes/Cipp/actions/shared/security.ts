import type { INodeProperties } from 'n8n-workflow';
import { choices } from '../common/fields';

/** Microsoft Defender's classification of an incident or alert. */
export const classificationProperty: INodeProperties = {
	displayName: 'Classification',
	name: 'classification',
	type: 'options',
	default: 'truePositive',
	description: 'Whether the threat was real. Microsoft needs a Determination with it.',
	options: choices({
		'False Positive': 'falsePositive',
		'Informational, Expected Activity': 'informationalExpectedActivity',
		'True Positive': 'truePositive',
		Unknown: 'unknown',
	}),
};

/** Microsoft Defender's determination, sent together with a classification. */
export const determinationProperty: INodeProperties = {
	displayName: 'Determination',
	name: 'determination',
	type: 'options',
	default: 'other',
	description: 'What the threat was; required by Microsoft whenever a Classification is set',
	options: choices({
		APT: 'apt',
		'Compromised Account': 'compromisedAccount',
		'Confirmed User Activity': 'confirmedUserActivity',
		'Line of Business Application': 'lineOfBusinessApplication',
		'Malicious User Activity': 'maliciousUserActivity',
		Malware: 'malware',
		'Multi-Staged Attack': 'multiStagedAttack',
		'Not Enough Data to Validate': 'notEnoughDataToValidate',
		'Not Malicious': 'notMalicious',
		Other: 'other',
		Phishing: 'phishing',
		'Security Personnel': 'securityPersonnel',
		'Security Testing': 'securityTesting',
		Unknown: 'unknown',
		'Unwanted Software': 'unwantedSoftware',
	}),
};

/** Whether to read CIPP's nightly report database instead of asking Microsoft live. */
export const useReportDbProperty: INodeProperties = {
	displayName: 'Use Report Database',
	name: 'useReportDb',
	type: 'boolean',
	default: true,
	description:
		"Whether to read CIPP's nightly report database (much faster) instead of querying Microsoft live. AllTenants always uses it.",
};
