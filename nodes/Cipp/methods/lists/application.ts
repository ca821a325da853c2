import { cippList, type RecordList } from '../recordLists';

/** Pickers' record lists for the application resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	applicationSearchApprovalTemplates: cippList('ListAppApprovalTemplates', 'TemplateId', 'TemplateName', 'AppName'),
};
