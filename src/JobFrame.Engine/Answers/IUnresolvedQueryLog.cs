namespace JobFrame.Engine.Answers;

/// <summary>
/// Where the engine reports a question the canon could not answer confidently: the query text only, never who asked.
/// Ranked later (`jobframe report unresolved`) as the input for alias-table curation. Implementations must not block.
/// </summary>
public interface IUnresolvedQueryLog
{
    void Record(UnresolvedQuery query);
}
