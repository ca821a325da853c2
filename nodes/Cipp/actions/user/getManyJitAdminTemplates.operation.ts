import { JIT_ADMIN_TEMPLATES, userTemplateList } from '../shared/user';

export const getManyJitAdminTemplates = userTemplateList(JIT_ADMIN_TEMPLATES, 'getManyJitAdminTemplates');
