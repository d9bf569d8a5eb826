#!/usr/bin/env bash
# One-shot setup of exo-cba's provisioning app (docs/setup.md): the app and its service principal, the
# federated credential for the subject your repository's jobs really present, the Microsoft Graph application
# permissions with admin consent, and the GitHub variables ENTRA_TENANT_ID and EXO_CBA_CLIENT_ID.
# Idempotent: run it again to repair or to add a subject. Uses only `az rest` (Microsoft Graph v1.0), so it
# works in every cloud; `gh` is optional (repository IDs, OIDC subject customization, variables).
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/bootstrap.sh --repo OWNER/REPO [--environment NAME | --branch NAME | --subject SUBJECT]
                           [--cloud public|usgov|usgovdod|china] [--name DISPLAY_NAME]
                           [--audience AUDIENCE] [--adopt] [--exchange-role-groups] [--no-variables]
                           [--dry-run] [--yes]

Creates or repairs exo-cba's provisioning app in the tenant `az` is signed in to. Sign in first, as
Privileged Role Administrator or Global Administrator:
  az cloud set -n AzureCloud   # AzureUSGovernment for usgov/usgovdod, AzureChinaCloud for china
  az login --tenant contoso.onmicrosoft.com --allow-no-subscriptions

  --repo OWNER/REPO     the repository that runs exo-cba (default: gh repo view)
  --environment NAME    trust jobs with `environment: NAME` (default: exo-cba, as in the examples)
  --branch NAME         trust jobs on this branch instead (no environment)
  --subject SUBJECT     trust exactly this OIDC subject (copy it from exo-cba's log line "GitHub OIDC token")
  --cloud CLOUD         public (default), usgov, usgovdod or china
  --name NAME           display name of the app (default: exo-cba provisioning (OWNER/REPO))
  --audience AUDIENCE   federated credential audience (default: api://AzureADTokenExchange, exo-cba's default)
  --adopt               also grant Application.ReadWrite.All, to adopt existing apps with `app-id`
  --exchange-role-groups  let the provisioning app give the managed app Exchange role groups (exchange-role-groups):
                        grants it Office 365 Exchange Online's Exchange.ManageAsApp and the Exchange Administrator
                        role, so it may run New-ServicePrincipal and Add-RoleGroupMember in Exchange Online
  --no-variables        do not set the GitHub variables even when gh is available
  --environment-variables  set the variables on the environment (--environment) instead of the repository:
                        one environment per tenant (docs/multi-tenant.md)
  --dry-run             print what would be created and granted, and change nothing
  --yes                 do not ask before changing anything (for scripts; without it, the script asks)
  -h, --help            this help

What it grants is listed in scripts/grants.txt and printed before any change; two of the Microsoft Graph
permissions are tier 0 (they can make any app a Global Administrator), which is why the bootstrap workflow runs
only in a protected environment.
EOF
}

die() {
  echo "error: $*" >&2
  exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }

repo='' environment='' branch='' subject='' cloud=public name='' audience='api://AzureADTokenExchange'
adopt=false variables=true exchange_admin=false dry_run=false yes=false env_variables=false
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) repo=${2:?--repo needs OWNER/REPO}; shift 2 ;;
    --environment) environment=${2:?--environment needs a name}; shift 2 ;;
    --branch) branch=${2:?--branch needs a name}; shift 2 ;;
    --subject) subject=${2:?--subject needs a value}; shift 2 ;;
    --cloud) cloud=${2:?--cloud needs a value}; shift 2 ;;
    --name) name=${2:?--name needs a value}; shift 2 ;;
    --audience) audience=${2:?--audience needs a value}; shift 2 ;;
    --adopt) adopt=true; shift ;;
    --exchange-role-groups) exchange_admin=true; shift ;;
    --no-variables) variables=false; shift ;;
    --environment-variables) env_variables=true; shift ;;
    --dry-run) dry_run=true; shift ;;
    --yes) yes=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done
[ -n "$environment" ] && [ -n "$branch" ] && die "give --environment or --branch, not both"
$env_variables && [ -z "$environment" ] && die "--environment-variables needs --environment"
[ -z "$environment" ] && [ -z "$branch" ] && environment=exo-cba

case "$cloud" in
  public) graph=https://graph.microsoft.com az_cloud=AzureCloud ;;
  usgov) graph=https://graph.microsoft.us az_cloud=AzureUSGovernment ;;
  usgovdod) graph=https://dod-graph.microsoft.us az_cloud=AzureUSGovernment ;;
  china) graph=https://microsoftgraph.chinacloudapi.cn az_cloud=AzureChinaCloud ;;
  *) die "--cloud must be public, usgov, usgovdod or china, not '$cloud'" ;;
