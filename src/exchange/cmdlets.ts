/**
 * Running an Exchange cmdlet through the admin API (`POST {exchange}/adminapi/beta/{tenant}/InvokeCommand`, the
 * REST call ExchangeOnlineManagement, CIPP, ScubaGear and go-exoscc make), with the regional redirect followed by
 * hand. A cmdlet error comes back in the OData envelope with the real text and exception type in
 * `error.details[].message`, itself JSON (go-exoscc invoke.go); a 2xx may still carry `error` (go-exoscc).
 */
import { randomUUID } from 'node:crypto';
import { ActionError } from '../action/errors.js';
import type { HttpClient } from '../http/client.js';
import { sendToExchange } from './redirects.js';

/** The mailbox ExchangeOnlineManagement anchors app-only admin API calls to. */
export const APP_ONLY_ANCHOR = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';

export interface ExchangeTarget {
  http: HttpClient;
  endpoint: string;
  tenantId: string;
  /** the tenant's .onmicrosoft.com domain, for the anchor mailbox */
  organization: string;
  token: () => Promise<string>;
  /** epoch ms: no retry of a request beyond it */
  deadline: number;
}

/** A cmdlet Exchange refused: its status, exception type and message. */
export class CmdletError extends ActionError {
  constructor(
    readonly cmdlet: string,
    readonly status: number,
    readonly typeName: string,
    readonly exchangeMessage: string,
  ) {
    super(`Exchange refused ${cmdlet} (${status}${typeName ? ` ${typeName}` : ''}): ${exchangeMessage}`);
    this.name = 'CmdletError';
  }

  /** "already exists" (New-ServicePrincipal twice): the state is as wanted. */
  get alreadyExists(): boolean {
    return /AlreadyExists/.test(this.typeName) || /already exist/i.test(this.exchangeMessage);
  }

  /** "already a member" (Add-RoleGroupMember twice). */
  get alreadyMember(): boolean {
    return /MemberAlreadyExists/.test(this.typeName) || /already a member/i.test(this.exchangeMessage);
  }

  /** not a member (Remove-RoleGroupMember of one who is not): the state is as wanted. */
  get notMember(): boolean {
    return (
      /MemberNotFound/.test(this.typeName) || /isn't a member|is not a member/i.test(this.exchangeMessage)
    );
  }

  /** the object named does not exist (yet): 404, ManagementObjectNotFoundException, "couldn't be found". */
  get notFound(): boolean {
    return (
      this.status === 404 ||
      /ObjectNotFound/.test(this.typeName) ||
      /couldn't be found|not found/i.test(this.exchangeMessage)
    );
  }

  /** RBAC does not let the caller run this cmdlet (401 in 2021, 403 in go-exoscc's fixture). */
  get notAllowed(): boolean {
    return (
      (this.status === 401 || this.status === 403) &&
      /is not allowed to call|not present in the role definition|isn't supported in this scenario/i.test(
        this.exchangeMessage,
      )
    );
  }
}

interface Envelope {
  value?: Record<string, unknown>[];
  error?: { message?: string; details?: { message?: string }[]; innererror?: { message?: string } };
}

/** The cmdlet's error text and exception type, from `details[].message` (JSON) first, as CIPP reads it. */
function errorOf(envelope: Envelope): { message: string; typeName: string } {
  const detail = envelope.error?.details?.[0]?.message;
  if (typeof detail === 'string') {
    try {
      const inner = JSON.parse(detail) as { Message?: unknown; TypeName?: unknown };
      return {
        message: typeof inner.Message === 'string' ? inner.Message : detail,
        typeName: typeof inner.TypeName === 'string' ? inner.TypeName : '',
      };
    } catch {
      return { message: detail, typeName: '' };
    }
  }
  return {
    message: envelope.error?.innererror?.message ?? envelope.error?.message ?? 'no error details',
    typeName: '',
  };
}

/** Runs `cmdlet` with `parameters`; returns its output objects, or throws a CmdletError. */
export async function invokeCmdlet(
  target: ExchangeTarget,
  cmdlet: string,
  parameters: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const endpoint = target.endpoint.replace(/\/+$/, '');
  const answer = await sendToExchange(target.http, endpoint, {
    method: 'POST',
    url: `${endpoint}/adminapi/beta/${encodeURIComponent(target.tenantId)}/InvokeCommand`,
    headers: {
      authorization: `Bearer ${await target.token()}`,
      'x-anchormailbox': `UPN:${APP_ONLY_ANCHOR}@${target.organization}`,
      'client-request-id': randomUUID(),
      'x-cmdletname': cmdlet,
      'x-clientapplication': 'ExoManagementModule',
      'x-responseformat': 'json',
      prefer: 'odata.maxpagesize=1000',
    },
    json: { CmdletInput: { CmdletName: cmdlet, Parameters: parameters } },
    deadline: target.deadline,
  });
  if (answer.refused !== undefined) throw new CmdletError(cmdlet, 0, '', answer.refused);
  const { response } = answer;
  const envelope = (typeof response.data === 'object' && response.data ? response.data : {}) as Envelope;
  if (response.status >= 300 || envelope.error) {
    const { message, typeName } = errorOf(envelope);
    throw new CmdletError(cmdlet, response.status, typeName, message);
  }
  return Array.isArray(envelope.value) ? envelope.value : [];
}
