// RecoveryBot on Azure: a Linux App Service web app (.NET 10) running the bot on one or more instances,
// the store its state lives in, and an Azure Bot resource that connects it to Microsoft Teams and Web Chat.
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
// Storage and instances. storageProvider picks where bot state lives:
//   * Sqlite (default): a file under /home, the App Service share that survives restarts and
//     redeployments. SQLite wants a single writer, so this template refuses instanceCount > 1 with it.
//   * Postgres: an Azure Database for PostgreSQL flexible server made here. Its connection string
//     (with the admin password) goes into Key Vault; the web app only sees a Key Vault reference.
//   * AzureBlob: a storage account and container made here, reached with the web app's managed
//     identity (no keys: shared key access is off).
// With Postgres or AzureBlob the app keeps its Data Protection key ring in that store, so instanceCount
// instances share everything they need through it (see "Storage and scaling out" in README.md).

targetScope = 'resourceGroup'

@description('Short name used to derive every resource name (letters, digits and hyphens).')
@minLength(3)
@maxLength(20)
param baseName string = 'recoverybot'

@description('Azure region for the App Service plan, web app, identity, Key Vault and the store. The Azure Bot resource itself is global.')
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

@description('App Service plan SKU. Basic or higher is needed for Always On and web sockets to be useful. B2 (3.5 GB) by default: the app\'s resident memory reached 1,757 MiB in a soak, about what B1 or S1 (1.75 GB) hold; whether it fits under their limit was not measured (deploymentTemplates/README.md).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B2'

@description('Where bot state lives: Sqlite (a file under /home; one instance only), Postgres (an Azure Database for PostgreSQL flexible server created here) or AzureBlob (a storage account created here, reached with the managed identity).')
@allowed([
  'Sqlite'
  'Postgres'
  'AzureBlob'
])
param storageProvider string = 'Sqlite'

@description('Number of App Service plan instances. More than 1 needs storageProvider Postgres or AzureBlob (Sqlite is refused). Basic plans allow at most 3, Standard 10.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Postgres only: the PostgreSQL major version.')
@allowed([
  '16'
  '17'
])
param postgresVersion string = '17'

@description('Postgres only: the compute size of the flexible server. Standard_B* are Burstable, Standard_D* General Purpose.')
@allowed([
  'Standard_B1ms'
  'Standard_B2s'
  'Standard_B2ms'
  'Standard_D2ds_v5'
  'Standard_D4ds_v5'
])
param postgresSkuName string = 'Standard_B1ms'

@description('Postgres only: the server administrator login, which the app also connects as (not azure_superuser, admin, administrator, root, guest, public, or starting with pg_).')
@minLength(1)
@maxLength(63)
param postgresAdminLogin string = 'recoverybot'

@description('Postgres only, and then required: the server administrator password (8-128 characters from three of: upper case, lower case, digits, symbols). It only goes to the server and into the Key Vault secret holding the connection string.')
// Nullable rather than a default: no default secret, and nobody is asked for it with the other stores.
// (A nullable parameter makes the compiled template languageVersion 2.0.)
@secure()
param postgresAdminPassword string?

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
var useSqlite = storageProvider == 'Sqlite'
var usePostgres = storageProvider == 'Postgres'
var useBlob = storageProvider == 'AzureBlob'
var suffix = uniqueString(resourceGroup().id, baseName)
var webAppName = '${baseName}-${suffix}'
var botName = '${baseName}-bot-${suffix}'
var keyVaultName = 'kv${suffix}' // 15 characters: within Key Vault's 3-24 limit
var passwordSecretName = 'MicrosoftAppPassword'
var postgresSecretName = 'PostgresConnectionString'
// Azure's default connection limit per compute size, less the 15 it keeps for itself (its "maximum user connections").
var postgresUserConnections = {
  Standard_B1ms: 35
  Standard_B2s: 414
  Standard_B2ms: 844
  Standard_D2ds_v5: 844
  Standard_D4ds_v5: 1703
}
// Each instance's pool: its share of those, less 5 kept for an operator's own session and less the 3 the app opens
// for Direct Line signals, at most Npgsql's default of 100. Past the server's limit connections are refused (53300)
// and turns fail under load, so the pool must fit.
var postgresPoolSize = min(100, (postgresUserConnections[postgresSkuName] - 5) / instanceCount - 3)
var postgresServerName = toLower('${baseName}-pg-${suffix}') // lower-case letters, digits and hyphens only
var postgresDatabaseName = 'recoverybot'
var storageAccountName = 'st${suffix}' // 15 lower-case letters and digits: within the 3-24 limit
var blobContainerName = 'recoverybot'
// Built-in role "Key Vault Secrets User": read secret contents, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
// Built-in role "Storage Blob Data Contributor": read, write and delete blobs and containers.
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

// SQLite has a single writer and /home is one network share: several instances on one file would
// corrupt it or block each other, so such a deployment is stopped before anything is created.
var sqliteScaledOut = useSqlite && instanceCount > 1

// The web app's identity. For UserAssignedMSI it *is* the bot's identity; for SingleTenant it is only
// used by App Service to resolve Key Vault references. With AzureBlob it also reaches the blobs.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${baseName}-id-${suffix}'
  location: location
  tags: tags
}

