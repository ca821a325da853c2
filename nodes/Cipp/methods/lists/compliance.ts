import type { RecordList } from '../recordLists';

/** Pickers' record lists for the compliance resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchComplianceDlpPolicies: { endpoint: 'ListDlpCompliancePolicy', scope: 'tenant', value: 'Name', label: 'Name', detail: 'Mode' },
	searchComplianceRetentionPolicies: {
		endpoint: 'ListRetentionCompliancePolicy',
		scope: 'tenant',
		value: 'Name',
		label: 'Name',
		detail: 'Workload',
	},
	searchComplianceSensitiveInfoTypes: {
		endpoint: 'ListSensitiveInfoType',
		scope: 'tenant',
		value: 'Name',
		label: 'Name',
		detail: 'Publisher',
	},
	searchComplianceSensitivityLabels: { endpoint: 'ListSensitivityLabel', scope: 'tenant', value: 'Name', label: 'DisplayName' },
	searchComplianceDlpTemplates: { endpoint: 'ListDlpCompliancePolicyTemplates', scope: 'cipp', value: 'GUID', label: 'name' },
	searchComplianceRetentionTemplates: { endpoint: 'ListRetentionCompliancePolicyTemplates', scope: 'cipp', value: 'GUID', label: 'name' },
	searchComplianceSitTemplates: { endpoint: 'ListSensitiveInfoTypeTemplates', scope: 'cipp', value: 'GUID', label: 'name' },
	searchComplianceLabelTemplates: { endpoint: 'ListSensitivityLabelTemplates', scope: 'cipp', value: 'GUID', label: 'DisplayName' },
};
