export const id = 731;
export const ids = [731,624];
export const modules = {

/***/ 2614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ cachedToken),
/* harmony export */   Pf: () => (/* binding */ GitHubOidcTokenSource),
/* harmony export */   Tf: () => (/* binding */ createTokenClient),
/* harmony export */   _1: () => (/* binding */ aadstsCode),
/* harmony export */   vE: () => (/* binding */ signInError)
/* harmony export */ });
/* unused harmony exports msalAuthority, jwtPayload */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _azure_msal_node__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2669);
/* harmony import */ var _cloud_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1486);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8055);
/* harmony import */ var _http_http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8694);
/**
 * Sign-in: the workflow's GitHub OIDC token is the client assertion of the provisioning app (no stored
 * secret), exchanged by msal-node for app-only tokens. Also builds the certificate client verification uses.
 */





/**
 * msal-node authority settings. Endpoint metadata is always given, so msal never spends round trips on
 * discovery; a host that is not a Microsoft login host is declared a known authority so msal accepts it.
 */
function msalAuthority({ authorityHost, tenantId, }) {
    const base = authorityHost.replace(/\/+$/, '');
    const host = new URL(base).host;
    const authority = `${base}/${tenantId}`;
    const tokenEndpoint = `${authority}/oauth2/v2.0/token`;
    const metadata = {
        token_endpoint: tokenEndpoint,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
        issuer: `${authority}/v2.0`,
        jwks_uri: `${authority}/discovery/v2.0/keys`,
    };
    const discovery = {
        tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    };
    return {
        clientId: '',
        authority,
        knownAuthorities: _cloud_js__WEBPACK_IMPORTED_MODULE_2__/* .MICROSOFT_LOGIN_HOSTS */ .rd.has(host) ? undefined : [host],
        authorityMetadata: JSON.stringify(metadata),
        cloudDiscoveryMetadata: JSON.stringify(discovery),
        tokenEndpoint,
    };
}
/** Decodes a JWT's payload (no verification: for claims we only show or read, never trust). */
function jwtPayload(token) {
    const part = token.split('.')[1];
    if (!part)
        return {};
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
/**
 * Fetches GitHub OIDC tokens the way `core.getIDToken` does (same variables, `&audience=`, masked), but
 * through the one HTTP stack so proxies, the CA bundle and retries apply.
 */
class GitHubOidcTokenSource {
    http;
    audience;
    env;
    lastClaims;
    constructor(http, audience, env = process.env) {
        this.http = http;
        this.audience = audience;
        this.env = env;
    }
    /** Fails with what to do when the runner offers no OIDC token (checked before anything is requested). */
    assertAvailable() {
        if (!this.env.ACTIONS_ID_TOKEN_REQUEST_URL || !this.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l('The GitHub OIDC token is not available (ACTIONS_ID_TOKEN_REQUEST_URL is not set). Add\n' +
                '  permissions:\n    id-token: write\n    contents: read\n' +
                'to the workflow or job that runs exo-cba. Pull requests from forks never get an OIDC token.');
        }
    }
    async getToken() {
        this.assertAvailable();
        const url = this.env.ACTIONS_ID_TOKEN_REQUEST_URL;
        const requestToken = this.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
        const res = await this.http.request({
            method: 'GET',
            url: `${url}${url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(this.audience)}`,
            service: 'oidc',
            headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
            sensitive: true,
        });
        const token = res.status === 200 ? res.data?.value : undefined;
        if (!token) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`GitHub's OIDC endpoint answered ${res.status} without a token. Check that the job has 'permissions: id-token: write'.`);
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
        const claims = jwtPayload(token);
        const first = !this.lastClaims;
        this.lastClaims = {
            iss: String(claims.iss ?? ''),
            sub: String(claims.sub ?? ''),
            aud: String(claims.aud ?? ''),
        };
        if (first) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`GitHub OIDC token: iss=${this.lastClaims.iss} sub=${this.lastClaims.sub} aud=${this.lastClaims.aud}`);
        }
        return token;
    }
}
/** A confidential client for one app, signing in with a GitHub OIDC assertion or a certificate. */
function createTokenClient(options) {
    const { tokenEndpoint: _tokenEndpoint, ...auth } = msalAuthority(options);
    const credential = options.credential;
    const app = new _azure_msal_node__WEBPACK_IMPORTED_MODULE_1__/* .ConfidentialClientApplication */ .WR({
        auth: {
            ...auth,
            clientId: options.clientId,
            ...(credential.kind === 'oidc'
                ? { clientAssertion: () => credential.source.getToken() }
                : {
                    clientCertificate: {
                        thumbprintSha256: credential.thumbprintSha256,
                        privateKey: credential.privateKeyPem,
                        x5c: credential.certificatePem,
                    },
                }),
        },
        system: {
            networkClient: (0,_http_http_js__WEBPACK_IMPORTED_MODULE_4__/* .createMsalNetworkClient */ .zN)(options.http, options.deadline),
            disableInternalRetries: true,
        },
    });
    return {
        async acquire(resource, fresh = false) {
            const result = await app.acquireTokenByClientCredential({
                scopes: [`${resource.replace(/\/+$/, '')}/.default`],
                skipCache: fresh,
            });
            if (!result?.accessToken)
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`Entra ID returned no access token for ${resource}.`);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(result.accessToken);
            return {
                accessToken: result.accessToken,
                claims: jwtPayload(result.accessToken),
                expiresOn: result.expiresOn,
            };
        },
    };
}
/**
 * Keeps an access token until five minutes before it expires. msal-node evaluates the client assertion
 * callback on every call, cache hit or not, so without this every Graph request would first fetch a
 * GitHub OIDC token.
 */
function cachedToken(client, resource, now = Date.now) {
    let current;
    return async () => {
        if (!current || (current.expiresOn && current.expiresOn.getTime() - now() < 5 * 60_000)) {
            current = await client.acquire(resource);
        }
        return current;
    };
}
/** The AADSTS code in an msal error, if any. */
function aadstsCode(error) {
    const text = error instanceof Error
        ? `${error.errorMessage ?? ''} ${error.message}`
        : String(error);
    const match = /AADSTS(\d+)/.exec(text);
    return match ? Number(match[1]) : undefined;
}
/** Entra's own description from an msal error, without trace/correlation lines. */
function entraText(error) {
    const raw = error?.errorMessage ??
        (error instanceof Error ? error.message : String(error));
    return raw.split(/\r?\n/)[0].trim();
}
/** Turns an Entra refusal of the provisioning app's sign-in into what the user has to fix. */
function signInError(error, context) {
    // our own errors (no OIDC token, network failures) already say what to do
    if (error instanceof _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l)
        return error;
    const code = aadstsCode(error);
    const oidc = context.oidc;
    const claims = oidc
        ? `issuer '${oidc.iss}', subject '${oidc.sub}', audience '${oidc.aud}'`
        : 'the OIDC token';
    switch (code) {
        case 70021: // no matching federated identity record (older wording)
        case 700211: // issuer
        case 700212: // audience
        case 700213: // subject
            return new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`Entra ID found no federated credential on the provisioning app (client-id ${context.clientId}) that matches this ` +
                `workflow's token: ${claims}. Add one: Entra admin center → App registrations → the provisioning app → ` +
                `Certificates & secrets → Federated credentials → Add credential → "GitHub Actions deploying Azure resources", ` +
                `or "Other issuer" with exactly issuer '${oidc?.iss ?? 'https://token.actions.githubusercontent.com'}' and subject ` +
                `'${oidc?.sub ?? '<sub>'}', audience '${oidc?.aud ?? 'api://AzureADTokenExchange'}'. (Entra: ${entraText(error)})`, { cause: error });
        case 700016:
            return new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`Entra ID does not know client-id '${context.clientId}' in tenant '${context.tenantId}'. Check the 'client-id' input ` +
                `(the Application (client) ID of the provisioning app) and the 'tenant-id' input. (Entra: ${entraText(error)})`, { cause: error });
        case 90002:
            return new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`Entra ID does not know tenant '${context.tenantId}'. Check the 'tenant-id' input. (Entra: ${entraText(error)})`, {
                cause: error,
            });
        case 700024:
            return new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`Entra ID refused the GitHub OIDC token as expired or not yet valid; check the runner's clock. (Entra: ${entraText(error)})`, { cause: error });
        default:
            return new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .l(`Entra ID refused the sign-in of the provisioning app (client-id ${context.clientId}, ${claims})` +
                (code
                    ? `: AADSTS${code}: ${entraText(error).replace(/^AADSTS\d+:\s*/, '')}`
                    : `: ${entraText(error)}`), { cause: error });
    }
}


/***/ }),

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


/***/ }),

/***/ 8694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ graphErrorFrom),
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   h9: () => (/* binding */ GraphError),
/* harmony export */   zN: () => (/* binding */ createMsalNetworkClient)
/* harmony export */ });
/* unused harmony exports VERSION, USER_AGENT, DEFAULT_TIMEOUT_MS, DEFAULT_DEADLINE_MS, DEFAULT_MAX_ATTEMPTS, MAX_RETRY_AFTER_MS, parseRetryAfter, backoffMs, proxyForUrl, forbiddenHint, ensureGraphOk, createFetch */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var axios__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1542);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var https_proxy_agent__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7659);
/* harmony import */ var _action_scrub_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3817);
/**
 * The one HTTP stack of exo-cba (DESIGN §6): every outbound call (GitHub OIDC, Entra token via
 * msal-node, Microsoft Graph, Exchange admin API, GitHub REST) goes through `HttpClient`.
 *
 * - Proxy: `HTTPS_PROXY`/`https_proxy` for https URLs (falling back to `HTTP_PROXY`/`http_proxy`),
 *   `HTTP_PROXY`/`http_proxy` for http URLs, `NO_PROXY`/`no_proxy` to bypass. HTTPS is tunnelled with
 *   CONNECT (https-proxy-agent); axios's own `proxy` option is disabled because it does not tunnel.
 * - Trust: agents never set `ca`, so Node's default store — including `NODE_EXTRA_CA_CERTS`, which
 *   Node reads at process start — applies to direct and tunnelled connections alike. The `ca` option
 *   exists for tests only and replaces the store.
 * - Retries: 429/503/504 (Retry-After, else jittered exponential backoff), transport failures, and
 *   whatever the caller's `retryWhen` accepts; never other statuses. Every wait is bounded by the
 *   request's deadline and attempt budget.
 *
 * Transport failures are retried for every method, POST included: a reset may hide a request the
 * server applied, but exo-cba's writes are idempotent upserts or are re-read before being trusted
 * (a repeated create answers "already exists", which the callers treat as success after re-reading).
 */






/** Version sent in the User-Agent; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';
const USER_AGENT = `exo-cba/${VERSION}`;
/** Transport failure (no HTTP response) after the retries the deadline and attempt budget allowed. */
class NetworkError extends Error {
    url;
    code;
    attempts;
    constructor(message, details) {
        super(message);
        this.name = 'NetworkError';
        this.url = details.url;
        this.code = details.code;
        this.attempts = details.attempts;
    }
}
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_DEADLINE_MS = 120_000;
const DEFAULT_MAX_ATTEMPTS = 5;
/** A single Retry-After wait is capped so a misbehaving server cannot park the run. */
const MAX_RETRY_AFTER_MS = 60_000;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 10_000;
const RETRY_STATUSES = new Set([429, 503, 504]);
/** Transport errors after which a new attempt can succeed (ENOTFOUND and TLS failures cannot). */
const RETRY_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ERR_SOCKET_CONNECTION_TIMEOUT',
]);
const TLS_TRUST_CODES = new Set([
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_GET_ISSUER_CERT',
    'CERT_UNTRUSTED',
]);
/** Longest body excerpt written to the debug log. */
const LOG_BODY_CHARS = 2000;
/**
 * Milliseconds a `Retry-After` header asks for (delta-seconds or HTTP-date), capped at
 * `MAX_RETRY_AFTER_MS`; undefined when absent or unparseable.
 */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (text === '')
        return undefined;
    let ms;
    if (/^\d+(\.\d+)?$/.test(text)) {
        ms = Number(text) * 1000;
    }
    else {
        const date = Date.parse(text);
        if (Number.isNaN(date))
            return undefined;
        ms = date - now;
    }
    return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}
/** Jittered exponential backoff before attempt `attempt + 1`: within [d/2, d], d = min(10 s, 0.5 s × 2^(attempt−1)). */
function backoffMs(attempt, random) {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    return ceiling / 2 + random() * (ceiling / 2);
}
function hostMatches(host, pattern) {
    if (pattern === '*')
        return true;
    const bare = pattern.replace(/^\*?\./, '');
    return host === bare || host.endsWith(`.${bare}`);
}
/**
 * The proxy URL to use for `url`, or undefined for a direct connection. `NO_PROXY` entries: `*`,
 * a host (also matches its subdomains), `.suffix`, each optionally with `:port`. Loopback
 * addresses are not special: list them to bypass the proxy.
 */
