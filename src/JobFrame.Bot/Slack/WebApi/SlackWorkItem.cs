namespace JobFrame.Bot.Slack.WebApi;

/// <summary>One queued piece of work, the name it is logged under, and the conversation whose order it keeps (if any).</summary>
internal sealed record SlackWorkItem(string Name, Func<IServiceProvider, CancellationToken, Task> Work, string? Conversation = null);