esac

have az || die "the Azure CLI (az) is required: https://learn.microsoft.com/cli/azure/install-azure-cli"
gh_ok=false
if have gh && gh auth status >/dev/null 2>&1; then gh_ok=true; fi
if [ -z "$repo" ]; then
  $gh_ok || die "--repo OWNER/REPO is required (or run it in a clone with gh signed in)"
  repo=$(gh repo view --json nameWithOwner --jq .nameWithOwner)
fi
[[ "$repo" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || die "--repo must be OWNER/REPO, not '$repo'"
name=${name:-"exo-cba provisioning ($repo)"}

current_cloud=$(az cloud show --query name -o tsv)
[ "$current_cloud" = "$az_cloud" ] ||
  die "az is set to $current_cloud; for --cloud $cloud run: az cloud set -n $az_cloud && az login --allow-no-subscriptions"
tenant=$(az account show --query tenantId -o tsv) || die "sign in first: az login --allow-no-subscriptions"

# Microsoft Graph v1.0 through az rest: az adds the token for the current cloud's Graph host, and sends a JSON
# body as application/json.
graph_call() { # METHOD PATH BODY|'' [az rest arguments...]
  local method=$1 path=$2 body=$3
  shift 3
  local err
  err=$(mktemp)
  if { if [ -n "$body" ]; then
    az rest --method "$method" --url "$graph/v1.0$path" --body "$body" "$@"
  else
    az rest --method "$method" --url "$graph/v1.0$path" "$@"
  fi; } 2>"$err"; then
    rm -f "$err"
    return 0
  fi
  if grep -qE 'Forbidden|Authorization_RequestDenied|403' "$err"; then
    rm -f "$err"
    die "Microsoft Graph refused $method $path (403): sign in with az as a Privileged Role Administrator or Global Administrator (granting admin consent and the directory roles needs one), then run the script again"
  fi
  cat "$err" >&2
  rm -f "$err"
  return 1
}

# --- the subject GitHub puts in this repository's OIDC tokens -----------------------------------------------
context() { if [ -n "$environment" ]; then echo "environment:$environment"; else echo "ref:refs/heads/$branch"; fi; }

derive_subject() {
  local owner=${repo%%/*} owner_id repo_id created use_default keys key part out=''
  read -r owner_id repo_id created < <(gh api "repos/$repo" --jq '"\(.owner.id) \(.id) \(.created_at)"')
  use_default=$(gh api "repos/$repo/actions/oidc/customization/sub" --jq .use_default 2>/dev/null || echo true)
  if [ "$use_default" = true ]; then
    # The repository's own setting says which form its subjects take (immutable: with owner and repo IDs);
    # without it, repositories created (or renamed) since 2026-07-15 present immutable subjects.
    immutable=$(gh api "repos/$repo/actions/oidc/customization/sub" --jq '.use_immutable_subject // empty' 2>/dev/null || true)
    if [ "$immutable" = true ] || { [ -z "$immutable" ] && [[ "$created" > "2026-07-15" ]]; }; then
      echo "repo:$owner@$owner_id/${repo#*/}@$repo_id:$(context)"
    else
      echo "repo:$repo:$(context)"
    fi
    return
  fi
  keys=$(gh api "repos/$repo/actions/oidc/customization/sub" --jq '.include_claim_keys[]')
  for key in $keys; do
    case "$key" in
      repo) part="repo:$repo" ;;
      context) part=$(context) ;;
      environment) [ -n "$environment" ] || return 1; part="environment:$environment" ;;
      ref) [ -n "$branch" ] || return 1; part="ref:refs/heads/$branch" ;;
      repository_owner) part="repository_owner:$owner" ;;
      repository_owner_id) part="repository_owner_id:$owner_id" ;;
      repository_id) part="repository_id:$repo_id" ;;
      repository) part="repository:$repo" ;;
      *) return 1 ;; # a claim this script cannot know in advance (job_workflow_ref, …)
    esac
    out=${out:+$out:}$part
  done
  echo "$out"
}

if [ -z "$subject" ]; then
  if $gh_ok && subject=$(derive_subject); then
    echo "OIDC subject from GitHub's settings for $repo: $subject"
  else
    subject="repo:$repo:$(context)"
    echo "warning: could not ask GitHub (gh missing, not signed in, or a custom subject claim); assuming $subject." >&2
    echo "         Compare it with the sub in exo-cba's log line 'GitHub OIDC token' and rerun with --subject." >&2
  fi