function proxyForUrl(url, env) {
    const target = typeof url === 'string' ? new URL(url) : url;
    const secure = target.protocol === 'https:';
    const raw = secure
        ? env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY
        : env.http_proxy || env.HTTP_PROXY;
    const proxy = raw?.trim();
    if (!proxy)
        return undefined;
    const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const port = target.port || (secure ? '443' : '80');
    const noProxy = (env.no_proxy ?? env.NO_PROXY ?? '')
        .split(/[,\s]+/)
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean);
    for (const entry of noProxy) {
        // "[::1]:443", "host:443", "host", "::1"
        const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
        const hostPort = /^([^:]+):(\d+)$/.exec(entry);
        const [entryHost, entryPort] = bracketed
            ? [bracketed[1], bracketed[2]]
            : hostPort
                ? [hostPort[1], hostPort[2]]
                : [entry, undefined];
        if (entryPort !== undefined && entryPort !== port)
            continue;
        if (hostMatches(host, entryHost))
            return undefined;
    }
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}
function errorCode(error) {
    const e = error;
    if (typeof e?.code === 'string')
        return e.code;
    if (typeof e?.cause?.code === 'string')
        return e.cause.code;
    return undefined;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
function isRetryableError(error) {
    const code = errorCode(error);
    if (code !== undefined && RETRY_CODES.has(code))
        return true;
    return /socket hang up|timeout/i.test(errorMessage(error));
}
function flattenHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers ?? {})) {
        if (value === undefined || value === null)
            continue;
        out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    }
    return out;
}
function parseBody(text, contentType) {
    if (text !== '' && contentType && /[/+]json\b/i.test(contentType)) {
        try {
            return JSON.parse(text);
        }
        catch {
            return text;
        }
    }
    return text;
}
/** Graph / Entra error code in a parsed body, for log lines (`{"error":{"code"}}` or `{"error":"invalid_client"}`). */
function bodyErrorCode(data) {
    const error = data?.error;
    if (typeof error === 'string')
        return error;
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
function excerpt(text) {
    const clean = (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .scrub */ ._I)(text);
    return clean.length > LOG_BODY_CHARS ? `${clean.slice(0, LOG_BODY_CHARS)}… (${clean.length} chars)` : clean;
}
function networkHint(code, proxy) {
    if (code !== undefined && (TLS_TRUST_CODES.has(code) || code.startsWith('ERR_TLS'))) {
        return ' The server certificate is not trusted: behind a TLS-inspecting proxy, set NODE_EXTRA_CA_CERTS to a PEM file with its CA certificate.';
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return proxy
            ? ' The host name did not resolve: check the endpoint inputs and the proxy settings (HTTPS_PROXY, NO_PROXY).'
            : ' The host name did not resolve: check the endpoint inputs and the runner’s DNS; behind a proxy, set HTTPS_PROXY.';
    }
    if (proxy)
        return ` Requests go through the proxy ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(proxy)} (HTTPS_PROXY); check it, or list the host in NO_PROXY.`;
    return ' Check the runner’s network access to this host; behind a proxy, set HTTPS_PROXY.';
}
/** How a service is named in messages the user reads. */
const SERVICE_LABEL = {
    oidc: 'the GitHub OIDC token endpoint',
    entra: 'Entra ID',
    graph: 'Microsoft Graph',
    exchange: 'the Exchange Online admin API',
    github: 'the GitHub API',
};
const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
class HttpClient {
    env;
    log;
    sleep;
    random;
    now;
    maxAttempts;
    userAgent;
    ca;
    axios;
    /** Keep-alive agents, one per (scheme, proxy): a run makes ~20 requests to 3-4 hosts. */
    agents = new Map();
    constructor(options = {}) {
        this.env = options.env ?? process.env;
        this.log = options.log ?? { debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m), info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m) };
        this.sleep = options.sleep ?? defaultSleep;
        this.random = options.random ?? Math.random;
        this.now = options.now ?? Date.now;
        this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
        this.userAgent = options.userAgent ?? USER_AGENT;
        this.ca = options.ca;
        this.axios = axios__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A.create({
            proxy: false, // env proxies are handled by our agents (axios's own proxy support does not CONNECT)
            validateStatus: () => true,
            responseType: 'text',
            transformResponse: [(data) => data],
            maxRedirects: 5,
            transitional: { clarifyTimeoutError: true },
        });
    }
    async request(req) {
        const raw = await this.send(req);
        return {
            status: raw.status,
            headers: raw.headers,
            data: raw.data,
            attempts: raw.attempts,
            durationMs: raw.durationMs,
        };
    }
    /** Destroys pooled connections so the process can exit promptly. */
    close() {
        for (const agent of this.agents.values())
            agent.destroy();
        this.agents.clear();
    }
    /** `request`, also returning the body text as received (for the fetch adapter). */
    async send(req) {
        const started = this.now();
        const deadline = req.deadline ?? started + DEFAULT_DEADLINE_MS;
        const maxAttempts = Math.max(1, req.maxAttempts ?? this.maxAttempts);
        const proxy = proxyForUrl(req.url, this.env);
        const { headers, body } = this.encode(req);
        if (!req.sensitive && body !== undefined) {
            this.log.debug(`${req.method} ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(req.url)} request body: ${excerpt(body)}`);
        }
        for (let attempt = 1;; attempt++) {
            const attemptStart = this.now();
            const outcome = await this.attempt(req, headers, body, proxy);
            const durationMs = this.now() - attemptStart;
            if (outcome.response) {
                const res = outcome.response;
                const resHeaders = flattenHeaders(res.headers);
                const text = typeof res.data === 'string' ? res.data : res.data == null ? '' : String(res.data);
                const raw = {
                    status: res.status,
                    headers: resHeaders,
                    text,
                    data: parseBody(text, resHeaders['content-type']),
                };
                this.log.debug((0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRequest */ .Ng)({ method: req.method, url: req.url, status: res.status, durationMs, attempt }));
                if (!req.sensitive && text !== '' && res.status >= 300) {
                    this.log.debug(`${req.method} ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(req.url)} response body: ${excerpt(text)}`);
                }
                const done = { ...raw, attempts: attempt, durationMs: this.now() - started };
                const retryable = RETRY_STATUSES.has(res.status) ||
                    (req.retryWhen !== undefined && req.retryWhen({ ...done, data: raw.data }));
                if (!retryable)
                    return done;
                const retryAfter = parseRetryAfter(resHeaders['retry-after'], this.now());
                const wait = retryAfter ?? backoffMs(attempt, this.random);
                if (attempt >= maxAttempts || this.now() + wait > deadline) {
                    this.log.debug(`${req.method} ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(req.url)} → ${res.status}: giving up after ${attempt} attempt(s)`);
                    return done;
                }
                const code = bodyErrorCode(raw.data);
                this.log.info(`${req.method} ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(req.url)} → ${res.status}${code ? ` ${code}` : ''}, retrying in ${(wait / 1000).toFixed(1)} s (${retryAfter !== undefined ? 'Retry-After' : 'backoff'})`);
                await this.sleep(wait);
                continue;
            }
            const code = errorCode(outcome.error);
            const message = errorMessage(outcome.error);
            this.log.debug((0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRequest */ .Ng)({ method: req.method, url: req.url, error: code ?? message, durationMs, attempt }));
            const wait = backoffMs(attempt, this.random);
            if (!isRetryableError(outcome.error) || attempt >= maxAttempts || this.now() + wait > deadline) {
                throw new NetworkError(`Could not reach ${SERVICE_LABEL[req.service]}: ${req.method} ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(req.url)} failed: ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .scrub */ ._I)(message)}${code && !message.includes(code) ? ` (${code})` : ''}` +
                    ` after ${attempt} attempt(s).${networkHint(code, proxy)}`, 
                // Not the axios error as `cause`: its config holds the request headers (tokens) and body.
                { url: (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(req.url), code, attempts: attempt });
            }
            this.log.info(`${req.method} ${(0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(req.url)} → ${code ?? message}, retrying in ${(wait / 1000).toFixed(1)} s (backoff)`);
            await this.sleep(wait);
        }
    }
    encode(req) {
        const headers = { 'user-agent': this.userAgent, accept: 'application/json' };
        let body;
        let contentType;
        if (req.json !== undefined) {
            body = JSON.stringify(req.json);
            contentType = 'application/json';
        }
        else if (req.form !== undefined) {
            body = typeof req.form === 'string' ? req.form : new URLSearchParams(req.form).toString();
            contentType = 'application/x-www-form-urlencoded;charset=utf-8';
        }
        else if (req.body !== undefined) {
            body = req.body;
        }
        if (contentType)
            headers['content-type'] = contentType;
        // Caller headers win (case-insensitively), e.g. GitHub's Accept or Graph's Prefer.
        for (const [name, value] of Object.entries(req.headers ?? {}))
            headers[name.toLowerCase()] = value;
        return { headers, body };
    }
    async attempt(req, headers, body, proxy) {
        const secure = req.url.startsWith('https:');
        const agent = this.agentFor(secure, proxy);
        try {
            const response = await this.axios.request({
                method: req.method,
                url: req.url,
                headers,
                data: body,
                timeout: req.timeoutMs ?? DEFAULT_TIMEOUT_MS,
                ...(secure ? { httpsAgent: agent } : { httpAgent: agent }),
            });
            return { response };
        }
        catch (error) {
            return { error };
        }
    }
    agentFor(secure, proxy) {
        const key = `${secure ? 'https' : 'http'} ${proxy ?? 'direct'}`;
        let agent = this.agents.get(key);
        if (!agent) {
            agent = proxy
                ? this.proxyAgent(proxy)
                : secure
                    ? this.directAgent()
                    : new node_http__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true });
            this.agents.set(key, agent);
        }
        return agent;
    }
    directAgent() {
        // No `ca` in production: an explicit `ca` would replace Node's store and lose NODE_EXTRA_CA_CERTS.
        return new node_https__WEBPACK_IMPORTED_MODULE_2__.Agent({ keepAlive: true, ...(this.ca ? { ca: this.ca } : {}) });
    }
    proxyAgent(proxy) {
        const ca = this.ca;
        if (!ca)
            return new https_proxy_agent__WEBPACK_IMPORTED_MODULE_3__/* .HttpsProxyAgent */ .b(proxy, { keepAlive: true });
        // Tests: the target's TLS handshake (inside the tunnel) must trust the test CA too.
        class TestCaProxyAgent extends https_proxy_agent__WEBPACK_IMPORTED_MODULE_3__/* .HttpsProxyAgent */ .b {
            connect(...[request, opts]) {
                return super.connect(request, opts.secureEndpoint ? { ...opts, ca } : opts);
            }
        }
        return new TestCaProxyAgent(proxy, { keepAlive: true });
    }
}
/* ------------------------------------------------------------------------------------------------
 * Microsoft Graph / OData errors
 * ---------------------------------------------------------------------------------------------- */
/** What to do about a 403 from Graph: name the application permission and how to grant it. */
function forbiddenHint(permission) {
    return (`The provisioning app lacks the Microsoft Graph application permission ${permission}. ` +
        `Grant it: Entra admin center → App registrations → <provisioning app> → API permissions → Add a permission → ` +
        `Microsoft Graph → Application permissions → ${permission}, then 'Grant admin consent'.`);
}
/** A Graph call answered with an error status; the message is safe to show (scrubbed). */
class GraphError extends Error {
    status;
    /** OData error code, e.g. `Authorization_RequestDenied`, `Request_ResourceNotFound`; '' when the body was not OData. */
    code;
    innerCode;
    graphMessage;
    requestId;
    clientRequestId;
    date;
    method;
    path;
    /** What the user should do, when the caller knows (also appended to `message`). */
    hint;
    constructor(fields) {
        const what = fields.code ? `${fields.status} ${fields.code}` : `${fields.status}`;
        const id = fields.requestId ? ` (request-id ${fields.requestId})` : '';
        super(`Graph ${fields.method} ${fields.path} failed: ${what}: ${fields.graphMessage}${id}`);
        this.name = 'GraphError';
        this.status = fields.status;
        this.code = fields.code;
        this.innerCode = fields.innerCode;
        this.graphMessage = fields.graphMessage;
        this.requestId = fields.requestId;
        this.clientRequestId = fields.clientRequestId;
        this.date = fields.date;
        this.method = fields.method;
        this.path = fields.path;
    }
    /** Appends what the user should do; returns this for `throw err.withHint(...)`. */
    withHint(hint) {
        this.hint = this.hint ? `${this.hint} ${hint}` : hint;
        this.message = `${this.message}\n${hint}`;
        return this;
    }
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/**
 * Maps a Graph error response (OData body `{"error":{"code","message","innerError":{…}}}`) to a
 * GraphError. With `permission`, a 403 carries `forbiddenHint(permission)`.
 */
function graphErrorFrom(res, ctx) {
    let body = res.data;
    if (typeof body === 'string' && body.trimStart().startsWith('{')) {
        try {
            body = JSON.parse(body);
        }
        catch {
            // not JSON after all
        }
    }
    const error = typeof body === 'object' && body !== null ? body.error : undefined;
    const inner = error?.innerError ?? error?.innererror ?? {};
    const text = typeof body === 'string' ? body.trim() : '';
    const graphMessage = str(error?.message) ?? (text ? text.slice(0, 500) : 'no error details in the response');
    const err = new GraphError({
        status: res.status,
        code: str(error?.code) ?? '',
        innerCode: str(inner.code),
        graphMessage: (0,_action_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .scrub */ ._I)(graphMessage),
        requestId: str(inner['request-id']) ?? str(res.headers['request-id']),
        clientRequestId: str(inner['client-request-id']) ?? str(res.headers['client-request-id']),
        date: str(inner.date) ?? str(res.headers['date']),
        method: ctx.method.toUpperCase(),
        path: ctx.path,
    });
    if (res.status === 403 && ctx.permission)
        err.withHint(forbiddenHint(ctx.permission));
    return err;
}
/** Returns `res` when its status is 2xx, else throws the mapped GraphError. */
function ensureGraphOk(res, ctx) {
    if (res.status >= 200 && res.status < 300)
        return res;
    throw graphErrorFrom(res, ctx);
}
/**
 * msal-node's network module backed by `http`, so token requests honour the proxy, the CA store
 * and the retry rules. Bodies are returned for every status (msal parses OAuth error bodies itself).
 * Every request is `sensitive`: token requests carry the client assertion and return tokens.
 * A transport failure is raised as an msal `AuthError` so msal passes our message on unchanged.
 */
/** `deadline` (epoch ms) bounds msal's requests' retries, e.g. by verify-timeout. */
function createMsalNetworkClient(http, deadline) {
    let lastNetworkError;
    const call = async (method, url, options, timeout) => {
        try {
            const res = await http.request({
                method,
                url,
                service: 'entra',
                headers: options?.headers,
                ...(method === 'POST' ? { form: options?.body ?? '' } : {}),
                sensitive: true,
                ...(timeout ? { timeoutMs: timeout } : {}),
                ...(deadline ? { deadline } : {}),
            });
            return { status: res.status, headers: res.headers, body: res.data };
        }
        catch (error) {
            if (!(error instanceof NetworkError))
                throw error;
            lastNetworkError = error;
            // Loaded here, not at the top: msal rethrows an AuthError as is, anything else as a generic
            // "network error" without our message; the happy path does not need the import.
            const { AuthError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2669));
            throw new AuthError('network_error', options?.correlationId ?? '', error.message);
        }
    };
    return {
        get lastNetworkError() {
            return lastNetworkError;
        },
        sendGetRequestAsync: (url, options, timeout) => call('GET', url, options, timeout),
        sendPostRequestAsync: (url, options) => call('POST', url, options),
    };
}
/* ------------------------------------------------------------------------------------------------
 * fetch adapter (Octokit)
 * ---------------------------------------------------------------------------------------------- */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
/**
 * A `fetch` for libraries that take one (Octokit's `request.fetch`), backed by `http`. Bodies are
 * treated as text (JSON and form APIs); binary uploads are not supported. Requests are `sensitive`
 * because GitHub secret payloads and tokens travel in them.
 */
function createFetch(http, service) {
    return async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        const headers = {};
        new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).forEach((value, name) => {
            headers[name] = value;
        });
        const body = init?.body;
        if (body != null && typeof body !== 'string') {
            throw new TypeError('createFetch supports string request bodies only');
        }
        const raw = await http.send({
            method,
            url,
            service,
            headers,
            ...(body != null ? { body } : {}),
            sensitive: true,
        });
        const response = new Response(NULL_BODY_STATUSES.has(raw.status) ? null : raw.text, {
            status: raw.status,
            headers: raw.headers,
        });
        Object.defineProperty(response, 'url', { value: url });
        return response;
    };
}


/***/ }),

