using System.Globalization;

namespace JobFrame.Engine.Answers;

/// <summary>The fixed words every face uses for coverage it does not list.</summary>
public static class CoverageWords
{
    /// <summary>"… and 980 more families and roles".</summary>
    public static string More(int count) => string.Create(CultureInfo.InvariantCulture, $"… and {count} more families and roles");
}