// Holds the secrets the app needs (the app password, the Postgres connection string), so that app
// settings only ever carry Key Vault references.
resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = if (isSingleTenant || usePostgres) {
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

resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (isSingleTenant || usePostgres) {
  name: guid(resourceGroup().id, keyVaultName, identity.id, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2026-10-01' = if (usePostgres) {
  name: postgresServerName
  location: location
  tags: tags
  sku: {
    name: postgresPoolSize < 5
      ? fail('postgresSkuName ${postgresSkuName} allows ${postgresUserConnections[postgresSkuName]} connections, too few for ${instanceCount} instances (each needs at least 8): choose a larger size or fewer instances')
      : postgresSkuName
    tier: startsWith(postgresSkuName, 'Standard_B') ? 'Burstable' : 'GeneralPurpose'
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdminLogin
    // The parameter is optional for the other providers; with Postgres an empty one stops the deployment here.
    administratorLoginPassword: empty(postgresAdminPassword)
      ? fail('storageProvider Postgres needs postgresAdminPassword (the server administrator password)')
      : postgresAdminPassword
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
    storage: {
      storageSizeGB: 32
      autoGrow: 'Disabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled' // one server; Burstable sizes cannot have a standby anyway
    }
    // Public endpoint, but the only firewall rule below admits Azure services alone: no VNet to run.
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

// Refuse unencrypted connections (already the server default; stated so it stays that way). The
// server's child resources are created one after the other: it accepts one change at a time.
resource postgresRequiresTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2026-10-01' = if (usePostgres) {
  parent: postgres
  name: 'require_secure_transport'
  properties: {
    value: 'on'
    source: 'user-override'
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2026-10-01' = if (usePostgres) {
  parent: postgres
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [
    postgresRequiresTls
  ]
}

// 0.0.0.0 is the documented special rule "allow Azure services": App Service's outbound addresses
// change with scaling, so listing them is not an option without a VNet.
resource postgresAllowsAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2026-10-01' = if (usePostgres) {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
  dependsOn: [
    postgresDatabase
  ]
}

// The whole Npgsql connection string is the secret: it carries the password. The password is quoted
// (inner quotes doubled) so that a ';' in it cannot end the value.
resource postgresSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (usePostgres) {
  parent: vault
  name: postgresSecretName
  properties: {
    value: 'Host=${postgres!.properties.fullyQualifiedDomainName};Database=${postgresDatabaseName};Username=${postgresAdminLogin};Password="${replace(postgresAdminPassword ?? '', '"', '""')}";SSL Mode=Require;Maximum Pool Size=${postgresPoolSize}'
    contentType: 'Npgsql connection string of the RecoveryBot database'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' = if (useBlob) {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    // Entra ID (the managed identity) only: no account keys, no SAS signed with them.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-09-01' = if (useBlob) {
  parent: storage
  name: 'default'
}

resource blobContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-09-01' = if (useBlob) {
  parent: blobService
  name: blobContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource identityWritesBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useBlob) {
  name: guid(resourceGroup().id, storageAccountName, identity.id, storageBlobDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      storageBlobDataContributorRoleId
    )
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
    // ARM's if() evaluates only the branch it takes, so fail() stops just the deployments it should.
    capacity: sqliteScaledOut
      ? fail('storageProvider Sqlite runs on exactly one instance (SQLite has a single writer): set instanceCount to 1, or choose storageProvider Postgres or AzureBlob to run several')
      : instanceCount
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
    value: storageProvider
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

// Exactly one provider's settings reach the app. With SQLite the Data Protection key ring sits beside the
// database under /home: left in the app folder, a zip deployment (which cleans that folder) would delete it and
// leave every stored conversation unreadable.
var sqliteSettings = useSqlite
  ? [
      {
        name: 'Storage__Sqlite__Path'
        value: '/home/data/recoverybot.db'
      }
      {
        name: 'Privacy__KeysPath'
        value: '/home/data/keys'
      }
    ]
  : []

// The connection string, like the app password, is only ever a Key Vault reference.
var postgresSettings = usePostgres
  ? [
      {
        name: 'Storage__Postgres__ConnectionString'
        value: '@Microsoft.KeyVault(SecretUri=${postgresSecret!.properties.secretUri})'
      }
    ]
  : []

// The app uses DefaultAzureCredential without a client id; with only a user-assigned identity on the
// site, AZURE_CLIENT_ID tells it which one to use (the one holding the blob role).
var blobSettings = useBlob
  ? [
      {
        name: 'Storage__AzureBlob__AccountUrl'
        value: storage!.properties.primaryEndpoints.blob
      }
      {
        name: 'Storage__AzureBlob__Container'
        value: blobContainerName
      }
      {
        name: 'AZURE_CLIENT_ID'
        value: identity.properties.clientId
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
    clientAffinityEnabled: false // every instance serves every conversation: no sticky sessions
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
      numberOfWorkers: instanceCount // the same as the plan: the app runs on every instance
      appSettings: concat(commonSettings, passwordSettings, sqliteSettings, postgresSettings, blobSettings)
    }
  }
  dependsOn: [
    // Key Vault references only resolve, and the blobs only open, once the identity holds its roles.
    identityReadsSecrets
    identityWritesBlobs
    blobContainer
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

@description('Key Vault holding the app password (SingleTenant) and the Postgres connection string (Postgres); empty when neither is used.')
output keyVaultName string = isSingleTenant || usePostgres ? vault.name : ''

@description('Where the app keeps bot state: Sqlite, Postgres or AzureBlob.')
output storageProvider string = storageProvider

@description('Postgres only: the connection pool of each instance (Maximum Pool Size), sized so all instances fit the server; 0 with the other stores.')
output postgresPoolSize int = usePostgres ? postgresPoolSize : 0