/***/ 8731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/certificate/certificate.ts
var certificate_certificate = __webpack_require__(1624);
// EXTERNAL MODULE: ./src/action/errors.ts
var errors = __webpack_require__(8055);
// EXTERNAL MODULE: ./src/http/http.ts
var http_http = __webpack_require__(8694);
;// CONCATENATED MODULE: ./src/graph/client.ts
/** Typed access to Microsoft Graph v1.0 over the one HTTP stack, with the provisioning app's token. */

/** Errors Entra answers while a new object has not reached every replica yet. */
function isReplicationError(res) {
    if (res.status !== 400 && res.status !== 404)
        return false;
    const error = res.data?.error;
    const text = `${error?.code ?? ''} ${error?.message ?? ''}`;
    return /Request_ResourceNotFound|NoBackingApplicationObject|does not exist|does not reference a valid application object|not present/i.test(text);
}
class GraphClient {
    http;
    endpoint;
    token;
    deadline;
    constructor(http, 
    /** base URL without /v1.0 */
    endpoint, token, 
    /** epoch ms: no retry waits beyond it */
    deadline) {
        this.http = http;
        this.endpoint = endpoint;
        this.token = token;
        this.deadline = deadline;
    }
    get(path, options) {
        return this.call('GET', path, undefined, options);
    }
    patch(path, body, options) {
        return this.call('PATCH', path, body, options);
    }
    post(path, body, options) {
        return this.call('POST', path, body, options);
    }
    async call(method, path, body, options) {
        const token = await this.token();
        const res = await this.http.request({
            method,
            url: `${this.endpoint}/v1.0${path}`,
            service: 'graph',
            headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...options.headers },
            json: body,
            // key credentials carry public keys only, but keep bodies out of logs anyway
            sensitive: true,
            deadline: this.deadline,
            retryWhen: options.afterCreate
                ? (r) => isReplicationError(r) && !(method === 'GET' && options.allowNotFound)
                : undefined,
            // replication waits are bounded by the deadline (verify-timeout), not by an attempt count
            maxAttempts: options.afterCreate ? Infinity : undefined,
        });
        if (res.status >= 200 && res.status < 300)
            return res.status === 204 ? undefined : res.data;
        if (res.status === 404 && options.allowNotFound)
            return undefined;
        throw (0,http_http/* graphErrorFrom */.$I)(res, { method, path, permission: options.permission });
    }
}
/** Quotes a value for an OData key segment or filter: `'` doubles. */
function odataString(value) {
    return `'${value.replace(/'/g, "''")}'`;
}

;// CONCATENATED MODULE: ./src/graph/applications.ts
/** Graph `application` objects: the managed app registration. */

const APP_PERMISSION = 'Application.ReadWrite.OwnedBy (or Application.ReadWrite.All for an app it does not own)';
const SELECT = '$select=id,appId,displayName,uniqueName,requiredResourceAccess,keyCredentials';
function getApplicationByUniqueName(graph, uniqueName) {
    return graph.get(`/applications(uniqueName=${odataString(uniqueName)})?${SELECT}`, {
        permission: APP_PERMISSION,
        allowNotFound: true,
    });
}
function getApplicationByAppId(graph, appId) {
    return graph.get(`/applications(appId=${odataString(appId)})?${SELECT}`, {
        permission: APP_PERMISSION,
        allowNotFound: true,
    });
}
/** Creates the app if no app has this unique name (race-free: the unique name is the key), else updates it. */
async function upsertApplication(graph, uniqueName, body) {
    return graph.patch(`/applications(uniqueName=${odataString(uniqueName)})`, body, {
        permission: 'Application.ReadWrite.OwnedBy',
        headers: { prefer: 'create-if-missing' },
    });
}
/** The key credentials, with their `key` values (Graph returns keys only on `$select`). */
async function getKeyCredentials(graph, id, afterCreate = false) {
    const app = await graph.get(`/applications/${id}?$select=keyCredentials`, {
        permission: APP_PERMISSION,
        afterCreate,
    });
    return app?.keyCredentials ?? [];
}
async function updateApplication(graph, id, body, afterCreate = false) {
    await graph.patch(`/applications/${id}`, body, { permission: APP_PERMISSION, afterCreate });
}

;// CONCATENATED MODULE: ./src/graph/app-role-assignments.ts
/** Microsoft documents both for the grant; reading assignments needs only an application read permission. */
const CONSENT_PERMISSION = 'AppRoleAssignment.ReadWrite.All (with Application.Read.All)';
const READ_PERMISSION = 'Application.Read.All (or AppRoleAssignment.ReadWrite.All)';
async function listAppRoleAssignments(graph, servicePrincipalId) {
    const page = await graph.get(`/servicePrincipals/${servicePrincipalId}/appRoleAssignments`, {
        permission: READ_PERMISSION,
    });
    return page?.value ?? [];
}
/** Grants an app role of `resourceId` to `principalId` (admin consent for an application permission). */
async function grantAppRole(graph, assignment, afterCreate) {
    await graph.post(`/servicePrincipals/${assignment.resourceId}/appRoleAssignedTo`, assignment, {
        permission: CONSENT_PERMISSION,
        afterCreate,
    });
}

;// CONCATENATED MODULE: ./src/graph/role-assignments.ts
/** Directory role assignments (Exchange Administrator or a narrower role) of the managed app's service principal. */

const ROLE_PERMISSION = 'RoleManagement.ReadWrite.Directory';
async function listRoleAssignments(graph, principalId) {
    const filter = encodeURIComponent(`principalId eq ${odataString(principalId)}`);
    const page = await graph.get(`/roleManagement/directory/roleAssignments?$filter=${filter}`, {
        permission: ROLE_PERMISSION,
    });
    return page?.value ?? [];
}
async function assignDirectoryRole(graph, principalId, roleDefinitionId, afterCreate) {
    await graph.post('/roleManagement/directory/roleAssignments', {
        '@odata.type': '#microsoft.graph.unifiedRoleAssignment',
        principalId,
        roleDefinitionId,
        directoryScopeId: '/',
    }, { permission: ROLE_PERMISSION, afterCreate });
}

// EXTERNAL MODULE: ./src/cloud.ts
var cloud = __webpack_require__(1486);
;// CONCATENATED MODULE: ./src/graph/service-principals.ts
/** Graph `servicePrincipal` objects: the managed app's, and Exchange Online's (whose appRoles name the permissions). */


const READ = 'Application.ReadWrite.OwnedBy (or Application.Read.All)';
const service_principals_SELECT = '$select=id,appId,displayName,appRoles';
function getServicePrincipalByAppId(graph, appId) {
    return graph.get(`/servicePrincipals(appId=${odataString(appId)})?${service_principals_SELECT}`, {
        permission: READ,
        allowNotFound: true,
    });
}
async function getExchangeServicePrincipal(graph) {
    return getServicePrincipalByAppId(graph, cloud/* EXCHANGE_APP_ID */.oD);
}
/** Creates the service principal of an app (or finds it, when a concurrent run made it first). */
async function upsertServicePrincipal(graph, appId) {
    const created = await graph.patch(`/servicePrincipals(appId=${odataString(appId)})`, {}, {
        permission: 'Application.ReadWrite.OwnedBy',
        headers: { prefer: 'create-if-missing' },
        afterCreate: true,
    });
    if (created?.id)
        return created;
    // 204: it existed already; read it (it may still be replicating)
    const existing = await graph.get(`/servicePrincipals(appId=${odataString(appId)})?${service_principals_SELECT}`, {
        permission: READ,
        afterCreate: true,
    });
    if (!existing)
        throw new Error(`service principal of ${appId} vanished after its creation`);
    return existing;
}

// EXTERNAL MODULE: ./src/action/mask.ts
var mask = __webpack_require__(1368);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/graph/organization.ts
/** The tenant's initial `.onmicrosoft.com` domain, for `Connect-ExchangeOnline -Organization`. */


