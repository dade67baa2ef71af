using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Canon;

/// <summary>Hands each unresolved question to every configured log (the file and the Redis stream); each only queues.</summary>
internal sealed class UnresolvedQueryLogs(IReadOnlyList<IUnresolvedQueryLog> logs) : IUnresolvedQueryLog
{
    public void Record(UnresolvedQuery query)
    {
        foreach (var log in logs)
        {
            log.Record(query);
        }
    }
}