fi

# --- the app, its service principal and the federated credential ----------------------------------------------
slug=$(printf 'exo-cba-provisioning-%s' "$repo" | tr 'A-Z/.' 'a-z--' | tr -cd 'a-z0-9-' | cut -c1-100)
# the Microsoft Graph permissions of scripts/grants.txt (--adopt adds its own)
permissions=()
while IFS='|' read -r when kind grant _; do
  [ "$kind" = graph ] || continue
  if [ "$when" = always ] || { [ "$when" = adopt ] && $adopt; }; then permissions+=("$grant"); fi
done <"$(dirname "$0")/grants.txt"

graph_app_id=00000003-0000-0000-c000-000000000000
graph_sp=$(graph_call GET "/servicePrincipals(appId='$graph_app_id')?\$select=id" '' --query id -o tsv)
role_ids=() # the permission IDs, read from the tenant's Microsoft Graph service principal
for permission in "${permissions[@]}"; do
  id=$(graph_call GET "/servicePrincipals/$graph_sp?\$select=appRoles" '' \
    --query "appRoles[?value=='$permission' && contains(allowedMemberTypes, 'Application')].id | [0]" -o tsv)
  [ -n "$id" ] || die "Microsoft Graph in this cloud has no application permission $permission"
  role_ids+=("$id")
done
access=$(printf '{"id":"%s","type":"Role"},' "${role_ids[@]}")
app_body=$(printf '{"displayName":"%s","signInAudience":"AzureADMyOrg","requiredResourceAccess":[{"resourceAppId":"%s","resourceAccess":[%s]}]}' \
  "$name" "$graph_app_id" "${access%,}")

# --- say what will be created and granted, then ask (scripts/grants.txt) ------------------------------------
echo "In tenant $tenant ($cloud), this creates or updates:"
echo "  the app registration '$name' (unique name $slug) and its service principal"
echo "  a federated credential: GitHub Actions jobs with subject $subject (audience $audience) sign in as it"
echo "and grants it, with admin consent:"
while IFS='|' read -r when kind grant tier0 allows; do
  case "$when" in '#'* | '') continue ;; esac
  [ "$when" = adopt ] && ! $adopt && continue
  [ "$when" = exchange ] && ! $exchange_admin && continue
  marker=''
  [ "$tier0" = yes ] && marker=' [TIER 0]'
  echo "  - $grant ($kind)$marker: $allows"
done <"$(dirname "$0")/grants.txt"
echo "[TIER 0] grants can make any app a Global Administrator: whoever signs in as this app controls the tenant."
where="the repository variables of $repo"
$env_variables && where="the variables of environment $environment of $repo"
if $variables && $gh_ok; then echo "and sets ENTRA_TENANT_ID and EXO_CBA_CLIENT_ID as $where."; fi
if $dry_run; then
  echo "--dry-run: nothing was changed."
  exit 0
fi
if ! $yes; then
  [ -t 0 ] || die "not asking on a non-interactive input: run with --yes to proceed, or --dry-run to only look"
  read -r -p "Proceed? [y/N] " answer
  [[ "$answer" =~ ^[Yy]([Ee][Ss])?$ ]] || die "nothing was changed"
fi

# PATCH with Prefer: create-if-missing on the unique name: creates the app once, updates it after.
graph_call PATCH "/applications(uniqueName='$slug')" "$app_body" --headers Prefer=create-if-missing >/dev/null
read -r app_object_id client_id < <(graph_call GET "/applications(uniqueName='$slug')?\$select=id,appId" '' \
  --query '[id, appId]' -o tsv | paste -sd' ')
echo "provisioning app: $name (client-id $client_id)"

sp=$(graph_call GET "/servicePrincipals?\$filter=appId%20eq%20'$client_id'&\$select=id" '' --query 'value[0].id' -o tsv)
if [ -z "$sp" ]; then
  sp=$(graph_call POST /servicePrincipals "{\"appId\":\"$client_id\"}" --query id -o tsv)
  echo "created its service principal"
fi

issuer=https://token.actions.githubusercontent.com
existing=$(graph_call GET "/applications/$app_object_id/federatedIdentityCredentials" '' \
  --query "value[?subject=='$subject' && issuer=='$issuer'].name | [0]" -o tsv)
if [ -n "$existing" ]; then
  echo "federated credential '$existing' already trusts $subject"
