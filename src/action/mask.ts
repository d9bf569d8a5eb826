/** Registers secret values with the runner so its log masking hides them, before anything could print them. */
import * as core from '@actions/core';

export function maskCertificate(certificate: {
  pfxBase64: string;
  password: string;
  privateKeyPem: string;
}): void {
  core.setSecret(certificate.pfxBase64);
  core.setSecret(certificate.password);
  // the runner masks line by line; register each line of the key's body
  for (const line of certificate.privateKeyPem.split(/\r?\n/)) {
    if (line && !line.startsWith('-----')) core.setSecret(line);
  }
}
