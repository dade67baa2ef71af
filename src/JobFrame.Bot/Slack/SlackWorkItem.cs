namespace JobFrame.Bot.Slack;

/// <summary>One queued piece of work and the name it is logged under.</summary>
internal sealed record SlackWorkItem(string Name, Func<IServiceProvider, CancellationToken, Task> Work);
