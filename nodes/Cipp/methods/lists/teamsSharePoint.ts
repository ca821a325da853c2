import { cippList, type RecordList } from '../recordLists';

/** Pickers' record lists for the teamsSharePoint resource, by listSearch method name. */
export const lists: Record<string, RecordList> = {
	searchTeamsSharePointTemplates: cippList('ListSharePointTemplates', 'TemplateId', 'templateName'),
};
