export const id = 593;
export const ids = [593];
export const modules = {

/***/ 593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   afterFailure: () => (/* binding */ afterFailure)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _action_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8592);
/* harmony import */ var _alarm_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(423);
/* harmony import */ var _expiry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(360);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6966);
/**
 * After a failed run (the entry's catch): the expiry of the certificate still published (the input, as
 * nothing new was published) — output, annotation, summary line — and the alarm issue. Never throws: the
 * step has failed already, with its own message.
 */





const log = { info: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, warning: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e, debug: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz };
async function afterFailure(settings, error, message, env = process.env) {
    try {
        const input = settings.certificate;
        // an ExpiryError is this very judgement, announced by the run that threw it
        if (input && !settings.remove && !(error instanceof _expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .ExpiryError */ .kn)) {
            const expiry = (0,_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeExpiry */ .BF)(input, {
                ...settings,
                rotated: false,
                now: new Date(),
                cause: 'this run failed (see the error above)',
            });
            (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .announceExpiry */ .pI)(expiry);
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z
                .addRaw(`<p>Published certificate <code>${input.thumbprintSha1}</code>: ${(0,_expiry_js__WEBPACK_IMPORTED_MODULE_2__/* .expiryLine */ .c$)(expiry)}.</p>`)
                .write();
        }
        await (0,_alarm_js__WEBPACK_IMPORTED_MODULE_1__/* .raiseAlarm */ .ye)(settings, message, { env, log });
    }
    catch (failure) {
        log.warning(`exo-cba could not report the failure further: ${(0,_action_log_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(failure)}`);
    }
}


/***/ })

};
