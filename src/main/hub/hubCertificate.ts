import { X509Certificate } from 'node:crypto'
import { hostname } from 'node:os'
import { generate } from 'selfsigned'

/** The hub's TLS identity: a certificate and its private key, both PEM. */
export interface HubCertificate {
  certPem: string
  keyPem: string
}

const TEN_YEARS_MS = 10 * 365 * 24 * 60 * 60 * 1000

/**
 * A self-signed certificate for the hub, made once at `init` and kept in the hub's encrypted
 * database (never as a file in clear). Laptops do not trust it through a certificate authority:
 * they pin its SHA-256 fingerprint when they join, so its names matter only for people reading
 * it, and it is valid for ten years so that a clinic is not cut off by an expiry nobody watches.
 * An EC P-256 key: quick to make and to handshake on a small machine.
 */
export async function makeHubCertificate(now = new Date()): Promise<HubCertificate> {
  const altNames: { type: 2 | 7; value?: string; ip?: string }[] = [
    { type: 2, value: 'localhost' },
    { type: 7, ip: '127.0.0.1' },
    { type: 7, ip: '::1' },
  ]
  const host = hostname()
  if (/^[A-Za-z0-9.-]{1,253}$/.test(host) && host !== 'localhost')
    altNames.push({ type: 2, value: host })
  const made = await generate([{ name: 'commonName', value: "Runner's Hip clinic hub" }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60 * 60 * 1000),
    notAfterDate: new Date(now.getTime() + TEN_YEARS_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  })
  return { certPem: made.cert, keyPem: made.private }
}

/**
 * The fingerprint laptops pin: SHA-256 of the certificate's DER, lowercase hex without colons
 * (what hubProtocol.ts's proof is computed over).
 */
export function fingerprintOf(certPem: string | Buffer): string {
  return new X509Certificate(certPem).fingerprint256.replace(/:/g, '').toLowerCase()
}

/** A fingerprint as people compare it by eye: `ab12 cd34 …` in groups of four. */
export const groupedFingerprint = (fingerprint: string) =>
  (fingerprint.match(/.{1,4}/g) ?? []).join(' ')
