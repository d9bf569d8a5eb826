/**
 * Endpoints and well-known IDs per Microsoft cloud. Nothing cloud-specific lives anywhere else.
 *
 * Every cloud requests Exchange.ManageAsApp of Office 365 Exchange Online (00000002-…). GCC High and DoD also
 * request Exchange.ManageAsApp of Microsoft Exchange Online Protection (00000007-…): Microsoft's app-only guide
 * has GCC High / DoD admins put exactly that resource in the app manifest ("Microsoft 365 GCC High or DoD
 * environments have access to Security & Compliance PowerShell only", MicrosoftDocs/office-docs-powershell
 * app-only-auth-powershell-v2.md, ms.date 03/11/2026), and cisagov/ScubaGear requires it next to the
 * commercial one there (ScubaGearApiCatalog.json: "Microsoft Exchange Online Protection app id is required
 * for gcchigh/DoD environments"). Role IDs are read from each service principal's `appRoles` at run time;
 * the app IDs only recognise the resources. UNVERIFIED: that the 00000007 service principal exists in every
 * GCC High / DoD tenant (ScubaGear assumes it does; exo-cba warns when it does not).
 */
export type CloudName = 'public' | 'usgov' | 'usgovdod' | 'china';
export const CLOUD_NAMES: CloudName[] = ['public', 'usgov', 'usgovdod', 'china'];

export interface Cloud {
  name: CloudName;
  /** Entra ID sign-in host */
  loginHost: string;
  /** Microsoft Graph base URL, without /v1.0 */
  graphEndpoint: string;
  /** token audience of Graph (the `.default` scope is built from it) */
  graphResource: string;
  /** Exchange Online base URL of the admin API */
  exchangeEndpoint: string;
  /** token audience of Exchange Online */
  exchangeResource: string;
  /** `Connect-ExchangeOnline -ExchangeEnvironmentName` */
  exchangeEnvironmentName: string;
  /**
   * token audience for `Connect-IPPSSession -AccessToken` (Security & Compliance). In the commercial cloud it is a
   * servicePrincipalName of Office 365 Exchange Online (00000002-…), so the app's Exchange.ManageAsApp carries
   * it: CIPP (New-ExoRequest.ps1 `-Compliance -AsApp`), go-exoscc (adminapi/client.go `SCC`) and ScubaGear
   * (`Get-ComplianceScope`) request app-only tokens for it. GCC High and DoD: ScubaGear's
   * `ps.compliance.protection.office365.us` for both (a DoD host `l5.` is where the session goes, not the
   * audience). China: only the ConnectionUri is documented; the host is the natural one, UNVERIFIED.
   */
  complianceResource: string;
  /**
   * What `Connect-IPPSSession` needs besides the token outside the commercial cloud (Microsoft's app-only guide,
   * app-only-auth-powershell-v2.md, "require the following extra parameters"). DoD's ConnectionUri is written
   * two ways in Microsoft's docs: the guide says `https://compliance.dod.microsoft.com/powershell-liveid` (since
   * 2025-08), the cmdlet reference (Connect-IPPSSession.md) and every public client found say
   * `https://l5.ps.compliance.protection.office365.us/powershell-liveid/`; the cmdlet reference's is used.
   */
  complianceConnection?: { connectionUri: string; authorizationEndpoint: string };
  /** a resource whose Exchange.ManageAsApp is requested and consented next to Exchange Online's */
  protectionResource?: ProtectionResource;
}

export interface ProtectionResource {
  appId: string;
  name: string;
}

export const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
export const EXCHANGE_ONLINE_PROTECTION: ProtectionResource = {
  appId: '00000007-0000-0ff1-ce00-000000000000',
  name: 'Microsoft Exchange Online Protection',
};
/** The permission requested of the protection resource (role id 455e5cd2-84e8-4751-8344-5672145dfa17 in the guide). */
export const PROTECTION_PERMISSION = 'Exchange.ManageAsApp';

