import { choices, numberField, requiredChoice, shownWhen } from '../common/fields';
import type { FieldEntry } from '../common/fields';
import { siteWriteOperation } from '../shared/teamsSharePoint';
import type { CippParameter } from '../types';

/** A limit shown for the cleanup mode that uses it; CIPP reads a missing one as -1 (not used). */
function limit(mode: string, entry: FieldEntry): CippParameter {
	return shownWhen({ batchDeleteMode: [mode] }, { property: { ...entry.property, required: true }, send: entry.send });
}

export const startVersionCleanup = siteWriteOperation(
	{
		value: 'startVersionCleanup',
		name: 'Start Version Cleanup',
		action: 'Start deleting old file versions on a site',
		description:
			'Start a SharePoint job that permanently deletes old file versions on a site to reclaim storage: by age, by count, or to match the current version policy. Deleted versions cannot be recovered.',
		endpoint: 'ExecSPOVersionCleanup',
		role: 'Sharepoint.Site.ReadWrite',
	},
	[
		requiredChoice(
			'Mode',
			'batchDeleteMode',
			'',
			'BatchDeleteMode',
			'2',
			choices({ 'Apply Site Version Policy': '2', 'Keep a Number of Versions': '1', 'Older Than Days': '0' }),
		),
		limit(
			'0',
			numberField(
				{
					displayName: 'Older Than Days',
					name: 'deleteOlderThanDays',
					default: 365,
					description: 'Delete versions older than this many days',
				},
				{ name: 'DeleteOlderThanDays', in: 'body' },
			),
		),
		limit(
			'1',
			numberField(
				{
					displayName: 'Major Versions to Keep',
					name: 'majorVersionLimit',
					default: 100,
					description: 'How many major versions of each file to keep',
				},
				{ name: 'MajorVersionLimit', in: 'body' },
			),
		),
		limit(
			'1',
			numberField(
				{
					displayName: 'Major Versions With Minor Versions',
					name: 'majorWithMinorVersionsLimit',
					default: 10,
					typeOptions: { minValue: 0 },
					description: 'How many of the kept major versions keep their minor versions',
				},
				{ name: 'MajorWithMinorVersionsLimit', in: 'body' },
			),
		),
	],
);
