namespace JobFrame.Engine.Frames;

/// <summary>
/// The goal templates for one profile, render-neutral: the page header and the frames the canon backs, in page order.
/// A frame the canon cannot back (SMART goals and OKRs of a taxonomy role) is absent, not empty.
/// </summary>
/// <param name="ProfileCode">The profile the frames were built from ("DATASC.AIMACHIN97C0.P4").</param>
/// <param name="Title">"Goal templates — AI / Machine Learning Engineering — P4".</param>
/// <param name="HeaderLine">"Data Science &amp; Analytics · AI / Machine Learning Engineering · P4 — Senior Professional".</param>
/// <param name="Disclaimer">The fixed sentence that says what these frames are and are not.</param>
/// <param name="Frames">The frames present, in page order.</param>
public sealed record GoalFrames(string ProfileCode, string Title, string HeaderLine, string Disclaimer, IReadOnlyList<GoalFrame> Frames)
{
    /// <summary>The frame of that kind, or null when the canon does not back it for this profile.</summary>
    public GoalFrame? Find(FrameKind kind)
    {
        foreach (var frame in Frames)
        {
            if (frame.Kind == kind)
            {
                return frame;
            }
        }

        return null;
    }
}