async function getInitialDomain(graph) {
    try {
        const page = await graph.get('/organization?$select=verifiedDomains', {
            permission: 'Organization.Read.All',
        });
        const initial = page?.value?.[0]?.verifiedDomains?.find((d) => d.isInitial)?.name;
        if (!initial)
            throw new errors/* ActionError */.l('Graph /organization listed no initial domain. Set the organization input (e.g. contoso.onmicrosoft.com).');
        return initial;
    }
    catch (error) {
        if (error instanceof http_http/* GraphError */.h9 && error.status === 403) {
            throw new errors/* ActionError */.l("The organization could not be read: the provisioning app lacks Graph's Organization.Read.All. Either set the " +
                "'organization' input to the tenant's .onmicrosoft.com domain (or pass it as tenant-id), or grant Organization.Read.All " +
                'to the provisioning app and admin-consent it.', { cause: error });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/observe/observe.ts
/**
 * Reads what exists in the tenant, in as few sequential round trips as the dependencies allow:
 * [app, Exchange SP, organization, existing secrets] → [app's SP] → [consents, role assignments].
 */







const MANAGED_KEY_PREFIX = 'exo-cba ';
function observeKey(key) {
    let thumbprint = '';
    if (key.key)
        thumbprint = (0,external_node_crypto_.createHash)('sha1').update(Buffer.from(key.key, 'base64')).digest('hex').toUpperCase();
    else if (key.customKeyIdentifier)
        thumbprint = Buffer.from(key.customKeyIdentifier, 'base64').toString('hex').toUpperCase();
    return { ...key, thumbprint, managed: (key.displayName ?? '').startsWith(MANAGED_KEY_PREFIX) };
}
function settled(result) {
    if ('error' in result)
        throw result.error;
    return result.found;
}
async function observe(graph, options) {
    // With the app-id input the app's service principal does not wait for the app: one round trip fewer.
    const [app, exchange, organization, secrets, knownServicePrincipal] = await Promise.all([
        options.appId
            ? getApplicationByAppId(graph, options.appId)
            : getApplicationByUniqueName(graph, options.appUniqueName),
        getExchangeServicePrincipal(graph),
        options.organization ? Promise.resolve(options.organization) : getInitialDomain(graph),
        options.listSecrets?.(),
        // settled, not thrown: when the app itself is missing, that is the error to report
        options.appId
            ? getServicePrincipalByAppId(graph, options.appId).then((found) => ({ found }), (error) => ({ error }))
            : undefined,
    ]);
    if (!exchange) {
        throw new errors/* ActionError */.l('The Office 365 Exchange Online service principal (appId 00000002-0000-0ff1-ce00-000000000000) does not exist in this ' +
            'tenant. Exchange Online must be licensed and provisioned in the tenant before app-only access can be set up.');
    }
    if (options.appId && !app) {
        throw new errors/* ActionError */.l(`No application with client ID ${options.appId} is visible to the provisioning app. Check the 'app-id' input; to manage ` +
            'an app it did not create, the provisioning app needs Application.ReadWrite.All (OwnedBy only sees its own apps). ' +
            'Leave app-id empty to let exo-cba create and manage its own app.');
    }
    const observedApp = app
        ? { ...app, keyCredentials: (app.keyCredentials ?? []).map(observeKey) }
        : undefined;
    options.onFirstRound?.({ app: observedApp, exchange });
    const servicePrincipal = !app
        ? undefined
        : knownServicePrincipal
            ? settled(knownServicePrincipal)
            : await getServicePrincipalByAppId(graph, app.appId);
    const [appRoleAssignments, roleAssignments] = servicePrincipal
        ? await Promise.all([
            listAppRoleAssignments(graph, servicePrincipal.id),
            listRoleAssignments(graph, servicePrincipal.id),
        ])
        : [[], []];
    return {
        app: observedApp,
        servicePrincipal,
        exchange,
        appRoleAssignments,
        roleAssignments,
        organization,
        existingSecrets: secrets?.names,
        certificateWrittenAt: secrets?.certificateWrittenAt,
    };
}

;// CONCATENATED MODULE: ./src/apply/key-credentials.ts
/**
 * The app's key credentials, changed safely: `PATCH /applications/{id}` replaces the whole list, so every
 * change starts from a fresh read and is checked by reading back, and a key a concurrent run dropped is
 * put back (DESIGN §4).
 */





/** The body element of a key credential to keep in a keyCredentials PATCH: as Graph returned it, without `key`. */
function keep(key) {
    return {
        keyId: key.keyId,
        type: key.type,
        usage: key.usage,
        displayName: key.displayName,
        customKeyIdentifier: key.customKeyIdentifier,
        startDateTime: key.startDateTime,
        endDateTime: key.endDateTime,
    };
}
function newKey(certificate) {
    return {
        type: 'AsymmetricX509Cert',
        usage: 'Verify',
        displayName: `${MANAGED_KEY_PREFIX}${certificate.thumbprintSha1}`,
        key: certificate.certificateDerBase64,
        ...(0,certificate_certificate.keyCredentialDates)(certificate),
    };
}
const CONCURRENCY_HINT = 'Another run changed the app’s certificates at the same time. Nothing was published; rerun the job, and put exo-cba ' +
    'runs for one app in a `concurrency:` group so they cannot overlap.';
/** After adding: the new key must be on the app, and every key the PATCH was based on must still be there. */
async function checkAdded(graph, appObjectId, issued, base, appCreated) {
    const after = (await getKeyCredentials(graph, appObjectId, appCreated)).map(observeKey);
    if (!after.some((k) => k.thumbprint === issued.thumbprintSha1)) {
        throw new errors/* ActionError */.l(`The new certificate ${issued.thumbprintSha1} is not on the app after adding it. ${CONCURRENCY_HINT}`);
    }
    const missing = base.filter((k) => !after.some((a) => a.keyId === k.keyId));
    if (missing.length) {
        throw new errors/* ActionError */.l(`Key(s) ${missing.map((k) => k.thumbprint || k.keyId).join(', ')} disappeared from the app while exo-cba added its certificate. ${CONCURRENCY_HINT}`);
    }
}
/**
 * Removes exo-cba keys, based on a fresh read so nothing added meanwhile is dropped; never the current one.
 * With `issued` (the certificate this run added and published) the same read does `ensureRegistered`'s job:
 * when a concurrent change dropped that key, the PATCH puts it back.
 */
async function removeKeys(graph, appObjectId, removals, { protect, issued, log }) {
    const current = (await getKeyCredentials(graph, appObjectId)).map(observeKey);
    const doomed = removals.filter((r) => r.thumbprint !== protect && current.some((k) => k.keyId === r.keyId && k.managed));
    const dropped = issued && !current.some((k) => k.thumbprint === issued.thumbprintSha1) ? issued : undefined;
    if (!doomed.length && !dropped)
        return [];
    if (dropped)
        log.warning(droppedWarning(dropped));
    const kept = current.filter((k) => !doomed.some((d) => d.keyId === k.keyId));
    await updateApplication(graph, appObjectId, {
        keyCredentials: [...kept.map(keep), ...(dropped ? [newKey(dropped)] : [])],
    });
    return doomed;
}
function droppedWarning(certificate) {
    return (`Certificate ${certificate.thumbprintSha1} was removed from the app by a concurrent change after exo-cba published it; ` +
        'registering it again. Put exo-cba runs for one app in a `concurrency:` group.');
}
async function isRegistered(graph, appObjectId, certificate) {
    const current = (await getKeyCredentials(graph, appObjectId)).map(observeKey);
    return current.some((k) => k.thumbprint === certificate.thumbprintSha1);
}
/**
 * After publishing: the published key must still be registered. A concurrent run's PATCH (Graph replaces
 * the whole list) can drop it; put it back so every published certificate keeps working.
 */
async function ensureRegistered(graph, appObjectId, certificate, log) {
    const current = (await getKeyCredentials(graph, appObjectId)).map(observeKey);
    if (current.some((k) => k.thumbprint === certificate.thumbprintSha1))
        return;
    log.warning(droppedWarning(certificate));
    await updateApplication(graph, appObjectId, {
        keyCredentials: [...current.map(keep), newKey(certificate)],
    });
}
/**
 * Issues a certificate and adds its key to the app, keeping every key of `base` (a read from at most a
 * round trip ago: PATCH replaces the whole list). The read-back check is returned unawaited so it can
 * overlap the next step; it must settle before the certificate is published.
 */
async function addCertificate(options) {
    const { graph, appObjectId, afterCreate } = options;
    const issued = await (0,certificate_certificate.generateCertificate)(options.certificate);
    (0,mask/* maskCertificate */.w)(issued);
    const base = options.base === 'read' ? (await getKeyCredentials(graph, appObjectId)).map(observeKey) : [];
    await updateApplication(graph, appObjectId, { keyCredentials: [...base.map(keep), newKey(issued)] }, afterCreate);
    const check = checkAdded(graph, appObjectId, issued, base, afterCreate);
    check.catch(() => { }); // the caller awaits it
    return { issued, check };
}

// EXTERNAL MODULE: ./src/secrets/secrets.ts
var secrets = __webpack_require__(360);
;// CONCATENATED MODULE: ./src/plan/plan.ts
/**
 * The plan: a pure function from (settings, observed tenant, now) to ordered stages of steps. Steps in
 * one stage do not depend on each other and run concurrently; stages run in order. The order encodes the
 * rotation rule: add the new key → verify it → publish it → only then remove old keys.
 */




const DAY = 86_400_000;
/**
 * A rotation keeps the published password (when it is strong enough), so the two secrets can never
 * disagree: a run that fails between writing EXO_CERTIFICATE and EXO_CERTIFICATE_PASSWORD would otherwise
 * leave a pair that opens nothing, and every later run would stop at the input check.
 */
function reusablePassword(input) {
    return input && input.password.length >= certificate_certificate.MIN_PASSWORD_LENGTH ? input.password : undefined;
}
/** Maps permission names to the Exchange service principal's app role IDs; unknown names are input errors. */
function resolvePermissions(permissions, exchange) {
    return permissions.map((name) => {
        const role = exchange.appRoles.find((r) => r.value?.toLowerCase() === name.toLowerCase() &&
            r.allowedMemberTypes.includes('Application') &&
            r.isEnabled !== false);
        if (!role?.value) {
            const known = exchange.appRoles
                .filter((r) => r.allowedMemberTypes.includes('Application') && r.value)
                .map((r) => r.value);
            throw new errors/* InputError */.d('permissions', `'${name}' is not an application permission of Office 365 Exchange Online. Use one of: ${known.join(', ')}.`);
        }
        return { permission: role.value, appRoleId: role.id };
    });
}
/** requiredResourceAccess with every wanted Exchange role added, keeping everything else as it is. */
function withExchangeRoles(current, appRoleIds) {
    const value = current.map((r) => ({ ...r, resourceAccess: [...r.resourceAccess] }));
    let exchange = value.find((r) => r.resourceAppId === cloud/* EXCHANGE_APP_ID */.oD);
    if (!exchange) {
        exchange = { resourceAppId: cloud/* EXCHANGE_APP_ID */.oD, resourceAccess: [] };
        value.push(exchange);
    }
    const adds = [];
    for (const id of appRoleIds) {
        if (!exchange.resourceAccess.some((a) => a.id === id && a.type === 'Role')) {
            exchange.resourceAccess.push({ id, type: 'Role' });
            adds.push(id);
        }
    }
    return { value, adds };
}
function keyExpiry(key) {
    return Date.parse(key.endDateTime);
}
/** Reuse or rotate: depends only on the inputs, the app's keys and the time. */
function decideCertificate(settings, keys, appExists, now) {
    const input = settings.certificate;
    const registered = input ? keys.find((k) => k.thumbprint === input.thumbprintSha1) : undefined;
    if (!appExists)
        return { action: 'rotate', reason: 'new-app' };
    if (settings.forceRotate)
        return { action: 'rotate', reason: 'forced', replaces: registered?.thumbprint };
    if (!input)
        return { action: 'rotate', reason: 'no-certificate-input' };
    if (!registered)
        return { action: 'rotate', reason: 'not-registered' };
    const expiresOn = Math.min(input.notAfter.getTime(), keyExpiry(registered));
    // an expired key is no use to anyone: it is removed, not kept as the replaced one
    if (expiresOn <= now.getTime())
        return { action: 'rotate', reason: 'expired' };
    if (expiresOn - now.getTime() <= settings.rotateBeforeDays * DAY) {
        return { action: 'rotate', reason: 'expiring', replaces: registered.thumbprint };
    }
    return { action: 'reuse', thumbprint: registered.thumbprint, expiresOn: new Date(expiresOn) };
}
/** GitHub's clock and ours may differ; a key this close to the last secret write may have been published by it. */
const PUBLISH_MARGIN_MS = 2 * 60_000;
/**
 * A key created after the certificate secret was last written was never published: its run crashed or
 * failed before publishing (a run still in flight re-checks its key before and after publishing).
 * Keys start CLOCK_SKEW_MS before they are created.
 */
function neverPublished(start, publishedAt) {
    return publishedAt !== undefined && start + certificate_certificate.CLOCK_SKEW_MS > publishedAt.getTime() + PUBLISH_MARGIN_MS;
}
/**
 * exo-cba keys to remove, so the app keeps the current key and the one it replaced (for jobs already
 * queued with the old secret). The replaced key is the `certificate` input when this run rotates away from
 * it (it was the published secret until now), else the newest valid exo-cba key older than the current one.
 * Removed: expired keys and keys older than the replaced one. Keys newer than the replaced one that are not
 * current were never published by a finished run: a crashed run's leftovers, or a concurrent run's key not
 * published yet, so they are removed once older than `graceMs`, or at once when the secrets show they were
 * created after the last publication.
 */
function keysToRemove(keys, current, graceMs, now, 
/** when the certificate secret was last written, if secrets are in use */
publishedAt) {
    const managed = keys.filter((k) => k.managed && k.thumbprint !== current.thumbprint);
    const valid = managed.filter((k) => keyExpiry(k) > now.getTime());
    const replaced = current.replaces ? valid.find((k) => k.thumbprint === current.replaces) : undefined;
    // newest first; keys issued in the same second rank by position (exo-cba appends new keys at the end)
    const newestFirst = valid
        .map((k, i) => ({ k, i }))
        .sort((a, b) => Date.parse(b.k.startDateTime) - Date.parse(a.k.startDateTime) || b.i - a.i)
        .map(({ k }) => k);
    const previous = replaced ?? newestFirst.find((k) => Date.parse(k.startDateTime) <= current.start);
    const cutoff = previous ? Date.parse(previous.startDateTime) : current.start;
    const removals = [];
    for (const key of managed) {
        if (key === previous)
            continue;
        const start = Date.parse(key.startDateTime);
        if (keyExpiry(key) <= now.getTime())
            removals.push({ keyId: key.keyId, thumbprint: key.thumbprint, reason: 'expired' });
        // older than the replaced key; one issued in the same second is older only if it comes before it
        else if (start < cutoff || (start === cutoff && previous && keys.indexOf(key) < keys.indexOf(previous)))
            removals.push({ keyId: key.keyId, thumbprint: key.thumbprint, reason: 'superseded' });
        else if (now.getTime() - start > graceMs || neverPublished(start, publishedAt))
            removals.push({ keyId: key.keyId, thumbprint: key.thumbprint, reason: 'orphaned' });
    }
    return removals;
}
function plan_plan(settings, observed, now) {
    const permissions = resolvePermissions(settings.permissions, observed.exchange);
    const app = observed.app;
    const keys = app?.keyCredentials ?? [];
    const stages = [[], [], [], [], [], []];
    const [createStage, appStage, grantStage, verifyStage, publishStage, cleanupStage] = stages;
    const access = withExchangeRoles(app?.requiredResourceAccess ?? [], permissions.map((p) => p.appRoleId));
    if (!app) {
        createStage.push({
            kind: 'create-app',
            uniqueName: settings.appUniqueName,
            displayName: settings.appName,
            requiredResourceAccess: access.value,
            permissions: permissions.map((p) => p.permission),
        });
    }
    else if (access.adds.length) {
        appStage.push({
            kind: 'update-app-permissions',
            requiredResourceAccess: access.value,
            adds: permissions.filter((p) => access.adds.includes(p.appRoleId)).map((p) => p.permission),
        });
    }
    // exo-cba's own app (found by its unique name) follows app-name; an adopted one (app-id) keeps its name
    if (app && !settings.appId && app.displayName !== settings.appName) {
        appStage.push({ kind: 'rename-app', from: app.displayName, displayName: settings.appName });
    }
    if (!observed.servicePrincipal)
        appStage.push({ kind: 'create-service-principal' });
    const certificate = decideCertificate(settings, keys, Boolean(app), now);
    if (certificate.action === 'rotate') {
        appStage.push({
            kind: 'add-certificate',
            reason: certificate.reason,
            subject: settings.certificateSubject,
            validityDays: settings.certificateValidityDays,
            keySize: settings.keySize,
            replaces: certificate.replaces,
        });
    }
    const granted = new Set(observed.appRoleAssignments.filter((a) => a.resourceId === observed.exchange.id).map((a) => a.appRoleId));
    for (const p of permissions) {
        if (!granted.has(p.appRoleId))
            grantStage.push({ kind: 'grant-permission', permission: p.permission, appRoleId: p.appRoleId });
    }
    const assigned = new Set(observed.roleAssignments.filter((a) => a.directoryScopeId === '/').map((a) => a.roleDefinitionId));
    for (const role of settings.roles) {
        if (!assigned.has(role.templateId))
            grantStage.push({ kind: 'assign-role', role });
    }
    const tenantChanges = stages.some((stage) => stage.length > 0);
    if (tenantChanges && settings.verify !== 'none')
        verifyStage.push({ kind: 'verify-certificate', mode: settings.verify });
    if (observed.existingSecrets && settings.secretPrefix !== undefined) {
        const { writes } = (0,secrets.secretsToWrite)({
            existing: observed.existingSecrets,
            prefix: settings.secretPrefix,
            certificateChanged: certificate.action === 'rotate',
            passwordChanged: !reusablePassword(settings.certificate),
            identityChanged: !app,
        });
        const names = writes.map((w) => ({ name: w.name, value: w.key, reason: w.reason }));
        if (names.length)
            publishStage.push({ kind: 'publish-secrets', names });
    }
    // the current key after this run: the input (reuse) or the one about to be added (start ≈ now)
    const current = certificate.action === 'reuse'
        ? {
            thumbprint: certificate.thumbprint,
            start: Date.parse(keys.find((k) => k.thumbprint === certificate.thumbprint).startDateTime),
        }
        : { thumbprint: undefined, start: now.getTime(), replaces: certificate.replaces };
    const graceMs = (settings.verifyTimeoutSeconds + 15 * 60) * 1000;
    // Only a rotating run removes never-published keys at once: rotations share a `concurrency:` group,
    // while jobs that merely use the certificate may run beside a rotation that has not published yet.
    const publishedAt = certificate.action === 'rotate' ? observed.certificateWrittenAt : undefined;
    const removals = keysToRemove(keys, current, graceMs, now, publishedAt);
    if (removals.length)
        cleanupStage.push({ kind: 'remove-certificates', keys: removals });
    return {
        stages: stages.filter((s) => s.length > 0),
        certificate,
        tenantChanges,
        notes: leftoverAccess(settings, observed, permissions.map((p) => p.appRoleId)),
    };
}
/**
 * Directory roles and Exchange permissions the app holds beyond the inputs, e.g. Exchange Administrator
 * left after `roles` was narrowed. exo-cba does not take access away; it says what is left.
 */
function leftoverAccess(settings, observed, wantedRoleIds) {
    const notes = [];
    const wantedRoles = new Set(settings.roles.map((r) => r.templateId));
    for (const assignment of observed.roleAssignments) {
        const name = Object.entries(cloud/* EXCHANGE_SUPPORTED_ROLES */.lz).find(([, id]) => id === assignment.roleDefinitionId)?.[0];
        if (name && !wantedRoles.has(assignment.roleDefinitionId)) {
            notes.push(`The app also holds the directory role ${name}, which is not in 'roles'. exo-cba does not remove role ` +
                'assignments: if it is no longer needed, remove it in the Entra admin center (Roles and administrators).');
        }
    }
    const extra = observed.appRoleAssignments.filter((a) => a.resourceId === observed.exchange.id && !wantedRoleIds.includes(a.appRoleId));
    for (const assignment of extra) {
        const value = observed.exchange.appRoles.find((r) => r.id === assignment.appRoleId)?.value ?? assignment.appRoleId;
        notes.push(`The app also holds the Exchange permission ${value}, which is not in 'permissions'. exo-cba does not revoke ` +
            "consent: if it is no longer needed, remove it under the app's API permissions in the Entra admin center.");
    }
    return notes;
}
const ROTATION_TEXT = {
    'new-app': 'the app is new',
    'no-certificate-input': 'no certificate input was given',
    'not-registered': 'the input certificate is not registered on the app',
    expiring: 'the input certificate expires soon',
    expired: 'the input certificate has expired',
    forced: 'force-rotate is true',
};
function describeStep(step) {
    switch (step.kind) {
        case 'create-app':
            return `create app '${step.displayName}' (unique name ${step.uniqueName}) requesting ${step.permissions.join(', ')}`;
        case 'update-app-permissions':
            return `add required permission(s) ${step.adds.join(', ')} to the app`;
        case 'rename-app':
            return `rename the app from '${step.from}' to '${step.displayName}'`;
        case 'create-service-principal':
            return 'create the service principal of the app';
        case 'add-certificate':
            return (`add a new certificate (${step.subject}, RSA ${step.keySize}, ${step.validityDays} days) because ${ROTATION_TEXT[step.reason]}` +
                (step.replaces ? `; ${step.replaces} stays registered` : ''));
        case 'grant-permission':
            return `grant admin consent for Office 365 Exchange Online ${step.permission}`;
        case 'assign-role':
            return `assign directory role ${step.role.name} (${step.role.templateId})`;
        case 'verify-certificate':
            return step.mode === 'exchange'
                ? 'wait until Exchange Online accepts the certificate and role'
                : 'wait until Entra ID issues an Exchange token with the permissions';
        case 'publish-secrets':
            return `write GitHub secrets ${step.names.map((n) => `${n.name} (${n.reason})`).join(', ')}`;
        case 'remove-certificates':
            return `remove exo-cba certificate(s) ${step.keys.map((k) => `${k.thumbprint} (${k.reason})`).join(', ')}`;
    }
}
function describePlan(p) {
    if (!p.stages.length)
        return ['nothing to change'];
    return p.stages.flatMap((stage, i) => stage.map((step, j) => `${i + 1}${stage.length > 1 ? String.fromCharCode(97 + j) : ''}. ${describeStep(step)}`));
}

;// CONCATENATED MODULE: ./src/apply/apply.ts
/**
 * Carries out a plan: each stage's steps concurrently, stages in order. Every step is idempotent and
 * re-reads where a concurrent run could have changed things, so a rerun after any failure converges.
 */









async function apply(plan, ctx) {
    const { graph, observed, log } = ctx;
    let app = observed.app ? { id: observed.app.id, appId: observed.app.appId } : undefined;
    let servicePrincipalId = observed.servicePrincipal?.id;
    let appCreated = false;
    let spCreated = false;
    let certificate = ctx.inputCertificate;
    let rotated = false;
    let verification;
    let secretsWritten = [];
    let removed = [];
    const changes = [];
    // RSA key generation takes 50-500 ms: start it now so it overlaps the round trips before add-certificate
    const adding = plan.stages.flat().find((s) => s.kind === 'add-certificate');
    const newKeyPem = adding ? (ctx.newKeyPem ?? (0,certificate_certificate.generateRsaKey)(adding.keySize)) : undefined;
    newKeyPem?.catch(() => { }); // awaited, and its error reported, by add-certificate
    // The re-read after adding the key runs alongside the next stage (verification needs nothing from it) and
    // is settled before anything is published or removed: add → (check ∥ verify) → publish → remove.
    let keyCheck;
    const keyLost = new AbortController();
    const settleKeyCheck = async () => {
        const pending = keyCheck;
        keyCheck = undefined;
        await pending;
    };
    // the removal's read (after publishing) found this run's new key registered, or its PATCH put it back:
    // ensureRegistered's separate read is then not needed
    let registeredAfterPublishing = false;
    const requireApp = () => {
        if (!app)
            throw new errors/* ActionError */.l('internal: the app is not known yet');
        return app;
    };
    const run = async (step) => {
        switch (step.kind) {
            case 'create-app': {
                const created = await upsertApplication(graph, step.uniqueName, {
                    displayName: step.displayName,
                    requiredResourceAccess: step.requiredResourceAccess,
                });
                // 204: a concurrent run created it first; both then manage the same app
                const found = created?.id ? created : await getApplicationByUniqueName(graph, step.uniqueName);
                if (!found)
                    throw new errors/* ActionError */.l(`The app '${step.uniqueName}' was created but cannot be read back yet; rerun the job.`);
                app = { id: found.id, appId: found.appId };
                appCreated = true;
                changes.push(`created app '${step.displayName}' (client ID ${found.appId})`);
                return;
            }
            case 'update-app-permissions':
                await updateApplication(graph, requireApp().id, { requiredResourceAccess: step.requiredResourceAccess }, appCreated);
                changes.push(`requested ${step.adds.join(', ')}`);
                return;
            case 'rename-app':
                await updateApplication(graph, requireApp().id, { displayName: step.displayName });
                changes.push(`renamed the app from '${step.from}' to '${step.displayName}'`);
                return;
            case 'create-service-principal': {
                const sp = await upsertServicePrincipal(graph, requireApp().appId);
                servicePrincipalId = sp.id;
                spCreated = true;
                changes.push('created the service principal');
                return;
            }
            case 'add-certificate': {
                const target = requireApp();
                const added = (await ctx.earlyCertificate) ??
                    (await addCertificate({
                        graph,
                        appObjectId: target.id,
                        // PATCH replaces the whole list: start from a fresh read, not from the observation, so a key another
                        // run added meanwhile is kept (the race window shrinks to about one round trip); the read is in
                        // flight while the certificate is built
                        base: appCreated ? 'none' : 'read',
                        certificate: {
                            subject: step.subject,
                            validityDays: step.validityDays,
                            keySize: step.keySize,
                            now: ctx.now(),
                            friendlyName: `exo-cba ${target.appId}`,
                            password: reusablePassword(ctx.inputCertificate),
                            privateKeyPem: newKeyPem,
                        },
                        afterCreate: appCreated,
                    }));
                keyCheck = added.check;
                keyCheck.catch((error) => keyLost.abort(error)); // ends verification's waits; reported by the stage loop
                certificate = added.issued;
                rotated = true;
                changes.push(`added certificate ${added.issued.thumbprintSha1} (expires ${added.issued.notAfter.toISOString()})`);
                return;
            }
            case 'grant-permission':
                if (!servicePrincipalId)
                    throw new errors/* ActionError */.l('internal: no service principal');
                await grantAppRole(graph, { principalId: servicePrincipalId, resourceId: observed.exchange.id, appRoleId: step.appRoleId }, spCreated);
                changes.push(`granted admin consent for ${step.permission}`);
                return;
            case 'assign-role':
                if (!servicePrincipalId)
                    throw new errors/* ActionError */.l('internal: no service principal');
                await assignDirectoryRole(graph, servicePrincipalId, step.role.templateId, spCreated);
                changes.push(`assigned directory role ${step.role.name}`);
                return;
            case 'verify-certificate': {
                if (!certificate)
                    throw new errors/* ActionError */.l('internal: no certificate to verify');
                const verifying = certificate;
                try {
                    verification = await ctx.verify(verifying, requireApp().appId, step.mode, keyLost.signal);
                }
                catch (error) {
                    // the re-read after adding found the key gone and aborted the waits: that is the error to report
                    if (keyLost.signal.aborted)
                        throw keyLost.signal.reason;
                    // a concurrent run's PATCH can drop the new key while it is being verified: say so, not "wait longer"
                    const gone = rotated &&
                        (await isRegistered(graph, requireApp().id, verifying).then((registered) => !registered, () => false));
                    if (gone) {
                        throw new errors/* ActionError */.l(`The new certificate ${verifying.thumbprintSha1} was removed from the app while exo-cba verified it. ${CONCURRENCY_HINT}`, { cause: error });
                    }
                    throw error;
                }
                return;
            }
            case 'publish-secrets': {
                if (!ctx.secrets || !certificate)
                    return;
                const values = {
                    APP_ID: requireApp().appId,
                    TENANT_ID: ctx.tenantId,
                    ORGANIZATION: observed.organization,
                    CERTIFICATE: certificate.pfxBase64,
                    CERTIFICATE_PASSWORD: certificate.password,
                    CERTIFICATE_THUMBPRINT: certificate.thumbprintSha1,
                };
                const subset = Object.fromEntries(step.names.map((n) => [n.value, values[n.value]]));
                secretsWritten = await ctx.secrets.write(subset);
                changes.push(`wrote GitHub secrets ${secretsWritten.join(', ')}`);
                return;
            }
            case 'remove-certificates':
                try {
                    removed = await removeKeys(graph, requireApp().id, step.keys, {
                        protect: certificate?.thumbprintSha1,
                        issued: rotated ? certificate : undefined,
                        log,
                    });
                    registeredAfterPublishing = rotated;
                }
                catch (error) {
                    // the published certificate works and is in place; failing the job now would only stop the jobs that need it
                    log.warning(`Could not remove old certificate(s) ${step.keys.map((k) => k.thumbprint).join(', ')} from the app: ` +
                        `${error instanceof Error ? error.message : String(error)}. They stay registered (nothing breaks); the next run removes them.`);
                    return;
                }
                if (removed.length)
                    changes.push(`removed certificate(s) ${removed.map((k) => `${k.thumbprint} (${k.reason})`).join(', ')}`);
                return;
        }
    };
    for (const stage of plan.stages) {
        // the certificate is published (outputs, file) only once it is registered and verified, before secrets are written
        if (stage.some((s) => s.kind === 'publish-secrets' || s.kind === 'remove-certificates')) {
            await settleKeyCheck();
            if (certificate && app)
                await ctx.onCertificate?.(certificate, app.appId);
        }
        const check = keyCheck;
        keyCheck = undefined;
        await Promise.all([
            check,
            ...stage.map((step) => run(step).catch((error) => explain(error, step, appCreated))),
        ]);
    }
    await settleKeyCheck();
    if (rotated && certificate && app && !registeredAfterPublishing)
        await ensureRegistered(graph, app.id, certificate, log);
    const final = requireApp();
    if (!servicePrincipalId)
        throw new errors/* ActionError */.l('internal: no service principal after apply');
    if (!certificate)
        throw new errors/* ActionError */.l('internal: no certificate after apply');
    return {
        appObjectId: final.id,
        appId: final.appId,
        servicePrincipalId,
        certificate,
        rotated,
        verification,
        secretsWritten,
        removed,
        changes,
    };
}
const APP_WRITES = new Set([
    'update-app-permissions',
    'rename-app',
    'create-service-principal',
    'add-certificate',
    'remove-certificates',
]);
/** A 403 on an app this run did not create: OwnedBy covers only apps the provisioning app owns. */
function explain(error, step, appCreated) {
    if (error instanceof http_http/* GraphError */.h9 && error.status === 403 && APP_WRITES.has(step.kind) && !appCreated) {
        throw new errors/* ActionError */.l(`Graph refused to change the app (${error.code}, request-id ${error.requestId ?? 'n/a'}). With ` +
            'Application.ReadWrite.OwnedBy the provisioning app may change only apps it owns, i.e. the ones it created. To manage ' +
            "an app made elsewhere (the 'app-id' input), grant the provisioning app Application.ReadWrite.All and admin-consent it, " +
            'or add its service principal as an owner of the app. Nothing in this step was changed.', { cause: error });
    }
    throw error;
}

// EXTERNAL MODULE: ./src/auth/auth.ts
var auth = __webpack_require__(2614);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/action/event-guard.ts
/** exo-cba holds tenant-wide admin power: refuse workflow events where untrusted code could reach it. */


function assertTrustedEvent(env = process.env) {
    const event = env.GITHUB_EVENT_NAME;
    if (event === 'pull_request_target') {
        throw new errors/* ActionError */.l('exo-cba refuses to run on pull_request_target: that event runs with the base repository’s secrets and OIDC ' +
            'permission for code a pull request may control, and exo-cba administers the tenant. Run it on push, ' +
            'schedule or workflow_dispatch instead.');
    }
    if ((event === 'pull_request' || event === 'pull_request_review') && env.GITHUB_EVENT_PATH) {
        let payload;
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            return; // no payload to judge by; GitHub gives forks no OIDC token anyway
        }
        const head = payload.pull_request?.head?.repo;
        const base = payload.pull_request?.base?.repo?.full_name;
        if (head === null || head?.fork || (head?.full_name && base && head.full_name !== base)) {
            throw new errors/* ActionError */.l(`exo-cba refuses to run for a pull request from a fork (${head?.full_name ?? 'a deleted repository'}): code from ` +
                'outside the repository must not reach tenant administration. Run it on push, schedule or workflow_dispatch.');
        }
    }
}

;// CONCATENATED MODULE: ./src/plan/permissions.ts
/**
 * Checks, before the first write, that the provisioning app's Graph token carries every application
 * permission the plan's writes need. A missing one fails the run with nothing changed, instead of a 403
 * half way through.
 */

function needs(plan) {
    const kinds = new Set(plan.stages.flat().map((s) => s.kind));
    const result = [];
    const appWrites = [
        'create-app',
        'update-app-permissions',
        'rename-app',
        'create-service-principal',
        'add-certificate',
        'remove-certificates',
    ];
    if (appWrites.some((k) => kinds.has(k))) {
        result.push({
            permissions: ['Application.ReadWrite.OwnedBy', 'Application.ReadWrite.All'],
            for: 'creating and updating the app, its service principal and its certificates',
        });
    }
    if (kinds.has('grant-permission'))
        result.push({ permissions: ['AppRoleAssignment.ReadWrite.All'], for: 'granting admin consent' });
    if (kinds.has('assign-role'))
        result.push({ permissions: ['RoleManagement.ReadWrite.Directory'], for: 'assigning the directory role' });
    return result;
}
const APP_READ = ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All'];
/**
 * Throws when a needed permission is missing. Returns a warning when the plan grants consent without an
 * application read permission: Microsoft documents Application.Read.All next to
 * AppRoleAssignment.ReadWrite.All for that call, and some tenants answer 403 without it.
 */
function assertGraphPermissions(plan, roles, clientId) {
    const granted = new Set(Array.isArray(roles) ? roles.map(String) : []);
    const missing = needs(plan).filter((n) => !n.permissions.some((p) => granted.has(p)));
    if (!missing.length) {
        const grants = plan.stages.flat().some((s) => s.kind === 'grant-permission');
        if (grants && !APP_READ.some((p) => granted.has(p))) {
            return (`The provisioning app (client-id ${clientId}) has no Application.Read.All; Microsoft documents it alongside ` +
                'AppRoleAssignment.ReadWrite.All for granting admin consent. If the consent step fails with 403, grant Application.Read.All.');
        }
        return undefined;
    }
    const lines = missing.map((n) => `  - ${n.permissions.join(' or ')} (for ${n.for})`);
    throw new errors/* ActionError */.l(`The provisioning app (client-id ${clientId}) lacks Microsoft Graph application permission(s) this run needs; nothing was changed:\n` +
        `${lines.join('\n')}\n` +
        `Its token carries: ${granted.size ? [...granted].sort().join(', ') : 'no application permissions'}.\n` +
        'Grant them: Entra admin center → App registrations → the provisioning app → API permissions → Add a permission → ' +
        "Microsoft Graph → Application permissions, then 'Grant admin consent'. New consent reaches tokens within minutes.");
}
/** Whether the token holds every write permission any plan can need (main.ts starts a rotation early then). */
function holdsEveryWritePermission(roles) {
    const granted = new Set(Array.isArray(roles) ? roles.map(String) : []);
    return ((granted.has('Application.ReadWrite.OwnedBy') || granted.has('Application.ReadWrite.All')) &&
        granted.has('AppRoleAssignment.ReadWrite.All') &&
        granted.has('RoleManagement.ReadWrite.Directory'));
}

;// CONCATENATED MODULE: ./src/apply/early-rotation.ts
/**
 * A rotation of an existing app depends only on the inputs and the app's keys, which the first observe
 * round reads: the add-certificate step can then start while the service principal and assignments are
 * still being read (two round trips fewer). The plan decides the same from the same data, and apply's
 * add-certificate step awaits what started here. It starts only when nothing can refuse the run later
 * for want of a Graph permission or a bad input, so a refused run never leaves a key behind.
 */




function startEarlyRotation(options) {
    const { settings, app } = options;
    if (settings.dryRun || !holdsEveryWritePermission(options.roles))
        return undefined;
    try {
        resolvePermissions(settings.permissions, options.exchange);
    }
    catch {
        return undefined; // the plan reports it
    }
    if (decideCertificate(settings, app.keyCredentials, true, options.now()).action !== 'rotate')
        return undefined;
    const newKeyPem = options.newKeyPem ?? (0,certificate_certificate.generateRsaKey)(settings.keySize);
    const added = addCertificate({
        graph: options.graph,
        appObjectId: app.id,
        base: 'read',
        certificate: {
            subject: settings.certificateSubject,
            validityDays: settings.certificateValidityDays,
            keySize: settings.keySize,
            now: options.now(),
            friendlyName: `exo-cba ${app.appId}`,
            password: reusablePassword(settings.certificate),
            privateKeyPem: newKeyPem,
        },
        afterCreate: false,
    });
    added.catch(() => { }); // awaited by apply's add-certificate step
    return { added, newKeyPem };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/publish/install-certificate.ts
/**
 * `install-certificate: true`: on Windows runners, import the PFX into Cert:\CurrentUser\My so
 * `Connect-ExchangeOnline -CertificateThumbprint` works as on a workstation; the post step removes
 * it again, private key included.
 *
 * The key goes into a legacy CryptoAPI provider (CSP) on purpose: the ExchangeOnlineManagement
 * module cannot sign with a CNG (KSP) key. "Microsoft Enhanced RSA and AES Cryptographic Provider"
 * is the CSP that can make SHA-256 signatures.
 *
 * Command lines are built by pure functions and run through an injected `exec`, so they are
 * testable anywhere. The PFX password is a separate argument and masked by describeCommand().
 */


const KEY_PROVIDER = 'Microsoft Enhanced RSA and AES Cryptographic Provider';
const STORE = 'Cert:\\CurrentUser\\My';
const NON_WINDOWS_WARNING = "install-certificate has no effect on this runner: the Windows certificate store, and with it Connect-ExchangeOnline -CertificateThumbprint, exists only on Windows. Connect with -CertificateFilePath (output 'certificate-path') and -CertificatePassword (ConvertTo-SecureString 'certificate-password' -AsPlainText -Force) instead, or run the job on a Windows runner.";
const THUMBPRINT = /^[0-9A-F]{40}$/;
const EXEC_TIMEOUT_MS = 120_000;
/**
 * certutil [-f] [-user] [-p Password] [-csp Provider] -importPFX [Store] PFXFile [Modifiers]
 * -f replaces an earlier import of the same certificate; -user targets CurrentUser instead of
 * LocalMachine; NoExport keeps the key from being exported again; NoRoot keeps certutil from adding
 * the self-signed certificate to the trusted roots (which would raise a confirmation dialog).
 */
function importCommand(pfxPath, password) {
    return {
        program: 'certutil.exe',
        args: [
            '-f',
            '-user',
            '-p',
            password,
            '-csp',
            KEY_PROVIDER,
            '-importPFX',
            'My',
            pfxPath,
            'NoExport,NoRoot',
        ],
        secrets: [password],
    };
}
/** certutil -user -store My <thumbprint>: lists the certificate with its key provider. */
function verifyCommand(thumbprint) {
    return {
        program: 'certutil.exe',
        args: ['-user', '-store', 'My', normalizeThumbprint(thumbprint)],
        secrets: [],
    };
}
/**
 * Remove-Item -DeleteKey deletes the certificate and its private key container; removing only the
 * certificate (certutil -delstore) is not documented to delete the key, which would leave it on a
 * self-hosted runner's disk. Absent already is fine: the post step may run after a failed import.
 */
function removeCommand(thumbprint) {
    const path = `${STORE}\\${normalizeThumbprint(thumbprint)}`;
    const script = `$p = '${path}'; if (Test-Path -LiteralPath $p) { Remove-Item -LiteralPath $p -DeleteKey -ErrorAction Stop }`;
    return {
        program: 'powershell.exe',
        args: ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script],
        secrets: [],
    };
}
/** The command line for logs, every secret replaced by ***. */
function describeCommand(command) {
    return [command.program, ...command.args]
        .map((part) => (command.secrets.includes(part) ? '***' : quote(maskSecrets(part, command.secrets))))
        .join(' ');
}
async function installCertificate(options) {
    const thumbprint = normalizeThumbprint(options.thumbprint);
    if ((options.platform ?? process.platform) !== 'win32')
        return { installed: false, warning: NON_WINDOWS_WARNING };
    const exec = options.exec ?? execCommand;
    const importing = importCommand(options.pfxPath, options.password);
    const imported = await run(exec, importing, 'certutil');
    if (imported.exitCode !== 0) {
        throw new errors/* ActionError */.l(`Importing the certificate into ${STORE} failed: ${describeCommand(importing)} exited with ${imported.exitCode}${details(imported, importing.secrets)}. ` +
            "Check that the runner's user profile is loaded (the job must not run as a service account without one), or set install-certificate: false and connect with -CertificateFilePath.");
    }
    const verifying = verifyCommand(thumbprint);
    const listed = await run(exec, verifying, 'certutil');
    if (listed.exitCode !== 0) {
        throw new errors/* ActionError */.l(`certutil reported success, but certificate ${thumbprint} is not in ${STORE} (${describeCommand(verifying)} exited with ${listed.exitCode}${details(listed, [])}). ` +
            'Set install-certificate: false and connect with -CertificateFilePath instead.');
    }
    const storePath = `${STORE}\\${thumbprint}`;
    if (!listed.stdout.includes(KEY_PROVIDER)) {
        return {
            installed: true,
            storePath,
            warning: `Certificate ${thumbprint} is in ${STORE}, but certutil did not show its key in "${KEY_PROVIDER}". If Connect-ExchangeOnline -CertificateThumbprint fails, connect with -CertificateFilePath instead.`,
        };
    }
    return { installed: true, storePath };
}
async function removeInstalledCertificate(options) {
    const thumbprint = normalizeThumbprint(options.thumbprint);
    if ((options.platform ?? process.platform) !== 'win32')
        return { removed: false, warning: NON_WINDOWS_WARNING };
    const removing = removeCommand(thumbprint);
    const result = await run(options.exec ?? execCommand, removing, 'powershell.exe');
    if (result.exitCode !== 0) {
        throw new ActionError(`Removing certificate ${thumbprint} and its private key from ${STORE} failed (exit code ${result.exitCode}${details(result, [])}). ` +
            `On a self-hosted runner remove it by hand: Remove-Item -LiteralPath '${STORE}\\${thumbprint}' -DeleteKey`);
    }
    return { removed: true };
}
/** execFile without a shell: arguments reach the program as they are, quoting done by Node. */
const execCommand = (program, args) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_.execFile)(program, [...args], { windowsHide: true, timeout: EXEC_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error === null)
            return resolve({ exitCode: 0, stdout, stderr });
        const failure = error;
        if (typeof failure.code === 'number')
            return resolve({ exitCode: failure.code, stdout, stderr });
        if (failure.killed) {
            return resolve({
                exitCode: -1,
                stdout,
                stderr: `${stderr}\n(stopped after ${EXEC_TIMEOUT_MS / 1000} s)`,
            });
        }
        reject(error);
    });
    // Nothing is ever typed in: a program that prompts reads end-of-file instead of hanging.
    child.stdin?.end();
});
async function run(exec, command, name) {
    try {
        return await exec(command.program, command.args);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ActionError */.l(code === 'ENOENT'
            ? `${name} was not found on this runner; it ships with Windows. Set install-certificate: false and connect with -CertificateFilePath instead.`
            : `Running ${describeCommand(command)} failed: ${maskSecrets(error instanceof Error ? error.message : String(error), command.secrets)}`);
    }
}
function normalizeThumbprint(thumbprint) {
    const normalized = thumbprint.replace(/[\s:]/g, '').toUpperCase();
    if (!THUMBPRINT.test(normalized)) {
        throw new Error(`'${thumbprint}' is not a SHA-1 certificate thumbprint (40 hexadecimal characters).`);
    }
    return normalized;
}
function details(result, secrets) {
    const output = maskSecrets(`${result.stderr}\n${result.stdout}`, secrets)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .slice(-5)
        .join(' | ');
    return output === '' ? '' : `: ${output}`;
}
function maskSecrets(text, secrets) {
    return secrets
        .filter((secret) => secret !== '')
        .reduce((masked, secret) => masked.split(secret).join('***'), text);
}
function quote(part) {
    return /[\s"]/.test(part) ? `"${part.replace(/"/g, '\\"')}"` : part;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/action/state-names.ts
/** Names of the state the main step saves for the post step. */
const STATE_PFX_PATH = 'pfx-path';
const STATE_INSTALLED_THUMBPRINT = 'installed-thumbprint';

;// CONCATENATED MODULE: ./src/publish/report.ts
/** What the user sees: outputs, the PFX file, the log lines and the job summary. Never a secret value. */





/** Writes the PFX under RUNNER_TEMP (mode 0600); the post step deletes it. */
function writePfxFile(certificate, env = process.env) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'exo-cba-'));
    const path = (0,external_node_path_.join)(dir, 'exchange-online.pfx');
    (0,external_node_fs_.writeFileSync)(path, Buffer.from(certificate.pfxBase64, 'base64'), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(path, 0o600);
    core/* saveState */.LZ(STATE_PFX_PATH, path);
    return path;
}
function setIdentityOutputs(identity) {
    core/* setOutput */.uH('app-id', identity.appId);
    if (identity.appObjectId)
        core/* setOutput */.uH('app-object-id', identity.appObjectId);
    if (identity.servicePrincipalId)
        core/* setOutput */.uH('service-principal-id', identity.servicePrincipalId);
    core/* setOutput */.uH('tenant-id', identity.tenantId);
    core/* setOutput */.uH('organization', identity.organization);
    core/* setOutput */.uH('exchange-environment-name', identity.exchangeEnvironmentName);
}
function setCertificateOutputs(certificate, path) {
    core/* setOutput */.uH('certificate-thumbprint', certificate.thumbprintSha1);
    core/* setOutput */.uH('certificate-thumbprint-sha256', certificate.thumbprintSha256);
    core/* setOutput */.uH('certificate-expires-on', certificate.notAfter.toISOString());
    core/* setOutput */.uH('certificate-path', path);
    core/* setOutput */.uH('certificate', certificate.pfxBase64);
    core/* setOutput */.uH('certificate-password', certificate.password);
}
function setResultOutputs(result) {
    core/* setOutput */.uH('rotated', String(result.rotated));
    core/* setOutput */.uH('verified', result.verified);
    core/* setOutput */.uH('changed', String(result.changed));
}
function days(until, now) {
    return Math.floor((until.getTime() - now.getTime()) / 86_400_000);
}
function verificationText(verified, verification) {
    switch (verified) {
        case 'exchange':
            return `Exchange Online accepted the certificate (${verification?.seconds ?? 0} s)`;
        case 'token':
            return (`Entra ID issued an Exchange token with the permissions (${verification?.seconds ?? 0} s)` +
                (verification?.fallbackReason
                    ? `; the Exchange check was skipped: ${verification.fallbackReason}`
                    : ''));
        case 'none':
            return 'not verified (verify: none)';
        case 'unchanged':
            return 'nothing changed, nothing to verify';
    }
}
async function writeSummary(facts, now) {
    const { settings, identity, certificate } = facts;
    const summary = core/* summary */.z
        .addHeading('Exchange Online app-only access', 2)
        .addRaw(facts.changes.length
        ? `<p>${facts.changes.length} change(s) made.</p>`
        : '<p>Nothing changed: everything was already in place.</p>')
        .addTable([
        [
            { data: 'What', header: true },
            { data: 'Value', header: true },
        ],
        ['App', `${settings.appName} — client ID <code>${identity.appId}</code>`],
        ['Tenant', `<code>${identity.tenantId}</code>`],
        ['Organization', `<code>${identity.organization}</code> (${identity.exchangeEnvironmentName})`],
        ['Permissions', settings.permissions.join(', ')],
        ['Directory roles', settings.roles.map((r) => r.name).join(', ')],
        [
            'Certificate',
            `<code>${certificate.thumbprintSha1}</code>, expires ${certificate.notAfter.toISOString()} (in ${days(certificate.notAfter, now)} days)` +
                (facts.rotated ? ' — <strong>new in this run</strong>' : ''),
        ],
        ['Verified', verificationText(facts.verified, facts.verification)],
        ['GitHub secrets written', facts.secretsWritten.length ? facts.secretsWritten.join(', ') : 'none'],
    ]);
    if (facts.changes.length)
        summary.addHeading('Changes', 3).addList(facts.changes);
    if (facts.planLines)
        summary.addHeading('Plan (dry run — nothing was changed)', 3).addList(facts.planLines);
    await summary.write();
}
async function writeDryRunSummary(settings, planLines) {
    await core/* summary */.z
        .addHeading('Exchange Online app-only access — dry run', 2)
        .addRaw(`<p>App <code>${settings.appUniqueName}</code>: nothing was changed. The plan:</p>`)
        .addList(planLines)
        .write();
}

;// CONCATENATED MODULE: ./src/publish/publish.ts
/**
 * Hands the certificate to the job: the PFX file under RUNNER_TEMP, the outputs and, on Windows with
 * install-certificate, the user's certificate store. Runs once per run, after verification.
 */




function certificatePublisher(settings, env) {
    let published = false;
    return async (certificate, appId) => {
        if (published)
            return;
        published = true;
        const path = writePfxFile(certificate, env);
        setCertificateOutputs(certificate, path);
        if (settings.installCertificate) {
            const installed = await installCertificate({
                pfxPath: path,
                password: certificate.password,
                thumbprint: certificate.thumbprintSha1,
            });
            if (installed.warning)
                core/* warning */.$e(installed.warning);
            if (installed.installed)
                core/* saveState */.LZ(STATE_INSTALLED_THUMBPRINT, certificate.thumbprintSha1);
        }
        core/* debug */.Yz(`published certificate ${certificate.thumbprintSha1} for app ${appId}`);
    };
}

;// CONCATENATED MODULE: ./src/main.ts
/** run(): sign in → observe → plan → apply (verify, publish) → report. The pipeline, nothing else. */














const log = { info: core/* info */.pq, warning: core/* warning */.$e, debug: core/* debug */.Yz };
async function main_run(options) {
    const { settings } = options;
    const env = options.env ?? process.env;
    const now = options.now ?? (() => new Date());
    assertTrustedEvent(env);
    const http = new http_http/* HttpClient */.Qq({ env, log });
    try {
        await provision(settings, http, env, now);
    }
    finally {
        http.close();
    }
}
async function provision(settings, http, env, now) {
    const deadline = Date.now() + settings.verifyTimeoutSeconds * 1000;
    // without a certificate input, or with force-rotate, a new key is certain: generate it (50-500 ms, off the
    // event loop) while signing in and observing instead of after
    let newKeyPem = !settings.dryRun && (!settings.certificate || settings.forceRotate)
        ? (0,certificate_certificate.generateRsaKey)(settings.keySize)
        : undefined;
    newKeyPem?.catch(() => { }); // awaited, and its error reported, by apply's add-certificate
    const oidc = new auth/* GitHubOidcTokenSource */.Pf(http, settings.audience, env);
    oidc.assertAvailable();
    const signIn = (0,auth/* createTokenClient */.Tf)({
        authorityHost: settings.authorityHost,
        tenantId: settings.tenantId,
        clientId: settings.clientId,
        credential: { kind: 'oidc', source: oidc },
        http,
    });
    const cached = (0,auth/* cachedToken */.KQ)(signIn, settings.cloud.graphResource);
    const graphToken = async () => {
        try {
            return await cached();
        }
        catch (error) {
            throw (0,auth/* signInError */.vE)(error, {
                clientId: settings.clientId,
                tenantId: settings.tenantId,
                oidc: oidc.lastClaims,
            });
        }
    };
    const signingIn = graphToken();
    // the secrets client and the GitHub client it imports on first use load while signing in: the first
    // Graph reads list the secrets, and loading them then would delay those reads
    const secretsModule = settings.secrets ? Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 360)) : undefined;
    if (settings.secrets)
        __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)).catch(() => { }); // imported (and failures reported) by secrets.js
    secretsModule?.catch(() => { }); // awaited below
    const signedIn = await signingIn;
    const tenantId = String(signedIn.claims.tid ?? settings.tenantId);
    const graph = new GraphClient(http, settings.graphEndpoint, async () => (await graphToken()).accessToken, deadline);
    let secrets;
    if (settings.secrets && secretsModule) {
        const { createSecretsClient } = await secretsModule;
        secrets = createSecretsClient({
            token: settings.secrets.token,
            target: settings.secrets.target,
            http,
            log,
            env,
        });
    }
    const planSettings = { ...settings, secretPrefix: settings.secrets?.target.prefix };
    let earlyCertificate;
    const observed = await observe(graph, {
        appUniqueName: settings.appUniqueName,
        appId: settings.appId,
        organization: settings.organization,
        listSecrets: secrets ? () => secrets.existing() : undefined,
        onFirstRound: ({ app, exchange }) => {
            if (!app)
                return;
            const early = startEarlyRotation({
                settings: planSettings,
                app,
                exchange,
                roles: signedIn.claims.roles,
                graph,
                now,
                newKeyPem,
            });
            if (early)
                ({ added: earlyCertificate, newKeyPem } = early);
        },
    });
    const plan = plan_plan(planSettings, observed, now());
    const planLines = describePlan(plan);
    core/* info */.pq(`Plan:\n${planLines.map((l) => `  ${l}`).join('\n')}`);
    for (const note of plan.notes)
        core/* warning */.$e(note);
    const identity = (appId, appObjectId, servicePrincipalId) => ({
        appId,
        appObjectId,
        servicePrincipalId,
        tenantId,
        organization: observed.organization,
        exchangeEnvironmentName: settings.cloud.exchangeEnvironmentName,
    });
    if (settings.dryRun) {
        // a dry run reports what a real run would be refused, without failing
        try {
            const warning = assertGraphPermissions(plan, signedIn.claims.roles, settings.clientId);
            if (warning)
                core/* warning */.$e(warning);
        }
        catch (error) {
            core/* warning */.$e(error.message.replace('; nothing was changed', ''));
        }
        core/* info */.pq('dry-run: true — nothing was changed.');
        if (observed.app)
            setIdentityOutputs(identity(observed.app.appId, observed.app.id, observed.servicePrincipal?.id));
        setResultOutputs({ rotated: false, verified: 'unchanged', changed: false });
        await writeDryRunSummary(settings, planLines);
        return;
    }
    const permissionWarning = assertGraphPermissions(plan, signedIn.claims.roles, settings.clientId);
    if (permissionWarning)
        core/* warning */.$e(permissionWarning);
    if (plan.certificate.action === 'rotate' && plan.certificate.reason === 'no-certificate-input') {
        core/* warning */.$e('No certificate input was given, so a new certificate is issued (a private key cannot be read back from Entra ID). ' +
            'Pass the published one next time: certificate: ${{ secrets.EXO_CERTIFICATE }} and certificate-password: ${{ secrets.EXO_CERTIFICATE_PASSWORD }}.');
    }
    const publish = certificatePublisher(settings, env);
    // verification runs only after a change: load its module then, while apply's first requests are in flight
    const verifier = plan.stages.flat().some((s) => s.kind === 'verify-certificate')
        ? __webpack_require__.e(/* import() */ 152).then(__webpack_require__.bind(__webpack_require__, 2152))
        : undefined;
    verifier?.catch(() => { }); // awaited by ctx.verify
    const result = await apply(plan, {
        graph,
        observed,
        tenantId,
        inputCertificate: settings.certificate,
        now,
        log,
        secrets,
        onCertificate: publish,
        newKeyPem,
        earlyCertificate,
        verify: async (certificate, appId, mode, signal) => {
            if (!verifier)
                throw new Error('internal: verification was not planned');
            const { verifyCertificate } = await verifier;
            return verifyCertificate({
                // an aborted signal (the new key turned out to be gone) ends the wait between attempts: the run fails anyway
                sleep: (ms) => (0,promises_.setTimeout)(ms, undefined, { signal }),
                mode,
                tenantId,
                authorityHost: settings.authorityHost,
                appId,
                organization: observed.organization,
                exchangeEndpoint: settings.exchangeEndpoint,
                exchangeResource: settings.cloud.exchangeResource,
                permissions: resolvePermissions(settings.permissions, observed.exchange).map((p) => p.permission),
                roles: settings.roles,
                certificate,
                timeoutSeconds: settings.verifyTimeoutSeconds,
                http,
                log,
            });
        },
    });
    await publish(result.certificate, result.appId);
    const changed = result.changes.length > 0;
    const verified = result.verification?.method ?? (plan.tenantChanges ? 'none' : 'unchanged');
    setIdentityOutputs(identity(result.appId, result.appObjectId, result.servicePrincipalId));
    setResultOutputs({ rotated: result.rotated, verified, changed });
    if (changed)
        core/* info */.pq(`Changed:\n${result.changes.map((c) => `  - ${c}`).join('\n')}`);
    else
        core/* info */.pq(`Nothing changed: app ${result.appId} is set up; certificate ${result.certificate.thumbprintSha1} is valid until ${result.certificate.notAfter.toISOString()}.`);
    await writeSummary({
        settings,
        identity: identity(result.appId, result.appObjectId, result.servicePrincipalId),
        certificate: result.certificate,
        rotated: result.rotated,
        verified,
        verification: result.verification,
        changes: result.changes,
        secretsWritten: result.secretsWritten,
    }, now());
}


