using System.Collections.Concurrent;
using System.Text;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Telemetry;

/// <summary>
/// The <c>jobframe.outcome</c> of an answer, from its kind: <c>confident</c> (goals, level, role, compare),
/// <c>needs_review</c>, <c>no_match</c>, <c>help</c>, <c>export</c>; any other kind the engine gains is named after its type
/// (<c>LevelOnlyAnswer</c> is <c>level_only</c>), so a new kind shows up in the metrics without a change here.
/// </summary>
public static class AnswerOutcome
{
    private static readonly ConcurrentDictionary<Type, string> ByType = new();

    public static string Of(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer switch
        {
            GoalsAnswer or LevelAnswer or RoleAnswer or CompareAnswer => "confident",
            _ => ByType.GetOrAdd(answer.GetType(), static type => SnakeCase(type.Name)),
        };
    }

    private static string SnakeCase(string typeName)
    {
        var name = typeName.EndsWith("Answer", StringComparison.Ordinal) ? typeName[..^"Answer".Length] : typeName;
        var snake = new StringBuilder(name.Length + 4);
        foreach (var character in name)
        {
            if (char.IsUpper(character) && snake.Length > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(character));
        }

        return snake.Length == 0 ? "other" : snake.ToString();
    }
}
