/** A fresh self-signed TLS certificate for 127.0.0.1 / localhost. */
import { generate } from 'selfsigned';

export interface Certificate {
	cert: string;
	key: string;
}

export async function createCertificate(): Promise<Certificate> {
	const notBeforeDate = new Date(Date.now() - 24 * 3600 * 1000); // tolerate small clock skew
	const notAfterDate = new Date(Date.now() + 30 * 24 * 3600 * 1000);
	const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
		keyType: 'ec',
		curve: 'P-256',
		algorithm: 'sha256',
		notBeforeDate,
		notAfterDate,
		extensions: [
			{ name: 'basicConstraints', cA: false },
			{ name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
			{ name: 'extKeyUsage', serverAuth: true },
			{
				name: 'subjectAltName',
				altNames: [
					{ type: 2, value: 'localhost' },
					{ type: 7, ip: '127.0.0.1' },
				],
			},
		],
	});
	return { cert: pems.cert, key: pems.private };
}
