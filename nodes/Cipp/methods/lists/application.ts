import type { RecordList } from '../recordLists';

/** Pickers' record lists for the application resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	applicationSearchApprovalTemplates: {
		endpoint: 'ListAppApprovalTemplates',
		scope: 'cipp',
		value: 'TemplateId',
		label: 'TemplateName',
		detail: 'AppName',
	},
};
