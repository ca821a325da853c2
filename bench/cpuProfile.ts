/**
 * Splits a run's CPU time by who spent it, from a V8 CPU profile of the run: the package's own
 * code (node and credential, with the n8n calls it makes such as reading parameters), n8n's HTTP
 * stack (request helper, axios, TLS), and the rest (engine, garbage collection).
 */
import { Session } from 'node:inspector';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface CpuSplit {
	packageMs: number;
	httpMs: number;
	otherMs: number;
}

const PACKAGE_CODE = /\/dist\/(nodes|credentials)\//;
const HTTP_STACK = /httpRequestWithAuthentication|^request$|dispatchHttpRequest/;

function split(profile: Profile): CpuSplit {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parentOf = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
	const result: CpuSplit = { packageMs: 0, httpMs: 0, otherMs: 0 };
	profile.samples.forEach((sample, index) => {
		const name = byId.get(sample)?.callFrame.functionName;
		if (name === '(idle)' || name === '(program)') return;
		let inPackage = false;
		let inHttp = false;
		for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) {
			const frame = byId.get(id)!.callFrame;
			if (HTTP_STACK.test(frame.functionName)) inHttp = true;
			if (PACKAGE_CODE.test(frame.url)) inPackage = true;
		}
		const ms = profile.timeDeltas[index] / 1000;
		if (inHttp) result.httpMs += ms;
		else if (inPackage) result.packageMs += ms;
		else result.otherMs += ms;
	});
	return result;
}

export async function profiled<T>(work: () => Promise<T>): Promise<{ value: T; cpu: CpuSplit }> {
	const session = new Session();
	session.connect();
	const post = <R>(method: string) =>
		new Promise<R>((resolve, reject) => session.post(method, {}, (error, result) => (error ? reject(error) : resolve(result as R))));
	await post('Profiler.enable');
	await post('Profiler.start');
	const value = await work();
	const { profile } = await post<{ profile: Profile }>('Profiler.stop');
	session.disconnect();
	return { value, cpu: split(profile) };
}
