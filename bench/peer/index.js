// The benchmark's peer: the smallest Bot Framework SDK for JavaScript bot (botbuilder + restify, CloudAdapter, no
// authentication) that answers every message with JobFrame's goals card for "Senior ML Engineer" as a static
// attachment. It neither resolves the question nor draws the card: goals-card.json was written by
// `jobframe goals "Senior ML Engineer" --format adaptive-card` and is read once at start.
//
//   npm ci && node index.js [port]        (PORT or 3979 by default; listens on 127.0.0.1 only)
'use strict';

const fs = require('fs');
const path = require('path');
const restify = require('restify');
const {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
} = require('botbuilder');

const card = JSON.parse(fs.readFileSync(path.join(__dirname, 'goals-card.json'), 'utf8'));
const port = Number(process.argv[2] || process.env.PORT || 3979);

// No MicrosoftAppId: the SDK's own development mode, with no token checks (as the bot under test runs here).
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(error);
  await context.sendActivity('The peer failed to answer.');
};

class PeerBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      await next();
    });
  }
}
const bot = new PeerBot();

const server = restify.createServer({ name: 'jobframe-peer' });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', (req, res, next) => {
  res.send(200, 'ok');
  return next();
});
server.listen(port, '127.0.0.1', () => {
  console.log(`peer listening on http://127.0.0.1:${port}`);
});
