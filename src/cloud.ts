/**
 * Endpoints and well-known IDs per Microsoft cloud. Nothing cloud-specific lives anywhere else.
 *
 * The Exchange resource app ID and the Exchange.ManageAsApp role ID are the same in the sovereign clouds
 * (Microsoft's app-only guide has GCC High / DoD admins add exactly these to the app manifest); the action
 * still reads the role IDs from the Exchange service principal's `appRoles` at run time and uses these only
 * to recognise the resource.
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
   * token audience for `Connect-IPPSSession -AccessToken` (Security & Compliance): the resource Maester's
   * docs request (`Get-AzAccessToken -ResourceUrl`); Microsoft's cmdlet pages do not name one. DoD's is
   * unverified (GCC High's is used).
   */
  complianceResource: string;
}

export const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

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
  },
};

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
