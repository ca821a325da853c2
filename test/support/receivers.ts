/**
 * Local stand-ins for where example workflows send their notifications, so each workflow runs
 * whole and the test can read what arrived: an SMTP server for n8n's Send Email node and an
 * HTTP listener for a chat webhook (Teams, Slack) called by the HTTP Request node. Both listen
 * on 127.0.0.1 on a free port, plain text, no TLS.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';

/** A server on 127.0.0.1 on a free port, whose open connections are cut when it stops. */
class LocalServer {
	port = 0;
	private readonly sockets = new Set<Socket>();

	constructor(protected readonly server: HttpServer | TcpServer) {
		server.on('connection', (socket: Socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
	}

	static async start<T extends LocalServer>(this: new () => T): Promise<T> {
		const started = new this();
		await new Promise<void>((resolve) => started.server.listen(0, '127.0.0.1', resolve));
		started.port = (started.server.address() as AddressInfo).port;
		return started;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}

export interface ReceivedMail {
	/** Envelope sender and recipients (MAIL FROM, RCPT TO). */
	from: string;
	to: string[];
	/** Header names in lower case, values unfolded (encoded words left as sent). */
	headers: Record<string, string>;
	/** The text of the message: every text part, transfer encoding undone. */
	text: string;
	/** The message as it came over the wire. */
	raw: string;
	/** The user name the client authenticated as, if it did. */
	authenticatedAs?: string;
}

function parseHeaders(block: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const line of block.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return headers;
}

function decodeBody(body: string, encoding = ''): string {
	switch (encoding.toLowerCase()) {
		case 'base64':
			return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
		case 'quoted-printable':
			return Buffer.from(
				body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
				'latin1',
			).toString('utf8');
		default:
			return body;
	}
}

/** The text parts of a MIME entity (a single part, or the text parts of a multipart). */
function textOf(entity: string): string {
	const split = entity.indexOf('\r\n\r\n');
	const headers = parseHeaders(split < 0 ? entity : entity.slice(0, split));
	const body = split < 0 ? '' : entity.slice(split + 4);
	const type = headers['content-type'] ?? 'text/plain';
	const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
	if (/^multipart\//i.test(type) && boundary) {
		return body
			.split(`--${boundary}`)
			.slice(1, -1)
			.map((part) => textOf(part.replace(/^\r\n/, '')))
			.filter(Boolean)
			.join('\n');
	}
	return /^text\//i.test(type) ? decodeBody(body, headers['content-transfer-encoding']) : '';
}

function parseMail(raw: string, envelope: { from: string; to: string[]; user?: string }): ReceivedMail {
	const split = raw.indexOf('\r\n\r\n');
	return {
		from: envelope.from,
		to: envelope.to,
		headers: parseHeaders(raw.slice(0, split)),
		text: textOf(raw),
		raw,
		...(envelope.user ? { authenticatedAs: envelope.user } : {}),
	};
}

const address = (argument: string) => /<([^>]*)>/.exec(argument)?.[1] ?? argument.trim();

/**
 * Speaks enough SMTP for nodemailer (EHLO/HELO, AUTH PLAIN and LOGIN accepted for any user,
 * MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT) and keeps every message it was given.
 */
export class SmtpSink extends LocalServer {
	readonly mails: ReceivedMail[] = [];

	constructor() {
		super(createTcpServer());
		this.server.on('connection', (socket: Socket) => this.session(socket));
	}

	/** What n8n's SMTP credential needs to reach this sink: plain SMTP, no STARTTLS. */
	credential(): { host: string; port: number; secure: boolean; disableStartTls: boolean; user: string; password: string } {
		return { host: '127.0.0.1', port: this.port, secure: false, disableStartTls: true, user: 'n8n', password: 'sink' };
	}

	private session(socket: Socket): void {
		let buffer = '';
		let envelope: { from: string; to: string[]; user?: string } = { from: '', to: [] };
		let data: string[] | undefined;
		let auth: 'plain' | 'login-user' | 'login-password' | undefined;
		const reply = (text: string) => socket.write(`${text}\r\n`);
		const command = (line: string) => {
			if (data) {
				if (line !== '.') {
					data.push(line.startsWith('..') ? line.slice(1) : line);
					return;
				}
				this.mails.push(parseMail(data.join('\r\n'), envelope));
				data = undefined;
				envelope = { from: '', to: [], user: envelope.user };
				reply('250 2.0.0 queued');
				return;
			}
			if (auth) {
				const decoded = Buffer.from(line, 'base64').toString('utf8');
				if (auth === 'plain') envelope.user = decoded.split('\0')[1];
				if (auth === 'login-user') envelope.user = decoded;
				auth = auth === 'login-user' ? 'login-password' : undefined;
				reply(auth ? '334 UGFzc3dvcmQ6' : '235 2.7.0 Authentication successful');
				return;
			}
			const [verb, ...rest] = line.split(' ');
			const argument = rest.join(' ');
			switch (verb.toUpperCase()) {
				case 'EHLO':
					reply('250-localhost\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 AUTH PLAIN LOGIN');
					return;
				case 'HELO':
					reply('250 localhost');
					return;
				case 'AUTH': {
					const [mechanism, initial] = argument.split(' ');
					if (/^plain$/i.test(mechanism) && initial) {
						envelope.user = Buffer.from(initial, 'base64').toString('utf8').split('\0')[1];
						reply('235 2.7.0 Authentication successful');
					} else if (/^plain$/i.test(mechanism)) {
						auth = 'plain';
						reply('334 ');
					} else if (/^login$/i.test(mechanism)) {
						auth = 'login-user';
						reply('334 VXNlcm5hbWU6');
					} else reply('504 5.5.4 Unrecognized authentication type');
					return;
				}
				case 'MAIL':
					envelope.from = address(argument.replace(/^FROM:/i, ''));
					reply('250 2.1.0 OK');
					return;
				case 'RCPT':
					envelope.to.push(address(argument.replace(/^TO:/i, '')));
					reply('250 2.1.5 OK');
					return;
				case 'DATA':
					data = [];
					reply('354 End data with <CR><LF>.<CR><LF>');
					return;
				case 'RSET':
					envelope = { from: '', to: [], user: envelope.user };
					reply('250 2.0.0 OK');
					return;
				case 'NOOP':
					reply('250 2.0.0 OK');
					return;
				case 'QUIT':
					reply('221 2.0.0 Bye');
					socket.end();
					return;
				default:
					reply('502 5.5.2 Command not recognized');
			}
		};
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => {
			buffer += chunk;
			let end: number;
			while ((end = buffer.indexOf('\r\n')) >= 0) {
				const line = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				command(line);
			}
		});
		socket.on('error', () => undefined);
		reply('220 localhost ESMTP test sink');
	}
}

export interface ReceivedRequest {
	method: string;
	/** Path and query as sent. */
	url: string;
	headers: Record<string, string | string[] | undefined>;
	body: string;
	/** The body parsed as JSON, when it is JSON. */
	json?: unknown;
}

/** An HTTP server that records every request and answers 200 `ok`, as chat webhooks do. */
export class HttpListener extends LocalServer {
	readonly requests: ReceivedRequest[] = [];

	constructor() {
		super(createHttpServer());
		this.server.on('request', (request: IncomingMessage, response: ServerResponse) => this.record(request, response));
	}

	private record(request: IncomingMessage, response: ServerResponse): void {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const body = Buffer.concat(chunks).toString('utf8');
			let json: unknown;
			try {
				json = JSON.parse(body);
			} catch {
				json = undefined;
			}
			this.requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body, json });
			response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
		});
	}

	/** A URL on this listener; requests to it are kept under that path. */
	url(path: string): string {
		return `http://127.0.0.1:${this.port}${path.startsWith('/') ? path : `/${path}`}`;
	}
}
