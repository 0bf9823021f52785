/**
 * A local RFC 3161 time-stamping authority for the tests: OpenSSL's `ts` tool behind a small HTTP
 * server on 127.0.0.1, with a throw-away root certificate and a TSA certificate it issued.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const openssl = (args: readonly string[], cwd?: string) => run('openssl', [...args], { cwd });

const CONFIG = `[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
serial = ./serial
crypto_device = builtin
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
digests = sha256
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_alg = sha256
[ tsa_ext ]
basicConstraints = critical, CA:false
extendedKeyUsage = critical, timeStamping
keyUsage = critical, digitalSignature
`;

export interface LocalTsa {
  url: string;
  /** PEM of the root that issued the TSA's certificate. */
  rootCertificate: string;
  tsaCertificate: string;
  /** Time-stamp requests answered. */
  answered: number;
  close(): Promise<void>;
}

export async function startTsa(): Promise<LocalTsa> {
  const dir = await mkdtemp(join(tmpdir(), 'report-banner-tsa-'));
  await writeFile(join(dir, 'tsa.cnf'), CONFIG);
  await writeFile(join(dir, 'serial'), '01\n');
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  await openssl(['req', '-x509', ...key, '-keyout', 'root.key', '-out', 'root.pem', '-days', '2', '-subj', '/CN=Local test root'], dir);
  await openssl(['req', ...key, '-keyout', 'tsa.key', '-out', 'tsa.csr', '-subj', '/CN=Local test TSA'], dir);
  await openssl(['x509', '-req', '-in', 'tsa.csr', '-CA', 'root.pem', '-CAkey', 'root.key', '-CAcreateserial', '-days', '2', '-out', 'tsa.pem', '-extfile', 'tsa.cnf', '-extensions', 'tsa_ext'], dir);
  let count = 0;
  const tsa = {
    answered: 0,
    rootCertificate: join(dir, 'root.pem'),
    tsaCertificate: join(dir, 'tsa.pem'),
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      if (request.method !== 'POST' || request.headers['content-type'] !== 'application/timestamp-query') {
        response.writeHead(400).end();
        return;
      }
      count += 1;
      const query = join(dir, `${count}.tsq`);
      const reply = join(dir, `${count}.tsr`);
      try {
        await writeFile(query, Buffer.concat(chunks));
        await openssl(['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', query, '-inkey', 'tsa.key', '-signer', 'tsa.pem', '-out', reply], dir);
        tsa.answered += 1;
        response.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(await readFile(reply));
      } catch {
        response.writeHead(500).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(tsa, {
    url: `http://127.0.0.1:${port}/tsa`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  });
}
