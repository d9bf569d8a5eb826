export const id = 624;
export const ids = [624];
export const modules = {

/***/ 1624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLOCK_SKEW_MS: () => (/* binding */ CLOCK_SKEW_MS),
/* harmony export */   KEY_SIZES: () => (/* binding */ KEY_SIZES),
/* harmony export */   MAX_VALIDITY_DAYS: () => (/* binding */ MAX_VALIDITY_DAYS),
/* harmony export */   MIN_PASSWORD_LENGTH: () => (/* binding */ MIN_PASSWORD_LENGTH),
/* harmony export */   MIN_VALIDITY_DAYS: () => (/* binding */ MIN_VALIDITY_DAYS),
/* harmony export */   escapeDnValue: () => (/* reexport safe */ _subject_js__WEBPACK_IMPORTED_MODULE_4__.j7),
/* harmony export */   generateCertificate: () => (/* binding */ generateCertificate),
/* harmony export */   generateRsaKey: () => (/* binding */ generateRsaKey),
/* harmony export */   keyCredentialDates: () => (/* binding */ keyCredentialDates),
/* harmony export */   openPfx: () => (/* binding */ openPfx),
/* harmony export */   parseSubject: () => (/* reexport safe */ _subject_js__WEBPACK_IMPORTED_MODULE_4__.Ci),
/* harmony export */   thumbprintsOfDer: () => (/* binding */ thumbprintsOfDer)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_forge__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8542);
/* harmony import */ var node_forge__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_forge__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8055);
/* harmony import */ var _subject_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(323);
/**
 * Certificates exo-cba holds the private key of: issue a new self-signed one, open the PFX a user
 * passes back in, and derive what Graph and the outputs need (thumbprints, keyCredential dates).
 *
 * Keys come from Node's native crypto (fast, and never forge's JS keygen); node-forge only builds
 * the X.509 structure and the PKCS#12 container, which Node cannot do.
 */