else
  fic_name=$(printf '%s' "$subject" | tr -c 'A-Za-z0-9_-' '-' | cut -c1-120)
  graph_call POST "/applications/$app_object_id/federatedIdentityCredentials" \
    "$(printf '{"name":"%s","issuer":"%s","subject":"%s","audiences":["%s"],"description":"exo-cba on GitHub Actions"}' \
      "$fic_name" "$issuer" "$subject" "$audience")" >/dev/null
  echo "added federated credential for $subject (audience $audience)"
fi

# --- admin consent: one app role assignment per permission (what the portal's "Grant admin consent" does) ----
granted=$(graph_call GET "/servicePrincipals/$sp/appRoleAssignments" '' --query "value[?resourceId=='$graph_sp'].appRoleId" -o tsv)
for i in "${!permissions[@]}"; do
  if grep -qx "${role_ids[$i]}" <<<"$granted"; then
    echo "consented already: ${permissions[$i]}"
  else
    graph_call POST "/servicePrincipals/$graph_sp/appRoleAssignedTo" \
      "{\"principalId\":\"$sp\",\"resourceId\":\"$graph_sp\",\"appRoleId\":\"${role_ids[$i]}\"}" >/dev/null
    echo "granted and consented: ${permissions[$i]}"
  fi
done

# --- Exchange role groups: the provisioning app runs the cmdlets itself --------------------------------------
if $exchange_admin; then
  exo_app_id=00000002-0000-0ff1-ce00-000000000000
  exo_sp=$(graph_call GET "/servicePrincipals(appId='$exo_app_id')?\$select=id" '' --query id -o tsv)
  manage_as_app=$(graph_call GET "/servicePrincipals/$exo_sp?\$select=appRoles" '' \
    --query "appRoles[?value=='Exchange.ManageAsApp'].id | [0]" -o tsv)
  [ -n "$manage_as_app" ] || die "Office 365 Exchange Online in this tenant has no Exchange.ManageAsApp permission"
  # requested on the app (so the portal shows it) and consented
  graph_call PATCH "/applications/$app_object_id" "$(printf '{"requiredResourceAccess":[{"resourceAppId":"%s","resourceAccess":[%s]},{"resourceAppId":"%s","resourceAccess":[{"id":"%s","type":"Role"}]}]}' \
    "$graph_app_id" "${access%,}" "$exo_app_id" "$manage_as_app")" >/dev/null
  if graph_call GET "/servicePrincipals/$sp/appRoleAssignments" '' --query "value[?appRoleId=='$manage_as_app'].id" -o tsv | grep -q .; then
    echo "consented already: Exchange.ManageAsApp"
  else
    graph_call POST "/servicePrincipals/$exo_sp/appRoleAssignedTo" \
      "{\"principalId\":\"$sp\",\"resourceId\":\"$exo_sp\",\"appRoleId\":\"$manage_as_app\"}" >/dev/null
    echo "granted and consented: Exchange.ManageAsApp"
  fi
  exchange_admin_role=29232cdf-9323-42fd-ade2-1d097af3e4de # Exchange Administrator (template ID)
  if graph_call GET "/roleManagement/directory/roleAssignments?\$filter=principalId%20eq%20'$sp'" '' \
    --query "value[?roleDefinitionId=='$exchange_admin_role'].id" -o tsv | grep -q .; then
    echo "assigned already: Exchange Administrator"
  else
    graph_call POST /roleManagement/directory/roleAssignments \
      "{\"principalId\":\"$sp\",\"roleDefinitionId\":\"$exchange_admin_role\",\"directoryScopeId\":\"/\"}" >/dev/null
    echo "assigned: Exchange Administrator (the provisioning app runs the role group cmdlets in Exchange Online)"
  fi
fi

# --- GitHub variables ----------------------------------------------------------------------------------------
if $variables && $gh_ok; then
  scope=(--repo "$repo")
  $env_variables && scope+=(--env "$environment")
  gh variable set ENTRA_TENANT_ID "${scope[@]}" --body "$tenant"
  gh variable set EXO_CBA_CLIENT_ID "${scope[@]}" --body "$client_id"
  echo "set ENTRA_TENANT_ID and EXO_CBA_CLIENT_ID as $where"
else
  echo "Set these repository variables (Settings → Secrets and variables → Actions → Variables):"
  echo "  ENTRA_TENANT_ID=$tenant"
  echo "  EXO_CBA_CLIENT_ID=$client_id"
fi
[ -n "$environment" ] && echo "Jobs that run exo-cba declare 'environment: $environment'; protect it in Settings → Environments."
echo "Done. Check it with a dry run (docs/setup.md#check-the-setup-with-a-dry-run)."
