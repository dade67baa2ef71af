namespace JobFrame.Engine.Commands;

/// <summary>What a manager asked for.</summary>
public enum CommandIntent
{
    /// <summary>Goal frames for a title: "goals for Senior ML Engineer", or a bare title.</summary>
    Goals,

    /// <summary>A level's bars: "level P3", "level Experienced AI/ML Engineer".</summary>
    Level,

    /// <summary>Two levels side by side: "compare P3 and P4".</summary>
    Compare,

    /// <summary>A taxonomy role's profile: "role AIMLAM.GEN.P3".</summary>
    Role,

    /// <summary>What the bot does, with example questions.</summary>
    Help,
}
