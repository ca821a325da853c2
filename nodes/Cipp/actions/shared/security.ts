import type { INodeProperties } from 'n8n-workflow';

/** Microsoft Defender's classification of an incident or alert. */
export const classificationProperty: INodeProperties = {
	displayName: 'Classification',
	name: 'classification',
	type: 'options',
	default: 'truePositive',
	description: 'Whether the threat was real. Microsoft needs a Determination with it.',
	options: [
		{ name: 'False Positive', value: 'falsePositive' },
		{ name: 'Informational, Expected Activity', value: 'informationalExpectedActivity' },
		{ name: 'True Positive', value: 'truePositive' },
		{ name: 'Unknown', value: 'unknown' },
	],
};

/** Microsoft Defender's determination, sent together with a classification. */
export const determinationProperty: INodeProperties = {
	displayName: 'Determination',
	name: 'determination',
	type: 'options',
	default: 'other',
	description: 'What the threat was; required by Microsoft whenever a Classification is set',
	options: [
		{ name: 'APT', value: 'apt' },
		{ name: 'Compromised Account', value: 'compromisedAccount' },
		{ name: 'Confirmed User Activity', value: 'confirmedUserActivity' },
		{ name: 'Line of Business Application', value: 'lineOfBusinessApplication' },
		{ name: 'Malicious User Activity', value: 'maliciousUserActivity' },
		{ name: 'Malware', value: 'malware' },
		{ name: 'Multi-Staged Attack', value: 'multiStagedAttack' },
		{ name: 'Not Enough Data to Validate', value: 'notEnoughDataToValidate' },
		{ name: 'Not Malicious', value: 'notMalicious' },
		{ name: 'Other', value: 'other' },
		{ name: 'Phishing', value: 'phishing' },
		{ name: 'Security Personnel', value: 'securityPersonnel' },
		{ name: 'Security Testing', value: 'securityTesting' },
		{ name: 'Unknown', value: 'unknown' },
		{ name: 'Unwanted Software', value: 'unwantedSoftware' },
	],
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
