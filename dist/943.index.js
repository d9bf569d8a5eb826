export const id = 943;
export const ids = [943];
export const modules = {

/***/ 943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BQ: () => (/* binding */ generateCertificate),
  gs: () => (/* binding */ keyCredentialDates),
  openPfx: () => (/* binding */ openPfx)
});

// UNUSED EXPORTS: thumbprintsOfDer

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/index.js
var lib = __webpack_require__(8542);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
// EXTERNAL MODULE: ./src/certificate/limits.ts
var limits = __webpack_require__(171);
;// CONCATENATED MODULE: ./src/certificate/utf8-pbkdf2.ts
/**
 * PBES2 passwords are UTF-8 (RFC 8018, as OpenSSL and Windows write them), but node-forge's PBKDF2 takes a
 * JavaScript string as bytes and drops the high byte of every character beyond Latin-1: a PFX whose password
 * holds such a character would not open. For the duration of one synchronous forge call, its PBKDF2 is given the
 * password's UTF-8 bytes (Node's pbkdf2, same result for ASCII); nothing else of forge changes, and no other user
 * of forge sees it.
 */


const DIGESTS = new Set(['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5']);
function withUtf8Pbkdf2(action) {
    const pkcs5 = (lib_default()).pkcs5;
    const forgePbkdf2 = pkcs5.pbkdf2;
    pkcs5.pbkdf2 = (password, salt, iterations, length, md) => {
        const name = md === undefined || md === null
            ? 'sha1'
            : typeof md === 'string'
                ? md
                : md.algorithm;
        if (typeof password !== 'string' || typeof salt !== 'string' || !name || !DIGESTS.has(name))
            return forgePbkdf2(password, salt, iterations, length, md);
        const bytes = (0,external_node_crypto_.pbkdf2Sync)(Buffer.from(password, 'utf8'), Buffer.from(salt, 'binary'), Number(iterations), Number(length), name);
        return bytes.toString('binary');
    };
    try {
        return action();
    }
    finally {
        pkcs5.pbkdf2 = forgePbkdf2;
    }
}

;// CONCATENATED MODULE: ./src/certificate/pkcs12.ts
/**
 * The PKCS#12 (PFX) container, written and read with node-forge (Node cannot do either) and native key
 * derivation. Reading failures become InputErrors naming the input and the fix, never the password or the PFX.
 */




// OpenSSL 3 writes 2048 iterations too. The password is 256 random bits, so stretching adds nothing.
const PBE_ITERATIONS = 2048;
const SALT_BYTES = 16;
/** RFC 7292 B.3: the ID byte that derives a MAC key */
const MAC_KEY_ID = 3;
/**
 * AES-256-CBC + PBKDF2-HMAC-SHA256 for the key, HMAC-SHA256 MAC: what OpenSSL 3 writes by default,
 * readable without `-legacy` and by .NET/Windows 10 1709+. forge only writes SHA-1 MACs, so the MAC
 * is added here. Returns the PFX in base64.
 */
