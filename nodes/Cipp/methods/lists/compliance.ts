import { templateList, tenantList, type RecordList } from '../recordLists';

/** Pickers' record lists for the compliance resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchComplianceDlpPolicies: tenantList('ListDlpCompliancePolicy', 'Name', 'Name', 'Mode'),
	searchComplianceRetentionPolicies: tenantList('ListRetentionCompliancePolicy', 'Name', 'Name', 'Workload'),
	searchComplianceSensitiveInfoTypes: tenantList('ListSensitiveInfoType', 'Name', 'Name', 'Publisher'),
	searchComplianceSensitivityLabels: tenantList('ListSensitivityLabel', 'Name', 'DisplayName'),
	searchComplianceDlpTemplates: templateList('ListDlpCompliancePolicyTemplates', 'name'),
	searchComplianceRetentionTemplates: templateList('ListRetentionCompliancePolicyTemplates', 'name'),
	searchComplianceSitTemplates: templateList('ListSensitiveInfoTypeTemplates', 'name'),
	searchComplianceLabelTemplates: templateList('ListSensitivityLabelTemplates', 'DisplayName'),
};
