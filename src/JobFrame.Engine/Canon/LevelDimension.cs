namespace JobFrame.Engine.Canon;

/// <summary>The six level bars, in the canon's order.</summary>
public enum LevelDimension
{
    Scope,
    Autonomy,
    Complexity,
    Impact,
    DecisionRights,
    Leadership,
}