function buildPfx(key, cert, password, friendlyName) {
    const options = {
        algorithm: 'aes256',
        prfAlgorithm: 'sha256',
        count: PBE_ITERATIONS,
        saltSize: SALT_BYTES,
        useMac: false,
        generateLocalKeyId: true,
    };
    if (friendlyName !== undefined)
        options.friendlyName = friendlyName;
    const pfxAsn1 = withUtf8Pbkdf2(() => lib_default().pkcs12.toPkcs12Asn1(key, [cert], password, options));
    // PFX ::= SEQUENCE { version, authSafe ContentInfo { contentType, [0] OCTET STRING }, macData }
    const authSafe = pfxAsn1.value[1];
    const content = authSafe.value[1];
    const safeBytes = content.value[0].value;
    pfxAsn1.value.push(sha256MacData(safeBytes, password));
    return Buffer.from(lib_default().asn1.toDer(pfxAsn1).getBytes(), 'binary').toString('base64');
}
/** MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER } with HMAC-SHA256. */
function sha256MacData(safeBytes, password) {
    const salt = lib_default().random.getBytesSync(SALT_BYTES);
    const macKey = lib_default().pkcs12
        .generateKey(password, lib_default().util.createBuffer(salt), MAC_KEY_ID, PBE_ITERATIONS, 32, lib_default().md.sha256.create())
        .getBytes();
    const hmac = lib_default().hmac.create();
    hmac.start(lib_default().md.sha256.create(), macKey);
    hmac.update(safeBytes);
    const { asn1 } = (lib_default());
    return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
                asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer((lib_default()).pki.oids.sha256).getBytes()),
                asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ''),
            ]),
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, hmac.digest().getBytes()),
        ]),
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, salt),
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(PBE_ITERATIONS).getBytes()),
    ]);
}
/** Opens a PFX (DER) with its password and returns its private-key and certificate bags. */
function readPfx(der, password) {
    const pfx = withUtf8Pbkdf2(() => decryptPfx(der, password));
    const bags = pfx.safeContents.flatMap((contents) => contents.safeBags);
    return {
        keyBags: bags.filter((bag) => bag.type === (lib_default()).pki.oids.pkcs8ShroudedKeyBag || bag.type === (lib_default()).pki.oids.keyBag),
        certBags: bags.filter((bag) => bag.type === (lib_default()).pki.oids.certBag),
    };
}
function decryptPfx(der, password) {
    const declared = declaredDerLength(der);
    if (declared !== undefined && declared > der.length)
        throw truncatedPfx(declared, der.length);
    let asn1;
    try {
        asn1 = lib_default().asn1.fromDer(lib_default().util.createBuffer(der.toString('binary')), false);
    }
    catch {
        throw notPfx();
    }
    try {
        return lib_default().pkcs12.pkcs12FromAsn1(asn1, false, password);
    }
    catch (error) {
        throw pfxReadError(error instanceof Error ? error.message : '', password);
    }
}
/**
 * The size a DER SEQUENCE says it has (header included), or undefined when `der` does not start with
 * one. A PFX cut short (a secret truncated when copied) otherwise fails its MAC check and would read
 * as a wrong password.
 */
