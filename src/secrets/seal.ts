/**
 * Sealing a value for GitHub: libsodium's `crypto_box_seal` with the scope's public key, as GitHub
 * requires. libsodium (WebAssembly) is imported only when a run writes secrets.
 */

/** Seals `value` for the base64 public key; returns the base64 sealed box. */
export type Seal = (value: string, publicKey: string) => string;

export async function loadSeal(): Promise<Seal> {
  const { default: sodium } = await import('libsodium-wrappers');
  await sodium.ready;
  const base64 = sodium.base64_variants.ORIGINAL;
  return (value, publicKey) =>
    sodium.to_base64(
      sodium.crypto_box_seal(sodium.from_string(value), sodium.from_base64(publicKey, base64)),
      base64,
    );
}