const KEY_SIZES = [2048, 3072, 4096];
const MIN_VALIDITY_DAYS = 1;
const MAX_VALIDITY_DAYS = 730;
/** the shortest password a new PFX may reuse (exo-cba's own are 43 characters) */
const MIN_PASSWORD_LENGTH = 32;
/** notBefore lies this far before "now" so a verifier whose clock runs behind still accepts it. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
// OpenSSL 3 writes 2048 iterations too. The password is 256 random bits, so stretching adds nothing.
const PBE_ITERATIONS = 2048;
const SALT_BYTES = 16;
const generateKeyPairAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPair);
/** A new RSA private key (PKCS#8 PEM), generated on libuv's thread pool: the event loop stays free meanwhile. */
async function generateRsaKey(keySize) {
    if (!KEY_SIZES.includes(keySize)) {
        throw new Error(`Key size ${keySize} is not supported: use 2048, 3072 or 4096.`);
    }
    const { privateKey } = await generateKeyPairAsync('rsa', {
        modulusLength: keySize,
        publicExponent: 0x10001,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    return privateKey;
}
/** Issue a self-signed RSA certificate and its AES-256 PFX. */
async function generateCertificate(options) {
    const attributes = (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSubject */ .Ci)(options.subject);
    if (!KEY_SIZES.includes(options.keySize)) {
        throw new Error(`Key size ${options.keySize} is not supported: use 2048, 3072 or 4096.`);
    }
    const days = options.validityDays;
    if (!Number.isInteger(days) || days < MIN_VALIDITY_DAYS || days > MAX_VALIDITY_DAYS) {
        throw new Error(`Certificate validity of ${days} days is out of range: use a whole number from ${MIN_VALIDITY_DAYS} to ${MAX_VALIDITY_DAYS}.`);
    }
    if (Number.isNaN(options.now.getTime()))
        throw new Error('generateCertificate: `now` is not a valid date.');
    const privateKeyPem = await (options.privateKeyPem ?? generateRsaKey(options.keySize));
    const privateKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(privateKeyPem);
    if (privateKey.asymmetricKeyDetails?.modulusLength !== options.keySize) {
        throw new Error(`generateCertificate: the pre-generated key is not RSA ${options.keySize}.`);
    }
    const forgeKey = node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki.privateKeyFromPem(privateKeyPem);
    // X.509 times have second precision; truncating here keeps every later comparison exact.
    const notBefore = new Date(Math.floor((options.now.getTime() - CLOCK_SKEW_MS) / 1000) * 1000);
    const notAfter = new Date(notBefore.getTime() + days * DAY_MS);
    const cert = node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki.createCertificate();
    cert.publicKey = node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
    cert.serialNumber = randomSerialHex();
    cert.validity.notBefore = notBefore;
    cert.validity.notAfter = notAfter;
    const forgeAttributes = attributes.map(toForgeAttribute);
    cert.setSubject(forgeAttributes);
    cert.setIssuer(forgeAttributes);
    cert.setExtensions([
        { name: 'basicConstraints', cA: false, critical: true },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'extKeyUsage', clientAuth: true },
        { name: 'subjectKeyIdentifier' },
    ]);
    signNatively(cert, privateKey);
    const certDer = Buffer.from(node_forge__WEBPACK_IMPORTED_MODULE_2___default().asn1.toDer(node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki.certificateToAsn1(cert)).getBytes(), 'binary');
    const password = options.password && options.password.length >= MIN_PASSWORD_LENGTH
        ? options.password
        : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('base64url');
    const pfxBase64 = withNativeKdfs(() => buildPfx(forgeKey, cert, password, options.friendlyName));
    return describe(certDer, privateKey, pfxBase64, password);
}
/**
 * sha256WithRSAEncryption over the certificate, computed by Node: forge's RSA is pure JavaScript (~20 ms
 * for 2048 bits, blocking the event loop while requests are in flight). forge still lays out the
 * TBSCertificate and hands its DER to `update`; the PKCS#1 v1.5 signature is the same bytes either way.
 */
function signNatively(cert, key) {
    const tbs = {
        algorithm: 'sha256', // forge derives the signature algorithm OID from this
        der: '',
        update(bytes) {
            this.der += bytes;
        },
    };
    const signer = { sign: () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', Buffer.from(tbs.der, 'binary'), key).toString('binary') };
    cert.sign(signer, tbs);
}
/**
 * Open the `certificate` input (base64 PFX) with `certificate-password`. Every failure is an
 * InputError naming the input and the fix; no message carries the password or the PFX.
 */
function openPfx(pfxBase64, password) {
    const der = decodeBase64Input(pfxBase64);
    const pfx = withNativeKdfs(() => readPfx(der, password));
    const bags = pfx.safeContents.flatMap((contents) => contents.safeBags);
    const keyBags = bags.filter((bag) => bag.type === (node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki).oids.pkcs8ShroudedKeyBag || bag.type === (node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki).oids.keyBag);
    const certBags = bags.filter((bag) => bag.type === (node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki).oids.certBag);
    if (keyBags.length === 0) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', 'the PFX holds no private key. Export the certificate together with its private key (PKCS#12 / .pfx with "export private key"), or leave the input empty to issue a new certificate.');
    }
    if (keyBags.length > 1) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', `the PFX holds ${keyBags.length} private keys; exo-cba needs exactly one. Export only the certificate used for Exchange Online.`);
    }
    if (certBags.length === 0) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', 'the PFX holds a private key but no certificate. Export the certificate together with its private key.');
    }
    const privateKey = keyObjectOfBag(keyBags[0]);
    if (privateKey.asymmetricKeyType !== 'rsa') {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', `the private key is ${privateKey.asymmetricKeyType?.toUpperCase() ?? 'not RSA'}, but Entra ID certificate credentials for Exchange Online need an RSA key. Issue an RSA certificate, or leave the input empty to let exo-cba issue one.`);
    }
    // A PFX may carry a chain: the certificate we want is the one whose public key matches the key.
    const certificates = certBags.map(derOfCertBag).map((certDer) => ({ certDer, x509: parseX509(certDer) }));
    const paired = certificates.find(({ x509 }) => x509 !== undefined && x509.checkPrivateKey(privateKey));
    if (paired === undefined) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', 'the private key in the PFX does not belong to any certificate in it. Export the certificate together with its own private key.');
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
        throw new Error('The certificate has no validity period left to register in Entra ID: issue a new one.');
    }
    return { startDateTime: isoSeconds(new Date(start)), endDateTime: isoSeconds(new Date(end)) };
}
/** SHA-1 and SHA-256 thumbprints of a base64 DER certificate, upper-case hex without separators. */
function thumbprintsOfDer(derBase64) {
    const der = Buffer.from(derBase64, 'base64');
    return {
        sha1: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(der).digest('hex').toUpperCase(),
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('hex').toUpperCase(),
    };
}
function toForgeAttribute(attribute) {
    return {
        shortName: attribute.shortName,
        value: attribute.value,
        valueTagClass: (0,_subject_js__WEBPACK_IMPORTED_MODULE_4__/* .subjectValueTag */ .QV)(attribute.shortName),
    };
}
// --- PKCS#12 --------------------------------------------------------------------------------------
/** Positive 128-bit serial: 16 random bytes, high bit cleared, and never a leading zero byte (DER). */
function randomSerialHex() {
    const bytes = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
    bytes[0] = bytes[0] & 0x7f || 0x01;
    return bytes.toString('hex');
}
/**
 * AES-256-CBC + PBKDF2-HMAC-SHA256 for the key, HMAC-SHA256 MAC: what OpenSSL 3 writes by default,
 * readable without `-legacy` and by .NET/Windows 10 1709+. forge only writes SHA-1 MACs, so the MAC
 * is added here.
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
    const pfxAsn1 = node_forge__WEBPACK_IMPORTED_MODULE_2___default().pkcs12.toPkcs12Asn1(key, [cert], password, options);
    // PFX ::= SEQUENCE { version, authSafe ContentInfo { contentType, [0] OCTET STRING }, macData }
    const authSafe = pfxAsn1.value[1];
    const content = authSafe.value[1];
    const safeBytes = content.value[0].value;
    const salt = node_forge__WEBPACK_IMPORTED_MODULE_2___default().random.getBytesSync(SALT_BYTES);
    const macKey = pkcs12Kdf(password, salt, 3 /* MAC key (RFC 7292 B.3) */, PBE_ITERATIONS, 32, node_forge__WEBPACK_IMPORTED_MODULE_2___default().md.sha256.create());
    const hmac = node_forge__WEBPACK_IMPORTED_MODULE_2___default().hmac.create();
    hmac.start(node_forge__WEBPACK_IMPORTED_MODULE_2___default().md.sha256.create(), macKey);
    hmac.update(safeBytes);
    const { asn1 } = (node_forge__WEBPACK_IMPORTED_MODULE_2___default());
    const macData = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
                asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer((node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki).oids.sha256).getBytes()),
                asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ''),
            ]),
            asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, hmac.digest().getBytes()),
        ]),
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, salt),
        asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(PBE_ITERATIONS).getBytes()),
    ]);
    pfxAsn1.value.push(macData);
    return Buffer.from(asn1.toDer(pfxAsn1).getBytes(), 'binary').toString('base64');
}
function decodeBase64Input(input) {
    // People paste multi-line base64 (certutil -encode, PEM-style wrapping); base64url is accepted too.
    const compact = input.replace(/\s+/g, '');
    if (compact === '') {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', 'is empty. Pass the base64 PFX (e.g. ${{ secrets.EXO_CERTIFICATE }}), or leave the input out to issue a new certificate.');
    }
    if (compact.startsWith('-----BEGIN')) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', 'is PEM text, not a base64 PFX. Convert it: openssl pkcs12 -export -in cert.pem -inkey key.pem -out cert.pfx, then base64 -w0 cert.pfx.');
    }
    const standard = compact.replace(/-/g, '+').replace(/_/g, '/');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(standard) || standard.replace(/=+$/, '').length % 4 === 1) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', 'is not valid base64. Pass the PFX file base64-encoded, e.g. base64 -w0 cert.pfx (Linux) or [Convert]::ToBase64String([IO.File]::ReadAllBytes("cert.pfx")) (PowerShell).');
    }
    return Buffer.from(standard, 'base64');
}
function readPfx(der, password) {
    const notPfx = () => new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', 'decodes from base64 but is not a PKCS#12 (PFX) file. Pass the base64 of the .pfx/.p12 file itself, not of a .cer/.pem certificate or of another secret.');
    let asn1;
    try {
        asn1 = node_forge__WEBPACK_IMPORTED_MODULE_2___default().asn1.fromDer(node_forge__WEBPACK_IMPORTED_MODULE_2___default().util.createBuffer(der.toString('binary')), false);
    }
    catch {
        throw notPfx();
    }
    try {
        return node_forge__WEBPACK_IMPORTED_MODULE_2___default().pkcs12.pkcs12FromAsn1(asn1, false, password);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : '';
        if (/MAC could not be verified|wrong password|Invalid password|Failed to decrypt/i.test(message)) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate-password', `does not open the PFX in 'certificate' (wrong password${password === '' ? '; the input is empty' : ''}). Pass the password the PFX was exported with, e.g. \${{ secrets.EXO_CERTIFICATE_PASSWORD }}, and make sure both secrets come from the same run.`);
        }
        if (/not an PKCS#12 PFX|AuthenticatedSafe|password integrity mode/i.test(message))
            throw notPfx();
        if (/Unsupported OID|unsupported MAC|Unknown hash|Unsupported PRF|Cannot read encrypted PBE/i.test(message)) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', 'is a PFX encrypted with an algorithm exo-cba cannot read. Re-export it with AES-256 (openssl pkcs12 -export, or Export-PfxCertificate -CryptoAlgorithmOption AES256_SHA256).');
        }
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', "could not be read as a PKCS#12 (PFX) file: it is damaged or 'certificate-password' is wrong. Pass the secrets exo-cba published, or leave 'certificate' empty to issue a new certificate.");
    }
}
function keyObjectOfBag(bag) {
    // forge decodes RSA keys; for other key types it leaves the PrivateKeyInfo as ASN.1.
    const info = bag.key
        ? node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki.wrapRsaPrivateKey(node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki.privateKeyToAsn1(bag.key))
        : bag.asn1;
    if (info === undefined) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', "the private key in the PFX could not be read. Check 'certificate-password' and re-export the certificate with its private key.");
    }
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({
            key: Buffer.from(node_forge__WEBPACK_IMPORTED_MODULE_2___default().asn1.toDer(info).getBytes(), 'binary'),
            format: 'der',
            type: 'pkcs8',
        });
    }
    catch {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('certificate', 'the private key in the PFX is in a format exo-cba cannot read. Re-export it as an RSA key in a PFX.');
    }
}
function derOfCertBag(bag) {
    // forge keeps the signed TBSCertificate it parsed, so re-encoding yields the original DER.
    const asn1 = bag.cert ? node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki.certificateToAsn1(bag.cert) : bag.asn1;
    return Buffer.from(node_forge__WEBPACK_IMPORTED_MODULE_2___default().asn1.toDer(asn1).getBytes(), 'binary');
}
function parseX509(der) {
    try {
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der);
    }
    catch {
        return undefined;
    }
}
function describe(certDer, privateKey, pfxBase64, password) {
    const x509 = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(certDer);
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
function withNativeKdfs(action) {
    const pkcs5 = (node_forge__WEBPACK_IMPORTED_MODULE_2___default().pkcs5);
    const pkcs12 = (node_forge__WEBPACK_IMPORTED_MODULE_2___default().pkcs12);
    const pbe = (node_forge__WEBPACK_IMPORTED_MODULE_2___default().pki).pbe;
    const saved = [pkcs5.pbkdf2, pkcs12.generateKey, pbe.generatePkcs12Key];
    const jsPbkdf2 = saved[0];
    pkcs5.pbkdf2 = (password, salt, iterations, length, md) => {
        const algorithm = nativeAlgorithm(md);
        if (algorithm === undefined)
            return jsPbkdf2(password, salt, iterations, length, md);
        // PBES2 passwords are UTF-8 (RFC 8018, OpenSSL, Windows); forge would drop the high byte.
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.pbkdf2Sync)(Buffer.from(password, 'utf8'), Buffer.from(salt, 'binary'), iterations, length, algorithm).toString('binary');
    };
    pkcs12.generateKey = pbe.generatePkcs12Key = (password, salt, id, iterations, length, md) => node_forge__WEBPACK_IMPORTED_MODULE_2___default().util.createBuffer(pkcs12Kdf(password, salt, id, iterations, length, md));
    try {
        return action();
    }
    finally {
        [pkcs5.pbkdf2, pkcs12.generateKey, pbe.generatePkcs12Key] = saved;
    }
}
function nativeAlgorithm(md) {
    if (md === undefined || md === null)
        return 'sha1';
    const name = typeof md === 'string' ? md : md.algorithm;
    return name !== undefined && ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5'].includes(name)
        ? name
        : undefined;
}
/**
 * One-shot `crypto.hash` (Node 20.12+; read from the namespace so older Node still loads this module): about
 * twice as fast as createHash in the KDF's 2048-round loop.
 */
