/** Each tenant's transport rules and Exchange connectors, one copy per sandbox. */
import { perSandbox, stableGuid } from '../../../directory';
import type { SandboxTenant } from '../../../fixtures';
import { GraphError } from '../../../graph';
import { getIgnoreCase, isPlainObject } from '../../../http';
import { exoNotFound } from '../tenant/request';

export type ExoObject = Record<string, unknown> & { Name: string; Guid: string; Identity: string };

export interface TenantTransport {
	rules: ExoObject[];
	connectors: { Inbound: ExoObject[]; Outbound: ExoObject[] };
}

function exoObject(tenant: SandboxTenant, kind: string, name: string, fields: Record<string, unknown>): ExoObject {
	return {
		Name: name,
		Identity: name,
		Guid: stableGuid(`${tenant.customerId}/${kind}/${name}`),
		WhenChanged: '2026-05-04T10:12:00Z',
		...fields,
	};
}

export function newRule(tenant: SandboxTenant, name: string, fields: Record<string, unknown>): ExoObject {
	return exoObject(tenant, 'transportRule', name, { State: 'Enabled', Mode: 'Enforce', Priority: 0, Comments: '', ...fields });
}

export function newConnector(
	tenant: SandboxTenant,
	direction: 'Inbound' | 'Outbound',
	name: string,
	fields: Record<string, unknown>,
): ExoObject {
	return exoObject(tenant, `${direction}Connector`, name, { Enabled: true, ConnectorType: 'Partner', Comment: '', ...fields });
}

const transport = perSandbox(() => new Map<string, TenantTransport>());

/** The tenant's rules and connectors, seeded on first use. */
export function tenantTransport(state: Parameters<typeof transport>[0], tenant: SandboxTenant): TenantTransport {
	const all = transport(state);
	let data = all.get(tenant.customerId);
	if (!data) {
		data = {
			rules: [
				newRule(tenant, 'Block executable attachments', {
					Priority: 0,
					AttachmentHasExecutableContent: true,
					RejectMessageReasonText: 'Executable attachments are not allowed',
				}),
				newRule(tenant, 'External sender warning', {
					Priority: 1,
					State: 'Disabled',
					FromScope: 'NotInOrganization',
					PrependSubject: '[EXTERNAL] ',
				}),
			],
			connectors: {
				Outbound: [
					newConnector(tenant, 'Outbound', 'Outbound to Mimecast', {
						SmartHosts: ['eu-smtp-o365-outbound-1.mimecast.com'],
						RecipientDomains: ['*'],
						UseMXRecord: false,
					}),
				],
				Inbound: [
					newConnector(tenant, 'Inbound', 'Inbound from Mimecast', { SenderIPAddresses: ['207.82.80.0/24'], SenderDomains: ['smtp:*;1'] }),
				],
			},
		};
		all.set(tenant.customerId, data);
	}
	return data;
}

/** An Exchange object by its Guid, Identity or Name, as -Identity finds it. */
export function findExo<T extends { Name: string }>(list: T[], identity: unknown): T {
	const wanted = String(identity ?? '').toLowerCase();
	const keys = (entry: T) => ['Guid', 'Identity', 'Name'].map((key) => String((entry as Record<string, unknown>)[key] ?? '').toLowerCase());
	const found = list.find((entry) => keys(entry).includes(wanted));
	if (!found) throw exoNotFound(String(identity ?? ''));
	return found;
}

/** `$X.value ?? $X.userPrincipalName ?? $X.id ?? $X` for each entry, as CIPP's ConvertTo-FieldArray does. */
export function fieldArray(value: unknown): unknown[] {
	if (value === undefined || value === null) return [];
	const entries = Array.isArray(value) ? value : [value];
	return entries.map((entry) =>
		isPlainObject(entry)
			? (getIgnoreCase(entry, 'value') ?? getIgnoreCase(entry, 'userPrincipalName') ?? getIgnoreCase(entry, 'id'))
			: entry,
	);
}

/** `$X.value` when truthy, else `$X`. */
export function valueOrSelf(value: unknown): unknown {
	return isPlainObject(value) ? getIgnoreCase(value, 'value') || value : value;
}

/** Exchange refuses a second object of one kind with the same name. */
export function refuseDuplicate(list: ExoObject[], name: string, kind: string): void {
	if (list.some((entry) => entry.Name.toLowerCase() === name.toLowerCase())) {
		throw new GraphError(`The ${kind} "${name}" already exists.`);
	}
}

/** The parameters without their name (PowerShell reads "name" in any case). */
export function withoutName(params: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(params).filter(([key]) => key.toLowerCase() !== 'name'));
}
