import { writes } from '../common/endpoints';
import { actionResult } from '../common/readers';
import { contactTemplateParameter } from '../shared/contact';
import type { CippOperation } from '../types';

export const deleteTemplate: CippOperation = {
	resource: 'contact',
	value: 'deleteTemplate',
	name: 'Delete Template',
	action: 'Delete a contact template',
	description: 'Delete a mail contact template from CIPP; contacts already made from it stay',
	...writes('RemoveContactTemplates', 'Exchange.Contact.ReadWrite'),
	parameters: [contactTemplateParameter({ name: 'ID', in: 'body' })],
	output: actionResult(),
};