function declaredDerLength(der) {
    if (der.length < 2 || der[0] !== 0x30)
        return undefined;
    const first = der[1];
    if (first < 0x80)
        return 2 + first;
    const octets = first & 0x7f;
    if (octets === 0 || octets > 4 || der.length < 2 + octets)
        return undefined;
    let length = 0;
    for (let i = 0; i < octets; i++)
        length = length * 256 + der[2 + i];
    return 2 + octets + length;
}
function truncatedPfx(declared, actual) {
    return new errors/* InputError */.dz('certificate', `is cut short: the PFX says it is ${declared} bytes long but only ${actual} arrived. The secret was truncated when it was copied or written; pass the whole base64 of the .pfx file (e.g. \${{ secrets.EXO_CERTIFICATE }} as written by exo-cba).`);
}
function notPfx() {
    return new errors/* InputError */.dz('certificate', 'decodes from base64 but is not a PKCS#12 (PFX) file. Pass the base64 of the .pfx/.p12 file itself, not of a .cer/.pem certificate or of another secret.');
}
/** Turns forge's message for a PFX it could not open into what the user should do. */
function pfxReadError(forgeMessage, password) {
    if (/MAC could not be verified|wrong password|Invalid password|Failed to decrypt/i.test(forgeMessage)) {
        return new errors/* InputError */.dz('certificate-password', `does not open the PFX in 'certificate' (wrong password${password === '' ? '; the input is empty' : ''}). Pass the password the PFX was exported with, e.g. \${{ secrets.EXO_CERTIFICATE_PASSWORD }}, and make sure both secrets come from the same run.`);
    }
    if (/not an PKCS#12 PFX|AuthenticatedSafe|password integrity mode/i.test(forgeMessage))
        return notPfx();
    if (/Unsupported OID|unsupported MAC|Unknown hash|Unsupported PRF|Cannot read encrypted PBE/i.test(forgeMessage)) {
        return new errors/* InputError */.dz('certificate', 'is a PFX encrypted with an algorithm exo-cba cannot read. Re-export it with AES-256 (openssl pkcs12 -export, or Export-PfxCertificate -CryptoAlgorithmOption AES256_SHA256).');
    }
    return new errors/* InputError */.dz('certificate', "could not be read as a PKCS#12 (PFX) file: it is damaged or 'certificate-password' is wrong. Pass the secrets exo-cba published, or leave 'certificate' empty to issue a new certificate.");
}
/** The private key of a key bag as a Node KeyObject, whatever its type. */
function keyObjectOfBag(bag) {
    // forge decodes RSA keys; for other key types it leaves the PrivateKeyInfo as ASN.1.
    const info = bag.key
        ? lib_default().pki.wrapRsaPrivateKey(lib_default().pki.privateKeyToAsn1(bag.key))
        : bag.asn1;
    if (info === undefined) {
        throw new errors/* InputError */.dz('certificate', "the private key in the PFX could not be read. Check 'certificate-password' and re-export the certificate with its private key.");
    }
    try {
        return (0,external_node_crypto_.createPrivateKey)({
            key: Buffer.from(lib_default().asn1.toDer(info).getBytes(), 'binary'),
            format: 'der',
            type: 'pkcs8',
        });
    }
    catch {
        throw new errors/* InputError */.dz('certificate', 'the private key in the PFX is in a format exo-cba cannot read. Re-export it as an RSA key in a PFX.');
    }
}
/** The DER bytes of a certificate bag, exactly as they were signed. */
function derOfCertBag(bag) {
    // forge keeps the signed TBSCertificate it parsed, so re-encoding yields the original DER.
    const asn1 = bag.cert ? lib_default().pki.certificateToAsn1(bag.cert) : bag.asn1;
    return Buffer.from(lib_default().asn1.toDer(asn1).getBytes(), 'binary');
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/certificate/rsa-key.ts
/**
 * RSA keys from Node's native crypto: fast, off the event loop, and never node-forge's JavaScript keygen.
 * Loads no node-forge, so a run can start generating a key before the certificate code is needed.
 */



const generateKeyPairAsync = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
/** Throws unless `keySize` is one exo-cba issues certificates with. */
function assertKeySize(keySize) {
    if (!(0,limits/* isKeySize */.Ne)(keySize))
        throw new Error(`Key size ${keySize} is not supported: use 2048, 3072 or 4096.`);
}
/** A new RSA private key (PKCS#8 PEM), generated on libuv's thread pool: the event loop stays free meanwhile. */
async function generateRsaKey(keySize) {
    assertKeySize(keySize);
    const { privateKey } = await generateKeyPairAsync('rsa', {
        modulusLength: keySize,
        publicExponent: 0x10001,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    return privateKey;
}

// EXTERNAL MODULE: ./src/certificate/subject.ts
var certificate_subject = __webpack_require__(323);
;// CONCATENATED MODULE: ./src/certificate/x509.ts
/**
 * The X.509 structure of a self-signed certificate, laid out by node-forge and signed by Node: forge's RSA
 * is pure JavaScript (~20 ms for 2048 bits, blocking the event loop while requests are in flight).
 */



/** A client-authentication certificate for `key`, self-signed with it; returns its DER bytes and forge's form. */
function selfSignedCertificate(key, forgeKey, fields) {
    const cert = lib_default().pki.createCertificate();
    cert.publicKey = lib_default().pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
    cert.serialNumber = randomSerialHex();
    cert.validity.notBefore = fields.notBefore;
    cert.validity.notAfter = fields.notAfter;
    const forgeAttributes = fields.subject.map(toForgeAttribute);
    cert.setSubject(forgeAttributes);
    cert.setIssuer(forgeAttributes);
    cert.setExtensions([
        { name: 'basicConstraints', cA: false, critical: true },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', clientAuth: true },
        { name: 'subjectKeyIdentifier' },
        // a key exo-cba added stays recognisable from its certificate even if Graph drops the displayName addKey was
        // given (Graph does not document that it keeps it): a non-critical subjectAltName URI (RFC 5280 4.2.1.6)
        ...(fields.mark ? [{ name: 'subjectAltName', altNames: [{ type: 6, value: fields.mark }] }] : []),
    ]);
    signNatively(cert, key);
    const der = Buffer.from(lib_default().asn1.toDer(lib_default().pki.certificateToAsn1(cert)).getBytes(), 'binary');
    return { cert, der };
}
/**
 * sha256WithRSAEncryption over the certificate, computed by Node. forge still lays out the TBSCertificate
 * and hands its DER to `update`; the PKCS#1 v1.5 signature is the same bytes either way.
 */
function signNatively(cert, key) {
    const tbs = {
        algorithm: 'sha256', // forge derives the signature algorithm OID from this
        der: '',
        update(bytes) {
            this.der += bytes;
        },
    };
    const signer = { sign: () => (0,external_node_crypto_.sign)('sha256', Buffer.from(tbs.der, 'binary'), key).toString('binary') };
    cert.sign(signer, tbs);
}
/** Positive 128-bit serial: 16 random bytes, high bit cleared, and never a leading zero byte (DER). */
function randomSerialHex() {
    const bytes = (0,external_node_crypto_.randomBytes)(16);
    bytes[0] = bytes[0] & 0x7f || 0x01;
    return bytes.toString('hex');
}
function toForgeAttribute(attribute) {
    return {
        shortName: attribute.shortName,
        value: attribute.value,
        valueTagClass: (0,certificate_subject/* subjectValueTag */.QV)(attribute.shortName),
    };
}

;// CONCATENATED MODULE: ./src/certificate/certificate.ts
/**
 * Certificates exo-cba holds the private key of: issue a new self-signed one, open the PFX a user
 * passes back in, and derive what Graph and the outputs need (thumbprints, keyCredential dates).
 *
 * Keys come from Node's native crypto (fast, and never forge's JS keygen); node-forge only builds
 * the X.509 structure and the PKCS#12 container, which Node cannot do. Loading this module loads
 * node-forge: import it only where a certificate is issued or opened.
 */








const DAY_MS = 24 * 60 * 60 * 1000;
/** Issue a self-signed RSA certificate and its AES-256 PFX. */
async function generateCertificate(options) {
    const subject = (0,certificate_subject/* parseSubject */.Ci)(options.subject);
    assertKeySize(options.keySize);
    const days = options.validityDays;
    if (!Number.isInteger(days) || days < limits/* MIN_VALIDITY_DAYS */.UN || days > limits/* MAX_VALIDITY_DAYS */.KZ) {
        throw new Error(`Certificate validity of ${days} days is out of range: use a whole number from ${limits/* MIN_VALIDITY_DAYS */.UN} to ${limits/* MAX_VALIDITY_DAYS */.KZ}.`);
    }
    if (Number.isNaN(options.now.getTime()))
        throw new Error('generateCertificate: `now` is not a valid date.');
    const privateKeyPem = await (options.privateKeyPem ?? generateRsaKey(options.keySize));
    const privateKey = (0,external_node_crypto_.createPrivateKey)(privateKeyPem);
    if (privateKey.asymmetricKeyDetails?.modulusLength !== options.keySize) {
        throw new Error(`generateCertificate: the pre-generated key is not RSA ${options.keySize}.`);
    }
    const forgeKey = lib_default().pki.privateKeyFromPem(privateKeyPem);
    // X.509 times have second precision; truncating here keeps every later comparison exact.
    const notBefore = new Date(Math.floor((options.now.getTime() - limits/* CLOCK_SKEW_MS */.rn) / 1000) * 1000);
    const notAfter = new Date(notBefore.getTime() + days * DAY_MS);
    const { cert, der } = selfSignedCertificate(privateKey, forgeKey, {
        subject,
        notBefore,
        notAfter,
        mark: options.mark,
    });
    const password = options.password && options.password.length >= limits/* MIN_PASSWORD_LENGTH */.AG
        ? options.password
        : (0,external_node_crypto_.randomBytes)(32).toString('base64url');
    const pfxBase64 = buildPfx(forgeKey, cert, password, options.friendlyName);
    return describe(der, privateKey, pfxBase64, password);
}
/**
 * Open the `certificate` input (base64 PFX) with `certificate-password`. Every failure is an
 * InputError naming the input and the fix; no message carries the password or the PFX.
 */
/** The weakest RSA key a given certificate may have. */
const MIN_INPUT_KEY_BITS = 2048;
function openPfx(pfxBase64, password) {
    const der = decodeBase64Input(pfxBase64);
    const { keyBags, certBags } = readPfx(der, password);
    if (keyBags.length === 0) {
        throw new errors/* InputError */.dz('certificate', 'the PFX holds no private key. Export the certificate together with its private key (PKCS#12 / .pfx with "export private key"), or leave the input empty to issue a new certificate.');
    }
    if (keyBags.length > 1) {
        throw new errors/* InputError */.dz('certificate', `the PFX holds ${keyBags.length} private keys; exo-cba needs exactly one. Export only the certificate used for Exchange Online.`);
    }
    if (certBags.length === 0) {
        throw new errors/* InputError */.dz('certificate', 'the PFX holds a private key but no certificate. Export the certificate together with its private key.');
    }
    const privateKey = keyObjectOfBag(keyBags[0]);
    if (privateKey.asymmetricKeyType !== 'rsa') {
        throw new errors/* InputError */.dz('certificate', `the private key is ${privateKey.asymmetricKeyType?.toUpperCase() ?? 'not RSA'}, but Entra ID certificate credentials for Exchange Online need an RSA key. Issue an RSA certificate, or leave the input empty to let exo-cba issue one.`);
    }
    const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < MIN_INPUT_KEY_BITS) {
        throw new errors/* InputError */.dz('certificate', `the private key is RSA ${bits}, which is too weak: exo-cba accepts RSA keys of ${MIN_INPUT_KEY_BITS} bits or more (Entra ID requires at least 2048). Issue a stronger certificate, or leave the input empty to let exo-cba issue one.`);
    }
    // A PFX may carry a chain: the certificate we want is the one whose public key matches the key.
    const certificates = certBags.map(derOfCertBag).map((certDer) => ({ certDer, x509: parseX509(certDer) }));
    const paired = certificates.find(({ x509 }) => x509 !== undefined && x509.checkPrivateKey(privateKey));
    if (paired === undefined) {
        throw new errors/* InputError */.dz('certificate', 'the private key in the PFX does not belong to any certificate in it. Export the certificate together with its own private key.');
    }
    return describe(paired.certDer, privateKey, der.toString('base64'), password);
}
/**
 * startDateTime/endDateTime to send with a new keyCredential. Graph refuses a credential whose
 * dates reach outside the certificate's validity ("Key credential end date is invalid") and keeps
 * seconds only, so both are rounded inwards to whole seconds and formatted as Graph returns them.
 * A tenant's app management policy may cap the lifetime further (error
 * CredentialInvalidLifetimeAsPerAppPolicy); that is the tenant's rule, not the certificate's.
 */
function keyCredentialDates(cert) {
    const start = Math.ceil(cert.notBefore.getTime() / 1000) * 1000;
    const end = Math.floor(cert.notAfter.getTime() / 1000) * 1000;
    if (!(end > start)) {
        throw new errors/* ActionError */.lZ('The certificate has no validity period left to register in Entra ID: issue a new one.');
    }
    return { startDateTime: isoSeconds(new Date(start)), endDateTime: isoSeconds(new Date(end)) };
}
/** SHA-1 and SHA-256 thumbprints of a base64 DER certificate, upper-case hex without separators. */
function thumbprintsOfDer(derBase64) {
    const der = Buffer.from(derBase64, 'base64');
    return {
        sha1: (0,external_node_crypto_.createHash)('sha1').update(der).digest('hex').toUpperCase(),
        sha256: (0,external_node_crypto_.createHash)('sha256').update(der).digest('hex').toUpperCase(),
    };
}
function decodeBase64Input(input) {
    // People paste multi-line base64 (certutil -encode, PEM-style wrapping); base64url is accepted too.
    const compact = input.replace(/\s+/g, '');
    if (compact === '') {
        throw new errors/* InputError */.dz('certificate', 'is empty. Pass the base64 PFX (e.g. ${{ secrets.EXO_CERTIFICATE }}), or leave the input out to issue a new certificate.');
    }
    if (compact.startsWith('-----BEGIN')) {
        throw new errors/* InputError */.dz('certificate', 'is PEM text, not a base64 PFX. Convert it: openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.pfx, then base64 -w0 cert.pfx.');
    }
    const standard = compact.replace(/-/g, '+').replace(/_/g, '/');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(standard) || standard.replace(/=+$/, '').length % 4 === 1) {
        throw new errors/* InputError */.dz('certificate', 'is not valid base64. Pass the PFX file base64-encoded, e.g. base64 -w0 cert.pfx (Linux) or [Convert]::ToBase64String([IO.File]::ReadAllBytes("cert.pfx")) (PowerShell).');
    }
    return Buffer.from(standard, 'base64');
}
function parseX509(der) {
    try {
        return new external_node_crypto_.X509Certificate(der);
    }
    catch {
        return undefined;
    }
}
function describe(certDer, privateKey, pfxBase64, password) {
    const x509 = new external_node_crypto_.X509Certificate(certDer);
    const derBase64 = certDer.toString('base64');
    const thumbprints = thumbprintsOfDer(derBase64);
    return {
        pfxBase64,
        password,
        certificateDerBase64: derBase64,
        certificatePem: x509.toString(),
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        thumbprintSha1: thumbprints.sha1,
        thumbprintSha256: thumbprints.sha256,
        subject: x509.subject.split('\n').join(', '),
        notBefore: new Date(x509.validFrom),
        notAfter: new Date(x509.validTo),
        keySize: privateKey.asymmetricKeyDetails?.modulusLength ?? 0,
    };
}
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ })

};
