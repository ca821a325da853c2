import { USER_DEFAULT_TEMPLATES, userTemplateDelete } from '../shared/user';

export const deleteUserDefaultTemplate = userTemplateDelete(USER_DEFAULT_TEMPLATES, 'deleteUserDefaultTemplate');
