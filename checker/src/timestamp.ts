/**
 * RFC 3161 time-stamps over the evidence manifest: a request to a time-stamping authority, and
 * the offline check of its token. The token binds the manifest's SHA-256 to a time under the
 * authority's signature; the manifest binds every file. Checked here: the status, the hash, the
 * signature over the signed attributes, the hash of the signed time-stamp info and, when the
 * inspector gives one, that the signing certificate was issued by a trusted certificate.
 */
import { X509Certificate, createHash, randomBytes, verify as verifySignature } from 'node:crypto';
import { TAG, children, encode, oid, readOid, readTlv, sequence, type Tlv } from './der.js';

const OIDS = {
  sha256: '2.16.840.1.101.3.4.2.1',
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  messageDigest: '1.2.840.113549.1.9.4',
};
const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const STATUS = ['granted', 'granted with modifications', 'rejection', 'waiting', 'revocation warning', 'revocation notification'];

/** A TimeStampReq for the SHA-256 of `data`, asking for the authority's certificate in the token. */
export function timestampRequest(data: Buffer, nonce: Buffer = randomBytes(8)): Buffer {
  const imprint = sequence(sequence(oid(OIDS.sha256), encode(TAG.null, Buffer.alloc(0))), encode(TAG.octetString, createHash('sha256').update(data).digest()));
  const positive = nonce[0] & 0x80 ? Buffer.concat([Buffer.from([0]), nonce]) : nonce;
  return sequence(encode(TAG.integer, Buffer.from([1])), imprint, encode(TAG.integer, positive), encode(TAG.boolean, Buffer.from([0xff])));
}

export interface TimestampCheck {
  ok: boolean;
  /** What was found wrong, in words; empty when `ok`. */
  problems: string[];
  /** The time the authority states (genTime), ISO 8601. */
  time?: string;
  /** The signing certificate's subject. */
  authority?: string;
  /** Whether the signing certificate was checked against a trusted certificate. */
  trusted: boolean;
}

const explicit = (element: Tlv) => children(element)[0];

/** GeneralizedTime "20261205220831Z" or with fractions, as ISO 8601. */
function generalizedTime(element: Tlv): string {
  const text = element.content.toString('latin1');
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d+)?Z$/.exec(text);
  if (!match) return text;
  const [, year, month, day, hour, minute, second, fraction = ''] = match;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}Z`;
}

/**
 * Checks a TimeStampResp (or a bare token) against `data`, offline. `trusted` are PEM or DER
 * certificates of authorities the inspector trusts; without them the signature is still checked
 * against the certificate the token carries, and `trusted` is false.
 */
export function checkTimestamp(response: Buffer, data: Buffer, trusted: readonly X509Certificate[] = []): TimestampCheck {
  const problems: string[] = [];
  const result: TimestampCheck = { ok: false, problems, trusted: false };
  try {
    let token = readTlv(response);
    const top = children(token);
    // A TimeStampResp starts with its status; a bare token with the signed-data OID.
    if (top[0].tag === TAG.sequence) {
      const status = children(top[0])[0].content.readUIntBE(0, children(top[0])[0].content.length);
      if (status > 1) {
        problems.push(`the authority refused: ${STATUS[status] ?? `status ${status}`}`);
        return result;
      }
      if (!top[1]) throw new Error('no time-stamp token in the answer');
      token = top[1];
    }
    const [contentType, wrapped] = children(token);
    if (readOid(contentType) !== OIDS.signedData) throw new Error('the token is not CMS signed data');
    const signedData = children(explicit(wrapped));
    const encapsulated = signedData.find((element, index) => index > 1 && element.tag === TAG.sequence)!;
    const [eType, eContent] = children(encapsulated);
    if (readOid(eType) !== OIDS.tstInfo) throw new Error('the token holds no time-stamp info');
    const tstInfoDer = explicit(eContent).content;
    const tstInfo = children(readTlv(tstInfoDer));
    const [imprintAlgorithm, imprintHash] = children(tstInfo[2]);
    const imprintHashName = HASHES[readOid(children(imprintAlgorithm)[0])];
    if (!imprintHashName) throw new Error('unknown hash algorithm in the message imprint');
    if (!createHash(imprintHashName).update(data).digest().equals(imprintHash.content)) {
      problems.push('the time-stamp is over other data: the manifest was changed after it was time-stamped');
    }
    result.time = generalizedTime(tstInfo[4]);
    const certificates = signedData
      .filter((element) => element.tag === 0xa0)
      .flatMap((element) => children(element))
      .map((element) => new X509Certificate(element.bytes));
    const signerInfo = children(signedData[signedData.length - 1])[0];
    const parts = children(signerInfo);
    const digestName = HASHES[readOid(children(parts[2])[0])];
    const signedAttributes = parts.find((element) => element.tag === 0xa0);
    const signature = parts.find((element, index) => index > 3 && element.tag === TAG.octetString);
    if (!digestName || !signedAttributes || !signature) throw new Error('the signer information is incomplete');
    const digest = children(signedAttributes)
      .map((attribute) => children(attribute))
      .find(([type]) => readOid(type) === OIDS.messageDigest)?.[1];
    if (!digest || !children(digest)[0].content.equals(createHash(digestName).update(tstInfoDer).digest())) {
      problems.push('the signed digest does not match the time-stamp info');
    }
    // The signature covers the attributes encoded as a SET, not with their implicit [0] tag.
    const signedBytes = Buffer.concat([Buffer.from([TAG.set]), signedAttributes.bytes.subarray(1)]);
    const signer = certificates.find((certificate) => {
      try {
        return verifySignature(digestName, signedBytes, certificate.publicKey, signature.content);
      } catch {
        return false;
      }
    });
    if (!signer) {
      problems.push(certificates.length ? 'the signature does not verify with the certificate in the token' : 'the token carries no certificate to check its signature');
    } else {
      result.authority = signer.subject.replace(/\n/g, ', ');
      if (trusted.length > 0) {
        result.trusted = trusted.some((anchor) => anchor.fingerprint256 === signer.fingerprint256 || (signer.checkIssued(anchor) && signer.verify(anchor.publicKey)));
        if (!result.trusted) problems.push('the signing certificate was not issued by a trusted certificate given');
      }
    }
  } catch (error) {
    problems.push(`the time-stamp cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  result.ok = problems.length === 0;
  return result;
}

/** Asks the authority at `url` to time-stamp `data`; answers the TimeStampResp once it checks out. */
export async function requestTimestamp(url: string, data: Buffer, timeoutMs = 30_000): Promise<{ response: Buffer; check: TimestampCheck }> {
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
    body: new Uint8Array(timestampRequest(data)),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!answer.ok) throw new Error(`${url} answered HTTP ${answer.status}`);
  const response = Buffer.from(await answer.arrayBuffer());
  const check = checkTimestamp(response, data);
  if (!check.ok) throw new Error(`${url}: ${check.problems.join('; ')}`);
  return { response, check };
}