/***/ }),

/***/ 360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SECRET_KEYS: () => (/* binding */ SECRET_KEYS),
/* harmony export */   SecretsError: () => (/* binding */ SecretsError),
/* harmony export */   createSecretsClient: () => (/* binding */ createSecretsClient),
/* harmony export */   describeTarget: () => (/* binding */ describeTarget),
/* harmony export */   isLikelyGitHubToken: () => (/* binding */ isLikelyGitHubToken),
/* harmony export */   secretName: () => (/* binding */ secretName),
/* harmony export */   secretsToWrite: () => (/* binding */ secretsToWrite)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8055);
/* harmony import */ var _http_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8694);
/**
 * Publishes the certificate and the app's identity as GitHub Actions encrypted secrets (DESIGN §7).
 *
 * - Octokit from `@actions/github`, with a `fetch` built on the one HTTP stack (proxy, CA, retries,
 *   GitHub's rate limits). `@actions/github` and libsodium are loaded with `import()` only when a run
 *   has a `github-token`, so runs without one do not pay for them at start-up.
 * - Values are sealed with libsodium's `crypto_box_seal` for the scope's public key, fetched per run.
 *   A PUT refused with 422 (the key rotated since it was fetched) refetches the key once.
 * - `write` throws on any failed write and never reports a partial write as success: the caller
 *   removes old certificates only after it resolves.
 * - Nothing logged or thrown here carries a value: only secret names, scopes and GitHub's messages.
 */


