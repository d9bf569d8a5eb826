<#
.SYNOPSIS
  One-shot setup of exo-cba's provisioning app, in PowerShell: the same as scripts/bootstrap.sh.

.DESCRIPTION
  Creates or repairs the provisioning app in the tenant Connect-MgGraph is signed in to: the app and its service
  principal, the federated credential for the OIDC subject your repository's jobs present, and the Microsoft Graph
  application permissions of scripts/grants.txt with admin consent (with -ExchangeRoleGroups, also Exchange.ManageAsApp
  and the Exchange Administrator role). Before it changes anything it prints what it will create and grant, marking
  the tier-0 grants, and asks (ShouldProcess: -WhatIf only looks, -Confirm:$false does not ask).
  Idempotent: run it again to repair or to add a subject. It uses Invoke-MgGraphRequest (Microsoft.Graph.Authentication)
  against Microsoft Graph v1.0 only, so it works in every cloud Connect-MgGraph -Environment supports.

  Sign in first, as Privileged Role Administrator or Global Administrator:
    Connect-MgGraph -TenantId contoso.onmicrosoft.com -Scopes Application.ReadWrite.All,AppRoleAssignment.ReadWrite.All,RoleManagement.ReadWrite.Directory

.EXAMPLE
  ./scripts/bootstrap.ps1 -Repo contoso/exchange-automation -Environment exo-cba -WhatIf
  ./scripts/bootstrap.ps1 -Repo contoso/exchange-automation -Environment exo-cba
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
  [Parameter(Mandatory)] [ValidatePattern('^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$')] [string] $Repo,
  [string] $Environment,
  [string] $Branch,
  # the exact OIDC subject (copy it from exo-cba's log line "GitHub OIDC token"); default: derived
  [string] $Subject,
  [string] $Name,
  [string] $Audience = 'api://AzureADTokenExchange',
  # also grant Application.ReadWrite.All, to adopt existing apps with app-id
  [switch] $Adopt,
  # let the provisioning app give the managed app Exchange role groups (exchange-role-groups)
  [switch] $ExchangeRoleGroups
)

$ErrorActionPreference = 'Stop'
if ($Environment -and $Branch) { throw 'Give -Environment or -Branch, not both.' }
if (-not $Environment -and -not $Branch) { $Environment = 'exo-cba' }
if (-not $Name) { $Name = "exo-cba provisioning ($Repo)" }
$context = if ($Environment) { "environment:$Environment" } else { "ref:refs/heads/$Branch" }
if (-not $Subject) {
  # the classic form; repositories that use immutable subjects present repo:OWNER@OWNER_ID/REPO@REPO_ID:…
  $Subject = "repo:${Repo}:$context"
  Write-Warning "Assuming the OIDC subject $Subject. Compare it with the sub in exo-cba's log line 'GitHub OIDC token' and pass -Subject if it differs (immutable subjects, custom claims)."
}

$mg = Get-MgContext
if (-not $mg) { throw 'Sign in first: Connect-MgGraph -TenantId <tenant> -Scopes Application.ReadWrite.All,AppRoleAssignment.ReadWrite.All,RoleManagement.ReadWrite.Directory' }
$graph = (Get-MgEnvironment -Name $mg.Environment).GraphEndpoint

function Invoke-Graph([string] $Method, [string] $Path, $Body, [hashtable] $Headers = @{}) {
  try {
    $arguments = @{ Method = $Method; Uri = "$graph/v1.0$Path"; Headers = $Headers }
    if ($null -ne $Body) { $arguments.Body = ($Body | ConvertTo-Json -Depth 10); $arguments.ContentType = 'application/json' }
    Invoke-MgGraphRequest @arguments
  } catch {
    if ("$_" -match 'Forbidden|Authorization_RequestDenied|403') {
      throw "Microsoft Graph refused $Method $Path (403): sign in as a Privileged Role Administrator or Global Administrator (granting admin consent and the directory roles needs one), then run the script again."
    }
    throw
  }
}

# --- what it grants: scripts/grants.txt, the same file bootstrap.sh and docs/permissions.md read ---------------
$grants = Get-Content (Join-Path $PSScriptRoot 'grants.txt') |
  Where-Object { $_ -and -not $_.StartsWith('#') } |
  ForEach-Object {
    $when, $kind, $grant, $tier0, $allows = $_ -split '\|', 5
    [pscustomobject]@{ When = $when; Kind = $kind; Name = $grant; Tier0 = $tier0 -eq 'yes'; Allows = $allows }
  } |
  Where-Object { $_.When -eq 'always' -or ($_.When -eq 'adopt' -and $Adopt) -or ($_.When -eq 'exchange' -and $ExchangeRoleGroups) }

$slug = ("exo-cba-provisioning-$Repo".ToLower() -replace '[/.]', '-' -replace '[^a-z0-9-]', '')
if ($slug.Length -gt 100) { $slug = $slug.Substring(0, 100) }
Write-Host "In tenant $($mg.TenantId) ($($mg.Environment)), this creates or updates:"
Write-Host "  the app registration '$Name' (unique name $slug) and its service principal"
Write-Host "  a federated credential: GitHub Actions jobs with subject $Subject (audience $Audience) sign in as it"
Write-Host 'and grants it, with admin consent:'
foreach ($g in $grants) {
  $marker = if ($g.Tier0) { ' [TIER 0]' } else { '' }
  Write-Host "  - $($g.Name) ($($g.Kind))${marker}: $($g.Allows)"
}
Write-Host '[TIER 0] grants can make any app a Global Administrator: whoever signs in as this app controls the tenant.'
if (-not $PSCmdlet.ShouldProcess("tenant $($mg.TenantId)", 'create the provisioning app and grant the permissions above')) {
  Write-Host 'Nothing was changed.'
  return
}

