// JobFrame Bot on Azure: a user-assigned managed identity that is the bot's identity, an App Service (Linux, .NET 10)
// running the host, an Azure Bot (single tenant, that identity) with the Teams channel, the host's settings wired to
// them, and optionally an Azure Cache for Redis shared by every instance. Deploy into a resource group:
//   az deployment group create -g <group> -f infra/main.bicep -p name=<name>
// then publish the host to the web app (docs/DEPLOY.md).
targetScope = 'resourceGroup'

@description('Base name of every resource (letters, digits and hyphens); the web app is reached at https://<name>.azurewebsites.net.')
@minLength(3)
@maxLength(40)
param name string

@description('Region of the identity, the plan, the web app and Redis. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('App Service plan SKU. B1 is enough to try the bot; P0v3 or higher for production (always on, more memory).')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
  'P2v3'
])
param planSku string = 'B1'

@description('How many instances of the host run behind App Service\'s load balancer.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Azure Bot SKU: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('The name people see for the bot in Teams.')
param botDisplayName string = 'JobFrame'

@description('Tenants allowed to talk to the bot (Azure AD tenant ids); empty allows the bot\'s own tenant only through Teams\' own app policies.')
param allowedTenants array = []

@description('Also deploy an Azure Cache for Redis that every instance shares (event de-duplication and rate limits across instances).')
param deployRedis bool = false

@description('Azure Cache for Redis tier, when deployRedis is true.')
@allowed([
  'Basic'
  'Standard'
])
param redisSku string = 'Basic'

@description('Azure Cache for Redis size within the tier (C0 … C6), when deployRedis is true.')
@minValue(0)
@maxValue(6)
param redisCapacity int = 0

@description('The Slack app\'s signing secret (Basic Information → Signing Secret); empty leaves Slack\'s request URLs off.')
@secure()
param slackSigningSecret string = ''

@description('The Slack bot token (xoxb-…, OAuth & Permissions); empty: slash commands only.')
@secure()
param slackBotToken string = ''

@description('The Slack app-level token (xapp-…, scope connections:write); set, the bot connects to Slack over Socket Mode.')
@secure()
param slackAppToken string = ''

@description('Tags put on every resource.')
param tags object = {}

var tenantId = tenant().tenantId

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${name}'
  location: location
  tags: tags
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

// TLS only, no plain port; Basic C0 to try the bot, a Standard (replicated) size for production.
resource redis 'Microsoft.Cache/redis@2024-11-01' = if (deployRedis) {
  name: 'redis-${name}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: redisSku
      family: 'C'
      capacity: redisCapacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    redisVersion: '6'
  }
}

var botSettings = [
  {
    name: 'MicrosoftAppType'
    value: 'UserAssignedMSI'
  }
  {
    name: 'MicrosoftAppId'
    value: identity.properties.clientId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenantId
  }
  {
    name: 'ASPNETCORE_ENVIRONMENT'
    value: 'Production'
  }
]

var tenantSettings = [
  for (allowed, i) in allowedTenants: {
    name: 'BotFramework__AllowedTenants__${i}'
    value: allowed
  }
]

var slackSettings = concat(
  empty(slackSigningSecret) ? [] : [{ name: 'Slack__SigningSecret', value: slackSigningSecret }],
  empty(slackBotToken) ? [] : [{ name: 'Slack__BotToken', value: slackBotToken }],
  empty(slackAppToken) ? [] : [{ name: 'Slack__AppToken', value: slackAppToken }]
)

// The StackExchange.Redis connection string, with the cache's access key.
var redisSettings = deployRedis
  ? [
      {
        name: 'ConnectionStrings__Redis'
        value: '${redis!.properties.hostName}:${redis!.properties.sslPort},password=${redis!.listKeys().primaryKey},ssl=True,abortConnect=False'
      }
    ]
  : []

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
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
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: planSku != 'B1'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/readyz'
      appSettings: concat(botSettings, tenantSettings, slackSettings, redisSettings)
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${name}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identity.id
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
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

@description('The bot\'s Microsoft App ID (the identity\'s client id): what `jobframe teams-package --app-id` needs.')
output microsoftAppId string = identity.properties.clientId

@description('The host name of the web app: what `jobframe teams-package --host` needs.')
output hostName string = site.properties.defaultHostName

@description('The messaging endpoint the Azure Bot calls.')
output messagingEndpoint string = bot.properties.endpoint

@description('The web app\'s name, for publishing the host to it.')
output webAppName string = site.name
