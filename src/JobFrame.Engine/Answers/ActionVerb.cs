namespace JobFrame.Engine.Answers;

/// <summary>What a card button asks for. Buttons carry everything the next turn needs: the bot keeps no state.</summary>
public enum ActionVerb
{
    Help,
    Goals,
    Level,
    Compare,
    Role,
    Export,
}
