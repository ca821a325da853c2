import type { AuditRecord } from './types';

/**
 * Scheduler (CIPP's scheduled tasks), read against CIPP-API (/work/cipp-api, paths relative to
 * `Modules/CIPPHTTP/Public/Entrypoints/HTTP Functions/`). Node files: nodes/Cipp/actions/scheduler/.
 */
export const audit: Record<string, AuditRecord> = {
	'scheduler:addTask': {
		source: 'CIPP/Scheduler/Invoke-AddScheduledItem.ps1 + CIPPCore/Public/Add-CIPPScheduledTask.ps1',
		reads:
			'Query: hidden (any value, even "false", hides the task, :23-31; never sent), DisallowDuplicateName (query or body, :11). Body passed whole as the task (:42-48): RowKey (a given one is used as the task ID, Add-CIPPScheduledTask :51-55), Name, Command (.value ?? itself, :65), Parameters (an object; null, empty and empty-list values skipped, :107-144), TenantFilter (.value ?? itself; {value,label,type:"Group"} stored as TenantGroup, :203-271; AllTenants runs per tenant), excludedTenants ([{value,type}], :193-200), ScheduledTime (Unix seconds; 0 or missing = now, :168-190), DesiredStartTime (overrides it), Recurrence (.value ?? itself; "0" once, Nm/Nh/Nd, Push-ExecScheduledCommand :90-95), PostExecution ({Webhook,Email,PSA: true} or [{value}], joined "Webhook,Email", :104-106), Reference, AlertComment, CustomSubject, PsaTicketStrategy (split / consolidated), Tag, Trigger, RunNow (-eq $true), AdditionalProperties.',
		clears:
			'A new task: nothing. A RowKey that exists replaces that task whole (Add-CIPPAzDataTableEntity -Force, :310); the node always sends a new random RowKey, so it never replaces one.',
		failure:
			'HTTP 200 with {Results: text} in every case, no state: "Error - The command \'X\' does not exist and cannot be scheduled." (:91), "Error - The command \'X\' is not permitted to run as a scheduled task." (:96, :101; Get-CIPPSchedulerBlockedCommands), "Error - Could not add task: ..." (:315); these start with "Error" and fail the item. "Task with name X already exists" (:61, only with DisallowDuplicateName) is a refusal without an error word. An exception is rethrown: HTTP 500.',
		async:
			"The task runs later in the scheduler (every 15 minutes, or at ScheduledTime); with RunNow a Start-UserTasksOrchestrator queue message starts it (:357-362). Post-execution results go to the webhook, email and PSA of CIPP's notification settings (Send-CIPPScheduledTaskAlert), the webhook carrying task.id and task.reference.",
		refusals: ['^Task with name .* already exists$'],
		verdict: 'settled',
		note: 'CIPP\'s answer does not name the new task: the node gives the task its ID (a random RowKey, which CIPP keeps, :51-55) and returns it as taskId, so a workflow can read it back (Scheduler → Get Task) or match the post-execution webhook (task.id). A tenant group is sent in CIPP\'s {value, label, type: "Group"} shape with its name read from ListTenantGroups first (an unknown group fails before anything is added). Writes refuse AllTenants elsewhere; here CIPP runs the task per tenant, so AllTenants is accepted.',
	},
	'scheduler:getTask': {
		source: 'CIPP/Scheduler/Invoke-ListScheduledItemDetails.ps1',
		reads: 'Query RowKey, else body RowKey (:15).',
		clears: 'none',
		failure:
			'No RowKey: HTTP 400 "Required parameter \'RowKey\' is missing" (:18-23). Unknown: HTTP 404 "Task with RowKey \'X\' not found" (:32-38). Both fail the item in the transport.',
		async: 'none',
		refusals: [],
		output:
			'ConvertTo-Json text {Task: {RowKey, Name, TaskState, Command, Parameters (parsed, Headers removed), Recurrence ("Once" for 0), ExecutedTime, ScheduledTime (dates), PostExecution, Tenant {label,value,type}, TenantGroup, Hidden, Results, Timestamp, Trigger}, Details: [{Timestamp, Tenant, Results: [...]}]} (:205-208), hidden tasks included. `parsedRecords` gives one item.',
		verdict: 'ok',
	},
	'scheduler:runTaskNow': {
		source: 'CIPP/Scheduler/Invoke-AddScheduledItem.ps1 + CIPPCore/Public/Add-CIPPScheduledTask.ps1',
		reads:
			'Body RowKey and RunNow (-eq $true, :33). With an existing task: ExecutedTime cleared (:35-39), then ScheduledTime = now and TaskState Planned (Add-CIPPScheduledTask :37-39).',
		clears:
			'ExecutedTime of the task (so a completed one-time task runs again); ScheduledTime becomes now, so a recurring task counts its next run from now.',
		failure:
			'HTTP 200 "Could not run task: ..." (Add-CIPPScheduledTask :48), no state and no error word at the start: caught by the refusal. An unknown RowKey is no error: CIPP falls through to adding a new task with that RowKey and no command ("Error - The command \'\' does not exist ...").',
		async: 'A Start-UserTasksOrchestrator queue message runs the task (:41-43); the answer "Task X scheduled to run now" comes at once.',
		refusals: ['^Could not run task'],
		verdict: 'settled',
		note: 'The node reads the task first (ListScheduledItems with Id) and fails with "Task <id> was not found in CIPP\'s scheduler … so nothing was started" instead of letting CIPP try to add a task without a command. The item is "queued": the run happens in the background.',
	},
};
