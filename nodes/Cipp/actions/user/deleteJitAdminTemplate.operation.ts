import { JIT_ADMIN_TEMPLATES, userTemplateDelete } from '../shared/user';

export const deleteJitAdminTemplate = userTemplateDelete(JIT_ADMIN_TEMPLATES, 'deleteJitAdminTemplate');
