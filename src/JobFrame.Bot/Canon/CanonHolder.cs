using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Canon;

/// <summary>
/// Holds the current canon snapshot. The first load happens when the host starts and throws
/// <see cref="CanonLoadException"/> (file, line, problem) so a broken canon stops the process at once.
/// <see cref="Swap"/> replaces the snapshot atomically; readers always see a whole snapshot.
/// </summary>
public sealed class CanonHolder(IOptions<CanonOptions> options) : ICanonSource
{
    private CanonSnapshot? _current;

    public CanonSnapshot Current => Volatile.Read(ref _current) ?? LoadFirst();

    public string Directory => options.Value.FullPath;

    /// <summary>The snapshot in service, or null while none has been loaded; reading it never loads one.</summary>
    public CanonSnapshot? Loaded => Volatile.Read(ref _current);

    public void Swap(CanonSnapshot snapshot) => Volatile.Write(ref _current, snapshot);

    private CanonSnapshot LoadFirst()
    {
        var loaded = CanonLoader.Load(Directory);
        return Interlocked.CompareExchange(ref _current, loaded, null) ?? loaded;
    }
}
