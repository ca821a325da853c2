import type { IDataObject } from 'n8n-workflow';

import { writes } from '../common/endpoints';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import { contactParameter } from '../shared/contact';
import type { CippOperation } from '../types';

export const deleteContact: CippOperation = {
	resource: 'contact',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a mail contact',
	description: 'Delete a mail contact from a tenant',
	...writes('RemoveContact', 'Exchange.Contact.ReadWrite'),
	parameters: [tenantParameter('body'), contactParameter({ name: 'GUID', in: 'body' })],
	output: actionResult(),
	run: async (context) => {
		// CIPP names the contact in its answer only by `Mail` ("Deleted <Mail>"), which it reads for nothing else.
		const body = context.request.body as IDataObject;
		const request = { ...context.request, body: { ...body, Mail: body.GUID } };
		return deleteContact.output(await context.call(request, deleteContact.role), context);
	},
};
