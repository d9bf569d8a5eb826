export const id = 973;
export const ids = [973];
export const modules = {

/***/ 7973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ISSUED_TOKENS_LIVE: () => (/* binding */ ISSUED_TOKENS_LIVE),
/* harmony export */   revoke: () => (/* binding */ revoke)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8055);
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8770);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8043);
/* harmony import */ var _graph_service_principals_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4879);
/* harmony import */ var _publish_html_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3638);
/**
 * The revoke entry, for an emergency (a leaked certificate or token): the provisioning app disables the managed
 * app's service principal, so Entra issues no new token to it — certificate or federated — from that moment.
 * Tokens issued before stay valid until they expire; the run says how long, and how to restore the app.
 */






/**
 * How long tokens issued before the revoke may live: access tokens last 60–90 minutes ("a random value ranging
 * between 60-90 minutes (75 minutes on average)", Entra access-tokens.md), and continuous access evaluation for
 * workload identities covers only Microsoft Graph (concept-continuous-access-evaluation-workload.md), not Exchange.
 */
const ISSUED_TOKENS_LIVE = 'up to 90 minutes (Entra issues app-only access tokens for 60–90 minutes)';
const REVOKE_BUDGET_SECONDS = 120;
async function revoke(settings, run) {
    const { session, graph } = await (0,_clients_js__WEBPACK_IMPORTED_MODULE_3__/* .asProvisioningApp */ .Zf)(settings, run, REVOKE_BUDGET_SECONDS);
    const sp = await (0,_graph_service_principals_js__WEBPACK_IMPORTED_MODULE_4__/* .getServicePrincipalByAppId */ .zb)(graph, settings.appId);
    if (!sp)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`App ${settings.appId} has no service principal in tenant ${session.tenantId}: no token can be issued to it. ` +
            "Check the 'app-id' input (the managed app's client ID, secret EXO_APP_ID). Nothing was changed.");
    const restore = 'To restore the app once the leak is dealt with, run the bootstrap once with enable-app: true and force-rotate: ' +
        'true: it enables the app and replaces the leaked certificate (a plain bootstrap leaves a revoked app disabled).';
    const wasEnabled = sp.accountEnabled;
    if (wasEnabled && !settings.dryRun)
        await (0,_graph_service_principals_js__WEBPACK_IMPORTED_MODULE_4__/* .setServicePrincipalEnabled */ .hQ)(graph, sp.id, false);
    const done = !wasEnabled
        ? `App ${sp.displayName} (${settings.appId}) was already disabled: Entra issues it no token.`
        : settings.dryRun
            ? `dry-run: true — app ${sp.displayName} (${settings.appId}) would be disabled; nothing was changed.`
            : `Disabled app ${sp.displayName} (${settings.appId}): from now on Entra issues it no token, with a certificate or a GitHub OIDC token.`;
    const lifetime = `Tokens issued to it before live ${ISSUED_TOKENS_LIVE}: Exchange Online accepts them until they expire.`;
    run.log.info(`${done}\n${lifetime}\n${restore}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('changed', String(wasEnabled && !settings.dryRun));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('service-principal-id', sp.id);
    await (0,_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJobSummary */ .j)((s) => s
        .addHeading('Exchange Online app revoked', 2)
        .addRaw(`<p>${(0,_publish_html_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .Z)(done)}</p>\n<p>${(0,_publish_html_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .Z)(lifetime)}</p>\n<p>${(0,_publish_html_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeHtml */ .Z)(restore)}</p>\n`));
}


/***/ })

};
