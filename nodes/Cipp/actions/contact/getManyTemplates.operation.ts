import { reads } from '../common/endpoints';
import { templateListOperation } from '../shared/compliance';

export const getManyTemplates = templateListOperation(
	'contact',
	'getManyTemplates',
	'Get Many Templates',
	'mail contact templates',
	reads('ListContactTemplates', 'Exchange.Contact.Read'),
);
