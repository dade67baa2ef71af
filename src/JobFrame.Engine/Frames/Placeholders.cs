namespace JobFrame.Engine.Frames;

/// <summary>The fill-in slots a manager completes: ⟨baseline⟩, ⟨target⟩, ⟨date⟩.</summary>
[Flags]
public enum Placeholders
{
    None = 0,
    Baseline = 1,
    Target = 2,
    Date = 4,
}
