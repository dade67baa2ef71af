using System.Globalization;
using System.Text.RegularExpressions;

namespace JobFrame.Cli.TeamsPackage;

/// <summary>
/// A Teams app package version: MAJOR.MINOR.PATCH, three decimal numbers without leading zeros, as the manifest's
/// <c>version</c> field requires (Teams app manifest schema, "version"). Teams takes an uploaded package as an update
/// only when its version is higher than the one installed; versions compare number by number.
/// </summary>
public readonly partial record struct AppVersion(int Major, int Minor, int Patch) : IComparable<AppVersion>
{
    /// <summary>Reads "1.2.3"; false for anything the manifest schema would refuse (or a number beyond int).</summary>
    public static bool TryParse(string? text, out AppVersion version)
    {
        version = default;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true }
            || !int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || !int.TryParse(match.Groups[3].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var patch))
        {
            return false;
        }

        version = new AppVersion(major, minor, patch);
        return true;
    }

    public int CompareTo(AppVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major)
        : Minor != other.Minor ? Minor.CompareTo(other.Minor)
        : Patch.CompareTo(other.Patch);

    public static bool operator >(AppVersion left, AppVersion right) => left.CompareTo(right) > 0;

    public static bool operator <(AppVersion left, AppVersion right) => left.CompareTo(right) < 0;

    public static bool operator >=(AppVersion left, AppVersion right) => left.CompareTo(right) >= 0;

    public static bool operator <=(AppVersion left, AppVersion right) => left.CompareTo(right) <= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");

    // The manifest schema's own pattern for "version".
    [GeneratedRegex(@"^([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
