import type { IDataObject } from 'n8n-workflow';

import { reads } from '../common/endpoints';
import { flag, inQuery } from '../common/fields';
import { tenantParameter, userParameter } from '../common/pickers';
import { parsedRecords } from '../common/readers';
import { resolveUser, withFields } from '../shared/user';
import type { CippOperation, OutputContext } from '../types';

const FOLLOW_UP = 'CIPP runs the check in the background (a minute or two): run this operation again without Run Again to get the report.';

/** ExecBECCheck answers `{GUID}` when it queued a run, `{Waiting: true}` while it runs, and the report (JSON text) once done. */
function becOutput(response: unknown, context: OutputContext): IDataObject[] {
	const [report] = parsedRecords(response);
	if (!report || 'GUID' in report) {
		return [{ status: 'queued', message: 'CIPP started the compromise check.', followUp: FOLLOW_UP }];
	}
	if (report.Waiting === true) return [{ status: 'running', message: 'The compromise check is still running.', followUp: FOLLOW_UP }];
	// A run that failed keeps its error text in Results (Push-BECRun's catch).
	if (typeof report.Results === 'string' && !('ExtractResult' in report)) context.fail(report.Results);
	return [{ status: 'completed', ...report }];
}

export const checkCompromise: CippOperation = {
	resource: 'user',
	value: 'checkCompromise',
	name: 'Check Compromise',
	action: 'Check a user for business email compromise',
	description:
		'Run CIPP\'s business email compromise check for a user: the last 7 days of sign-ins, inbox rules and rule changes, mailbox permission changes, sent mail, new apps and users, MFA methods and devices. CIPP runs it in the background: the first call answers status "queued"; run again until the report comes back.',
	...reads('ExecBECCheck', 'Identity.User.Read'),
	parameters: [
		tenantParameter('query'),
		userParameter(undefined),
		flag('Run Again', 'refresh', 'Whether to start a fresh check even when CIPP has a report for the user', inQuery('overwrite')),
	],
	output: becOutput,
	run: async (context) => {
		const user = await resolveUser(
			context,
			String(context.values.userId),
			`${String(context.values.userId)} is not a user of the tenant, so there is nothing to check.`,
		);
		// userid picks the cached report (GUID) and the run; userName is what the Exchange checks search by.
		const request = withFields(context.request, { userid: user.id, GUID: user.id, userName: user.userPrincipalName });
		return becOutput(await context.call(request, checkCompromise.role), context);
	},
};
