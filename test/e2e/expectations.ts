/**
 * What each example in examples/ must produce against the CIPP sandbox, keyed
 * by workflow id. Every example also gets the generic checks in checks.ts
 * (run succeeded; every CIPP node answered every input item, paired, and
 * without `error` unless it is set to "On Error: Continue"), so an example
 * without an entry here is still tested.
 *
 * A check returns a list of problems; an empty list is a pass.
 * The sandbox's data is in test/sandbox/fixtures.ts.
 */
import { IRunLike } from './n8n';
import { OutputItem, outputItems, pairedIndexes } from './checks';
import { Workflow } from './workflows';

export interface Expectation {
	check(run: IRunLike, wf: Workflow): string[];
}

/** Collects problems with a readable prefix. */
class Problems {
	readonly list: string[] = [];
	constructor(private readonly prefix: string) {}
	expect(ok: boolean, msg: string): void {
		if (!ok) this.list.push(`${this.prefix}: ${msg}`);
	}
}

/** A User → Reset Password result for a cloud user: success, a temporary password kept out of the message. */
export function passwordResetProblems(json: Record<string, unknown>, upn: string, where: string): string[] {
	const p = new Problems(where);
	p.expect(json.status === 'success', `status is ${JSON.stringify(json.status)}, expected "success"`);
	p.expect(String(json.userId ?? '').toLowerCase() === upn, `userId is ${JSON.stringify(json.userId)}, expected ${upn}`);
	p.expect(json.mustChangePassword === true, `mustChangePassword is ${JSON.stringify(json.mustChangePassword)}`);
	const password = json.temporaryPassword;
	p.expect(typeof password === 'string' && password.length >= 8, 'no temporaryPassword of 8+ characters');
	p.expect(typeof json.message === 'string' && json.message.length > 0, 'no message');
	if (typeof password === 'string' && password && typeof json.message === 'string') {
		p.expect(!json.message.includes(password), 'the message repeats the temporary password');
	}
	return p.list;
}

/** The node's one output item is a successful reset of `upn`. */
function expectPasswordReset(run: IRunLike, nodeName: string, upn: string): string[] {
	const items = outputItems(run, nodeName);
	const count = items.length === 1 ? [] : [`${nodeName}: expected 1 item, got ${items.length}`];
	return [...count, ...passwordResetProblems(items[0]?.json ?? {}, upn, nodeName)];
}

function isError(item: OutputItem): boolean {
	return item.json !== undefined && 'error' in item.json;
}

export const EXPECTATIONS: Record<string, Expectation> = {
	/** examples/reset-password.workflow.json: reset adele.vance (a cloud user) in Contoso. */
	cippResetPassword01: {
		check: (run) => expectPasswordReset(run, 'Reset Password', 'adele.vance@contoso.onmicrosoft.com'),
	},

	/** examples/security-alert-response.workflow.json: reset megan.bowen's password, then revoke her sessions. */
	cippAlertResponse01: {
		check(run) {
			const problems = expectPasswordReset(run, 'Reset Password', 'megan.bowen@contoso.onmicrosoft.com');
			const p = new Problems('Revoke Sessions');
			const items = outputItems(run, 'Revoke Sessions');
			p.expect(items.length === 1, `expected 1 item, got ${items.length}`);
			const json = items[0]?.json ?? {};
			p.expect(json.status === 'success', `status is ${JSON.stringify(json.status)}, expected "success"`);
			p.expect(
				String(json.message ?? '').includes('megan.bowen@contoso.onmicrosoft.com'),
				`message ${JSON.stringify(json.message)} does not name the user (the expression {{ $json.userId }} from Reset Password)`,
			);
			return [...problems, ...p.list];
		},
	},

	/**
	 * examples/tenant-device-inventory.workflow.json: every tenant, then its
	 * Intune devices with "On Error: Continue". The sandbox has 6 tenants
	 * (partner included); Tailspin has no Intune licence, so its item fails and
	 * must say so; the partner tenant has no devices.
	 */
	cippDeviceInventory1: {
		check(run) {
			const p = new Problems('Get Many Devices');
			const tenants = outputItems(run, 'Get Many Tenants').map((t) => String(t.json.defaultDomainName ?? ''));
			if (tenants.length !== 6) p.list.push(`Get Many Tenants: expected 6 tenants, got ${tenants.length}`);
			const devices = outputItems(run, 'Get Many Devices');
			const forTenant = (domain: string) => {
				const index = tenants.indexOf(domain);
				return devices.filter((d) => pairedIndexes(d).includes(index));
			};
			const tailspin = forTenant('tailspin.onmicrosoft.com');
			p.expect(
				tailspin.length === 1 && isError(tailspin[0]),
				`Tailspin (no Intune licence) should give 1 error item, got ${JSON.stringify(tailspin.map((d) => d.json))}`,
			);
			const why = tailspin[0] ? `${String(tailspin[0].json.error)} ${String(tailspin[0].json.description ?? '')}` : '';
			p.expect(!tailspin[0] || /licen[cs]e/i.test(why), `Tailspin's error does not say why (a missing licence): ${JSON.stringify(why)}`);
			for (const domain of ['contoso.onmicrosoft.com', 'fabrikam.onmicrosoft.com', 'northwind.onmicrosoft.com', 'woodgrovebank.com']) {
				const own = forTenant(domain);
				p.expect(
					own.length > 0 && !own.some(isError),
					`${domain}: expected its devices, got ${own.length} item(s)${own.some(isError) ? ' with an error' : ''}`,
				);
				for (const d of own) p.expect(typeof d.json.deviceName === 'string', `${domain}: a device without deviceName`);
			}
			p.expect(devices.filter(isError).length === 1, `expected exactly 1 error item, got ${devices.filter(isError).length}`);
			return p.list;
		},
	},
};
