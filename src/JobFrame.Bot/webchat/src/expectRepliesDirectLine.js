// A Direct Line-compatible chat adapter for Web Chat that talks to the bot's own Bot Framework endpoint with
// deliveryMode "expectReplies": each user activity is POSTed to /api/messages and the bot's replies come back in the
// HTTP response ({"activities": [...]}), so the page needs no Direct Line service, no token and no websocket, and
// every turn goes through the same code path Teams uses.
import { BehaviorSubject, ReplaySubject, fromPromise } from './observable.js';

// Direct Line's ConnectionStatus values, which Web Chat waits on.
const Online = 2;
const Ended = 5;

/**
 * @param {{ endpoint: string, serviceUrl: string, conversationId: string, user: { id: string, name: string }, bot: { id: string, name: string } }} options
 */
export function createExpectRepliesDirectLine({ endpoint, serviceUrl, conversationId, user, bot }) {
  const activity$ = new ReplaySubject();
  // There is nothing to connect to (the endpoint answers each request on its own), so the adapter is online at once.
  const connectionStatus$ = new BehaviorSubject(Online);
  let sequence = 0;
  let lastTimestamp = 0;

  const nextId = () => `${conversationId}|${String(++sequence).padStart(6, '0')}`;

  // Web Chat orders the transcript by timestamp: keep them strictly increasing even within one millisecond.
  const nextTimestamp = () => {
    lastTimestamp = Math.max(Date.now(), lastTimestamp + 1);
    return new Date(lastTimestamp).toISOString();
  };

  const emitReply = reply => {
    activity$.next({
      ...reply,
      id: reply.id ?? nextId(),
      timestamp: reply.timestamp ?? nextTimestamp(),
      from: { ...bot, ...reply.from, role: 'bot' },
    });
  };

  const address = activity => ({
    ...activity,
    id: nextId(),
    timestamp: nextTimestamp(),
    channelId: 'webchat',
    serviceUrl,
    conversation: { id: conversationId },
    from: { ...user, ...activity.from, role: 'user' },
    recipient: bot,
    deliveryMode: 'expectReplies',
  });

  // POSTs one activity and returns the bot's replies from the response body.
  async function post(outgoing) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(outgoing),
    });
    if (!response.ok) {
      throw new Error(`The bot answered ${response.status} ${response.statusText}`);
    }

    const body = (await response.text()).trim();
    return body ? JSON.parse(body).activities ?? [] : [];
  }

  async function send(activity) {
    const outgoing = address(activity);
    const replies = await post(outgoing);

    // The echo tells Web Chat the message was delivered; then the bot's replies, in order.
    activity$.next({ ...outgoing, deliveryMode: undefined });
    replies.forEach(emitReply);
    return outgoing.id;
  }

  // What a Direct Line channel does when a conversation starts: tell the bot it was added, so it can say hello.
  post(address({ type: 'conversationUpdate', membersAdded: [bot, user] }))
    .then(replies => replies.forEach(emitReply))
    .catch(error => console.warn('The bot did not answer the start of the conversation.', error));

  return {
    activity$,
    connectionStatus$,
    postActivity: activity => fromPromise(send(activity)),
    end: () => connectionStatus$.next(Ended),
  };
}
