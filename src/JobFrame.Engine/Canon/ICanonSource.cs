namespace JobFrame.Engine.Canon;

/// <summary>
/// Where the engine gets the canon from. <see cref="Current"/> is read once per question, so a question in flight
/// finishes on the snapshot it started with even when a reload swaps in a new one.
/// </summary>
public interface ICanonSource
{
    CanonSnapshot Current { get; }
}
