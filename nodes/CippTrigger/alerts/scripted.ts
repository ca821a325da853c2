/**
 * Scripted alerts (Get-CIPPAlert*), scheduled tasks and offboarding completions: one body per
 * task run per tenant, its findings under `Results` (legacy) or `results` (standardized).
 * Each finding becomes one item.
 */
import type { IDataObject } from 'n8n-workflow';

import { asList, contentId, field, hasFields, isGuid, isObject, isUpn, text } from './fields';
import type { AlertType, Envelope, ParsedRecord } from './types';

export const isTaskAlert = (record: unknown): boolean =>
	isObject(field(record, 'TaskInfo')) || (isObject(field(record, 'task')) && hasFields(record, 'results'));

function taskType(record: IDataObject, task: IDataObject, envelope: Envelope): AlertType {
	const named = text(record, 'taskType') || envelope.source || '';
	if (/offboarding/i.test(named)) return 'userOffboarding';
	if (/^alert$/i.test(named)) return 'scriptedAlert';
	if (/scheduled task/i.test(named)) return 'scheduledTask';
	const command = text(task, 'Command', 'command');
	if (/^Get-CIPPAlert/i.test(command)) return 'scriptedAlert';
	return /Offboard/i.test(command) ? 'userOffboarding' : 'scheduledTask';
}

const TYPE_LABEL: Partial<Record<AlertType, string>> = {
	scriptedAlert: 'Alert',
	scheduledTask: 'Scheduled Task',
	userOffboarding: 'User Offboarding',
};

/** The legacy body has no title; this is the one CIPP gives the e-mail and the envelope. */
function taskTitle(type: AlertType, tenant: string, task: IDataObject): string {
	const subject = text(task, 'CustomSubject');
	const reference = text(task, 'Reference', 'reference');
	const title = subject ? `${subject} - ${tenant}` : `${TYPE_LABEL[type] ?? 'Alert'} - ${tenant} - ${text(task, 'Name', 'name')}`;
	return reference ? `${title} - Reference: ${reference}` : title;
}

function findingUser(finding: unknown): string {
	const upn = text(finding, 'UserPrincipalName', 'userPrincipalName', 'UPN', 'Username', 'User');
	if (isUpn(upn)) return upn;
	const id = text(finding, 'Id', 'UserId', 'ObjectId');
	return isGuid(id) ? id : '';
}

/** What identifies the task without the creator's request headers, which the legacy TaskInfo carries. */
function taskSummary(task: IDataObject): IDataObject {
	return {
		id: text(task, 'RowKey', 'id'),
		name: text(task, 'Name', 'name'),
		command: text(task, 'Command', 'command'),
	};
}

export function taskRecords(record: IDataObject, envelope: Envelope): ParsedRecord[] {
	const task = (field(record, 'TaskInfo') ?? field(record, 'task')) as IDataObject;
	const type = taskType(record, task, envelope);
	const tenant = text(record, 'Tenant', 'tenant') || envelope.tenant || '';
	const tenantId = text(record, 'tenantId');
	const title = envelope.title || taskTitle(type, tenant, task);
	const findings = asList(field(record, 'Results', 'results'));
	const summary = taskSummary(task);
	const alertComment = text(record, 'AlertComment', 'alertComment');
	return (findings.length ? findings : [{}]).map((finding) => {
		const raw: IDataObject = isObject(finding) ? finding : { message: String(finding) };
		return {
			header: {
				alertType: type,
				alertId: contentId(type, tenant, summary.command, raw),
				tenant,
				tenantId,
				title,
				user: findingUser(raw),
				message: text(raw, 'Message', 'message'),
				task: summary,
				alertComment,
			},
			raw,
		};
	});
}
