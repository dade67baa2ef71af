namespace JobFrame.Bot.Slack.WebApi;

/// <summary>
/// Keeps each conversation's work in order while different conversations run side by side: the first item of a
/// conversation opens its lane, later ones wait in that lane and run after it, on the same worker.
/// </summary>
internal sealed class ConversationLanes
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<SlackWorkItem>> _busy = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="item"/> opens a lane and must be run now; false when it joined a busy lane.</summary>
    public bool TryOpen(SlackWorkItem item)
    {
        if (item.Conversation is not { } conversation)
        {
            return true;
        }

        lock (_gate)
        {
            if (_busy.TryGetValue(conversation, out var waiting))
            {
                waiting.Enqueue(item);
                return false;
            }

            _busy[conversation] = new Queue<SlackWorkItem>();
            return true;
        }
    }

    /// <summary>The lane's next item after <paramref name="done"/>, or null, closing the lane, when it has none.</summary>
    public SlackWorkItem? Next(SlackWorkItem done)
    {
        if (done.Conversation is not { } conversation)
        {
            return null;
        }

        lock (_gate)
        {
            var waiting = _busy[conversation];
            if (waiting.Count > 0)
            {
                return waiting.Dequeue();
            }

            _busy.Remove(conversation);
            return null;
        }
    }
}
