import type { NotOffered } from './types';

/** Email-Exchange spam filter, quarantine and transport; Security Safe Links (OpenAPI tags Email-Exchange > Spamfilter, Email-Exchange > Transport, Security > Safe-Links-Policy). */
export const notOffered: NotOffered[] = [
	{
		endpoint: 'AddSafeLinksPolicyTemplate',
		reason: 'duplicate',
		note: 'Saves the same Safe Links template fields as CreateSafeLinksPolicyTemplate (only also requiring a Name and copying Description into AdminDisplayName, for saving a listed policy): offered as Exchange Policy → Create Safe Links Template.',
	},
	{
		endpoint: 'ListSafeLinksPolicyTemplateDetails',
		reason: 'duplicate',
		note: 'One Safe Links template by its ID: the same template, with the same fields, is an item of Exchange Policy → Get Many Safe Links Templates.',
	},
];
