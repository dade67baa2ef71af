namespace JobFrame.Engine.Canon.Loading;

/// <summary>The canon could not be loaded; every problem found is listed, each naming file, line and problem.</summary>
public sealed class CanonLoadException : Exception
{
    public CanonLoadException(IReadOnlyList<CanonError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public CanonLoadException()
        : this([])
    {
    }

    public CanonLoadException(string message)
        : base(message)
    {
        Errors = [];
    }

    public CanonLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<CanonError> Errors { get; }

    private static string Describe(IReadOnlyList<CanonError> errors) =>
        errors.Count == 0
            ? "The canon could not be loaded."
            : "The canon could not be loaded:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
