import { USER_DEFAULT_TEMPLATES, userTemplateList } from '../shared/user';

export const getManyUserDefaultTemplates = userTemplateList(USER_DEFAULT_TEMPLATES, 'getManyUserDefaultTemplates');