/** The six secrets, in the order they are listed and written. */
const SECRET_KEYS = [
    'APP_ID',
    'TENANT_ID',
    'ORGANIZATION',
    'CERTIFICATE',
    'CERTIFICATE_PASSWORD',
    'CERTIFICATE_THUMBPRINT',
];
const CERTIFICATE_KEYS = new Set([
    'CERTIFICATE',
    'CERTIFICATE_PASSWORD',
    'CERTIFICATE_THUMBPRINT',
]);
const IDENTITY_KEYS = new Set(['APP_ID', 'TENANT_ID', 'ORGANIZATION']);
/** A GitHub call failed; the message says what to do. Never carries a secret value. */
class SecretsError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l {
    /** HTTP status GitHub answered, when there was one */
    status;
    /** the secret being written, when the failure is about one */
    secret;
    constructor(message, options) {
        super(message, { cause: options?.cause });
        this.name = 'SecretsError';
        this.status = options?.status;
        this.secret = options?.secret;
    }
}
/**
 * GitHub stores secret names in upper case and compares them case-insensitively, so names are
 * upper-cased everywhere (a `secret-prefix` of `exo_` lists back as `EXO_…`).
 */
function secretName(prefix, key) {
    return `${prefix}${key}`.toUpperCase();
}
/**
 * What to write: every secret whose value changed this run (certificate rotated → CERTIFICATE and
 * CERTIFICATE_THUMBPRINT, and CERTIFICATE_PASSWORD unless the rotation kept the password; app created →
 * APP_ID, TENANT_ID, ORGANIZATION) plus every secret that does not exist yet. Pure.
 */
