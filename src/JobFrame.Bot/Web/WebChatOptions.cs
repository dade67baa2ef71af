namespace JobFrame.Bot.Web;

/// <summary>
/// The local web chat page. It is served in the Development environment, and elsewhere only when
/// <see cref="Enabled"/> is set: a production bot does not show a chat page to whoever finds its address.
/// </summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>Serve the page outside the Development environment too.</summary>
    public bool Enabled { get; set; }

    /// <summary>Whether the page is served in <paramref name="environment"/>.</summary>
    public bool IsServedIn(IHostEnvironment environment) => Enabled || environment.IsDevelopment();
}