export const CLOUDS: Record<CloudName, Cloud> = {
  public: {
    name: 'public',
    loginHost: 'https://login.microsoftonline.com',
    graphEndpoint: 'https://graph.microsoft.com',
    graphResource: 'https://graph.microsoft.com',
    exchangeEndpoint: 'https://outlook.office365.com',
    exchangeResource: 'https://outlook.office365.com',
    exchangeEnvironmentName: 'O365Default',
    complianceResource: 'https://ps.compliance.protection.outlook.com',
  },
  usgov: {
    name: 'usgov',
    loginHost: 'https://login.microsoftonline.us',
    graphEndpoint: 'https://graph.microsoft.us',
    graphResource: 'https://graph.microsoft.us',
    exchangeEndpoint: 'https://outlook.office365.us',
    exchangeResource: 'https://outlook.office365.us',
    exchangeEnvironmentName: 'O365USGovGCCHigh',
    complianceResource: 'https://ps.compliance.protection.office365.us',
    complianceConnection: {
      connectionUri: 'https://ps.compliance.protection.office365.us/powershell-liveid/',
      authorizationEndpoint: 'https://login.microsoftonline.us/organizations',
    },
    protectionResource: EXCHANGE_ONLINE_PROTECTION,
  },
  usgovdod: {
    name: 'usgovdod',
    loginHost: 'https://login.microsoftonline.us',
    graphEndpoint: 'https://dod-graph.microsoft.us',
    graphResource: 'https://dod-graph.microsoft.us',
    // the REST admin API and its token audience; webmail.apps.mil is DoD's Outlook on the web / RPS host
    exchangeEndpoint: 'https://outlook-dod.office365.us',
    exchangeResource: 'https://outlook-dod.office365.us',
    exchangeEnvironmentName: 'O365USGovDoD',
    complianceResource: 'https://ps.compliance.protection.office365.us',
    complianceConnection: {
      connectionUri: 'https://l5.ps.compliance.protection.office365.us/powershell-liveid/',
      authorizationEndpoint: 'https://login.microsoftonline.us/organizations',
    },
    protectionResource: EXCHANGE_ONLINE_PROTECTION,
  },
  china: {
    name: 'china',
    loginHost: 'https://login.chinacloudapi.cn',
    graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
    graphResource: 'https://microsoftgraph.chinacloudapi.cn',
    exchangeEndpoint: 'https://partner.outlook.cn',
    exchangeResource: 'https://partner.outlook.cn',
    exchangeEnvironmentName: 'O365China',
    complianceResource: 'https://ps.compliance.protection.partner.outlook.cn',
    complianceConnection: {
      connectionUri: 'https://ps.compliance.protection.partner.outlook.cn/powershell-liveid',
      authorizationEndpoint: 'https://login.chinacloudapi.cn/organizations',
    },
  },
};

/** The tenant's initial domain in each cloud: what `-Organization` takes. */
export const INITIAL_DOMAIN = /\.(onmicrosoft\.com|onmicrosoft\.us|partner\.onmschina\.cn)$/i;

/** Hosts msal-node knows as Microsoft clouds; any other authority host is configured as a known authority. */
export const MICROSOFT_LOGIN_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
  'login.windows.net',
  'login.microsoft.com',
  'sts.windows.net',
]);

/** Directory roles Exchange Online supports for app-only access (template ID = built-in role definition ID). */
export const EXCHANGE_SUPPORTED_ROLES: Record<string, string> = {
  'Exchange Administrator': '29232cdf-9323-42fd-ade2-1d097af3e4de',
  'Exchange Recipient Administrator': '31392ffb-586c-42d1-9346-e59415a2cc4e',
  'Global Reader': 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  'Security Reader': '5d6b6bb7-de71-4623-b4af-96380a352509',
  'Security Administrator': '194ae4cb-b126-40b2-bd5b-6091b380977d',
  'Compliance Administrator': '17315797-102d-40b4-93e0-432062caca18',
  'Helpdesk Administrator': '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
};

/**
 * Directory roles Security & Compliance PowerShell supports for app-only access (the roles table of Microsoft's
 * app-only guide, app-only-auth-powershell-v2.md): not Exchange Administrator, exo-cba's default.
 */
export const COMPLIANCE_SUPPORTED_ROLES = [
  'Compliance Administrator',
  'Global Administrator',
  'Global Reader',
  'Security Administrator',
  'Security Reader',
] as const;