function secretsToWrite(input) {
    const existing = new Set([...input.existing].map((n) => n.toUpperCase()));
    const writes = [];
    for (const key of SECRET_KEYS) {
        const name = secretName(input.prefix, key);
        const changed = key === 'CERTIFICATE_PASSWORD'
            ? input.certificateChanged && (input.passwordChanged ?? true)
            : (input.certificateChanged && CERTIFICATE_KEYS.has(key)) ||
                (input.identityChanged && IDENTITY_KEYS.has(key));
        if (!existing.has(name))
            writes.push({ name, key, reason: 'missing' });
        else if (changed)
            writes.push({ name, key, reason: 'changed' });
    }
    return { writes };
}
/* ------------------------------------------------------------------------------------------------
 * Telling the workflow's GITHUB_TOKEN apart
 * ---------------------------------------------------------------------------------------------- */
/** The GitHub Actions app on github.com; the workflow's GITHUB_TOKEN is an installation token of it. */
const GITHUB_ACTIONS_APP_ID = '15368';
/**
 * Whether `token` is probably the workflow's own GITHUB_TOKEN (which can never write secrets), as
 * opposed to a GitHub App installation token. Both start with `ghs_`, so the prefix alone cannot tell.
 * The signals, none of which needs a request:
 * - GitHub's stateless installation-token format `ghs_<app id>_<jwt>` (rolled out from April 2026)
 *   carries the app ID, and 15368 is the GitHub Actions app on github.com (not on GHES);
 * - the token equals `GITHUB_TOKEN` in the step's environment (the runner does not set it, but
 *   workflows commonly do with `env: GITHUB_TOKEN: ${{ github.token }}`).
 * It is consulted only to word a 403, and the message still names the alternative.
 */
function isLikelyGitHubToken(token, env = process.env) {
    if (!token.startsWith('ghs_'))
        return false;
    if (token.startsWith(`ghs_${GITHUB_ACTIONS_APP_ID}_`))
        return true;
    return env.GITHUB_TOKEN !== undefined && env.GITHUB_TOKEN !== '' && env.GITHUB_TOKEN === token;
}
function tokenKind(token) {
    if (token.startsWith('ghs_'))
        return 'github-app';
    if (token.startsWith('github_pat_'))
        return 'fine-grained';
    if (token.startsWith('ghp_'))
        return 'classic';
    if (token.startsWith('gho_') || token.startsWith('ghu_'))
        return 'oauth';
    return 'unknown';
}
function scopeFacts(target) {
    switch (target.scope) {
        case 'repository':
            return {
                where: `repository ${target.repository}`,
                permission: 'Repository permissions → Secrets: Read and write',
                appPermission: 'secrets: write',
                appInput: 'permission-secrets: write',
                classicScope: 'repo',
            };
        case 'environment':
            return {
                where: `environment '${target.environment}' of ${target.repository}`,
                permission: 'Repository permissions → Environments: Read and write',
                appPermission: 'environments: write',
                appInput: 'permission-environments: write',
                classicScope: 'repo',
            };
        case 'organization':
            return {
                where: `organization ${target.organization}`,
                permission: 'Organization permissions → Secrets: Read and write',
                appPermission: 'organization_secrets: write',
                appInput: 'permission-organization-secrets: write',
                classicScope: 'admin:org',
            };
    }
}
const GITHUB_TOKEN_CANNOT = 'can never write Actions secrets (no `permissions:` entry grants it): ' +
    'pass a GitHub App installation token (actions/create-github-app-token) or a fine-grained personal access token instead.';
