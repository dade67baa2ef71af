namespace JobFrame.LoadTest;

/// <summary>A sender or recipient of a <see cref="LoadActivity"/>.</summary>
internal sealed record LoadAccount(string Id, string Name);
