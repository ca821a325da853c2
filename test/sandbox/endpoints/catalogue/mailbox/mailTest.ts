/**
 * Invoke-ExecMailTest without Action: the inbox of the account CIPP's own token belongs to (the
 * partner tenant's CIPP service account), each message with its Authentication-Results split into
 * Name, Status and Info, answered {Results, Metadata: {Count}}.
 */
import type { Endpoint } from '../../endpoint';

const authResult = (spf: string, dkim: string, dmarc: string) => [
	{ Name: 'spf', Status: spf, Info: '(sender IP is 40.107.22.59) smtp.mailfrom=contoso.com;' },
	{ Name: 'dkim', Status: dkim, Info: '(signature was verified) header.d=contoso.com;' },
	{ Name: 'dmarc', Status: dmarc, Info: 'action=none header.from=contoso.com;' },
];

const MESSAGES = [
	{
		Received: '2026-12-06T21:14:03Z',
		Subject: 'Mail test from Contoso',
		Sender: 'Adele Vance',
		From: 'adele.vance@contoso.com',
		Link: 'https://outlook.office365.com/owa/?ItemID=AAMkAGI1',
		Headers: [{ name: 'Authentication-Results', value: 'spf=pass; dkim=pass; dmarc=pass' }],
		AuthResult: authResult('pass', 'pass', 'pass'),
	},
	{
		Received: '2026-12-06T20:02:41Z',
		Subject: 'Invoice 4411',
		Sender: 'Billing',
		From: 'billing@fabrikam.example',
		Link: 'https://outlook.office365.com/owa/?ItemID=AAMkAGI2',
		Headers: [{ name: 'Authentication-Results', value: 'spf=softfail; dkim=none; dmarc=fail' }],
		AuthResult: authResult('softfail', 'none', 'fail'),
	},
];

export const endpoints: Endpoint[] = [
	{
		name: 'ExecMailTest',
		role: 'CIPP.Core.Read',
		handle: () => ({ status: 200, body: { Results: MESSAGES, Metadata: { Count: MESSAGES.length } } }),
	},
];
