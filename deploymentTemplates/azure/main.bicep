// RecoveryBot on Azure: one Linux App Service web app (.NET 10) running the bot, and an Azure Bot
// resource that connects it to Microsoft Teams and Web Chat.
//
//   az deployment group create -g <group> -f deploymentTemplates/azure/main.bicep -p @deploymentTemplates/azure/main.parameters.json
//
// Identity. The bot authenticates to the Bot Framework in one of two ways:
//   * UserAssignedMSI (default): this template creates a user-assigned managed identity and the bot
//     uses it. There is no password anywhere, nothing to rotate, nothing to leak.
//   * SingleTenant: you create a Microsoft Entra app registration (single tenant) first and pass its
//     client id and a client secret. The secret goes into a Key Vault created here; the web app only
//     ever sees a Key Vault reference, resolved by App Service through the managed identity.
// MultiTenant is deliberately not offered: Microsoft has deprecated the creation of new multi-tenant
// bot registrations, so new deployments should use one of the two types above.
//
// Storage. Bot state lives in SQLite under /home, the App Service share that survives restarts and
// redeployments. SQLite wants a single writer, so the plan runs exactly one instance. To run several
// instances, switch the app to the Postgres storage provider first (see deploymentTemplates/README.md).

targetScope = 'resourceGroup'

@description('Short name used to derive every resource name (letters, digits and hyphens).')
@minLength(3)
@maxLength(20)
param baseName string = 'recoverybot'

@description('Azure region for the App Service plan, web app, identity and Key Vault. The Azure Bot resource itself is global.')
param location string = resourceGroup().location

@description('How the bot authenticates to the Bot Framework. UserAssignedMSI needs nothing else; SingleTenant needs appId and appPassword from an existing single-tenant app registration. (New MultiTenant registrations are deprecated and not offered.)')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: the client (application) id of your Microsoft Entra app registration. Leave empty for UserAssignedMSI.')
param appId string = ''

@description('SingleTenant only: a client secret of that app registration. Stored in Key Vault, never in app settings. Leave empty for UserAssignedMSI.')
@secure()
param appPassword string = ''

@description('Microsoft Entra tenant the bot identity belongs to. Defaults to the tenant of the target subscription.')
param tenantId string = subscription().tenantId

@description('App Service plan SKU. Basic (B1) or higher is needed for Always On and web sockets to be useful.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier. F0 (free) covers the standard channels used here (Teams, Web Chat); S1 lifts the message limits of premium channels.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name people see for the bot in Teams and Web Chat.')
@maxLength(64)
param botDisplayName string = 'RecoveryBot'

@description('Tags added to every resource.')
param tags object = {
  app: 'recoverybot'
}

var isSingleTenant = appType == 'SingleTenant'
var suffix = uniqueString(resourceGroup().id, baseName)
var webAppName = '${baseName}-${suffix}'
var botName = '${baseName}-bot-${suffix}'
var keyVaultName = 'kv${suffix}' // 15 characters: within Key Vault's 3-24 limit
var passwordSecretName = 'MicrosoftAppPassword'
// Built-in role "Key Vault Secrets User": read secret contents, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

// The web app's identity. For UserAssignedMSI it *is* the bot's identity; for SingleTenant it is only
// used by App Service to resolve the Key Vault reference that holds the app password.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${baseName}-id-${suffix}'
  location: location
  tags: tags
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = if (isSingleTenant) {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access through Azure RBAC role assignments, not vault access policies.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (isSingleTenant) {
  parent: vault
  name: passwordSecretName
  properties: {
    value: appPassword
    contentType: 'Bot Framework app password (client secret of the app registration)'
  }
}

resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (isSingleTenant) {
  name: guid(resourceGroup().id, keyVaultName, identity.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${baseName}-plan-${suffix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
    capacity: 1 // one instance: SQLite on /home has a single writer
  }
  properties: {
    reserved: true // Linux
  }
}

var microsoftAppId = isSingleTenant ? appId : identity.properties.clientId

var commonSettings = [
  {
    name: 'MicrosoftAppType'
    value: appType
  }
  {
    name: 'MicrosoftAppId'
    value: microsoftAppId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenantId
  }
  {
    name: 'Storage__Provider'
    value: 'Sqlite'
  }
  {
    name: 'Storage__Sqlite__Path'
    value: '/home/data/recoverybot.db'
  }
  {
    // Keeps /home mounted as persistent storage shared across restarts and deployments.
    name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE'
    value: 'true'
  }
  {
    name: 'ASPNETCORE_ENVIRONMENT'
    value: 'Production'
  }
]

// SingleTenant only: App Service swaps this reference for the secret's current value at start-up.
var passwordSettings = isSingleTenant
  ? [
      {
        name: 'MicrosoftAppPassword'
        value: '@Microsoft.KeyVault(SecretUri=${appPasswordSecret!.properties.secretUri})'
      }
    ]
  : []

resource webApp 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Resolve Key Vault references with the user-assigned identity (there is no system identity).
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      webSocketsEnabled: true // the self-hosted Direct Line endpoint streams over web sockets
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      numberOfWorkers: 1
      appSettings: concat(commonSettings, passwordSettings)
    }
  }
  dependsOn: [
    // The Key Vault reference only resolves once the identity may read the secret.
    identityReadsSecrets
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: appType
    msaAppId: microsoftAppId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: isSingleTenant ? null : identity.id
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Azure's own Web Chat channel (handy for "Test in Web Chat" in the portal). The page RecoveryBot
// serves at / talks to the bot's built-in Direct Line endpoint instead and needs no channel here.
resource webChatChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

@description('The messaging endpoint the Azure Bot resource calls.')
output botEndpoint string = bot.properties.endpoint

@description('Host name of the web app: the Web Chat page is at https://<this>/ and Direct Line at https://<this>/v3/directline.')
output webAppHostName string = webApp.properties.defaultHostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = webApp.name

@description('Name of the Azure Bot resource.')
output botName string = bot.name

@description('The bot\'s Microsoft App ID: put it into the Teams manifest (deploymentTemplates/teams/package.sh).')
output microsoftAppId string = microsoftAppId

@description('Key Vault holding the app password (SingleTenant only; empty otherwise).')
output keyVaultName string = isSingleTenant ? vault.name : ''
