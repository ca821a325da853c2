import { writes } from '../common/endpoints';
import { additionalFields, text } from '../common/fields';
import { tenantParameter } from '../common/pickers';
import { actionResult } from '../common/readers';
import * as validate from '../common/validators';
import { aliasParameter, displayNameParameter } from '../shared/room';
import type { CippOperation } from '../types';

export const createRoomList: CippOperation = {
	resource: 'room',
	value: 'createRoomList',
	name: 'Create Room List',
	action: 'Create a room list',
	description: 'Create a room list, a group of rooms Outlook offers in its room finder; add rooms with Update Room List',
	...writes('AddRoomList', 'Exchange.Room.ReadWrite'),
	parameters: [
		// Without a Domain, CIPP builds the address as alias@<tenant filter>: the tenant must be a domain.
		tenantParameter('body', { defaultDomainOnly: true }),
		displayNameParameter('The name of the room list, e.g. a building'),
		aliasParameter,
		additionalFields([
			text(
				'Domain',
				'domain',
				"The address's domain (default: the tenant's domain)",
				{ name: 'primDomain', in: 'body', encoding: 'labelValue' },
				{ placeholder: 'e.g. contoso.com', check: validate.matching(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'contoso.com') },
			),
		]),
	],
	output: actionResult(),
};
