/**
 * The editor in a real browser: what a technician does first. n8n (with the
 * package, the sandbox credential and the CIPP sandbox already set up by the
 * caller) is started as an editor; Debian's Chromium, driven by
 * playwright-core, opens a workflow with a CIPP "User → Get" node, picks a
 * tenant from the Tenant Filter list and a user from the User ID list (both
 * filled live from the sandbox, narrowed by typing a search), runs the node
 * and reads its output in the panel. A screenshot of the result is saved as
 * an artifact, also when a step fails.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, Browser, Locator, Page } from 'playwright-core';
import { ARTIFACTS_DIR, CHROMIUM_BIN, TIMEOUTS } from './config';
import { freePort, N8n } from './n8n';
import { onExit, startLong } from './proc';
import { mask } from './report';
import { OWNER_LOGIN, RunningN8n, startMain, whenRouted } from './rest';
import { cippNode, trigger, Workflow } from './workflows';

/** What the technician types into each list, and the entry to pick (a fixture of test/sandbox/fixtures.ts). */
const PICKS = {
	tenant: { search: 'conto', entry: 'contoso.onmicrosoft.com' },
	user: { search: 'Adele', entry: 'adele.vance@contoso.onmicrosoft.com' },
	/** The tenant switched to after the run: the User ID list must then hold only its users. */
	otherTenant: { search: 'fabri', entry: 'fabrikam.onmicrosoft.com' },
};
/** The picked user's display name, near the top of the node's JSON output (the panel renders only what is in view). */
const PICKED_USER_SHOWS = '"displayName": "Adele Vance"';

const NODE_NAME = 'Get User';

/** Flags from real-n8n.md: no sandbox (root in CI), no GPU, nothing that talks to the internet on its own. */
const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--window-size=1600,1000',
];

