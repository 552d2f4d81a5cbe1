import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Field-level protection of personal identifiers (ID numbers, phones): AES-256-GCM so that a
 * database dump does not show them, and a keyed hash (HMAC-SHA-256) so that an exact number can be
 * found without decrypting the register. Both keys derive from one master key (PII_KEY).
 *
 * A sealed value is `version(1) | iv(12) | tag(16) | ciphertext`; the version names the key, so a
 * later key can be introduced beside this one and old rows re-sealed at leisure.
 */
const VERSION = 1;

export class PiiCipher {
  private readonly encryptionKey: Buffer;
  private readonly lookupKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length < 32) throw new Error('PII key must be at least 32 bytes');
    this.encryptionKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'hanbin/pii/encrypt/v1', 32));
    this.lookupKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'hanbin/pii/lookup/v1', 32));
  }

  seal(plain: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Buffer): string {
    if (sealed[0] !== VERSION) throw new Error(`unknown PII key version ${sealed[0]}`);
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, sealed.subarray(1, 13));
    decipher.setAuthTag(sealed.subarray(13, 29));
    return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString('utf8');
  }

  /** The same input always gives the same hash (for lookups and uniqueness); without the key it reveals nothing. */
  lookupHash(plain: string): string {
    return createHmac('sha256', this.lookupKey).update(plain, 'utf8').digest('hex');
  }
}

/**
 * The key used when PII_KEY is not set outside production: the embedded demo and tests. Its data
 * is synthetic; a real deployment must set its own key (start-up refuses production without one).
 */
export const DEVELOPMENT_PII_KEY = Buffer.from('hanbin-development-pii-key-not-for-real-data!', 'utf8');

/** Reads PII_KEY: 32+ bytes as base64 or hex. */
export function parsePiiKey(raw: string): Buffer {
  const text = raw.trim();
  const key = /^[0-9a-f]{64,}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length < 32) throw new Error('PII_KEY must be 32 bytes or more, base64 or hex encoded');
  return key;
}
