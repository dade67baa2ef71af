using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JobFrame.Engine.Canon.Loading;

/// <summary>
/// Presents the one node at an outer parser's position (a scalar, or a whole mapping or list) as a stream of its own,
/// so <see cref="YamlDotNet.RepresentationModel.YamlStream"/> can load just that node. The node keeps its line numbers;
/// the outer parser is left on the event after it.
/// </summary>
internal sealed class SingleNodeParser(IParser outer) : IParser
{
    private enum Phase { StreamStart, DocumentStart, Node, DocumentEnd, StreamEnd, Done }

    private Phase _phase = Phase.StreamStart;
    private int _depth;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        switch (_phase)
        {
            case Phase.StreamStart:
                Current = new StreamStart();
                _phase = Phase.DocumentStart;
                return true;
            case Phase.DocumentStart:
                Current = new DocumentStart();
                _phase = Phase.Node;
                return true;
            case Phase.Node:
                Current = outer.Current ?? throw new InvalidOperationException("the outer parser has no current event");
                _depth += Current.NestingIncrease;
                outer.MoveNext();
                if (_depth == 0)
                {
                    _phase = Phase.DocumentEnd;
                }

                return true;
            case Phase.DocumentEnd:
                Current = new DocumentEnd(isImplicit: true);
                _phase = Phase.StreamEnd;
                return true;
            case Phase.StreamEnd:
                Current = new StreamEnd();
                _phase = Phase.Done;
                return true;
            default:
                return false;
        }
    }
}