/** Manual Trigger → CIPP User → Get, with both pickers empty and in "From List" mode, as a new node has them. */
function editorWorkflow(): Omit<Workflow, 'id'> {
	const start = trigger();
	return {
		name: 'e2e: pick a tenant and a user in the editor',
		// n8n 1.x refuses a new workflow without it.
		active: false,
		nodes: [
			start,
			cippNode(NODE_NAME, [240, 0], {
				resource: 'user',
				operation: 'get',
				tenantFilter: { __rl: true, mode: 'list', value: '' },
				userId: { __rl: true, mode: 'list', value: '' },
			}),
		],
		connections: { [start.name]: { main: [[{ node: NODE_NAME, type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

/**
 * Chromium as a tracked child process (proc.ts kills its process group on any
 * exit), with playwright-core attached over the DevTools protocol.
 */
async function launchChromium(): Promise<{ browser: Browser; stop(): Promise<void> }> {
	if (!fs.existsSync(CHROMIUM_BIN)) {
		throw new Error(`${CHROMIUM_BIN} not found: apt-get install chromium (.ci/run does), or set CIPP_E2E_CHROMIUM`);
	}
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cipp-e2e-chromium-'));
	onExit(() => fs.rmSync(profile, { recursive: true, force: true }));
	const port = await freePort();
	const proc = startLong(
		CHROMIUM_BIN,
		[...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, 'about:blank'],
		{},
	);
	const stop = async () => {
		await proc.stop();
		fs.rmSync(profile, { recursive: true, force: true });
	};
	const deadline = Date.now() + TIMEOUTS.chromiumStart;
	for (;;) {
		try {
			const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
			const stopAll = async () => {
				await browser.close().catch(() => undefined);
				await stop();
			};
			return { browser, stop: stopAll };
		} catch (e) {
			if (proc.child.exitCode !== null || Date.now() > deadline) {
				await stop();
				throw new Error(`Chromium did not start: ${(e as Error).message}\n${proc.output().slice(-2000)}`);
			}
			await new Promise((r) => setTimeout(r, 300));
		}
	}
}

/** The entries of the picker list that is open now. */
function openListEntries(page: Page): Locator {
	return page.locator('[data-test-id="rlc-item"]').filter({ visible: true });
}

/**
 * Read the page until `test` holds for what `read` returns (the editor renders
 * lists and output asynchronously); on time-out fail with `describe` of the last reading.
 */
async function waitUntil<T>(page: Page, read: () => Promise<T>, test: (value: T) => boolean, describe: (value: T) => string): Promise<T> {
	const deadline = Date.now() + TIMEOUTS.browserStep;
	for (;;) {
		const value = await read();
		if (test(value)) return value;
		if (Date.now() > deadline) throw new Error(describe(value));
		await page.waitForTimeout(250);
	}
}

/** Wait until `test` holds for the open list's entries; fail with what the list showed. */
async function waitForEntries(page: Page, what: string, test: (entries: string[]) => boolean): Promise<string[]> {
	return waitUntil(
		page,
		async () => (await openListEntries(page).allInnerTexts()).map((t) => t.trim()),
		test,
		(entries) => `${what}; the list showed ${entries.length ? entries.join(' | ') : 'no entries'}`,
	);
}

/**
 * Open a resource-locator list, check it is filled, type a search, check the
 * list narrowed to matching entries, and pick the entry containing `entry`.
 * Returns a note: "6 entries, 1 for 'conto'".
 */
async function pickFromList(page: Page, param: string, label: string, pick: { search: string; entry: string }): Promise<string> {
	const input = page.locator(`[data-test-id="resource-locator-${param}"] [data-test-id="rlc-input"]`);
	await input.click();
	const all = await waitForEntries(page, `the ${label} list stayed empty`, (e) => e.length > 0);
	await page.locator('[data-test-id="rlc-search"]').filter({ visible: true }).fill(pick.search);
	const needle = pick.search.toLowerCase();
	const found = await waitForEntries(
		page,
		`searching the ${label} list for "${pick.search}" did not narrow it to matching entries (${all.length} before)`,
		(e) => e.length > 0 && e.length < all.length && e.every((t) => t.toLowerCase().includes(needle)),
	);
	await openListEntries(page).filter({ hasText: pick.entry }).first().click();
	await waitUntil(
		page,
		() => input.inputValue(),
		(shown) => shown.includes(pick.entry),
		(shown) => `${label} shows "${shown}" after picking ${pick.entry}`,
	);
	return `${label}: ${all.length} entries, ${found.length} for "${pick.search}"`;
}

/** Run the node from its panel and return the output panel's text (JSON view). */
async function executeNode(page: Page): Promise<string> {
	await page.locator('[data-test-id="node-execute-button"]').click();
	const output = page.locator('[data-test-id="output-panel"]');
	const success = output.locator('[data-test-id="node-run-status-success"]');
	try {
		await success.waitFor({ timeout: TIMEOUTS.browserStep });
	} catch {
		throw new Error(`the node run did not succeed; the output panel shows: ${(await output.innerText()).slice(0, 800)}`);
	}
	await output.locator('[data-test-id="ndv-run-data-display-mode"]').getByText('JSON', { exact: true }).click();
	const count = (await output.locator('[data-test-id="ndv-items-count"]').innerText()).trim();
	if (!/^1 item\b/.test(count)) throw new Error(`the output panel shows "${count}", expected 1 item`);
	return waitUntil(
		page,
		// The JSON view puts keys and values on separate lines of innerText.
		async () => (await output.innerText()).replace(/\s+/g, ' '),
		(text) => text.includes(PICKED_USER_SHOWS),
		(text) => `the output panel does not show ${PICKED_USER_SHOWS}: ${text.slice(0, 800)}`,
	);
}

async function createWorkflow(page: Page, base: string): Promise<string> {
	const r = await whenRouted(
		() => page.request.post(`${base}/rest/workflows`, { data: editorWorkflow() }),
		(response) => response.status(),
	);
	if (!r.ok()) throw new Error(`POST /rest/workflows answered ${r.status()}: ${(await r.text()).slice(0, 500)}`);
	const id = ((await r.json()) as { data?: { id?: string } }).data?.id;
	if (!id) throw new Error('POST /rest/workflows returned no workflow id');
	return id;
}

/**
 * Switch Tenant Filter to another tenant and open the User ID list again: the picker declares
 * that it depends on the tenant, so the editor must list only the new tenant's users.
 */
async function switchTenant(page: Page): Promise<string> {
	// The reopened list keeps the picked tenant in view, so it is not expected to narrow here.
	const tenantInput = page.locator('[data-test-id="resource-locator-tenantFilter"] [data-test-id="rlc-input"]');
	await tenantInput.click();
	await page.locator('[data-test-id="rlc-search"]').filter({ visible: true }).fill(PICKS.otherTenant.search);
	await waitForEntries(
		page,
		`searching the Tenant Filter list for "${PICKS.otherTenant.search}" did not show ${PICKS.otherTenant.entry}`,
		(shown) => shown.some((entry) => entry.includes(PICKS.otherTenant.entry)),
	);
	await openListEntries(page).filter({ hasText: PICKS.otherTenant.entry }).first().click();
	await waitUntil(
		page,
		() => tenantInput.inputValue(),
		(shown) => shown.includes(PICKS.otherTenant.entry),
		(shown) => `Tenant Filter shows "${shown}" after picking ${PICKS.otherTenant.entry}`,
	);
	await page.locator('[data-test-id="resource-locator-userId"] [data-test-id="rlc-input"]').click();
	const domain = `@${PICKS.otherTenant.entry}`;
	const entries = await waitForEntries(
		page,
		`after switching Tenant Filter to ${PICKS.otherTenant.entry} the User ID list did not show only its users`,
		(shown) => shown.length > 0 && shown.every((entry) => entry.includes(domain)),
	);
	await page.keyboard.press('Escape');
	return `after switching to ${PICKS.otherTenant.entry} the User ID list shows its ${entries.length} users only`;
}

/** What the technician does: log in, open the workflow and its CIPP node, pick from both lists, run the node, switch tenant. */
async function drive(page: Page, base: string): Promise<string> {
	// The editor's own login call; the session cookie lands in the browser.
	const login = await whenRouted(
		() => page.request.post(`${base}/rest/login`, { data: OWNER_LOGIN }),
		(r) => r.status(),
	);
	if (!login.ok()) throw new Error(`POST /rest/login answered ${login.status()}: ${(await login.text()).slice(0, 300)}`);
	const id = await createWorkflow(page, base);

	await page.goto(`${base}/workflow/${id}`);
	const canvasNode = page.locator(`[data-test-id="canvas-node"][data-node-name="${NODE_NAME}"]`);
	await canvasNode.waitFor({ timeout: TIMEOUTS.browserStep });
	// How long the node panel takes to open with this package's description, printed for the record only.
	const opening = Date.now();
	await canvasNode.dblclick();
	await page.locator('[data-test-id="resource-locator-tenantFilter"]').waitFor({ timeout: TIMEOUTS.browserStep });
	const panelMs = Date.now() - opening;
	const tenantNote = await pickFromList(page, 'tenantFilter', 'Tenant Filter', PICKS.tenant);
	const userNote = await pickFromList(page, 'userId', 'User ID', PICKS.user);
	await executeNode(page);
	const switchNote = await switchTenant(page);
	return `node panel opened in ${panelMs} ms; ${tenantNote}; ${userNote}; the run's output shows ${PICKED_USER_SHOWS}; ${switchNote}`;
}

/** Chromium for one drive(); the screenshot is taken whether it passed or not. */
async function inBrowser(main: RunningN8n, screenshot: string): Promise<string> {
	const chrome = await launchChromium();
	try {
		const page = await chrome.browser.contexts()[0].newPage();
		await page.setViewportSize({ width: 1600, height: 1000 });
		page.setDefaultTimeout(TIMEOUTS.browserStep);
		try {
			return await drive(page, main.base);
		} finally {
			await page.screenshot({ path: screenshot }).catch(() => undefined);
		}
	} finally {
		await chrome.stop();
	}
}

/**
 * The browser check on an n8n whose user folder has the package and the
 * sandbox credentials: start its editor, drive it, stop it. Returns a note
 * with the screenshot's path.
 */
export async function checkEditor(n8n: N8n): Promise<string> {
	fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
	const screenshot = path.join(ARTIFACTS_DIR, `editor-n8n-${n8n.install.version}.png`);
	fs.rmSync(screenshot, { force: true });
	const main = await startMain(n8n, await freePort());
	try {
		const note = await inBrowser(main, screenshot);
		return `${note}; screenshot ${path.relative(process.cwd(), screenshot)}`;
	} catch (e) {
		const shot = fs.existsSync(screenshot) ? ` (screenshot ${screenshot})` : '';
		throw new Error(mask(`${(e as Error).message}${shot}`));
	} finally {
		await main.server.stop();
	}
}