# --- the app, its service principal and the federated credential ----------------------------------------------
$graphSp = Invoke-Graph GET "/servicePrincipals(appId='00000003-0000-0000-c000-000000000000')?`$select=id,appRoles"
$roleIds = foreach ($g in $grants | Where-Object Kind -eq 'graph') {
  $role = $graphSp.appRoles | Where-Object { $_.value -eq $g.Name -and $_.allowedMemberTypes -contains 'Application' }
  if (-not $role) { throw "Microsoft Graph in this cloud has no application permission $($g.Name)" }
  $role.id
}
$access = @(@{ resourceAppId = '00000003-0000-0000-c000-000000000000'; resourceAccess = @($roleIds | ForEach-Object { @{ id = $_; type = 'Role' } }) })
if ($ExchangeRoleGroups) {
  $exoSp = Invoke-Graph GET "/servicePrincipals(appId='00000002-0000-0ff1-ce00-000000000000')?`$select=id,appRoles"
  $manageAsApp = ($exoSp.appRoles | Where-Object value -eq 'Exchange.ManageAsApp').id
  $access += @{ resourceAppId = '00000002-0000-0ff1-ce00-000000000000'; resourceAccess = @(@{ id = $manageAsApp; type = 'Role' }) }
}
Invoke-Graph PATCH "/applications(uniqueName='$slug')" @{ displayName = $Name; signInAudience = 'AzureADMyOrg'; requiredResourceAccess = $access } @{ Prefer = 'create-if-missing' } | Out-Null
$app = Invoke-Graph GET "/applications(uniqueName='$slug')?`$select=id,appId"
Write-Host "provisioning app: $Name (client-id $($app.appId))"
$sp = (Invoke-Graph GET "/servicePrincipals?`$filter=appId eq '$($app.appId)'&`$select=id").value | Select-Object -First 1
if (-not $sp) { $sp = Invoke-Graph POST '/servicePrincipals' @{ appId = $app.appId }; Write-Host 'created its service principal' }

$issuer = 'https://token.actions.githubusercontent.com'
$fics = (Invoke-Graph GET "/applications/$($app.id)/federatedIdentityCredentials").value
if ($fics | Where-Object { $_.subject -eq $Subject -and $_.issuer -eq $issuer }) {
  Write-Host "a federated credential already trusts $Subject"
} else {
  $ficName = ($Subject -replace '[^A-Za-z0-9_-]', '-')
  if ($ficName.Length -gt 120) { $ficName = $ficName.Substring(0, 120) }
  Invoke-Graph POST "/applications/$($app.id)/federatedIdentityCredentials" @{ name = $ficName; issuer = $issuer; subject = $Subject; audiences = @($Audience); description = 'exo-cba on GitHub Actions' } | Out-Null
  Write-Host "added federated credential for $Subject (audience $Audience)"
}

# --- admin consent: one app role assignment per permission -------------------------------------------------------
$granted = (Invoke-Graph GET "/servicePrincipals/$($sp.id)/appRoleAssignments").value
foreach ($roleId in $roleIds) {
  if ($granted | Where-Object appRoleId -eq $roleId) { continue }
  Invoke-Graph POST "/servicePrincipals/$($graphSp.id)/appRoleAssignedTo" @{ principalId = $sp.id; resourceId = $graphSp.id; appRoleId = $roleId } | Out-Null
}
if ($ExchangeRoleGroups) {
  if (-not ($granted | Where-Object appRoleId -eq $manageAsApp)) {
    Invoke-Graph POST "/servicePrincipals/$($exoSp.id)/appRoleAssignedTo" @{ principalId = $sp.id; resourceId = $exoSp.id; appRoleId = $manageAsApp } | Out-Null
  }
  $exchangeAdmin = '29232cdf-9323-42fd-ade2-1d097af3e4de' # Exchange Administrator (template ID)
  $assigned = (Invoke-Graph GET "/roleManagement/directory/roleAssignments?`$filter=principalId eq '$($sp.id)'").value
  if (-not ($assigned | Where-Object roleDefinitionId -eq $exchangeAdmin)) {
    Invoke-Graph POST '/roleManagement/directory/roleAssignments' @{ principalId = $sp.id; roleDefinitionId = $exchangeAdmin; directoryScopeId = '/' } | Out-Null
  }
}
Write-Host 'granted and consented what is listed above.'

Write-Host 'Set these repository variables (Settings → Secrets and variables → Actions → Variables):'
Write-Host "  ENTRA_TENANT_ID=$($mg.TenantId)"
Write-Host "  EXO_CBA_CLIENT_ID=$($app.appId)"
if ($Environment) { Write-Host "Jobs that run exo-cba declare 'environment: $Environment'; protect it in Settings → Environments." }
Write-Host 'Done. Check it with a dry run (docs/setup.md#check-the-setup-with-a-dry-run).'
