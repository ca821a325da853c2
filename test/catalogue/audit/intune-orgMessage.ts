import type { AuditRecord } from './types';

/** Intune organizational messages, read against CIPP-API (paths relative to `HTTP Functions/`). */
export const audit: Record<string, AuditRecord> = {
	'intune:sendOrgMessage': {
		source: 'Tenant/Administration/Tenant/Invoke-ExecSendOrgMessage.ps1',
		reads:
			'Query TenantFilter (:11), ID: one group object ID put in targeting.includeIds (:12, :87), type taskbar | notification | getStarted (:15), URL as the clickUrl (:25, :40), freq as Graph frequency (:80). Nothing from the body.',
		clears:
			'none, but CIPP fixes the rest of the message: start now and end in one year (:82-83), aadGroup targeting, the logo (logoCdnUrl https://hulpnu.nl/tools/Red.jpg, :92-95), and for getStarted no guidedContentId and placeholder texts "My Message Value" / "This message" / "PlzClick" with example.com (:46-77).',
		failure:
			'Graph failure (unlicensed tenant, bad frequency, empty guidedContentId): HTTP 403 with the normalized error in a list (:103-107).',
		async: 'none: one Graph beta POST to deviceManagement/organizationalMessageDetails with -noauthcheck (:101).',
		refusals: [],
		output:
			'HTTP 200 with the created organizationalMessageDetail in a list (:108-111); the node returns it as the item and fails an answer without an id.',
		verdict: 'settled',
		note: "Only taskbar and notification are offered (getStarted would show placeholder texts and has no content ID); the link must be an HTTPS URL and the frequency is one of Graph's three values, checked before sending. The description says plainly that CIPP adds its own logo hosted on hulpnu.nl and runs the message for a year.",
	},
};
