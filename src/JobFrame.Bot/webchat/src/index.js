// The page's entry point: Web Chat in the page's #webchat element, talking to this bot's /api/messages.
import { renderWebChat } from 'botframework-webchat';
import { createExpectRepliesDirectLine } from './expectRepliesDirectLine.js';
import { renderMarkdown } from './renderMarkdown.js';

const user = { id: `user-${crypto.randomUUID()}`, name: 'You' };
const bot = { id: 'jobframe-bot', name: 'JobFrame' };

const directLine = createExpectRepliesDirectLine({
  endpoint: new URL('/api/messages', window.location.origin).href,
  serviceUrl: window.location.origin,
  conversationId: `webchat-${crypto.randomUUID()}`,
  user,
  bot,
});

const styleOptions = {
  // Goal cards carry three inputs per row: give them room.
  bubbleMaxWidth: 640,
  bubbleMinWidth: 320,
  botAvatarInitials: 'JF',
  hideUploadButton: true,
  sendBoxTextWrap: true,
};

renderWebChat(
  { directLine, userID: user.id, username: user.name, locale: 'en-US', styleOptions, renderMarkdown },
  document.getElementById('webchat'),
);