const digestOnce = typeof node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash === 'function'
    ? (algorithm, data) => node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash(algorithm, data, 'buffer')
    : (algorithm, data) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest();
/** RFC 7292 Appendix B.2 key derivation (as forge's generatePkcs12Key), returning a binary string. */
function pkcs12Kdf(password, salt, id, iterations, length, md) {
    if (!(iterations >= 1))
        throw new Error('PKCS#12 key derivation iteration count must be >= 1.');
    const algorithm = nativeAlgorithm(md) ?? 'sha1';
    const u = md?.digestLength ?? 20;
    const v = md?.blockLength ?? 64;
    // Password as BMPString (UTF-16BE) with a terminating NUL; an absent password is empty.
    const pass = Buffer.alloc(password === null || password === undefined ? 0 : (password.length + 1) * 2);
    for (let i = 0; password && i < password.length; i++)
        pass.writeUInt16BE(password.charCodeAt(i), i * 2);
    const saltBytes = Buffer.from(typeof salt === 'string' ? salt : salt.bytes(), 'binary');
    const repeatTo = (source, size) => {
        const out = Buffer.alloc(size);
        for (let i = 0; i < size; i++)
            out[i] = source[i % source.length];
        return out;
    };
    const I = Buffer.concat([
        repeatTo(saltBytes, v * Math.ceil(saltBytes.length / v)),
        repeatTo(pass, v * Math.ceil(pass.length / v)),
    ]);
    const D = Buffer.alloc(v, id);
    const blocks = [];
    for (let produced = 0; produced < length; produced += u) {
        let A = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(D).update(I).digest();
        for (let round = 1; round < iterations; round++)
            A = digestOnce(algorithm, A);
        blocks.push(A);
        // I_j = (I_j + B + 1) mod 2^(8v) for every v-byte block of I.
        const B = repeatTo(A, v);
        for (let offset = 0; offset < I.length; offset += v) {
            let carry = 1;
            for (let k = v - 1; k >= 0; k--) {
                const sum = I[offset + k] + B[k] + carry;
                I[offset + k] = sum & 0xff;
                carry = sum >> 8;
            }
        }
    }
    return Buffer.concat(blocks).subarray(0, length).toString('binary');
}


/***/ })

};
