/** Just enough DER (ASN.1) to write an RFC 3161 request and read its answer; no dependency needed. */

export interface Tlv {
  tag: number;
  /** The whole element, header included. */
  bytes: Buffer;
  /** Its content, without the header. */
  content: Buffer;
}

/** The element starting at `offset`. */
export function readTlv(buffer: Buffer, offset = 0): Tlv {
  if (offset + 2 > buffer.length) throw new Error('DER: truncated');
  const tag = buffer[offset];
  let length = buffer[offset + 1];
  let header = 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4 || offset + 2 + count > buffer.length) throw new Error('DER: unsupported length');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + buffer[offset + 2 + i];
    header += count;
  }
  const end = offset + header + length;
  if (end > buffer.length) throw new Error('DER: truncated');
  return { tag, bytes: buffer.subarray(offset, end), content: buffer.subarray(offset + header, end) };
}

/** The elements inside a constructed element. */
export function children(parent: Tlv): Tlv[] {
  const found: Tlv[] = [];
  for (let offset = 0; offset < parent.content.length; ) {
    const child = readTlv(parent.content, offset);
    found.push(child);
    offset += child.bytes.length;
  }
  return found;
}

export function encode(tag: number, content: Buffer): Buffer {
  const length = content.length;
  if (length < 0x80) return Buffer.concat([Buffer.from([tag, length]), content]);
  const digits: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) digits.unshift(rest % 256);
  return Buffer.concat([Buffer.from([tag, 0x80 | digits.length, ...digits]), content]);
}

export const TAG = { boolean: 0x01, integer: 0x02, octetString: 0x04, null: 0x05, oid: 0x06, sequence: 0x30, set: 0x31, generalizedTime: 0x18 } as const;

export const sequence = (...items: Buffer[]) => encode(TAG.sequence, Buffer.concat(items));

/** An object identifier in dotted form. */
export function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const base128: number[] = [];
    for (let value = arc; ; value = Math.floor(value / 128)) {
      base128.unshift((value % 128) | (base128.length ? 0x80 : 0));
      if (value < 128) break;
    }
    bytes.push(...base128);
  }
  return encode(TAG.oid, Buffer.from(bytes));
}

export function readOid(element: Tlv): string {
  if (element.tag !== TAG.oid) throw new Error('DER: not an object identifier');
  const arcs: number[] = [];
  let value = 0;
  element.content.forEach((byte) => {
    value = value * 128 + (byte & 0x7f);
    if (byte & 0x80) return;
    if (arcs.length === 0) arcs.push(Math.min(2, Math.floor(value / 40)), value - Math.min(2, Math.floor(value / 40)) * 40);
    else arcs.push(value);
    value = 0;
  });
  return arcs.join('.');
}
