import { protectionPolicies } from '../shared/mailbox';

export const getManySafeAttachmentsPolicies = protectionPolicies(
	'getManySafeAttachmentsPolicies',
	'Safe Attachments',
	'ListSafeAttachmentsFilters',
);