function describeFailure(failure, ctx) {
    const facts = scopeFacts(ctx.target);
    const kind = tokenKind(ctx.token);
    const said = failure.message ? ` GitHub said: “${failure.message.replace(/\.$/, '')}”.` : '';
    const requestId = failure.headers['x-github-request-id']
        ? ` (x-github-request-id ${failure.headers['x-github-request-id']})`
        : '';
    const head = `${ctx.action} in ${facts.where} failed: ${failure.status}.${said}${requestId}`;
    const accepted = failure.headers['x-accepted-github-permissions'];
    const needs = accepted ? ` GitHub reports the call needs: ${accepted}.` : '';
    if (failure.status === 401) {
        return (`${head} The github-token is invalid or expired. GitHub App installation tokens expire after one hour: ` +
            `create the token in the same job, right before this step (actions/create-github-app-token). ` +
            `A personal access token may have expired or been revoked: generate a new one and update the secret that holds it.`);
    }
    if (isRateLimit(failure)) {
        const reset = Number(failure.headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
        return `${head} GitHub’s rate limit for this token is exhausted${when}: rerun the workflow later; every write is idempotent.`;
    }
    if (failure.status === 403) {
        const sso = failure.headers['x-github-sso'];
        if (sso) {
            const url = /url=(\S+)/.exec(sso)?.[1];
            return `${head} The organization uses SAML single sign-on: authorize the token for it${url ? ` at ${url}` : ''}.`;
        }
        const appFix = `give the GitHub App the permission ${facts.appPermission} (“${facts.permission}”), accept the new permission on its installation, ` +
            `and install it on ${ctx.target.scope === 'organization' ? `the organization ${ctx.target.organization}` : ctx.target.repository}` +
            ` (with actions/create-github-app-token, also set ${facts.appInput} if you list permissions).`;
        switch (kind) {
            case 'github-app':
                if (isLikelyGitHubToken(ctx.token, ctx.env)) {
                    return `${head} The github-token looks like the workflow’s GITHUB_TOKEN, which ${GITHUB_TOKEN_CANNOT}${needs} If it is in fact a GitHub App token: ${appFix}`;
                }
                return `${head} The GitHub App token lacks a permission: ${appFix}${needs} If this is the workflow’s GITHUB_TOKEN instead: it ${GITHUB_TOKEN_CANNOT}`;
            case 'fine-grained':
                return (`${head} The fine-grained personal access token lacks “${facts.permission}”${ctx.target.scope === 'organization' ? '' : ` on ${ctx.target.repository}`}: ` +
                    `edit the token (Settings → Developer settings → Personal access tokens → Fine-grained tokens), ` +
                    `${ctx.target.scope === 'organization' ? `choose ${ctx.target.organization} as resource owner, ` : `select the repository under Repository access, `}` +
                    `grant the permission, and make sure an organization administrator approved the token if the organization requires it.${needs}`);
            case 'classic':
            case 'oauth':
                return `${head} The token needs the ${facts.classicScope} scope and its user needs admin access to the ${ctx.target.scope === 'organization' ? 'organization' : 'repository'}. A GitHub App token or a fine-grained token with “${facts.permission}” is the safer choice.`;
            default:
                return `${head} Use a GitHub App installation token with ${facts.appPermission} or a fine-grained personal access token with “${facts.permission}”.${needs}`;
        }
    }
    if (failure.status === 404) {
        const what = ctx.target.scope === 'organization'
            ? `The organization ${ctx.target.organization} does not exist or the token cannot act on it`
            : ctx.target.scope === 'environment'
                ? `The repository ${ctx.target.repository} or its environment '${ctx.target.environment}' does not exist (create it under Settings → Environments), or the token cannot see the repository`
                : `The repository ${ctx.target.repository} does not exist or the token cannot see it`;
        const fix = kind === 'github-app'
            ? ctx.target.scope === 'organization'
                ? 'install the GitHub App on that organization'
                : 'install the GitHub App on that repository (or on all repositories) and create the token for the installation that owns it (actions/create-github-app-token: owner/repositories)'
            : kind === 'fine-grained'
                ? ctx.target.scope === 'organization'
                    ? 'create the token with the organization as resource owner'
                    : 'create the token with the repository’s owner as resource owner and select the repository under Repository access'
                : kind === 'classic'
                    ? `a classic token needs the ${facts.classicScope} scope to see private ${ctx.target.scope === 'organization' ? 'organizations’ secrets' : 'repositories'}`
                    : 'check the secret-repository / secret-organization inputs and the token’s access';
        return `${head} ${what}: check the spelling of secret-repository, secret-environment and secret-organization, and ${fix}.`;
    }
    if (failure.status === 422) {
        return `${head} GitHub refused the value; rerun the workflow (the public key is fetched again on every run).`;
    }
    return `${head} Rerun the workflow; every write is idempotent.`;
}
/**
 * GitHub rate limits: 429, or 403 with `retry-after` (secondary limits) or `x-ratelimit-remaining: 0`
 * (primary limit). The HTTP stack already retries 429; this teaches it GitHub's 403 forms.
 */
function isRateLimit(res) {
    if (res.status === 429)
        return true;
    if (res.status !== 403)
        return false;
    return res.headers['retry-after'] !== undefined || res.headers['x-ratelimit-remaining'] === '0';
}
/* ------------------------------------------------------------------------------------------------
 * Octokit on the one HTTP stack
 * ---------------------------------------------------------------------------------------------- */
/**
 * A `fetch` for Octokit backed by `HttpClient`: proxy, CA and retries apply, and GitHub's 403 rate
 * limits are retried like 429. Every request is `sensitive` (tokens and sealed values travel in them).
 */
function githubFetch(http) {
    return async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const method = (init?.method ?? 'GET').toUpperCase();
        const headers = { 'x-github-api-version': '2022-11-28' };
        new Headers(init?.headers).forEach((value, name) => {
            headers[name] = value;
        });
        const body = init?.body;
        if (body != null && typeof body !== 'string')
            throw new TypeError('GitHub requests carry JSON text bodies only');
        const res = await http.request({
            method,
            url,
            service: 'github',
            headers,
            ...(body != null ? { body } : {}),
            sensitive: true,
            retryWhen: isRateLimit,
        });
        const text = res.status === 204 || res.data === undefined
            ? null
            : typeof res.data === 'string'
                ? res.data
                : JSON.stringify(res.data);
        const response = new Response(text === '' ? null : text, { status: res.status, headers: res.headers });
        Object.defineProperty(response, 'url', { value: url });
        return response;
    };
}
function failureOf(error) {
    const e = error;
    if (!e?.response || typeof e.response.status !== 'number')
        return undefined;
    const headers = {};
    for (const [k, v] of Object.entries(e.response.headers ?? {}))
        if (v !== undefined)
            headers[k.toLowerCase()] = String(v);
    const data = e.response.data;
    const message = typeof data === 'object' && data && typeof data.message === 'string'
        ? data.message
        : typeof data === 'string'
            ? data.slice(0, 300)
            : '';
    // GitHub's messages are short and never echo request bodies; collapse whitespace for one log line.
    return { status: e.response.status, message: message.replace(/\s+/g, ' ').trim(), headers };
}
function splitRepository(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('secret-repository', `'${repository}' is not owner/name; give the repository as e.g. contoso/exchange-automation.`);
    }
    return { owner, repo };
}
function validateTarget(target) {
    if (target.scope === 'environment' && !target.environment) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('secret-environment', 'is required when secret-scope is environment; name the environment, e.g. production.');
    }
    if (target.scope === 'organization' && !target.organization) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('secret-organization', 'is required when secret-scope is organization.');
    }
    if (target.scope !== 'organization')
        splitRepository(target.repository);
    for (const key of SECRET_KEYS) {
        const name = secretName(target.prefix, key);
        if (!/^[A-Z_][A-Z0-9_]*$/.test(name) || name.startsWith('GITHUB_')) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('secret-prefix', `'${target.prefix}' makes the secret name '${name}', which GitHub refuses: names use letters, digits and _ only, ` +
                `must not start with a digit or GITHUB_. Use e.g. EXO_.`);
        }
    }
}
/** Describes the target for log lines: names and places only. */
function describeTarget(target) {
    return scopeFacts(target).where;
}
function createSecretsClient(options) {
    const { token, target, http } = options;
    const env = options.env ?? process.env;
    const apiUrl = (options.apiUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    const noop = () => { };
    const log = options.log ?? { info: noop, warning: noop, debug: noop };
    validateTarget(target);
    const where = describeTarget(target);
    let octokit;
    const client = () => (octokit ??= __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)).then(({ getOctokit }) => getOctokit(token, {
        baseUrl: apiUrl,
        request: { fetch: githubFetch(http) },
        log: {
            debug: noop,
            info: noop,
            warn: (m) => log.warning(m),
            error: (m) => log.warning(m),
        },
    })));
    /** Runs one GitHub call, turning every failure into a SecretsError that says what to do. */
    const call = async (action, fn, secret) => {
        try {
            return await fn(await client());
        }
        catch (error) {
            throw toSecretsError(error, action, secret);
        }
    };
    const toSecretsError = (error, action, secret) => {
        if (error instanceof SecretsError)
            return error;
        const failure = failureOf(error);
        if (failure) {
            return new SecretsError(describeFailure(failure, { action, target, token, env }), {
                status: failure.status,
                secret,
            });
        }
        const cause = error?.cause;
        if (cause instanceof _http_http_js__WEBPACK_IMPORTED_MODULE_1__/* .NetworkError */ .Dr)
            return new SecretsError(`${action} in ${where} failed: ${cause.message}`, { secret, cause });
        // Octokit wraps transport errors; their messages come from the HTTP stack, which scrubs them.
        const message = error instanceof Error ? error.message : String(error);
        return new SecretsError(`${action} in ${where} failed: ${message}`, { secret });
    };
    // Validated above: repository and environment scope have owner/name, organization scope an org.
    const { owner, repo } = target.scope === 'organization' ? { owner: '', repo: '' } : splitRepository(target.repository);
    const org = target.organization ?? '';
    const environment_name = target.environment ?? '';
    const fetchKey = () => call('Reading the secrets public key', async (o) => {
        const res = target.scope === 'repository'
            ? await o.rest.actions.getRepoPublicKey({ owner, repo })
            : target.scope === 'environment'
                ? await o.rest.actions.getEnvironmentPublicKey({ owner, repo, environment_name })
                : await o.rest.actions.getOrgPublicKey({ org });
        const { key_id, key } = res.data;
        if (typeof key_id !== 'string' || typeof key !== 'string')
            throw new SecretsError(`GitHub returned no public key for ${where}.`);
        log.debug(`Secrets: public key ${key_id} of ${where}`);
        return { key_id, key };
    });
    const list = () => call('Listing secrets', async (o) => {
        const secrets = target.scope === 'repository'
            ? await o.paginate(o.rest.actions.listRepoSecrets, { owner, repo, per_page: 100 })
            : target.scope === 'environment'
                ? await o.paginate(o.rest.actions.listEnvironmentSecrets, {
                    owner,
                    repo,
                    environment_name,
                    per_page: 100,
                })
                : await o.paginate(o.rest.actions.listOrgSecrets, { org, per_page: 100 });
        return secrets.map((s) => ({ name: s.name.toUpperCase(), updatedAt: Date.parse(s.updated_at) }));
    });
    const put = (name, sealed, keyId) => call(`Writing secret ${name}`, async (o) => {
        const body = { secret_name: name, encrypted_value: sealed, key_id: keyId };
        if (target.scope === 'repository')
            await o.rest.actions.createOrUpdateRepoSecret({ owner, repo, ...body });
        else if (target.scope === 'environment') {
            await o.rest.actions.createOrUpdateEnvironmentSecret({ owner, repo, environment_name, ...body });
        }
        else
            await o.rest.actions.createOrUpdateOrgSecret({ org, visibility: 'private', ...body });
    }, name);
    // The key is read while observing (in parallel with the list), so a write needs only the PUTs.
    let key;
    const currentKey = () => (key ??= fetchKey().catch((error) => {
        key = undefined; // a failed read is not cached
        throw error;
    }));
    return {
        async existing() {
            const [listed] = await Promise.all([list(), currentKey()]);
            const ours = new Set(SECRET_KEYS.map((k) => secretName(target.prefix, k)));
            const found = new Set(listed.map((s) => s.name).filter((n) => ours.has(n)));
            // a run that failed between writing EXO_CERTIFICATE and EXO_CERTIFICATE_THUMBPRINT left the
            // thumbprint behind; count it as missing so the next run writes it (writes of one run are seconds apart)
            const updated = (key) => listed.find((s) => s.name === secretName(target.prefix, key))?.updatedAt ?? NaN;
            const thumbprint = secretName(target.prefix, 'CERTIFICATE_THUMBPRINT');
            if (updated('CERTIFICATE_THUMBPRINT') < updated('CERTIFICATE') - 60_000) {
                log.info(`${thumbprint} is older than ${secretName(target.prefix, 'CERTIFICATE')}: it will be written again.`);
                found.delete(thumbprint);
            }
            log.debug(`Secrets: ${found.size} of ${ours.size} exist in ${where}`);
            const written = updated('CERTIFICATE');
            return { names: found, certificateWrittenAt: Number.isNaN(written) ? undefined : new Date(written) };
        },
        async write(values) {
            const entries = SECRET_KEYS.filter((k) => values[k] !== undefined).map((k) => ({
                name: secretName(target.prefix, k),
                value: values[k],
            }));
            if (entries.length === 0)
                return [];
            const [sodium, first] = await Promise.all([loadSodium(), currentKey()]);
            const seal = (value, k) => sodium.to_base64(sodium.crypto_box_seal(sodium.from_string(value), sodium.from_base64(k.key, sodium.base64_variants.ORIGINAL)), sodium.base64_variants.ORIGINAL);
            const attempt = async (batch, k) => {
                // Concurrent PUTs: a rotation writes three secrets, and a round trip each would exceed the
                // run's budget (DESIGN §9). Six small writes stay far below GitHub's secondary limits.
                const results = await Promise.allSettled(batch.map((e) => put(e.name, seal(e.value, k), k.key_id)));
                return batch.map((e, i) => ({ ...e, result: results[i] }));
            };
            let outcomes = await attempt(entries, first);
            const stale = outcomes.filter((o) => o.result.status === 'rejected' && o.result.reason.status === 422);
            if (stale.length > 0) {
                // The key rotated since it was read: read it once more and reseal what was refused.
                log.info(`Secrets: GitHub refused the sealed value for ${stale.map((s) => s.name).join(', ')} (422); reading the public key again`);
                key = undefined;
                const fresh = await currentKey();
                const retried = await attempt(stale, fresh);
                outcomes = outcomes.map((o) => retried.find((r) => r.name === o.name) ?? o);
            }
            const written = outcomes.filter((o) => o.result.status === 'fulfilled').map((o) => o.name);
            const failed = outcomes.filter((o) => o.result.status === 'rejected');
            if (failed.length > 0) {
                const firstError = failed[0].result.reason;
                const partial = written.length > 0 ? ` Written before the failure: ${written.join(', ')}.` : '';
                const others = failed.length > 1
                    ? ` Also not written: ${failed
                        .slice(1)
                        .map((f) => f.name)
                        .join(', ')}.`
                    : '';
                // the 5xx wording already says to rerun; do not say it twice
                const rerun = /rerun/i.test(firstError.message) ? '' : '; rerun the workflow to finish publishing';
                throw new SecretsError(`${firstError.message}${others}${partial} The old certificate stays registered${rerun}.`, { status: firstError.status, secret: firstError.secret, cause: firstError });
            }
            log.info(`Secrets: wrote ${written.join(', ')} to ${where}`);
            return written;
        },
    };
}
/** libsodium (WebAssembly) loads only when a run writes secrets. */
async function loadSodium() {
    const { default: sodium } = await __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768));
    await sodium.ready;
    return sodium;
}


/***/ })

};
